using System.Globalization;
using System.Text;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// <c>summary.csv</c>: one row per submission with the columns of 附件5 推荐汇总表 (the seed names the
/// table but does not print it, so the columns follow 附件1's basic-information table) plus verdict and risk.
/// UTF-8 with a BOM so Excel on a clerk's desk shows the Chinese correctly.
/// </summary>
public static class SummaryCsv
{
    private static readonly (string Header, FieldKey Key)[] FieldColumns =
    [
        ("众创空间名称", FieldKeys.SpaceName), ("运营主体名称", FieldKeys.OperatorName),
        ("统一社会信用代码", FieldKeys.CreditCode), ("类型", FieldKeys.SpaceCategory),
        ("运营场所地址", FieldKeys.Address), ("服务场地面积(m²)", FieldKeys.TotalAreaSqm),
        ("服务人员数量(人)", FieldKeys.StaffTotal), ("入驻团队及企业数", FieldKeys.ResidentCount),
        ("创业导师数(人)", FieldKeys.MentorsCount), ("种子基金规模(万元)", FieldKeys.SeedFundWan),
    ];

    public static string Write(IEnumerable<(SubmissionRecord Record, SubmissionReport? Report, IReadOnlyList<string> Errors)> rows)
    {
        var sb = new StringBuilder("\uFEFF");
        sb.AppendLine(string.Join(',', new[] { "序号", "提交编号", "申报类别" }
            .Concat(FieldColumns.Select(c => c.Header))
            .Concat(["结论", "风险分", "无法读取的文件数", "处理问题"]).Select(Escape)));
        var n = 0;
        foreach (var (record, report, errors) in rows)
        {
            var cells = new List<string> { (++n).ToString(CultureInfo.InvariantCulture), record.SubmissionId, record.Jurisdiction ?? "" };
            cells.AddRange(FieldColumns.Select(c => record.Fields.Effective(c.Key).Value?.ToString() ?? ""));
            cells.Add(report is null ? "" : VerdictName(report.Verdict));
            cells.Add(report?.Risk is { } risk ? risk.Score.ToString("0.00", CultureInfo.InvariantCulture) : "");
            cells.Add(record.Documents.Count(d => d.Status == DocumentStatus.Error).ToString(CultureInfo.InvariantCulture));
            cells.Add(string.Join("；", errors));
            sb.AppendLine(string.Join(',', cells.Select(Escape)));
        }
        return sb.ToString();
    }

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "符合",
        Verdict.Fail => "不符合",
        _ => "需人工审核",
    };

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
