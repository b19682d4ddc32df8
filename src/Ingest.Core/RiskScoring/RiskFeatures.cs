using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.RiskScoring;

/// <summary>One input of the risk score, with the words a reviewer reads when it is a top factor.</summary>
/// <param name="Describe">Turns the feature's value into a plain Chinese phrase (only called when it is non-zero).</param>
public sealed record RiskFeature(string Id, Func<double, string> Describe);

/// <summary>
/// The features of the risk score, computed from what the pipeline found (record.json and report.json), never
/// from the truth. Counts are capped so that one pathological submission cannot dominate the training, and every
/// feature is zero for a submission with nothing suspicious, so the intercept alone is a clean one's score.
/// The order of <see cref="All"/> is the model's feature order; the model file stores the ids to check it.
/// </summary>
public static class RiskFeatures
{
    private const double CountCap = 3;

    private static readonly (FlagCode Code, string Words)[] FlagWords =
    [
        (FlagCode.InvalidCreditCode, "统一社会信用代码校验位不符"),
        (FlagCode.InvalidIdNumber, "身份证号校验位不符"),
        (FlagCode.InvalidCertificateNumber, "学历证书编号与证书上的年份或层次矛盾"),
        (FlagCode.NameMismatch, "承租方、执照或存款户名与运营主体不一致"),
        (FlagCode.DateInconsistency, "日期互相矛盾"),
        (FlagCode.PdfModified, "PDF 在生成后被修改"),
        (FlagCode.DuplicateCertificate, "证书编号重复出现"),
        (FlagCode.DuplicateDocument, "同一材料出现在其他申报单位的材料中"),
        (FlagCode.LowOcrConfidence, "扫描页识别质量差，需人工核对"),
    ];

    public static IReadOnlyList<RiskFeature> All { get; } = Build();

    private static List<RiskFeature> Build()
    {
        var features = FlagWords
            .Select(f => new RiskFeature("flag_" + Json.IngestJson.SnakeCase(f.Code.ToString()), v => $"{f.Words}（{v:0} 处）"))
            .ToList();
        features.AddRange(
        [
            new("discrepancy_high", v => $"申报值与证明材料严重不符，足以改变审核结论（{v:0} 项）"),
            new("discrepancy_other", v => $"申报值与证明材料不一致（{v:0} 项）"),
            new("discrepancy_largest_share", v => $"面积或金额的申报值与证明值相差 {v:P0}"),
            new("rules_failed", v => $"不满足申报条件（{v:0} 条）"),
            new("documents_missing", v => $"缺少应提交的材料（{v:0} 类）"),
            new("documents_unreadable", v => $"无法读取的文件（{v:0} 个）"),
            new("ocr_confidence_gap", v => $"扫描件识别置信度偏低（最低页低于 0.9 达 {v:P0}）"),
            new("program_unknown", _ => "未能识别申报类别"),
        ]);
        return features;
    }

    public static int IndexOf(string id)
    {
        for (var i = 0; i < All.Count; i++) if (All[i].Id == id) return i;
        throw new ArgumentException($"unknown risk feature '{id}'");
    }

    public static double[] Extract(SubmissionRecord record, SubmissionReport report)
    {
        var x = new double[All.Count];
        for (var i = 0; i < FlagWords.Length; i++)
            x[i] = Math.Min(CountCap, report.Flags.Count(f => f.Code == FlagWords[i].Code));
        x[IndexOf("discrepancy_high")] = Math.Min(CountCap, report.Discrepancies.Count(d => d.Severity == Severity.High));
        x[IndexOf("discrepancy_other")] = Math.Min(CountCap, report.Discrepancies.Count(d => d.Severity != Severity.High));
        x[IndexOf("discrepancy_largest_share")] = report.Discrepancies.Select(RelativeGap).DefaultIfEmpty(0).Max();
        x[IndexOf("rules_failed")] = Math.Min(CountCap, report.Rules.Count(r => r.Status == RuleStatus.Fail));
        x[IndexOf("documents_missing")] = Math.Min(CountCap, report.MissingDocuments.Count);
        x[IndexOf("documents_unreadable")] = Math.Min(CountCap, record.Documents.Count(d => d.Status == DocumentStatus.Error));
        x[IndexOf("ocr_confidence_gap")] = OcrConfidenceGap(record);
        x[IndexOf("program_unknown")] = record.Jurisdiction is null ? 1 : 0;
        return x;
    }

    /// <summary>|declared − evidence| ÷ the larger, for numbers; capped at 1. Dates, counts of days and texts give 0.</summary>
    private static double RelativeGap(Discrepancy d)
    {
        if (d.Declared?.Number is not { } a || d.Evidence?.Number is not { } b) return 0;
        var larger = Math.Max(Math.Abs(a), Math.Abs(b));
        return larger == 0 ? 0 : Math.Min(1, (double)(Math.Abs(a - b) / larger));
    }

    /// <summary>How far the worst OCR'd document falls below 0.9, scaled to 0–1 (0.9 or better is 0, 0.4 or worse is 1).</summary>
    private static double OcrConfidenceGap(SubmissionRecord record)
    {
        var worst = record.Documents.Where(d => d.OcrConfidence is not null).Select(d => d.OcrConfidence!.Value)
            .DefaultIfEmpty(1).Min();
        return Math.Clamp((0.9 - worst) / 0.5, 0, 1);
    }
}
