using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Rules;

/// <summary>The contract's verdict, recomputable by later stages once they add flags.</summary>
public static class Verdicts
{
    /// <summary>
    /// <c>fail</c> if any rule fails; otherwise <c>needs_review</c> if any rule is missing, any discrepancy or flag
    /// is high, or no rule was actually passed by a number (qualitative rules alone never make a pass); otherwise
    /// <c>pass</c>. A warning (failed soft rule) does not change the verdict: the reviewer sees it and may waive it.
    /// </summary>
    public static Verdict Decide(IReadOnlyCollection<RuleOutcome> rules, IEnumerable<Discrepancy> discrepancies,
        IEnumerable<Flag> flags)
    {
        if (rules.Any(r => r.Status == RuleStatus.Fail)) return Verdict.Fail;
        if (rules.Any(r => r.Status == RuleStatus.Missing)) return Verdict.NeedsReview;
        if (discrepancies.Any(d => d.Severity == Severity.High) || flags.Any(f => f.Severity == Severity.High))
            return Verdict.NeedsReview;
        if (!rules.Any(r => r.Status is RuleStatus.Pass or RuleStatus.Warn)) return Verdict.NeedsReview;
        return Verdict.Pass;
    }
}
