namespace ZcIngest.Core.Reports.Html;

/// <summary>Why the verdict is what it is, in the order the contract decides it, as sentences under the big word.</summary>
internal static class VerdictReasons
{
    public static List<string> For(ReportContext ctx)
    {
        var report = ctx.Report;
        var reasons = new List<string>();
        if (ctx.Program is null)
            reasons.Add("未能确定申报项目，无法逐条核对条件；请人工指定申报项目后重新核验。");

        // The rule's own message already quotes the seed; the number points at its row in the table below.
        var numbered = report.Rules.Select((r, i) => (Rule: r, No: i + 1)).ToList();
        foreach (var (r, no) in numbered.Where(x => x.Rule.Status == RuleStatus.Fail))
            reasons.Add($"第 {no} 条不符合：{r.Message ?? Name(ctx, r)}");
        foreach (var (r, no) in numbered.Where(x => x.Rule.Status == RuleStatus.Missing))
            reasons.Add($"第 {no} 条缺少数据：{r.Message ?? Name(ctx, r)}");
        foreach (var d in report.Discrepancies.Where(d => d.Severity == Severity.High))
            reasons.Add($"申报与证明材料严重不一致：{ReportLabels.Field(d.Field)}（申报 {ReportLabels.Value(d.Declared, d.Field)}，" +
                        $"证明材料 {ReportLabels.Value(d.Evidence, d.Field)}）。");
        foreach (var f in report.Flags.Where(f => f.Severity == Severity.High))
            reasons.Add($"高风险标记：{ReportLabels.Flag(f.Code)}。{f.Message}");

        var warned = report.Rules.Count(r => r.Status == RuleStatus.Warn);
        if (warned > 0) reasons.Add($"{warned} 项原则性条件未满足（警示），由审核人决定是否豁免。");
        if (report.Verdict == Verdict.NeedsReview && report.Rules.Count > 0 &&
            !report.Rules.Any(r => r.Status is RuleStatus.Pass or RuleStatus.Warn or RuleStatus.Fail or RuleStatus.Missing))
            reasons.Add("没有一项可量化的条件，定性条件须由审核人判断。");
        if (report.Verdict == Verdict.Pass)
            reasons.Insert(0, "全部可量化条件均符合，未发现高风险标记或严重不一致。");

        var manual = report.Rules.Count(r => r.Status == RuleStatus.Manual);
        if (manual > 0) reasons.Add($"另有 {manual} 项定性条件须由审核人判断（见下表“人工判断”）。");
        return reasons;
    }

    /// <summary>A rule as the reviewer knows it: the seed's own words when the catalog has them, else the requirement.</summary>
    public static string Name(ReportContext ctx, RuleOutcome outcome)
    {
        var quote = ctx.RuleFor(outcome)?.Quote;
        var text = string.IsNullOrEmpty(quote) ? ReportLabels.Requirement(ctx.RuleFor(outcome), outcome.Requirement) : $"“{quote}”";
        return $"{text}（{outcome.Source}）";
    }
}
