using System.Globalization;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Reports.Html;

/// <summary>
/// <c>report.html</c>: one self-contained page per submission for the reviewer who signs it. The verdict and why
/// come first, then each rule with its citation, the contradictions side by side, the flags, the missing
/// documents, the risk and the documents read. Pure: a string from record + report + catalog, no I/O.
/// </summary>
public static class ReportPage
{
    public static string Render(SubmissionRecord record, SubmissionReport report, RuleCatalog catalog)
    {
        var ctx = new ReportContext(record, report, catalog);
        var html = new HtmlWriter();
        html.Markup("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Open("title").Text($"审核报告 {report.SubmissionId} — {ReportLabels.Verdict(report.Verdict)}").Close("title").Line()
            .Markup("<style>\n").Markup(ReportStyles.Css).Markup("\n</style>\n</head>\n<body>\n");

        Header(html, ctx);
        VerdictBox(html, ctx);
        RulesSection.Write(html, ctx);
        DiscrepanciesSection.Write(html, ctx);
        FlagsSection.Write(html, ctx);
        MissingDocuments(html, ctx);
        RiskSection(html, ctx);
        DocumentsSection.Write(html, ctx);
        FieldsSection.Write(html, ctx);

        html.Open("footer")
            .Text("本报告由 ZcIngest 根据提交材料自动生成，结论供审核人参考，以审核人签署意见为准。")
            .Text($"（{report.Schema}，{record.Schema}）").Close("footer").Line();
        return html.Markup("</body>\n</html>").ToString();
    }

    private static void Header(HtmlWriter html, ReportContext ctx)
    {
        html.Element("h1", "申报材料审核报告").Line();
        html.Open("p", "meta").Open("b").Text("提交编号：").Close("b").Text(ctx.Report.SubmissionId).Close("p").Line();
        html.Open("p", "meta").Open("b").Text("申报项目：").Close("b");
        if (ctx.Program is { } p)
        {
            html.Text(p.Title);
            var issued = string.Join("，", new[] { p.Issuer, p.DocumentNumber }.Where(s => !string.IsNullOrEmpty(s)));
            if (issued.Length > 0) html.Text($"（{issued}）");
        }
        else
        {
            var id = ctx.Report.Jurisdiction ?? ctx.Record.Jurisdiction;
            html.Open("span", "error").Text(id is null ? "未能识别申报项目，请人工指定" : $"未知的申报项目 {id}").Close("span");
        }
        html.Close("p").Line();
        foreach (var key in new[] { FieldKeys.SpaceName, FieldKeys.OperatorName, FieldKeys.CreditCode })
        {
            var (value, _) = ctx.Record.Fields.Effective(key);
            if (value is null) continue;
            html.Open("p", "meta").Open("b").Text(key.DisplayName + "：").Close("b").Text(value.ToString()).Close("p").Line();
        }
    }

    private static void VerdictBox(HtmlWriter html, ReportContext ctx)
    {
        var report = ctx.Report;
        html.Open("section", "verdict verdict-" + Json.IngestJson.SnakeCase(report.Verdict.ToString()))
            .Element("div", "审核结论", "small")
            .Element("div", ReportLabels.Verdict(report.Verdict), "word");
        var reasons = VerdictReasons.For(ctx);
        html.Open("ul");
        foreach (var reason in reasons) html.Element("li", reason);
        html.Close("ul");
        var counts = Enum.GetValues<RuleStatus>()
            .Select(s => (s, n: report.Rules.Count(r => r.Status == s)))
            .Where(c => c.n > 0)
            .Select(c => $"{ReportLabels.Status(c.s)} {c.n} 项");
        html.Element("p", $"共 {report.Rules.Count} 项条件：{string.Join("，", counts)}；" +
                          $"申报与证明不一致 {report.Discrepancies.Count} 处；风险标记 {report.Flags.Count} 个；" +
                          $"缺少材料 {report.MissingDocuments.Count} 类。", "counts");
        html.Close("section").Line();
    }

    private static void MissingDocuments(HtmlWriter html, ReportContext ctx)
    {
        html.Element("h2", "缺少的材料").Line();
        if (ctx.Report.MissingDocuments.Count == 0)
        {
            html.Element("p", ctx.Program is null ? "未识别申报项目，无法检查所需材料。" : "所需材料均已提交。", "none").Line();
            return;
        }
        html.Open("ul", "plain");
        foreach (var type in ctx.Report.MissingDocuments)
            html.Open("li").Text(type.ChineseName()).Text(" ").Element("code", type.JsonName(), "small").Close("li");
        html.Close("ul").Line();
        // A missing document is often one that was submitted but not recognised: point the reviewer at those.
        var doubtful = ctx.Record.Documents
            .Where(d => d.Status == DocumentStatus.Ok && (d.Type is null or DocumentType.Other || ReportLabels.IsLow(d.TypeConfidence)))
            .ToList();
        if (doubtful.Count == 0) return;
        html.Element("p", "以下材料未能可靠识别类型，可能正是所缺材料，请核对：", "small");
        html.Open("ul", "plain");
        foreach (var d in doubtful)
            html.Element("li", $"{ctx.DocumentName(d.DocumentId)}（识别为{ReportLabels.DocumentType(d.Type)}" +
                               (d.TypeConfidence is { } c ? $"，分类置信度 {ReportLabels.Confidence(c)}）" : "）"));
        html.Close("ul").Line();
    }

    private static void RiskSection(HtmlWriter html, ReportContext ctx)
    {
        html.Element("h2", "风险评分").Line();
        if (ctx.Report.Risk is not { } risk)
        {
            html.Element("p", "尚未计算风险评分。", "none").Line();
            return;
        }
        var level = risk.Score >= 0.7 ? "sev-high" : risk.Score >= 0.4 ? "sev-medium" : "sev-low";
        html.Open("p").Text("风险评分：")
            .Element("span", risk.Score.ToString("0.00", CultureInfo.InvariantCulture), "value " + level)
            .Text("（0 为无风险迹象，1 为极可能存在虚假材料）").Close("p").Line();
        if (risk.Factors.Count == 0) return;
        html.Open("table").Open("thead").Open("tr").Element("th", "主要因素").Element("th", "贡献", "num").Close("tr").Close("thead").Open("tbody");
        foreach (var f in risk.Factors.OrderByDescending(f => Math.Abs(f.Contribution)).Take(8))
            html.Open("tr").Element("td", f.Name)
                .Element("td", f.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture), "num").Close("tr");
        html.Close("tbody").Close("table").Line();
    }
}
