using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>营业执照 / 法人代码证书: 名称, 统一社会信用代码, 法定代表人, 成立日期, 住所.</summary>
public sealed partial class BusinessLicenseExtractor : IDocumentExtractor
{
    private static readonly LabelCatalog<FieldKey> Labels = LabelledFields.Catalog(
        (FieldKeys.OperatorName, ["名称", "企业名称", "单位名称", "机构名称", "公司名称"]),
        (FieldKeys.CreditCode, ["统一社会信用代码", "社会统一信用代码", "信用代码", "组织机构代码", "法人代码", "代码"]),
        (FieldKeys.LegalRepresentative, ["法定代表人", "法人代表", "负责人", "经营者", "执行事务合伙人", "投资人"]),
        (FieldKeys.RegistrationDate, ["成立日期", "注册日期", "成立时间", "登记日期"]),
        (FieldKeys.Address, ["住所", "经营场所", "主要经营场所", "营业场所", "地址", "住址"]));

    public DocumentType Type => DocumentType.BusinessLicense;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        // Licenses print label and value side by side; OCR often drops the gap between them.
        var found = LabelledFields.Pick(view, Labels, glued: true);
        var flow = new FlowText(view.Lines);
        if (found.GetValueOrDefault(FieldKeys.CreditCode) is { } code && code.Value?.Text is { } text)
            found[FieldKeys.CreditCode] = code with { Value = ScalarValue.Of(TextPatterns.CreditCodeLetters(text)) };
        if (found.GetValueOrDefault(FieldKeys.CreditCode)?.Value is null || !IsCodeShape(found[FieldKeys.CreditCode]))
        {
            // The code often stands alone under its label or beside the QR code.
            if (TextPatterns.CreditCode().Match(TextPatterns.CreditCodeLetters(flow.Text)) is { Success: true } m)
                found[FieldKeys.CreditCode] = ValueReader.Of(ScalarValue.Of(m.Value), flow.SpanOf(m), view.DocumentId, 0.95);
        }
        if (found.GetValueOrDefault(FieldKeys.Address)?.Value is null)
        {
            // The 住所 label lost to the scan: the line that reads as a full street address.
            foreach (var line in view.Lines)
                if (StreetAddress().Match(LabelText.Compact(line.Text)) is { Success: true } am)
                {
                    found[FieldKeys.Address] = ValueReader.Of(ScalarValue.Of(am.Groups["a"].Value), line, view.DocumentId, 0.75);
                    break;
                }
        }
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
        foreach (var (key, value) in found) facts.Fields[key] = value;
        facts.License = new LicenseFacts(found.GetValueOrDefault(FieldKeys.OperatorName), found.GetValueOrDefault(FieldKeys.CreditCode),
            found.GetValueOrDefault(FieldKeys.LegalRepresentative), found.GetValueOrDefault(FieldKeys.RegistrationDate),
            found.GetValueOrDefault(FieldKeys.Address));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[|｜]?(?:住所|经营场所|地址)?:?(?<a>[\p{IsCJKUnifiedIdeographs}]{2,8}(?:省|市|自治区)[^|]{4,60}?(?:号|层|室|楼|座|栋|单元|号院))[|｜]?$")]
    private static partial System.Text.RegularExpressions.Regex StreetAddress();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:成立日期?|成立时间|注册日期?|营业期限?自?)(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex RegisteredOn();

    private static bool IsCodeShape(FieldValue value) =>
        value.Value?.Text is { } t && TextPatterns.CreditCode().IsMatch(t);
}
