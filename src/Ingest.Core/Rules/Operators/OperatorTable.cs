using System.Diagnostics.CodeAnalysis;

namespace ZcIngest.Core.Rules.Operators;

/// <summary>The operators rule files may use: the comparisons, plus <c>manual</c> for qualitative conditions.</summary>
public static class OperatorTable
{
    /// <summary>A qualitative condition: listed for the reviewer, never decided by the checker.</summary>
    public const string Manual = "manual";

    public static IReadOnlyList<IComparisonOperator> Comparisons { get; } =
        [new AtLeastOperator(), new AtMostOperator(), new MoreThanOperator(), new LessThanOperator()];

    public static bool TryGet(string symbol, [NotNullWhen(true)] out IComparisonOperator? op)
    {
        op = Comparisons.FirstOrDefault(o => o.Symbol == symbol);
        return op is not null;
    }

    public static bool IsKnown(string symbol) => symbol == Manual || TryGet(symbol, out _);
}
