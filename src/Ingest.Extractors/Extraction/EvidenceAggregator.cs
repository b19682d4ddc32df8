using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// The glossary's evidence values from what the supporting documents say: counts from the roster, diplomas,
/// letters and lists (diplomas and training certificates only for rostered staff), events per month and per
/// year by the glossary's formulas, the lease term from its dates, the premises source from which proof
/// exists; the address from the license (住所), else the premises documents. A count is given only when the documents it counts from are present (no roster → no staff_total),
/// so a missing document reads as missing evidence, not as zero. Every value names the document it rests on.
/// </summary>
public static class EvidenceAggregator
{
    public static Dictionary<FieldKey, FieldValue> Aggregate(ExtractionResult result, DateOnly? applicationDate)
    {
        var evidence = new Dictionary<FieldKey, FieldValue>();
        void Set(FieldKey key, FieldValue? value)
        {
            if (value is not null && !evidence.ContainsKey(key)) evidence[key] = value;
        }

        // The operator, from the business license; a name or address with a barely legible word there is taken
        // from another proof that reads the same text but for a character or two.
        var otherNames = result.OfType(DocumentType.LeaseContract).Select(d => d.Lease?.Lessee)
            .Concat(result.OfType(DocumentType.BankDepositProof).Select(d => d.Bank?.Holder)).ToList();
        var otherAddresses = result.OfType(DocumentType.LeaseContract).Concat(result.OfType(DocumentType.PropertyCertificate))
            .Select(d => d.Fields.GetValueOrDefault(FieldKeys.Address)).ToList();
        foreach (var license in result.OfType(DocumentType.BusinessLicense))
            foreach (var key in new[] { FieldKeys.OperatorName, FieldKeys.CreditCode, FieldKeys.LegalRepresentative, FieldKeys.RegistrationDate, FieldKeys.Address })
                if (license.Fields.TryGetValue(key, out var v) && v.Value is not null)
                    Set(key, key == FieldKeys.OperatorName ? Legible(v, otherNames) : key == FieldKeys.Address ? Legible(v, otherAddresses) : v);

        Premises(result, Set);
        People(result, Set);
        Residents(result, applicationDate, Set);
        Events(result, applicationDate, Set);

        foreach (var bank in result.OfType(DocumentType.BankDepositProof))
            Set(FieldKeys.SeedFundWan, bank.Fields.GetValueOrDefault(FieldKeys.SeedFundWan));
        foreach (var statement in result.OfType(DocumentType.FinancialStatement))
        {
            Set(FieldKeys.RevenueWan, statement.Fields.GetValueOrDefault(FieldKeys.RevenueWan));
            Set(FieldKeys.OperatingCostWan, statement.Fields.GetValueOrDefault(FieldKeys.OperatingCostWan));
        }
        return evidence;
    }

    private static void Premises(ExtractionResult result, Action<FieldKey, FieldValue?> set)
    {
        var leases = result.OfType(DocumentType.LeaseContract).ToList();
        var owned = result.OfType(DocumentType.PropertyCertificate).ToList();
        foreach (var lease in leases)
            foreach (var key in new[] { FieldKeys.TotalAreaSqm, FieldKeys.LeaseStartDate, FieldKeys.LeaseEndDate, FieldKeys.LeaseTermYears, FieldKeys.Address })
                if (lease.Fields.TryGetValue(key, out var v) && v.Value is not null) set(key, v);
        foreach (var property in owned)
            foreach (var key in new[] { FieldKeys.TotalAreaSqm, FieldKeys.Address })
                if (property.Fields.TryGetValue(key, out var v) && v.Value is not null) set(key, v);

        var proof = leases.Count > 0 ? leases[0] : owned.Count > 0 ? owned[0] : null;
        if (proof is null) return;
        var where = Anchor(proof.DocumentId, proof.Fields.Values.FirstOrDefault());
        if (leases.Count > 0 && owned.Count > 0)
            set(FieldKeys.PremisesSource, where with { Value = null, Raw = "租赁合同与产权证明均已提交", Snippet = "租赁合同与产权证明均已提交" });
        else
            set(FieldKeys.PremisesSource, where with
            {
                Value = ScalarValue.Of(leases.Count > 0 ? "leased" : "owned"),
                Snippet = leases.Count > 0 ? "已提交租赁合同" : "已提交产权证明",
            });
    }

