using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Reports.Html;

/// <summary>The rules table: each condition with its citation, requirement, the value judged, its basis and status.</summary>
internal static class RulesSection
{
    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        html.Element("h2", "条件逐条核对").Line();
        if (ctx.Report.Rules.Count == 0)
        {
            html.Element("p", "没有可核对的条件（未识别申报项目或记录为空）。", "none").Line();
            return;
        }
        html.Open("table", "rules").Columns(6, 23, 18, 15, 11, 27).Open("thead").Open("tr")
            .Element("th", "序号", "num").Element("th", "条件与出处").Element("th", "要求")
            .Element("th", "判定值").Element("th", "状态").Element("th", "说明")
            .Close("tr").Close("thead").Open("tbody").Line();
        var n = 0;
        foreach (var outcome in ctx.Report.Rules)
        {
            n++;
            var rule = ctx.RuleFor(outcome);
            html.Markup($"<tr id=\"rule-{n}\"{(outcome.Status == RuleStatus.Fail ? " class=\"row-fail\"" : "")}>");
            html.Element("td", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "num");

            html.Open("td");
            if (!string.IsNullOrEmpty(rule?.Quote)) html.Element("span", rule.Quote, "quote");
            html.Open("div", "small").Text("出处：").Text(Citation(ctx, outcome.Source)).Close("div");
            html.Close("td");

            html.Element("td", ReportLabels.Requirement(rule, outcome.Requirement));

            html.Open("td");
            ValueCell(html, ctx, outcome);
            html.Close("td");

            html.Open("td").Element("span", ReportLabels.Status(outcome.Status), "status status-" + Json.IngestJson.SnakeCase(outcome.Status.ToString())).Close("td");
            html.Element("td", Explanation(outcome), "small");
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }

    /// <summary>"晋科函〔2022〕43号 一(一)3（001_….txt）": the document number a reviewer knows, and the seed file it is in.</summary>
    private static string Citation(ReportContext ctx, string source)
    {
        var program = ctx.Program;
        if (program?.DocumentNumber is not { Length: > 0 } number || !source.StartsWith(program.SeedFile + " ", StringComparison.Ordinal))
            return source;
        return $"{number} {source[(program.SeedFile.Length + 1)..]}（{program.SeedFile}）";
    }

    private static void ValueCell(HtmlWriter html, ReportContext ctx, RuleOutcome outcome)
    {
        var rule = ctx.RuleFor(outcome);
        if (outcome.Value is null)
        {
            html.Element("span", outcome.Status == RuleStatus.Manual ? "—" : "无数据", "none");
            return;
        }
        // The values the judged figure rests on: the field itself, or every input of a derived value (a ratio).
        var valueName = rule?.Checks.FirstOrDefault()?.Value ?? outcome.Field;
        List<string> inputs = valueName is not null && DerivedValues.TryGet(valueName, out var derived)
            ? derived.Inputs.Select(k => k.Name).ToList()
            : outcome.Field is { } field ? [field] : [];
        var used = inputs.Select(name => Used(ctx.Field(name), outcome.Basis)).Where(v => v is not null).ToList();
        var low = used.Any(ReportContext.IsLow);

        html.Element("span", ReportLabels.RuleValue(outcome.Value, rule, outcome.Field), low ? "value low" : "value");
        if (low) html.Element("span", "⚠ 低置信度", "low-mark");
        html.Element("div", ReportLabels.Basis(outcome.Basis), "small");
        // Provenance only when the figure is the field's own value; for a ratio a page reference would mislead.
        if (inputs.Count == 1 && used.FirstOrDefault() is { DocumentId: not null } v)
            html.Element("div", "见 " + ctx.Where(v.DocumentId, v.Page), "small");
    }

    /// <summary>
    /// The outcome's message, less the qualitative requirement it repeats word for word: the requirement column
    /// already shows it, and on A4 the repetition doubled the table's length.
    /// </summary>
    private static string Explanation(RuleOutcome outcome)
    {
        var message = outcome.Message ?? "";
        if (outcome.Status != RuleStatus.Manual || outcome.Requirement.Length == 0) return message;
        return message.Replace("：" + outcome.Requirement, "", StringComparison.Ordinal);
    }

    private static FieldValue? Used(FieldEntry? entry, ValueBasis? basis) =>
        entry is null ? null : basis == ValueBasis.Declared ? entry.Declared : entry.Evidence ?? entry.Declared;
}
