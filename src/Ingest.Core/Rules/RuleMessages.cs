using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules;

/// <summary>The Chinese sentence a reviewer reads beside each rule outcome.</summary>
public static class RuleMessages
{
    public static string Basis(ValueBasis basis) => basis == ValueBasis.Evidence ? "依据证明材料" : "依据申报数据，尚无证明材料";

    public static string Pass(Rule rule, Fact fact, string requirement, bool alternative) =>
        alternative
            ? $"{fact.Description}，{requirement}，满足“{rule.Quote}”中的一项（{Basis(fact.Basis)}）。"
            : $"{fact.Description}，{requirement}，符合要求（{Basis(fact.Basis)}）。";

    public static string Failed(Rule rule, IEnumerable<string> failures, bool soft)
    {
        var text = $"{string.Join("；", failures)}，不满足“{rule.Quote}”。";
        return soft ? text + "本条为原则性要求（原则上/一般），由审核人决定是否豁免。" : text;
    }

    public static string Missing(Rule rule, IEnumerable<string> reasons, IEnumerable<string> failures)
    {
        var failed = failures.ToList();
        var text = $"{string.Join("；", reasons)}，无法判断是否满足“{rule.Quote}”。";
        return failed.Count > 0 ? text + $"另一项不满足：{string.Join("；", failed)}。" : text;
    }

    public static string Manual(Rule rule, Fact? fact, FieldKey? unknownField)
    {
        var text = $"定性条件，须由审核人判断：{rule.Requirement}";
        if (fact is not null) text += $"（{fact.Description}，{Basis(fact.Basis)}）";
        if (unknownField is not null) text += $"（如适用；记录未说明{unknownField.DisplayName}）";
        return text + "。";
    }
}