    private static void People(ExtractionResult result, Action<FieldKey, FieldValue?> set)
    {
        var rosterDocs = result.OfType(DocumentType.StaffRoster).Where(r => r.People.Count > 0 || r.StatedTotal is not null).ToList();
        if (rosterDocs.Count == 0) return;
        var people = Roster(rosterDocs);
        var roster = rosterDocs[0];
        var stated = rosterDocs.Select(r => r.StatedTotal).OfType<StatedTotal>().ToList() is [{ Scanned: true } one] ? one : null;
        // A scanned roster whose rows read do not add up to the total it states lost or merged rows: the stated
        // total counts, and certificates that match no row read may belong to the rows lost (at most that many).
        var missing = stated is not null && stated.Total != people.Count ? stated.Total - people.Count : (int?)null;
        // Ten rows or more lost is far less likely than one digit of the total misread (合计41人 over 11 rows read):
        // the rows count, and the count is a reading to check.
        var misreadTotal = missing >= 10 && people.Count > 0 && OneDigitApart(stated!.Total, people.Count);
        if (misreadTotal) { stated = null; missing = null; }
        // A count the list states is shown where it is stated, so that the reviewer (and a second reading) sees that figure.
        var where = people.Count > 0 && missing is null ? people[0].Name : stated!.Where;
        var total = missing is null ? people.Count : stated!.Total;
        // No stated total, but the 序号 column runs past the rows read: rows were lost, and the count is a reading to check.
        var numbered = rosterDocs.Select(r => r.LastRowNumber).Max();
        var rowsLost = missing is null && numbered > people.Count;
        var staffTotal = Mark(Count(where, roster.DocumentId, total,
            missing is not null ? $"人员名单载明合计{total}人（识别出{people.Count}行）"
            : rowsLost ? $"人员名单识别出{total}人（序号至{numbered}）" : $"人员名单共{total}人"), missing is not null);
        set(FieldKeys.StaffTotal, misreadTotal || rowsLost ? staffTotal with { LowConfidence = true } : staffTotal);

        int? fullTime = people.Any(p => p.FullTime is not null) ? people.Count(p => p.FullTime == true) : null;
        // The 专职/兼职 column of a scan is read far less reliably than the sentence stating how many are full-time.
        if (stated is { Part: { } statedFullTime } && (missing is not null || fullTime != statedFullTime))
            set(FieldKeys.StaffFullTime, Mark(Count(stated.Where, roster.DocumentId, statedFullTime, $"人员名单载明其中专职{statedFullTime}人"), true));
        else if (missing is null && fullTime is { } ft)
        {
            // A row whose 专职/兼职 cell could not be read (blank on a scan) is no part-timer: the count is a floor to check.
            var unread = people.Count(p => p.FullTime is null);
            var value = Count(where, roster.DocumentId, ft, unread == 0 ? $"人员名单中专职{ft}人" : $"人员名单中专职{ft}人（另有{unread}人专职/兼职未能识别）");
            set(FieldKeys.StaffFullTime, unread == 0 && !rowsLost ? value : value with { LowConfidence = true });
        }

        var diplomas = result.OfType(DocumentType.Diploma).SelectMany(d => d.Diplomas.Select(x => (Facts: x, d.File, d.DocumentId))).ToList();
        if (diplomas.Count > 0)
        {
            var college = diplomas.Where(d => TextPatterns.IsCollegeOrAbove(d.Facts.Level)).ToList();
            var holders = college.Where(d => d.Facts.Holder?.Value?.Text is not null)
                .Select(d => (d.Facts.Holder!.Value!.Value.Text!, d.File)).ToList();
            var matched = NameMatcher.Resolve(holders, people.Select(Key));
            var collegeNames = matched.Values.ToHashSet(StringComparer.Ordinal);
            var eliminated = ByElimination(diplomas.Select(d => d.Facts), matched, people, collegeNames).ToList();
            collegeNames.UnionWith(eliminated);
            var n = people.Count(p => collegeNames.Contains(Key(p)));
            bool Unmatched(DiplomaFacts d) => MatchesNobody(d.Holder, matched);
            if (missing is > 0)
                n += Math.Min(missing.Value, college.Count(d => Unmatched(d.Facts)) - eliminated.Count);
            var value = Mark(Count(where, roster.DocumentId, n, $"名单{total}人中{n}人有专科及以上毕业证书"), missing is not null);
            var doubtful = college.Where(d => d.Facts.Scanned && Unmatched(d.Facts))
                .Select(d => (d.DocumentId, At: d.Facts.Holder ?? d.Facts.CertificateNo ?? d.Facts.GraduationDate)).ToList();
            if (college.Count > n) value = Doubtful(value, doubtful, "毕业证书");
            set(FieldKeys.StaffCollegeOrAbove, value);
        }

        var trainings = result.OfType(DocumentType.TrainingCertificate).SelectMany(d => d.Trainings.Select(x => (Facts: x, d.File, d.DocumentId))).ToList();
        if (trainings.Count > 0)
        {
            var trainedHolders = trainings.Where(t => t.Facts.Holder?.Value?.Text is not null).Select(t => (t.Facts.Holder!.Value!.Value.Text!, t.File)).ToList();
            var trained = NameMatcher.Resolve(trainedHolders, people.Select(Key));
            var trainedNames = trained.Values.ToHashSet(StringComparer.Ordinal);
            var n = people.Count(p => trainedNames.Contains(Key(p)));
            if (missing is > 0)
                n += Math.Min(missing.Value, trainings.Count(t => MatchesNobody(t.Facts.Holder, trained)));
            var value = Mark(Count(where, roster.DocumentId, n, $"名单{total}人中{n}人有培训证书"), missing is not null);
            var doubtful = trainings.Where(t => t.Facts.Scanned && MatchesNobody(t.Facts.Holder, trained))
                .Select(t => (t.DocumentId, At: t.Facts.Holder ?? t.Facts.CertificateNo ?? t.Facts.IssueDate)).ToList();
            if (trainings.Count > n) value = Doubtful(value, doubtful, "培训证书");
            set(FieldKeys.StaffTrained, value);
        }
    }

