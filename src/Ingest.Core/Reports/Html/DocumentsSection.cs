using System.Globalization;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Reports.Html;

/// <summary>Every document read: file, type, pages, where its text came from, OCR confidence, and why it failed.</summary>
internal static class DocumentsSection
{
    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var documents = ctx.Record.Documents;
        var failed = documents.Count(d => d.Status == DocumentStatus.Error);
        html.Element("h2", $"提交材料清单（{documents.Count} 份{(failed > 0 ? $"，其中 {failed} 份无法读取" : "")}）").Line();
        if (documents.Count == 0)
        {
            html.Element("p", "没有读到任何材料。", "none").Line();
            return;
        }
        html.Open("table", "documents").Columns(6, 27, 19, 7, 13, 12, 16).Open("thead").Open("tr")
            .Element("th", "编号").Element("th", "文件").Element("th", "类型").Element("th", "页码")
            .Element("th", "文本来源").Element("th", "OCR 置信度", "num").Element("th", "状态")
            .Close("tr").Close("thead").Open("tbody").Line();
        foreach (var d in documents)
        {
            html.Open("tr");
            html.Element("td", d.DocumentId, "nowrap");
            html.Element("td", d.File);
            html.Open("td").Text(ReportLabels.DocumentType(d.Type));
            // Only a doubtful classification is worth the reviewer's eye; a confident one would just lengthen the list.
            if (d.TypeConfidence is { } tc && ReportLabels.IsLow(tc))
                html.Element("div", "⚠ 类型存疑，分类置信度 " + tc.ToString("0.00", CultureInfo.InvariantCulture), "low-mark");
            html.Close("td");
            html.Element("td", ReportContext.Pages(d.Pages), "nowrap");
            html.Element("td", ReportLabels.TextSource(d.TextSource));
            var low = ReportLabels.IsLow(d.OcrConfidence);
            html.Open("td", low ? "num low" : "num").Text(ReportLabels.Confidence(d.OcrConfidence));
            if (low) html.Element("div", "⚠ 识别质量差", "low-mark");
            html.Close("td");
            if (d.Status == DocumentStatus.Error) html.Element("td", "无法读取：" + (d.Error ?? "原因不明"), "error");
            else html.Element("td", "已读取");
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }
}

/// <summary>Every glossary value found, declared beside evidence, so the reviewer can check what the rules saw.</summary>
internal static class FieldsSection
{
    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var fields = ctx.Record.Fields.ToList();
        html.Element("h2", "提取的数据").Line();
        if (fields.Count == 0)
        {
            html.Element("p", "没有提取到数据。", "none").Line();
            return;
        }
        html.Open("table", "fields").Columns(22, 39, 39).Open("thead").Open("tr")
            .Element("th", "字段").Element("th", "申报值").Element("th", "证明材料值")
            .Close("tr").Close("thead").Open("tbody").Line();
        foreach (var (key, entry) in fields)
        {
            html.Open("tr").Element("td", key.DisplayName);
            Cell(html, ctx, entry.Declared, key.Name);
            Cell(html, ctx, entry.Evidence, key.Name);
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }

    private static void Cell(HtmlWriter html, ReportContext ctx, FieldValue? value, string field)
    {
        if (value is null)
        {
            html.Element("td", "—", "none");
            return;
        }
        var low = ReportContext.IsLow(value);
        html.Open("td", low ? "low" : null);
        // An unparsed value keeps its raw text: show what was read rather than a bare dash.
        html.Text(value.Value is null && value.Raw is { } raw ? $"（未能识别）{raw}" : ReportLabels.Value(value.Value, field));
        if (low) html.Element("span", "⚠ 低置信度", "low-mark");
        var where = ctx.Where(value.DocumentId, value.Page);
        if (where.Length > 0) html.Element("div", where, "small");
        html.Close("td");
    }
}
