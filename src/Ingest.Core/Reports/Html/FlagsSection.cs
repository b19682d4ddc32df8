namespace ZcIngest.Core.Reports.Html;

/// <summary>The auditor's flags, each with the documents it rests on and the other submissions it involves.</summary>
internal static class FlagsSection
{
    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        html.Element("h2", "风险标记").Line();
        if (ctx.Report.Flags.Count == 0)
        {
            html.Element("p", "未发现风险标记。", "none").Line();
            return;
        }
        html.Open("table", "flags").Columns(19, 10, 35, 24, 12).Open("thead").Open("tr")
            .Element("th", "标记").Element("th", "严重程度").Element("th", "说明")
            .Element("th", "涉及材料").Element("th", "关联申报")
            .Close("tr").Close("thead").Open("tbody").Line();
        var ordered = ctx.Report.Flags.OrderByDescending(f => f.Severity).ThenBy(f => f.Code);
        foreach (var f in ordered)
        {
            html.Open("tr");
            html.Open("td").Element("div", ReportLabels.Flag(f.Code), "value")
                .Element("code", Json.IngestJson.SnakeCase(f.Code.ToString()), "small").Close("td");
            html.Open("td").Element("span", ReportLabels.Severity(f.Severity), "sev-" + Json.IngestJson.SnakeCase(f.Severity.ToString())).Close("td");
            html.Element("td", f.Message);
            html.Open("td");
            if (f.DocumentIds.Count == 0) html.Element("span", "—", "none");
            else
            {
                html.Open("ul", "plain");
                foreach (var id in f.DocumentIds) html.Element("li", ctx.DocumentName(id));
                html.Close("ul");
            }
            html.Close("td");
            html.Element("td", f.RelatedSubmissions.Count == 0 ? "—" : string.Join("、", f.RelatedSubmissions));
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }
}
