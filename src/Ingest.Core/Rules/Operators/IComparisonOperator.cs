using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules.Operators;

/// <summary>One comparison a rule file may name in <c>operator</c>; each has its own small evaluator.</summary>
public interface IComparisonOperator
{
    /// <summary>The symbol used in rule files and in the report's <c>requirement</c>.</summary>
    string Symbol { get; }
    /// <summary>How a reviewer reads the relation in Chinese ("不低于", "不超过"…).</summary>
    string Chinese { get; }
    bool Holds(Quantity value, Quantity threshold);
}

/// <summary>"X以上 / 不低于X / 不少于X / 满X": X itself satisfies the condition.</summary>
public sealed class AtLeastOperator : IComparisonOperator
{
    public string Symbol => ">=";
    public string Chinese => "不低于";
    public bool Holds(Quantity value, Quantity threshold) => value.CompareTo(threshold) >= 0;
}

/// <summary>"不超过X": X itself satisfies the condition.</summary>
public sealed class AtMostOperator : IComparisonOperator
{
    public string Symbol => "<=";
    public string Chinese => "不超过";
    public bool Holds(Quantity value, Quantity threshold) => value.CompareTo(threshold) <= 0;
}

/// <summary>Strictly more, e.g. "设立有种子基金" as an amount above zero.</summary>
public sealed class MoreThanOperator : IComparisonOperator
{
    public string Symbol => ">";
    public string Chinese => "大于";
    public bool Holds(Quantity value, Quantity threshold) => value.CompareTo(threshold) > 0;
}

/// <summary>Strictly less ("低于X" as a ceiling).</summary>
public sealed class LessThanOperator : IComparisonOperator
{
    public string Symbol => "<";
    public string Chinese => "小于";
    public bool Holds(Quantity value, Quantity threshold) => value.CompareTo(threshold) < 0;
}