    /// <summary>
    /// More certificates were submitted than counted, and a scanned one matched no rostered name (贡芳 for 贾芳, 雇硕 for
    /// 廖磊): the count may be short by a misread name, so it is a reading to check, not a contradiction. It points at
    /// that scan, the reading to check, rather than at the roster.
    /// </summary>
    private static FieldValue Doubtful(FieldValue count, List<(string DocumentId, FieldValue? At)> unmatchedScans, string certificate)
    {
        if (unmatchedScans.Count == 0) return count;
        var (documentId, at) = unmatchedScans[0];
        return count with
        {
            Page = at?.Page,
            Box = at?.Box,
            DocumentId = documentId,
            Snippet = $"{count.Snippet}（另有{unmatchedScans.Count}份扫描{certificate}的持有人未能与名单对应，请核对）",
            LowConfidence = true,
        };
    }

    /// <summary>A certificate whose holder could not be read, or was read as nobody the roster names.</summary>
    private static bool MatchesNobody(FieldValue? holder, Dictionary<string, string> matched) =>
        holder?.Value?.Text is not { } h || !matched.ContainsKey(TextPatterns.NameKey(h));

    /// <summary>Two counts written with as many digits that differ in exactly one of them (41 and 11).</summary>
    private static bool OneDigitApart(int a, int b)
    {
        var (x, y) = (a.ToString(System.Globalization.CultureInfo.InvariantCulture), b.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return x.Length == y.Length && x.Where((c, i) => c != y[i]).Count() == 1;
    }

    /// <summary>A count resting on a list's stated total rather than its rows read is less sure.</summary>
    private static FieldValue Mark(FieldValue value, bool fromStatedTotal) =>
        fromStatedTotal ? value with { Confidence = Math.Min(value.Confidence ?? 1.0, 0.75) } : value;

    /// <summary>Mentors (counted even without a roster) and residents.</summary>
    private static void Residents(ExtractionResult result, DateOnly? applicationDate, Action<FieldKey, FieldValue?> set)
    {
        var letters = result.OfType(DocumentType.MentorLetter).Where(m => m.Mentors.Count > 0).ToList();
        if (letters.Count > 0)
        {
            var names = letters.SelectMany(l => l.Mentors).Select(m => TextPatterns.NameKey(m.Name.Value!.Value.Text!)).Distinct().Count();
            var unreadable = result.OfType(DocumentType.MentorLetter).Sum(l => l.UnreadableLetters);
            var count = Count(letters[0].Mentors[0].Name, letters[0].DocumentId, names + unreadable,
                unreadable == 0 ? $"导师聘书{names}人" : $"导师聘书{names + unreadable}份（其中{unreadable}份姓名无法辨认）");
            count = unreadable == 0 ? count : count with { Confidence = Math.Min(count.Confidence ?? 1.0, 0.7) };
            // Scanned pages that show no letter at all may be letters the scan lost: the count is then a reading to check.
            if (result.OfType(DocumentType.MentorLetter).Sum(l => l.SilentPages) > 0) count = count with { LowConfidence = true };
            set(FieldKeys.MentorsCount, count);
        }

        // As for the roster: a scanned list whose rows read do not add up to its stated total lost or merged rows.
        var stated = result.OfType(DocumentType.ResidentList).Select(r => r.StatedTotal).OfType<StatedTotal>().ToList() is [{ Scanned: true } one] ? one : null;
        var lists = result.OfType(DocumentType.ResidentList).Where(r => r.Residents.Count > 0).ToList();
        if (lists.Count == 0)
        {
            // No row could be read (a header the scan garbled), but the sentence under the list states the count.
            if (stated is null) return;
            var listId = result.OfType(DocumentType.ResidentList).First(r => r.StatedTotal == stated).DocumentId;
            set(FieldKeys.ResidentCount, Mark(Count(stated.Where, listId, stated.Total, $"入驻名单载明合计{stated.Total}家（名单各行无法识别）"), true));
            if (stated.Part is { } part)
                set(FieldKeys.ResidentTechCount, Mark(Count(stated.Where, listId, part, $"入驻名单载明其中科技型{part}家"), true));
            return;
        }
        var residents = lists.SelectMany(l => l.Residents)
            .DistinctBy(r => LabelText.Compact(r.Name.Value?.Text ?? "")).ToList();
        var where = residents[0].Name;
        var incomplete = stated is not null && stated.Total != residents.Count;
        // As for the roster: a 序号 column running past the rows read says rows were lost.
        var numbered = lists.Select(l => l.LastRowNumber).Max();
        var rowsLost = stated is null && numbered > residents.Count;
        var residentCount = incomplete
            ? Mark(Count(stated!.Where, lists[0].DocumentId, stated.Total, $"入驻名单载明合计{stated.Total}家（识别出{residents.Count}行）"), true)
            : Count(where, lists[0].DocumentId, residents.Count, rowsLost ? $"入驻名单识别出{residents.Count}家（序号至{numbered}）" : $"入驻名单共{residents.Count}家");
        set(FieldKeys.ResidentCount, rowsLost ? residentCount with { LowConfidence = true } : residentCount);
        int? tech = residents.Any(r => r.Tech is not null) ? residents.Count(r => r.Tech == true) : null;
        if (stated is { Part: { } statedTech } && (incomplete || tech != statedTech))
            set(FieldKeys.ResidentTechCount, Mark(Count(stated.Where, lists[0].DocumentId, statedTech, $"入驻名单载明其中科技型{statedTech}家"), true));
        else if (!incomplete && tech is { } t)
        {
            var techCount = Count(where, lists[0].DocumentId, t, $"入驻名单中科技类{t}家");
            set(FieldKeys.ResidentTechCount, rowsLost ? techCount with { LowConfidence = true } : techCount);
        }
        // The longest stay so far: whole months from the earliest entry to the application date.
        if (applicationDate is { } app && residents.Where(r => r.EntryDate <= app).MinBy(r => r.EntryDate) is { EntryDate: { } first } longest)
        {
            var months = (app.Year - first.Year) * 12 + app.Month - first.Month - (app.Day < first.Day ? 1 : 0);
            set(FieldKeys.MaxResidencyMonths, Count(longest.Name, lists[0].DocumentId, months,
                $"{longest.Name.Value?.Text} {first:yyyy-MM-dd}入驻，至{app:yyyy-MM-dd}共{months}个月"));
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static void Events(ExtractionResult result, DateOnly? applicationDate, Action<FieldKey, FieldValue?> set)
    {
        var docs = result.OfType(DocumentType.ActivityRecord).Where(d => d.Events.Count > 0).ToList();
        if (docs.Count == 0) return;
        var events = docs.SelectMany(d => d.Events).DistinctBy(e => (e.Date, LabelText.Compact(e.Title))).ToList();
        // A date more than a year after the application is a misread year (2017 read 2047), not a claim: the row is an
        // event whose date is unknown, and it must not stretch the months to decades. (Days after the application are
        // left to the date audit, which names them.)
        var latest = applicationDate?.AddYears(1);
        var misdated = events.Count(e => e.Date > latest);
        if (misdated > 0) events = events.Where(e => !(e.Date > latest)).ToList();
        if (events.Count == 0) return;
        var where = events[0].Where;
        var first = events.Min(e => e.Date);
        var last = events.Max(e => e.Date);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        // Every list states how many events it holds and more were stated than read: rows the reader lost. The
        // average rests on the stated number, less surely; which of the lost rows fell in the last year nobody knows.
        var stated = docs.All(d => d.StatedTotal is not null) ? docs.Sum(d => d.StatedTotal!.Total) : (int?)null;
        // Rows whose title was read but not their date are events too; a stated total, when there is one, still rules.
        var undated = docs.SelectMany(d => d.UndatedEvents).ToList();
        var lost = stated is { } s ? s > events.Count : undated.Count + misdated > 0;
        var held = stated is { } t ? Math.Max(t, events.Count) : events.Count + undated.Count + misdated;
        // Lost rows may be the first or the last: the period the lists' headings state then bounds the months.
        var periodStated = docs.All(d => d.StatedPeriod is not null);
        // Without it, the months between the few rows read say nothing of a list that lost most of them
        // (「共35场」 with one row read would be 35 a month).
        if (lost && !periodStated && events.Count * 2 < held) return;
        if (lost && periodStated)
        {
            first = Min(first, docs.Min(d => d.StatedPeriod!.Value.From));
            last = Max(last, docs.Max(d => d.StatedPeriod!.Value.To));
            months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        }
        var perMonth = decimal.Round((decimal)held / months, 4);
        var average = Count(where, docs[0].DocumentId, perMonth, !lost
            ? $"{first:yyyy-MM}至{last:yyyy-MM}共{months}个月{events.Count}场活动"
            : stated is not null
                ? $"活动记录载明共{held}场（识别出{events.Count}场），{first:yyyy-MM}至{last:yyyy-MM}共{months}个月"
                : $"活动记录共{held}场（其中{undated.Count + misdated}场日期无法辨认），{first:yyyy-MM}至{last:yyyy-MM}共{months}个月");
        // Rows lost whole with no stated period to bound them: the months between the rows read may fall short of the
        // list's (72 stated, 53 read from 2017-03 on, while the list began in 2016-12), so the average is a reading to
        // check. An undated row always lies between two dated ones and leaves the months as they are.
        var lostWhole = stated > events.Count + undated.Count + misdated;
        set(FieldKeys.EventsPerMonth, !lost ? average
            : lostWhole && !periodStated ? average with { Confidence = Math.Min(average.Confidence ?? 1.0, 0.5), LowConfidence = true }
            : average with { Confidence = Math.Min(average.Confidence ?? 1.0, 0.75) });
        if (applicationDate is { } app)
        {
            var from = app.AddMonths(-12);
            var n = events.Count(e => e.Date > from && e.Date <= app);
            // An undated row between two dated rows inside the year is inside it too; only one the list cannot place
            // (at its ends, beside the year's edge, or in a list out of date order) leaves the count unsure.
            bool Inside(UndatedEvent u) => u.After > from && u.Before <= app;
            bool Outside(UndatedEvent u) => u.Before <= from || u.After > app;
            var placed = undated.Count(Inside);
            var unplaced = undated.Count(u => !Inside(u) && !Outside(u));
            // Rows lost whole (a stated total above every row read) may have fallen in the year too.
            // So may a row whose year was misread.
            var unsure = unplaced > 0 || misdated > 0 || stated > events.Count + undated.Count;
            n += placed;
            var year = Count(where, docs[0].DocumentId, n, placed == 0
                ? $"{from:yyyy-MM-dd}至{app:yyyy-MM-dd}共{n}场活动"
                : $"{from:yyyy-MM-dd}至{app:yyyy-MM-dd}共{n}场活动（其中{placed}场日期无法辨认，按名单顺序计入）");
            set(FieldKeys.EventsPerYear, unsure ? year with { Confidence = Math.Min(year.Confidence ?? 1.0, 0.5), LowConfidence = true } : year);
        }
    }

    /// <summary>
    /// A low-confidence text value, or what the other proofs read where they differ from it only as a misread does
    /// (one character in eight): the reading most documents agree on, else the most confident one. Rare characters
    /// are recognised correctly with near-zero confidence too, so agreement counts before confidence. The evidence
    /// still names the document it rests on.
    /// </summary>
    private static FieldValue Legible(FieldValue value, IEnumerable<FieldValue?> others)
    {
        if (value.LowConfidence != true || value.Value?.Text is not { } text) return value;
        var a = Core.Discrepancies.TextNormalization.ForComparison(text);
        var readings = new List<(string Text, FieldValue Value)> { (a, value) };
        foreach (var other in others)
        {
            if (other is not { Value.Text: { } t }) continue;
            var b = Core.Discrepancies.TextNormalization.ForComparison(t);
            var allowed = Math.Max(1, Math.Min(a.Length, b.Length) / 8);
            if (Core.Audit.EditDistance.Between(a, b, allowed) <= allowed) readings.Add((b, other));
        }
        var best = readings.GroupBy(r => r.Text)
            // Of the proofs that read alike, the surest reading stands for them (a lessee read at 0.45 and an account
            // holder at 0.85 say the same name; the reviewer is shown the clear one).
            .Select(g => (Votes: g.Count(), Confidence: g.Max(r => r.Value.Confidence ?? 0),
                First: g.OrderBy(r => r.Value.LowConfidence == true).ThenByDescending(r => r.Value.Confidence ?? 0).First().Value, Own: g.Key == a))
            .OrderByDescending(g => g.Votes).ThenByDescending(g => g.Confidence).ThenByDescending(g => g.Own).First();
        return best.Own ? value : best.First;
    }

    /// <summary>
    /// A scanned diploma whose holder OCR could not read, or read as nobody on the roster (肉伟 for 崔鑫, 机大 for
    /// 贾磊), belongs to the one rostered person still without a diploma whose roster entry names the same level,
    /// when exactly one such diploma and one such person are left for that level. A clean reading of another name
    /// (a text diploma) is another person and is never matched this way.
    /// </summary>
    private static IEnumerable<string> ByElimination(IEnumerable<DiplomaFacts> diplomas, Dictionary<string, string> matched,
        List<PersonFact> people, HashSet<string> taken)
    {
        var unmatched = diplomas.Where(d => d.Scanned && TextPatterns.IsCollegeOrAbove(d.Level) && MatchesNobody(d.Holder, matched)).ToList();
        foreach (var level in unmatched.GroupBy(d => d.Level).Where(g => g.Count() == 1).Select(g => g.Key))
        {
            var open = people.Where(p => p.Education == level && !taken.Contains(Key(p))).Select(Key).Distinct().ToList();
            if (open.Count == 1) yield return open[0];
        }
    }

    /// <summary>Roster rows across roster documents; a person listed twice (same name and ID) counts once.</summary>
    private static List<PersonFact> Roster(List<DocumentFacts> rosters) =>
        rosters.SelectMany(r => r.People).DistinctBy(p => (Key(p), p.IdNumber ?? p.Position ?? "")).ToList();

    private static string Key(PersonFact p) => TextPatterns.NameKey(p.Name.Value?.Text ?? "");

    private static FieldValue Count(FieldValue anchor, string documentId, decimal n, string snippet) =>
        anchor with { Value = ScalarValue.Of(n), DocumentId = documentId, Snippet = snippet, Raw = null };

    private static FieldValue Anchor(string documentId, FieldValue? first) =>
        first is null ? new FieldValue { DocumentId = documentId, Confidence = 0.95 } : first with { DocumentId = documentId, Raw = null };
}
