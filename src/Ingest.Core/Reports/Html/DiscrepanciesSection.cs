using ZcIngest.Core.Records;

namespace ZcIngest.Core.Reports.Html;

/// <summary>Where the application says one thing and its evidence another: both sides, each with its snippet and page.</summary>
internal static class DiscrepanciesSection
{
    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        html.Element("h2", "申报与证明材料不一致").Line();
        if (ctx.Report.Discrepancies.Count == 0)
        {
            html.Element("p", "未发现申报值与证明材料不一致之处。", "none").Line();
            return;
        }
        html.Open("table", "discrepancies").Columns(15, 75, 10).Open("thead").Open("tr")
            .Element("th", "字段").Element("th", "申报值（申请书）与证明材料对照").Element("th", "严重程度")
            .Close("tr").Close("thead").Open("tbody").Line();
        foreach (var d in ctx.Report.Discrepancies)
        {
            var entry = ctx.Field(d.Field);
            html.Open("tr");
            html.Open("td").Element("div", ReportLabels.Field(d.Field), "value").Element("code", d.Field, "small").Close("td");
            html.Open("td").Open("div", "side");
            Side(html, ctx, "申报值", d.Declared, entry?.Declared, d.Field);
            Side(html, ctx, "证明材料", d.Evidence, entry?.Evidence, d.Field);
            html.Close("div");
            if (!string.IsNullOrEmpty(d.Message)) html.Element("div", d.Message, "small");
            html.Close("td");
            html.Open("td").Element("span", ReportLabels.Severity(d.Severity), "sev-" + Json.IngestJson.SnakeCase(d.Severity.ToString())).Close("td");
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }

    private static void Side(HtmlWriter html, ReportContext ctx, string label, ScalarValue? value, FieldValue? provenance, string field)
    {
        var low = ReportContext.IsLow(provenance);
        html.Open("div").Element("div", label, "label");
        html.Element("span", ReportLabels.Value(value, field), low ? "value low" : "value");
        if (low) html.Element("span", "⚠ 低置信度", "low-mark");
        if (provenance is not null)
        {
            if (!string.IsNullOrEmpty(provenance.Snippet)) html.Element("span", provenance.Snippet, "quote");
            var where = ctx.Where(provenance.DocumentId, provenance.Page);
            var confidence = provenance.Confidence is { } c ? $"置信度 {ReportLabels.Confidence(c)}" : "";
            var line = string.Join("，", new[] { where, confidence }.Where(s => s.Length > 0));
            if (line.Length > 0) html.Element("div", line, "small");
        }
        html.Close("div");
    }
}
