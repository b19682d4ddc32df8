using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 毕业证书: the holder (「学生张三，性别男…」 or 姓名：), the level (专科/本科/硕士/博士 → college … doctor),
/// the school, the 证书编号 and the graduation date (the certificate's own date, not the birth date).
/// </summary>
public sealed partial class DiplomaExtractor : IDocumentExtractor
{
    private enum Slot { Name, School, Number, Date, Level }

    private static readonly LabelCatalog<Slot> Labels = new([
        (Slot.Name, ["姓名", "学生姓名", "持证人"]),
        (Slot.School, ["学校名称", "校名", "毕业院校", "毕业学校", "院校名称", "学校", "发证单位", "发证学校"]),
        (Slot.Number, ["证书编号", "毕业证书编号", "证书号", "证号", "编号"]),
        (Slot.Date, ["毕业时间", "毕业日期", "发证日期", "颁发日期", "毕业年月", "发证时间"]),
        (Slot.Level, ["学历", "学历层次", "层次", "培养层次"]),
    ]);

    public DocumentType Type => DocumentType.Diploma;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        facts.Diplomas.Clear();
        // Several certificates scanned into one document: one per page, when every page names its own holder.
        if (view.Pages.Count > 1)
        {
            var perPage = view.Pages.Select(p => Read(new DocumentView(view.DocumentId, [p]))).ToList();
            if (perPage.Count(d => d.Holder?.Value is not null) > 1)
            {
                facts.Diplomas.AddRange(perPage.Where(d => d.Holder?.Value is not null));
                return;
            }
        }
        facts.Diplomas.Add(Read(view));
    }

    private static DiplomaFacts Read(DocumentView view)
    {
        var id = view.DocumentId;
        var found = LabelledFields.Pick(view, Labels, s => s == Slot.Date ? FieldKeys.ApplicationDate : null);
        var flow = new FlowText(view.Lines);

        var holder = found.GetValueOrDefault(Slot.Name);
        if (holder?.Value is null && StudentName().Match(flow.Text) is { Success: true } sm)
            holder = ValueReader.Of(ScalarValue.Of(sm.Groups["n"].Value), flow.SpanOf(sm.Groups["n"]), id, 0.9);
        holder ??= NameBeforeSex(view);

        var levelText = found.GetValueOrDefault(Slot.Level)?.Value?.Text;
        var level = TextPatterns.Education(levelText ?? "") ?? TextPatterns.Education(flow.Text);
        if (levelText is null && level is not null) levelText = LevelWord().Match(flow.Text).Value;

        var school = found.GetValueOrDefault(Slot.School) ?? School(view, flow);
        var number = found.GetValueOrDefault(Slot.Number) is { Value.Text: { } t } labelled && CertificateDigits(t, labelled.Snippet) is { } digits
            ? labelled with { Value = ScalarValue.Of(digits) }
            : Number(view, flow);

        // A scan that lost the line naming the level (「…四年制本科学习」) still shows it in the number's 11th–12th digits.
        if (level is null && number?.Value?.Text is { } n) level = Core.Audit.DiplomaNumber.LevelOf(n);

        var scanned = view.Pages.Any(p => p.Source == Core.Documents.PageSource.Ocr);
        var (footDate, studyEnd) = GraduationDate(flow, id, scanned);
        var date = found.GetValueOrDefault(Slot.Date) ?? footDate;
        return new DiplomaFacts(holder, level, string.IsNullOrEmpty(levelText) ? null : levelText, school, number, date)
        {
            Scanned = scanned,
            YearCorroborated = date is { LowConfidence: not true, Value.Date: { } graduated } && studyEnd?.Year == graduated.Year,
        };
    }

    /// <summary>
    /// The holder when the scan lost the 学生 before the name (「谭立新，性别男」, 「上E毛侍」 on the line above
    /// 「，性别男」): the run of two to four characters right before 性别, on its line or ending the line above.
    /// </summary>
    private static FieldValue? NameBeforeSex(DocumentView view)
    {
        var lines = view.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var t = LabelText.Compact(lines[i].Text);
            var at = t.IndexOf("性别", StringComparison.Ordinal);
            if (at < 0) continue;
            var (before, line) = (t[..at].TrimEnd(',', '，', '、', '.', ' '), lines[i]);
            if (before.Length == 0 && i > 0) (before, line) = (LabelText.Compact(lines[i - 1].Text).TrimEnd(',', '，', '、', '.'), lines[i - 1]);
            if (TrailingName().Match(before) is not { Success: true } m) return null;
            var name = StudentPrefix().Replace(m.Value, "");
            return TextPatterns.LooksLikeName(name) ? ValueReader.Of(ScalarValue.Of(name), line with { Text = name }, view.DocumentId, 0.7) : null;
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])[\p{IsCJKUnifiedIdeographs}]{2,6}$")]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"^(?:学生|研究生|毕业生|学员)")]
    private static partial Regex StudentPrefix();

    /// <summary>
    /// The number's digits. A date printed on the same line (「证书编号：1294…4972 1997年6月21日」) runs into the
    /// number once spaces are removed, so an 18-digit run standing on its own in the spaced text wins.
    /// </summary>
    private static string? CertificateDigits(string value, string? snippet)
    {
        foreach (var text in new[] { value, snippet })
            if (text is not null && Standalone18().Match(Core.Normalisation.TextNormaliser.Normalise(text)) is { Success: true } exact)
                return exact.Value;
        return Digits().Match(LabelText.Compact(value)) is { Success: true } dm ? dm.Value : null;
    }

    private static FieldValue? School(DocumentView view, FlowText flow)
    {
        // The school signs the certificate on a short line of its own: 「山西大学」「太原理工大学（盖章）」.
        foreach (var line in view.Lines)
        {
            var t = LabelText.Compact(line.Text);
            t = Regex.Replace(t, @"[(（](?:盖章|章)[)）]$", "");
            if (t.Length is >= 4 and <= 24 && SchoolEnd().IsMatch(t) && !t.Contains("证书", StringComparison.Ordinal))
                return ValueReader.Of(ScalarValue.Of(t), line with { Text = t }, view.DocumentId, 0.9);
        }
        return SchoolInSentence().Match(flow.Text) is { Success: true } m
            ? ValueReader.Of(ScalarValue.Of(m.Groups["s"].Value), flow.SpanOf(m.Groups["s"]), view.DocumentId, 0.85)
            : null;
    }

    /// <summary>
    /// The number after its label when no label/value pair was found (OCR reads the colon as 「;」). On its own line
    /// first, where the spaced text keeps the number apart from a date printed after it; across lines only when the
    /// label stands on one line and the number on the next.
    /// </summary>
    private static FieldValue? Number(DocumentView view, FlowText flow)
    {
        foreach (var line in view.Lines)
            if (NumberSentence().Match(LabelText.Compact(line.Text)) is { Success: true } lm
                && CertificateDigits(lm.Groups["n"].Value, line.Text) is { } digits)
                return ValueReader.Of(ScalarValue.Of(digits), line with { Text = digits }, view.DocumentId, 0.95);
        return NumberSentence().Match(flow.Text) is { Success: true } m
            ? ValueReader.Of(ScalarValue.Of(m.Groups["n"].Value), flow.SpanOf(m.Groups["n"]), view.DocumentId, 0.95)
            : null;
    }

    /// <summary>
    /// The latest date on the certificate that is not the holder's birth date: the date at its foot, or, when the
    /// scan lost that one, the end of the study period (「于2010年9月至2014年1月在本校…学习」). The birth date is
    /// the one followed by 生 or standing after 性别男/女 or 出生; a scan often moves the 生 to another line. The
    /// start of the study period is skipped too.
    /// </summary>
    /// <returns>The date, and the study period's end when that is another reading than the date itself.</returns>
    private static (FieldValue? Date, DateOnly? StudyEnd) GraduationDate(FlowText flow, string id, bool scanned)
    {
        FieldValue? latest = null;
        DateOnly? latestDate = null;
        DateOnly? studyStart = null, studyEnd = null;
        var latestIsStudyEnd = false;
        foreach (var (m, d) in TextPatterns.Dates(flow.Text))
        {
            var after = m.Index + m.Length < flow.Text.Length ? flow.Text[m.Index + m.Length] : ' ';
            var before = flow.Text[Math.Max(0, m.Index - 8)..m.Index];
            if (after is '生' || BirthCue().IsMatch(before)) continue;
            // The start of the study period (「于1991年9月至…」) is never the graduation date, even when the scan lost every later one.
            if (after is '至' or '到' or '起' or '-' or '—' or '~')
            {
                studyStart = studyStart is { } s0 && s0 > d.Date ? s0 : d.Date;
                continue;
            }
            if (d.Precision is not (Core.Normalisation.DatePrecision.Day or Core.Normalisation.DatePrecision.Month)) continue;
            var endsStudy = before.EndsWith('至') || before.EndsWith('到');
            if (endsStudy) studyEnd = d.Date;
            if (latestDate is { } best && d.Date <= best) continue;
            latestDate = d.Date;
            latestIsStudyEnd = endsStudy;
            latest = ValueReader.Of(ScalarValue.Of(d.Date), flow.SpanOf(m), id, d.Precision == Core.Normalisation.DatePrecision.Day ? 0.9 : 0.8, m.Value);
        }
        // A "latest" date before the studies began is the birth date whose cue the scan garbled (「性别曙男，1978年12月8F」
        // with the foot date broken over two lines): better no graduation date than that one.
        if (latestDate < studyStart) return (null, null);
        var otherReading = latestIsStudyEnd ? null : studyEnd;
        // The foot date one digit off the study period's end (2047 under 「至2017年1月」) is a misread of it on a scan;
        // kept, but no check may rest on it.
        if (latest is { } foot && studyEnd is { } end && latestDate is { } footDate && footDate.Year != end.Year
            && OneDigitApart(footDate.Year, end.Year) && scanned)
            return (foot with { Confidence = Math.Min(foot.Confidence ?? 1.0, 0.5), LowConfidence = true }, otherReading);
        return (latest, otherReading);
    }

    private static bool OneDigitApart(int a, int b)
    {
        var (x, y) = (a.ToString(System.Globalization.CultureInfo.InvariantCulture), b.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return x.Length == y.Length && x.Zip(y).Count(p => p.First != p.Second) == 1;
    }

    [GeneratedRegex(@"(?:性别[:]?.?[男女][,、;]?|出生(?:日期|年月|于)?[:]?|生于)$")]
    private static partial Regex BirthCue();

    [GeneratedRegex(@"(?:学生|研究生|学员|毕业生)(?<n>" + TextPatterns.LazyName + @")(?:,|、|性别|[男女]|于|在)")]
    private static partial Regex StudentName();

    [GeneratedRegex(@"(?:大学|学院|学校|大专|职业技术学院)$")]
    private static partial Regex SchoolEnd();

    [GeneratedRegex(@"(?:在|于|,)(?<s>[\p{IsCJKUnifiedIdeographs}]{2,18}?(?:大学|学院|学校))")]
    private static partial Regex SchoolInSentence();

    [GeneratedRegex(@"(?:证书编号|证书号|编号|证号)[:;.,]?(?<n>\d{8,20})")]
    private static partial Regex NumberSentence();

    [GeneratedRegex(@"\d{8,20}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<!\d)\d{18}(?!\d)")]
    private static partial Regex Standalone18();

    [GeneratedRegex(@"博士研究生|硕士研究生|博士|硕士|研究生|本科|专科|大专|高职")]
    private static partial Regex LevelWord();
}
