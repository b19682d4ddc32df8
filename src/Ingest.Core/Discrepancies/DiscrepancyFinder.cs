using ZcIngest.Core.Audit;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Discrepancies;

/// <summary>
/// Declared and evidence values of the same key that disagree beyond the contract's tolerance. Severity is high
/// when judging on the declared value instead of the evidence would change some rule's outcome, medium when
/// the key feeds a rule, identifies the operator, or differs by more than 10 %, low otherwise.
/// </summary>
public static partial class DiscrepancyFinder
{
    private const decimal Tolerance = 0.01m;
    private const decimal LargeDifference = 0.10m;

    private static readonly FieldKey[] IdentityKeys =
        [FieldKeys.OperatorName, FieldKeys.CreditCode, FieldKeys.LegalRepresentative];

    /// <param name="program">The program's rules, null when the program is not known: the contradictions are the
    /// same, only their weight for the rules cannot be told, so none is high and none is played down as low.</param>
    public static List<Discrepancy> Find(SubmissionRecord record, ProgramRules? program)
    {
        var found = new List<Discrepancy>();
        foreach (var (key, entry) in record.Fields)
        {
            if (entry.Declared?.Value is not { } declared || entry.Evidence?.Value is not { } evidence) continue;
            if (!Differs(key, declared, evidence, out var relative)) continue;
            if (IsReadingArtefact(record, key, entry.Declared!, entry.Evidence!)) continue;
            var flipped = program is null ? [] : FlippedRules(record, program, key, declared, evidence);
            var severity = flipped.Count > 0 ? Severity.High
                : program is null || Feeds(program, key) || IdentityKeys.Contains(key) || relative > LargeDifference ? Severity.Medium
                : Severity.Low;
            found.Add(new Discrepancy
            {
                Field = key.Name,
                Declared = declared,
                Evidence = evidence,
                Severity = severity,
                Message = Message(key, declared, evidence, relative, flipped),
            });
        }
        return found;
    }

    /// <summary>The contract's tolerances: areas and money beyond 1 %, counts and dates any difference, texts after normalising.</summary>
    public static bool Differs(FieldKey key, ScalarValue declared, ScalarValue evidence, out decimal? relative)
    {
        relative = null;
        if (declared.Number is { } d && evidence.Number is { } e)
        {
            var scale = Math.Max(Math.Abs(d), Math.Abs(e));
            // d − e cannot overflow when both have the same sign; opposite signs always differ beyond any tolerance
            relative = scale == 0 ? 0 : Math.Sign(d) * Math.Sign(e) < 0 ? 1m : Math.Abs(d - e) / scale;
            // An average such as events per month is declared rounded (4 for 3.75): the evidence is compared at the
            // precision the applicant wrote.
            if (key.Kind == ValueKind.Number && decimal.Round(e, Scale(d), MidpointRounding.AwayFromZero) == d) return false;
            return key.Kind is ValueKind.AreaSqm or ValueKind.MoneyWan or ValueKind.Number
                ? relative > Tolerance
                : d != e;
        }
        if (declared.Date is { } dd && evidence.Date is { } ed) return dd != ed;
        if (declared.Text is { } dt && evidence.Text is { } et)
            return TextNormalization.ForComparison(dt) != TextNormalization.ForComparison(et);
        return true; // different kinds of value for one key cannot both be right
    }

    /// <summary>The decimals written (4 → 0, 2.50 → 1): dividing by this 1 drops trailing zeros.</summary>
    private static int Scale(decimal value) => (value / 1.000000000000000000000000000000000m).Scale;

    /// <summary>
    /// Values the reader marked low-confidence on a scan (a word of a name below the trust threshold, 韶镭 for 阎鑫), text
    /// values that differ only the way a scan is misread (a character or two in an address or a name) and a credit code
    /// cut short by the reader are not contradictions between the applicant's claim and the evidence.
    /// </summary>
    private static bool IsReadingArtefact(SubmissionRecord record, FieldKey key, FieldValue declared, FieldValue evidence)
    {
        // A side read from a scan below the trust threshold (韶镭 for 阎鑫, a roster of 11 read as 9 rows): a reading
        // to check, not a contradiction. The value stays in record.json marked low_confidence for the reviewer.
        if ((declared.LowConfidence == true && FromScan(record, declared)) || (evidence.LowConfidence == true && FromScan(record, evidence))) return true;
        if (declared.Value?.Text is not { } d || evidence.Value?.Text is not { } e) return false;
        if (key == FieldKeys.CreditCode) return IsMisreadCode(record, declared, evidence, d, e);
        if (!FromScan(record, declared) && !FromScan(record, evidence)) return false;
        if (key == FieldKeys.OperatorName)
            return OrganisationNames.Compare(d, e, eitherFromOcr: true) != NameAgreement.Different;
        var a = TextNormalization.ForComparison(d);
        var b = TextNormalization.ForComparison(e);
        // An address the scan's reading stopped short of (「山西省太原市尖草坪」 of 「…尖草坪区人民路383号…」) says
        // nothing against the full one.
        if (key == FieldKeys.Address && (CutShort(record, declared, a, b) || CutShort(record, evidence, b, a))) return true;
        // Another house number (「南中环街280号」 against 「264号」) is another address: a scan misreads a digit of a number,
        // rarely two of them.
        if (key == FieldKeys.Address && NumbersApart(a, b)) return false;
        var allowed = Math.Max(1, Math.Min(a.Length, b.Length) / 8);
        return EditDistance.Between(a, b, allowed) <= allowed;
    }

