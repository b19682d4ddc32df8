using System.Globalization;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Operators;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Reports.Html;

/// <summary>The Chinese words the reviewer's page uses for the report's codes and values.</summary>
public static class ReportLabels
{
    /// <summary>Below this OCR confidence a value or page is shown as doubtful.</summary>
    public const double LowConfidence = FieldValue.LowConfidenceThreshold;

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Reports.Verdict.Pass => "通过",
        Reports.Verdict.Fail => "不通过",
        _ => "需人工复核",
    };

    public static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Pass => "符合",
        RuleStatus.Fail => "不符合",
        RuleStatus.Warn => "警示",
        RuleStatus.Missing => "缺少数据",
        _ => "人工判断",
    };

    public static string Severity(Severity severity) => severity switch
    {
        Reports.Severity.High => "高",
        Reports.Severity.Medium => "中",
        _ => "低",
    };

    public static string Basis(ValueBasis? basis) => basis switch
    {
        ValueBasis.Evidence => "依据：证明材料",
        ValueBasis.Declared => "依据：申报值",
        _ => "—",
    };

    public static string Flag(FlagCode code) => code switch
    {
        FlagCode.InvalidCreditCode => "统一社会信用代码校验位错误",
        FlagCode.InvalidIdNumber => "身份证号校验位错误",
        FlagCode.InvalidCertificateNumber => "毕业证书编号与证书年份或层次不符",
        FlagCode.NameMismatch => "主体名称不一致",
        FlagCode.DateInconsistency => "日期相互矛盾",
        FlagCode.PdfModified => "PDF 文件生成后被修改",
        FlagCode.DuplicateCertificate => "证书编号重复",
        FlagCode.DuplicateDocument => "材料与其他申报重复",
        FlagCode.LowOcrConfidence => "扫描页识别质量差",
        _ => code.ToString(),
    };

    public static string TextSource(TextSource? source) => source switch
    {
        Records.TextSource.Docx => "Word 文档",
        Records.TextSource.PdfText => "PDF 文字层",
        Records.TextSource.Ocr => "扫描识别（OCR）",
        Records.TextSource.Mixed => "文字层与扫描识别",
        _ => "—",
    };

    public static string DocumentType(DocumentType? type) => type is { } t ? t.ChineseName() : "未识别";

    /// <summary>A glossary key's Chinese name, or the key itself when the glossary does not know it.</summary>
    public static string Field(string? name) =>
        name is null ? "—" : FieldKeys.TryGet(name, out var key) ? key.DisplayName : name;

    /// <summary>A value with its unit: <c>450 m²</c>, <c>2021-05-14</c>, 租赁 for the code <c>leased</c>.</summary>
    public static string Value(ScalarValue? value, string? fieldName)
    {
        if (value is not { } v) return "—";
        FieldKeys.TryGet(fieldName ?? "", out var key);
        if (v.Number is { } n) return WithUnit(FactResolver.Format(n), key?.Unit);
        if (v.Text is { } text && key is { Kind: ValueKind.Enum })
            return Normalisation.EnumLabels.Label(key, text) ?? text;
        return v.ToString();
    }

    /// <summary>The value a rule judged, in the unit of its first comparison (months, %, m²).</summary>
    public static string RuleValue(ScalarValue? value, Rule? rule, string? fieldName)
    {
        if (value is { Number: { } n } && rule?.Checks.FirstOrDefault() is { } check)
            return WithUnit(FactResolver.Format(n), UnitOf(check));
        return Value(value, fieldName);
    }

    /// <summary>The requirement in words: 实际注册并运营时间 不低于 12 个月；for alternatives joined by 或.</summary>
    public static string Requirement(Rule? rule, string fallback)
    {
        if (rule is null || rule.IsManual || rule.Checks.Count == 0) return fallback;
        return string.Join(" 或 ", rule.Checks.Select(c =>
        {
            var op = OperatorTable.TryGet(c.Operator, out var o) ? o.Chinese : c.Operator;
            var threshold = c.Threshold is { } t
                ? t.ValueKind == System.Text.Json.JsonValueKind.Number
                    ? FactResolver.Format(t.GetDecimal())
                    : t.ToString()
                : "";
            return $"{ValueName(c.Value)}{op}{WithUnit(threshold, c.Unit is "%" && threshold.EndsWith('%') ? null : UnitOf(c))}";
        }));
    }

    public static string Confidence(double? confidence) =>
        confidence is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static bool IsLow(double? confidence) => confidence is { } c && c < LowConfidence;

    private static string ValueName(string? name) =>
        name is null ? "" : DerivedValues.TryGet(name, out var d) ? d.Label : Field(name);

    private static string? UnitOf(Check check) =>
        check.Unit ?? (DerivedValues.TryGet(check.Value ?? "", out var d) ? d.Unit
            : FieldKeys.TryGet(check.Value ?? "", out var k) ? k.Unit : null);

    private static string WithUnit(string number, string? unit) =>
        string.IsNullOrEmpty(unit) ? number : unit == "%" ? number + "%" : $"{number} {unit}";
}
