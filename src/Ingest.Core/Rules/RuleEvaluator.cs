using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Operators;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules;

/// <summary>
/// Judges one rule on one record: applicability, then each comparison on its effective value, then the OR of
/// alternatives, then soft → warn. Qualitative rules come out <c>manual</c>, never <c>pass</c>.
/// </summary>
public static class RuleEvaluator
{
    private sealed record CheckResult(Check Check, IComparisonOperator Op, Quantity Threshold, Resolution Resolution, bool? Holds);

    /// <summary>The outcome, or null when the rule's conditions say it does not apply to this record.</summary>
    public static RuleOutcome? Evaluate(Rule rule, FactResolver facts)
    {
        var (applicability, unknownField) = Conditions.Evaluate(rule.When, facts);
        if (applicability == Applicability.DoesNotApply) return null;
        var outcome = new RuleOutcome { RuleId = rule.Id, Source = rule.Source, Field = rule.Field };

        if (rule.IsManual) return Manual(rule, facts, outcome, unknownField);

        var requirement = Requirement(rule);
        if (applicability == Applicability.Unknown)
            return outcome with
            {
                Requirement = requirement,
                Status = RuleStatus.Missing,
                Message = $"无法判断本条是否适用：缺少{unknownField!.DisplayName}（{unknownField.Name}）。本条要求：{rule.Quote}",
            };

        var results = rule.Checks.Select(c => Judge(c, facts)).ToList();
        var passed = results.FirstOrDefault(r => r.Holds == true);
        // The value shown is always that of the field the outcome names (the first alternative); the basis is
        // what the outcome rests on: the deciding branch when one passed.
        var shown = results[0].Resolution.Fact;
        var basis = passed?.Resolution.Fact?.Basis ?? shown?.Basis;
        outcome = outcome with { Requirement = requirement, Value = shown is null ? null : ScalarValue.Of(shown.Shown), Basis = basis };

        if (passed is not null)
            return outcome with { Status = RuleStatus.Pass, Message = RuleMessages.Pass(rule, passed.Resolution.Fact!, Describe(passed), results.Count > 1) };
        var missing = results.Where(r => r.Holds is null).ToList();
        if (missing.Count > 0)
            return outcome with { Status = RuleStatus.Missing, Message = RuleMessages.Missing(rule, missing.Select(m => m.Resolution.MissingReason!), results.Where(r => r.Holds == false).Select(Failure)) };
        var status = rule.IsSoft ? RuleStatus.Warn : RuleStatus.Fail;
        return outcome with { Status = status, Message = RuleMessages.Failed(rule, results.Select(Failure), rule.IsSoft) };
    }

    private static RuleOutcome Manual(Rule rule, FactResolver facts, RuleOutcome outcome, Fields.FieldKey? unknownField)
    {
        // A manual rule may name a field (e.g. the seed fund's amount) so the reviewer sees the number beside the condition.
        Fact? fact = rule.Field is { } f && RuleFileValidator.MainField(f) is not null ? facts.Resolve(f).Fact : null;
        return outcome with
        {
            Requirement = rule.Requirement!,
            Value = fact is null ? null : ScalarValue.Of(fact.Shown),
            Basis = fact?.Basis,
            Status = RuleStatus.Manual,
            Message = RuleMessages.Manual(rule, fact, unknownField),
        };
    }

    private static CheckResult Judge(Check check, FactResolver facts)
    {
        OperatorTable.TryGet(check.Operator, out var op);
        var threshold = RuleFileValidator.ThresholdOf(check)!.Value;
        var resolution = facts.Resolve(check.Value!);
        bool? holds = resolution.Fact is { } fact ? op!.Holds(fact.Quantity, threshold) : null;
        return new CheckResult(check, op!, threshold, resolution, holds);
    }

    /// <summary>What a reviewer reads as the requirement: "&gt;= 500", or "makers_count &gt;= 50 或 resident_count &gt;= 10".</summary>
    public static string Requirement(Rule rule) =>
        rule.Checks.Count == 1
            ? $"{rule.Checks[0].Operator} {ThresholdText(rule.Checks[0])}"
            : string.Join(" 或 ", rule.Checks.Select(c => $"{c.Value} {c.Operator} {ThresholdText(c)}"));

    public static string ThresholdText(Check check) =>
        check.Threshold!.Value.ValueKind == System.Text.Json.JsonValueKind.String
            ? check.Threshold.Value.GetString()!
            : FactResolver.Format(check.Threshold.Value.GetDecimal());

    private static string Describe(CheckResult r) =>
        $"{r.Op.Chinese}{ThresholdText(r.Check)}{UnitSuffix(r.Check)}";

    private static string Failure(CheckResult r) =>
        $"{r.Resolution.Fact!.Description}，要求{Describe(r)}";

    private static string UnitSuffix(Check check) =>
        check.Unit is null or "%" ? "" : (check.Unit is "m²" or "万元" ? " " : "") + check.Unit;
}
