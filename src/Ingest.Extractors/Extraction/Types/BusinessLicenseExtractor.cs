using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>营业执照 / 法人代码证书: 名称, 统一社会信用代码, 法定代表人, 成立日期, 住所.</summary>
public sealed partial class BusinessLicenseExtractor : IDocumentExtractor
{
    // A license's few labels are far apart, so a scanned one with a character misread (成立日其) is still itself.
    private static readonly LabelCatalog<FieldKey> Labels = new(new (FieldKey, IEnumerable<string>)[]
    {
        (FieldKeys.OperatorName, ["名称", "企业名称", "单位名称", "机构名称", "公司名称"]),
        (FieldKeys.CreditCode, ["统一社会信用代码", "社会统一信用代码", "信用代码", "组织机构代码", "法人代码", "代码"]),
        (FieldKeys.LegalRepresentative, ["法定代表人", "法人代表", "负责人", "经营者", "执行事务合伙人", "投资人"]),
        (FieldKeys.RegistrationDate, ["成立日期", "注册日期", "成立时间", "登记日期"]),
        (FieldKeys.Address, ["住所", "经营场所", "主要经营场所", "营业场所", "地址", "住址"]),
    }) { NearMatchesFourCharacterLabels = true };

    public DocumentType Type => DocumentType.BusinessLicense;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        // Licenses print label and value side by side; OCR often drops the gap between them.
        var found = LabelledFields.Pick(view, Labels, glued: true);
        foreach (var (key, value) in SpacedLabels(view))
            if (found.GetValueOrDefault(key)?.Value is null) found[key] = value;
        foreach (var key in (FieldKey[])[FieldKeys.OperatorName, FieldKeys.LegalRepresentative, FieldKeys.Address])
            if (found.GetValueOrDefault(key) is { Value.Text: { } stated } value)
            {
                if (BeforeColumnLabel(stated) is { } own) found[key] = value with { Value = ScalarValue.Of(own) };
                // 「法定代表人营业期限」: the scan lost the name, and the other column's label is no name.
                else if (ColumnLabel().Match(stated) is { Success: true, Index: 0 }) found.Remove(key);
            }
        var flow = new FlowText(view.Lines);
        if (found.GetValueOrDefault(FieldKeys.CreditCode) is { } code && code.Value?.Text is { } text)
        {
            // The code alone, without what the scan put beside it (「9114010582BLB6X60A“当归」).
            var letters = TextPatterns.CreditCodeLetters(text);
            var alone = TextPatterns.CreditCode().Match(letters);
            found[FieldKeys.CreditCode] = code with { Value = ScalarValue.Of(alone.Success ? alone.Value : letters) };
        }
        if (found.GetValueOrDefault(FieldKeys.CreditCode)?.Value is null || !IsCodeShape(found[FieldKeys.CreditCode]))
        {
            // The code often stands alone under its label or beside the QR code.
            if (TextPatterns.CreditCode().Match(TextPatterns.CreditCodeLetters(flow.Text)) is { Success: true } m)
                found[FieldKeys.CreditCode] = ValueReader.Of(ScalarValue.Of(m.Value), flow.SpanOf(m), view.DocumentId, 0.95);
            // The running text glues the QR code's edge to it (「9114010513RUG5AQ29 EY」 → …29EY); the line keeps the gap.
            else if (view.Lines.Select(l => (Line: l, Match: TextPatterns.CreditCode().Match(TextPatterns.CreditCodeLetters(l.Text))))
                         .FirstOrDefault(x => x.Match.Success) is { Line: { } line } hit)
                found[FieldKeys.CreditCode] = ValueReader.Of(ScalarValue.Of(hit.Match.Value), line, view.DocumentId, 0.9, hit.Match.Value);
        }
        if (found.GetValueOrDefault(FieldKeys.CreditCode) is { Value.Text: not null } partial && !IsCodeShape(partial))
            found[FieldKeys.CreditCode] = CodeWithItsTail(view, partial)
                // A piece of a code is no reading of it: left as raw text, the license counts as unread.
                ?? partial with { Value = null, Raw = partial.Value?.Text, LowConfidence = true };
        if (found.GetValueOrDefault(FieldKeys.Address)?.Value is null)
        {
            // The 住所 label lost to the scan: the line that reads as a full street address.
            foreach (var line in view.Lines)
                if (StreetAddress().Match(LabelText.Compact(line.Text)) is { Success: true } am)
                {
                    found[FieldKeys.Address] = ValueReader.Read(FieldKeys.Address, line with { Text = am.Groups["a"].Value }, view.DocumentId, 0.75, snippet: line.Text);
                    break;
                }
        }
        if (found.GetValueOrDefault(FieldKeys.Address) is { Value.Text: not null } cut && AddressWithItsTail(view, cut) is { } whole)
            found[FieldKeys.Address] = whole;
        if (found.GetValueOrDefault(FieldKeys.Address) is { Value.Text: not null } firstLine && AddressWrappedBelow(view, firstLine) is { } wrapped)
            found[FieldKeys.Address] = wrapped;
        if (found.GetValueOrDefault(FieldKeys.RegistrationDate) is { Value: null, Raw: { } rawDate } unparsed
            && TextPatterns.Dates(LabelText.Compact(rawDate)).FirstOrDefault() is { Match: not null } inRaw
            && inRaw.Date.Precision == Core.Normalisation.DatePrecision.Day)
            // 「2013年01月26日-」: a stray mark after a complete date.
            found[FieldKeys.RegistrationDate] = unparsed with { Value = ScalarValue.Of(inRaw.Date.Date) };
        if (found.GetValueOrDefault(FieldKeys.RegistrationDate)?.Value is null)
        {
            // 「成立日2018年08月26」「营业期2018年08月26日至长期」: OCR ate part of the label or the 日; the business
            // term starts on the day the company was registered.
            foreach (var line in view.Lines)
                if (RegisteredOn().Match(LabelText.Compact(line.Text)) is { Success: true } rm
                    && DateOnly.TryParse($"{rm.Groups["y"].Value}-{rm.Groups["m"].Value}-{rm.Groups["d"].Value}",
                        System.Globalization.CultureInfo.InvariantCulture, out var registered))
                {
                    found[FieldKeys.RegistrationDate] = ValueReader.Of(ScalarValue.Of(registered), line, view.DocumentId, 0.75, rm.Value);
                    break;
                }
        }
        if (found.GetValueOrDefault(FieldKeys.RegistrationDate) is { Value: null, Raw: { } damaged }
            && Year().Match(damaged) is { Success: true } ym)
        {
            // 「成立日期 2014征」: the label kept its year; the business term beside it repeats the whole date.
            foreach (var line in view.Lines)
                if (DayInYear().Match(LabelText.Compact(line.Text)) is { Success: true } dm && dm.Groups["y"].Value == ym.Value
                    && DateOnly.TryParse($"{dm.Groups["y"].Value}-{dm.Groups["m"].Value}-{dm.Groups["d"].Value}",
                        System.Globalization.CultureInfo.InvariantCulture, out var sameYear))
                {
                    found[FieldKeys.RegistrationDate] = ValueReader.Of(ScalarValue.Of(sameYear), line, view.DocumentId, 0.7, dm.Value);
                    break;
                }
        }
        if (found.GetValueOrDefault(FieldKeys.RegistrationDate)?.Value is null && TermFrom().Match(flow.Text) is { Success: true } tm
            && DateOnly.TryParse($"{tm.Groups["y"].Value}-{tm.Groups["m"].Value}-{tm.Groups["d"].Value}",
                System.Globalization.CultureInfo.InvariantCulture, out var termStart))
            // The business term (营业期限) runs from the day of registration, 「2014年3月16日至长期」, even when its label was lost.
            found[FieldKeys.RegistrationDate] = ValueReader.Of(ScalarValue.Of(termStart), flow.SpanOf(tm), view.DocumentId, 0.7, tm.Value);
        if (found.GetValueOrDefault(FieldKeys.OperatorName)?.Value is null)
        {
            // The 名称 label lost to the scan: the first line that is an organisation's name on its own.
            foreach (var line in view.Lines)
                if (OrganisationLine().Match(LabelText.Compact(line.Text)) is { Success: true } om)
                {
                    found[FieldKeys.OperatorName] = ValueReader.Read(FieldKeys.OperatorName, line with { Text = om.Groups["n"].Value }, view.DocumentId, 0.75);
                    break;
                }
        }
        if (found.GetValueOrDefault(FieldKeys.CreditCode) is { Value.Text: { } read, LowConfidence: true } doubted
            && Core.Audit.CreditCode.IsValid(read))
            // Noise beside the code (a QR code's edge read as 「“当归」) pulls its line's confidence down, but a misread
            // code passes its check character once in 31: a passing one is the code as printed.
            found[FieldKeys.CreditCode] = doubted with { LowConfidence = null, Confidence = Math.Max(doubted.Confidence ?? 0, 0.9) };
        foreach (var (key, value) in found) facts.Fields[key] = value;
        facts.License = new LicenseFacts(found.GetValueOrDefault(FieldKeys.OperatorName), found.GetValueOrDefault(FieldKeys.CreditCode),
            found.GetValueOrDefault(FieldKeys.LegalRepresentative), found.GetValueOrDefault(FieldKeys.RegistrationDate),
            found.GetValueOrDefault(FieldKeys.Address));
    }

    /// <summary>
    /// Licenses space their short labels across the label column (「名　　称」「住　　所」): a layout row whose first
    /// cells are single characters that together spell a label, followed by the value.
    /// </summary>
    private static IEnumerable<(FieldKey Key, FieldValue Value)> SpacedLabels(DocumentView view)
    {
        foreach (var grid in view.LayoutGrids)
            foreach (var row in grid.Rows)
            {
                var label = "";
                var i = 0;
                while (i < row.Count - 1 && LabelText.Compact(row[i].Text).Length == 1)
                    label += LabelText.Compact(row[i++].Text);
                if (label.Length < 2 || !Labels.TryMatchWhole(label, out var key, out _)) continue;
                var parts = row.Skip(i).ToList();
                var text = LayoutGrid.JoinWords(parts.Select(c => new Core.Documents.Word { Text = c.Text }).ToList());
                var span = parts[0].Span with { Text = text, Box = DocumentView.Union(parts.Select(c => c.Span.Box)) };
                yield return (key, ValueReader.Read(key, span, view.DocumentId, 0.9, snippet: $"{label} {text}"));
            }
    }

    /// <summary>
    /// The value without the other column's label and value glued after it: a license prints two columns, and a
    /// scan's line runs across both (「范志强 营业期限 2013年08月17日至长期」, 「…有限公司 注册资本 壹佰万元整」).
    /// Null when nothing is to cut.
    /// </summary>
    private static string? BeforeColumnLabel(string text) =>
        ColumnLabel().Match(text) is { Success: true, Index: > 0 } m ? text[..m.Index].TrimEnd() : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:注册资本|营业期限|经营期限|成立日期|注册日期|登记机关|经营范围|类\s*型|住\s*所|法定代表人)")]
    private static partial System.Text.RegularExpressions.Regex ColumnLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex Year();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex DayInYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})[日曰目]?(?:起)?(?:至|到|-|—|~)?(?:长期|永久|不约定期限|(?:19|20)\d{2}年)")]
    private static partial System.Text.RegularExpressions.Regex TermFrom();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:名称|企业名称)?:?(?<n>[\p{IsCJKUnifiedIdeographs}()]{4,40}(?:有限责任公司|股份有限公司|有限公司|合伙企业|研究院|服务中心|中心))$")]
    private static partial System.Text.RegularExpressions.Regex OrganisationLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[|｜]?(?:住所|经营场所|地址)?:?(?<a>[\p{IsCJKUnifiedIdeographs}]{2,8}(?:省|市|自治区)[^|]{4,60}?(?:号|层|室|楼|座|栋|单元|号院))[|｜]?$")]
    private static partial System.Text.RegularExpressions.Regex StreetAddress();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:成立日期?|成立时间|注册日期?|营业期限?自?)(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex RegisteredOn();

    /// <summary>
    /// A code that OCR split into two lines of the same row (「914110023T8LP」 and, just right of it, 「7RWOJ」): the
    /// code characters that continue it on its row, kept only when the two together have a credit code's shape.
    /// </summary>
    internal static FieldValue? CodeWithItsTail(DocumentView view, FieldValue head)
    {
        if (head.Box is not { } hb || head.Page is not { } page || head.Value?.Text is not { } text) return null;
        var start = CodeTail().Match(TextPatterns.CreditCodeLetters(LabelText.Compact(text)));
        if (!start.Success || start.Length >= 18) return null;
        foreach (var line in view.Lines)
        {
            if (line.Page != page || line.Box is not { } lb || lb.X0 < hb.X1 - 4 || lb.X0 - hb.X1 > 3 * Math.Max(1, hb.Height)) continue;
            var overlap = Math.Min(lb.Y1, hb.Y1) - Math.Max(lb.Y0, hb.Y0);
            if (overlap < 0.5 * Math.Min(lb.Height, hb.Height)) continue;
            var tail = TextPatterns.CreditCodeLetters(LabelText.Compact(line.Text));
            var joined = TextPatterns.CreditCodeLetters(start.Value + tail);
            if (tail.Length == 0 || !tail.All(char.IsAsciiLetterOrDigit) || joined.Length != 18 || !TextPatterns.CreditCode().IsMatch(joined)) continue;
            var both = new Span(joined, page, DocumentView.Union([hb, lb]),
                line.Confidence is { } c && head.Confidence is { } hc ? Math.Min(c, hc) : line.Confidence, line.Ocr);
            return ValueReader.Of(ScalarValue.Of(joined), both, view.DocumentId, 0.85);
        }
        return null;
    }

    /// <summary>
    /// An address OCR split into two lines of one row at a speck or a rule (「山西省太原市尖草坪|」 and, just right of it,
    /// 「区人民路383号数字经济产业园B座」): the rest of it on its row, taken only when the address alone does not end
    /// where a street address ends and the two together do. Null when there is no such rest.
    /// </summary>
    internal static FieldValue? AddressWithItsTail(DocumentView view, FieldValue head)
    {
        if (head.Box is not { } hb || head.Page is not { } page || head.Value?.Text is not { } text) return null;
        var start = LabelText.Compact(text).TrimEnd('|', '｜');
        if (AddressEnd().IsMatch(start)) return null;
        foreach (var line in view.Lines)
        {
            if (line.Page != page || line.Box is not { } lb || lb.X0 < hb.X1 - 4 || lb.X0 - hb.X1 > 2 * Math.Max(1, hb.Height)) continue;
            var overlap = Math.Min(lb.Y1, hb.Y1) - Math.Max(lb.Y0, hb.Y0);
            if (overlap < 0.5 * Math.Min(lb.Height, hb.Height)) continue;
            var tail = LabelText.Compact(line.Text).Trim('|', '｜');
            if (tail.Length == 0 || !AddressEnd().IsMatch(tail)) continue;
            return JoinedAddress(view, head, hb, start, line, tail);
        }
        return null;
    }

    /// <summary>
    /// An address the license's narrow column wrapped onto the next line (「住所 山西省太原市万柏林区南中环街67号」 over
    /// 「双创基地7层」): the line just below, starting under the value, short, with a figure and ending where a street
    /// address ends, and no label of its own. Null when there is no such line.
    /// </summary>
    internal static FieldValue? AddressWrappedBelow(DocumentView view, FieldValue head)
    {
        if (head.Box is not { } hb || head.Page is not { } page || head.Value?.Text is not { } text) return null;
        var h = Math.Max(1, hb.Height);
        var below = view.Lines
            .Where(l => l.Page == page && l.Box is { } lb && lb.Y0 >= hb.Y1 - 0.3 * h && lb.Y0 - hb.Y1 < 1.2 * h
                        && lb.X0 >= hb.X0 - h && lb.X0 < hb.X0 + 0.6 * hb.Width)
            .OrderBy(l => l.Box!.Value.Y0).FirstOrDefault();
        if (below is null) return null;
        var tail = LabelText.Compact(below.Text).Trim('|', '｜');
        if (tail.Length is 0 or > 12 || !AddressEnd().IsMatch(tail) || !tail.Any(char.IsAsciiDigit)
            || Labels.At(tail, 0).Any() || ColumnLabel().IsMatch(tail) || NewPlace().IsMatch(tail)) return null;
        return JoinedAddress(view, head, hb, LabelText.Compact(text).TrimEnd('|', '｜'), below, tail);
    }

    /// <summary>An address's first piece and its rest from another line, read as one value; null when together they read as no address.</summary>
    private static FieldValue? JoinedAddress(DocumentView view, FieldValue head, Box headBox, string start, Span rest, string tail)
    {
        var both = rest with { Text = start + tail, Box = DocumentView.Union([headBox, rest.Box]),
            Confidence = rest.Confidence is { } c && head.Confidence is { } hc ? Math.Min(c, hc) : rest.Confidence };
        var joined = ValueReader.Read(FieldKeys.Address, both, view.DocumentId, 0.85, snippet: $"{head.Snippet} {rest.Text}");
        return joined.Value is not null ? joined : null;
    }

    /// <summary>Words that begin an address of their own, not the rest of one.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"省|自治区|市|县")]
    private static partial System.Text.RegularExpressions.Regex NewPlace();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:号|层|室|楼|座|栋|幢|单元|号院|弄)$")]
    private static partial System.Text.RegularExpressions.Regex AddressEnd();

    /// <summary>The code characters that end a label's value, where a code's head stands.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9A-Z]{6,17}$")]
    private static partial System.Text.RegularExpressions.Regex CodeTail();

    private static bool IsCodeShape(FieldValue value) =>
        value.Value?.Text is { } t && TextPatterns.CreditCode().IsMatch(t);
}