    /// <summary>Whether the two texts write the same count of numbers and one pair of them differs in two digits or more.</summary>
    private static bool NumbersApart(string a, string b)
    {
        var na = Figures().Matches(a).Select(m => m.Value).ToList();
        var nb = Figures().Matches(b).Select(m => m.Value).ToList();
        return na.Count == nb.Count && na.Zip(nb).Any(p => EditDistance.Between(p.First, p.Second, 2) >= 2);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Figures();

    /// <summary>
    /// A credit code cut short is no reading of it; of two codes a character or two apart, one read from a scan that fails
    /// its check character while the other passes, the failing one is the misread (「…W59」 for 「…W55」): a changed
    /// character almost never leaves a code that still passes, a misread one almost always fails. A failing code typed
    /// into a form is the applicant's own and stays a contradiction (and an invalid_credit_code flag).
    /// </summary>
    private static bool IsMisreadCode(SubmissionRecord record, FieldValue declared, FieldValue evidence, string d, string e)
    {
        var (cd, ce) = (CreditCode.Check(d), CreditCode.Check(e));
        if (cd.Outcome == CheckOutcome.Malformed || ce.Outcome == CheckOutcome.Malformed) return true;
        if (EditDistance.Between(cd.Code, ce.Code, 2) > 2) return false;
        return (cd.IsInvalid && ce.IsValid && FromScan(record, declared)) || (ce.IsInvalid && cd.IsValid && FromScan(record, evidence));
    }

    /// <param name="cut">The scanned reading: the whole's start, its last one or two characters possibly misread — the
    /// glyphs at a cut are the ones the scan damaged (「…昌吉回族自治h目」 of 「…昌吉回族自治州昌吉市…」).</param>
    private static bool CutShort(SubmissionRecord record, FieldValue shorter, string cut, string whole)
    {
        if (cut.Length >= whole.Length || !FromScan(record, shorter)) return false;
        var common = 0;
        while (common < cut.Length && cut[common] == whole[common]) common++;
        return common == cut.Length || (common >= MinCutStart && cut.Length - common <= 2);
    }

    /// <summary>How much of an address must agree before a damaged end may be forgiven.</summary>
    private const int MinCutStart = 8;

    private static bool FromScan(SubmissionRecord record, FieldValue value) =>
        record.Documents.FirstOrDefault(doc => doc.DocumentId == value.DocumentId)?.TextSource is TextSource.Ocr or TextSource.Mixed;

    private static List<string> FlippedRules(SubmissionRecord record, ProgramRules program, FieldKey key,
        ScalarValue declared, ScalarValue evidence)
    {
        var onEvidence = Statuses(record, program, new FieldOverride(key, evidence, ValueBasis.Evidence));
        var onDeclared = Statuses(record, program, new FieldOverride(key, declared, ValueBasis.Declared));
        return onEvidence.Keys.Union(onDeclared.Keys)
            .Where(id => onEvidence.GetValueOrDefault(id) != onDeclared.GetValueOrDefault(id))
            .ToList();
    }

    private static Dictionary<string, RuleStatus?> Statuses(SubmissionRecord record, ProgramRules program, FieldOverride o) =>
        RulesEngine.EvaluateRules(program, new FactResolver(record, o)).ToDictionary(r => r.RuleId, r => (RuleStatus?)r.Status);

    /// <summary>Whether any rule of the program reads this key, directly, through a derived value or a condition.</summary>
    private static bool Feeds(ProgramRules program, FieldKey key) =>
        program.Rules.Any(rule =>
            rule.Field == key.Name
            || (rule.When ?? []).Any(c => c.Field == key.Name)
            || rule.Checks.Any(c => c.Value == key.Name
                || (c.Value is not null && DerivedValues.TryGet(c.Value, out var dv) && dv.Inputs.Contains(key))));

    private static string Message(FieldKey key, ScalarValue declared, ScalarValue evidence, decimal? relative, List<string> flipped)
    {
        var unit = key.Unit.Length > 0 ? key.Unit : "";
        var text = $"{key.DisplayName}：申报{declared}{unit}，证明材料为{evidence}{unit}";
        if (relative is { } r && r > 0) text += $"，相差{FactResolver.Format(decimal.Round(r * 100m, 2))}%";
        text += "。";
        if (flipped.Count > 0) text += $"按申报值与按证明材料判断，以下规则结论不同：{string.Join("、", flipped)}。";
        return text;
    }
}
