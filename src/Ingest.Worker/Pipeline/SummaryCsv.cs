using System.Globalization;
using System.Text;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Reports.Html;
using ZcIngest.Core.Rules;

namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// <c>summary.csv</c>: one row per submission with the columns of 附件5 推荐汇总表, plus verdict and risk.
/// The Shanxi 2022 seed names 附件5 (《2022年省级众创空间认定推荐汇总表》) but does not print it, so its columns
/// follow what the same notice asks each applicant to state: the cover of 附件1 (名称、类型、运营主体、地址、
/// 运营主体法人) and the key figures of its 基本信息表. Then the verdict in Chinese and as the contract's token
/// (<c>verdict</c>), the risk score (<c>risk</c>), and what went wrong while reading.
/// UTF-8 with a BOM so Excel on a clerk's desk shows the Chinese correctly.
/// </summary>
public static class SummaryCsv
{
    private static readonly (string Header, FieldKey Key)[] FieldColumns =
    [
        ("众创空间名称", FieldKeys.SpaceName), ("众创空间类型", FieldKeys.SpaceCategory),
        ("运营主体名称", FieldKeys.OperatorName), ("统一社会信用代码", FieldKeys.CreditCode),
        ("运营主体法人", FieldKeys.LegalRepresentative), ("运营场所地址", FieldKeys.Address),
        ("创办时间", FieldKeys.EstablishedDate),
        ("服务场地面积(m²)", FieldKeys.TotalAreaSqm), ("公共区域面积(m²)", FieldKeys.PublicAreaSqm),
        ("服务人员数量(人)", FieldKeys.StaffTotal), ("其中:大专以上学历人数(人)", FieldKeys.StaffCollegeOrAbove),
        ("入驻团队及企业数", FieldKeys.ResidentCount), ("聚集创客数量(人)", FieldKeys.MakersCount),
        ("创业导师数(人)", FieldKeys.MentorsCount), ("种子基金规模(万元)", FieldKeys.SeedFundWan),
    ];

    public static IReadOnlyList<string> Headers { get; } =
        [.. new[] { "序号", "提交编号", "申报项目", "项目代码" }, .. FieldColumns.Select(c => c.Header),
         "结论", "verdict", "risk", "不符合条件数", "缺少数据条件数", "风险标记数", "无法读取的文件数", "处理问题"];

    public static string Write(IEnumerable<(SubmissionRecord Record, SubmissionReport? Report, IReadOnlyList<string> Errors)> rows,
        RuleCatalog? catalog = null)
    {
        catalog ??= RuleCatalog.Default;
        var sb = new StringBuilder("\uFEFF");
        sb.AppendLine(string.Join(',', Headers.Select(Escape)));
        var n = 0;
        foreach (var (record, report, errors) in rows)
        {
            var program = report?.Jurisdiction ?? record.Jurisdiction;
            var cells = new List<string>
            {
                (++n).ToString(CultureInfo.InvariantCulture), record.SubmissionId,
                program is not null && catalog.Contains(program) ? catalog.Get(program).Title : "", program ?? "",
            };
            cells.AddRange(FieldColumns.Select(c => record.Fields.Effective(c.Key).Value is { } v ? Cell(v, c.Key) : ""));
            cells.Add(report is null ? "" : ReportLabels.Verdict(report.Verdict));
            cells.Add(report is null ? "" : Core.Json.IngestJson.SnakeCase(report.Verdict.ToString()));
            cells.Add(report?.Risk is { } risk ? risk.Score.ToString("0.00", CultureInfo.InvariantCulture) : "");
            cells.Add(Count(report?.Rules.Count(r => r.Status == RuleStatus.Fail)));
            cells.Add(Count(report?.Rules.Count(r => r.Status == RuleStatus.Missing)));
            cells.Add(Count(report?.Flags.Count));
            cells.Add(Count(record.Documents.Count(d => d.Status == DocumentStatus.Error)));
            cells.Add(string.Join("；", errors));
            sb.AppendLine(string.Join(',', cells.Select(Escape)));
        }
        return sb.ToString();
    }

    /// <summary>Numbers without units (the header names them), enum codes as the form's Chinese option.</summary>
    private static string Cell(ScalarValue value, FieldKey key) =>
        value.Text is { } code && key.Kind == ValueKind.Enum
            ? Core.Normalisation.EnumLabels.Label(key, code) ?? code
            : value.ToString();

    private static string Count(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// RFC 4180 quoting, and a leading apostrophe on text that a spreadsheet would run as a formula: names and
    /// addresses come from submitted files, and <c>=HYPERLINK(…)</c> in a company name must stay text.
    /// </summary>
    public static string Escape(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) &&
            !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
