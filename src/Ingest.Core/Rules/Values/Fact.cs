using ZcIngest.Core.Records;

namespace ZcIngest.Core.Rules.Values;

/// <summary>
/// A value a rule can be judged on: the exact quantity, what the report shows, and the basis. A derived value
/// rests on evidence only when every input it used does; one declared input makes it declared.
/// </summary>
public sealed record Fact(Quantity Quantity, decimal Shown, ValueBasis Basis, string Description);

/// <summary>A fact, or the Chinese reason why there is none (which input is missing or contradictory).</summary>
public sealed record Resolution(Fact? Fact, string? MissingReason)
{
    public static Resolution Of(Fact fact) => new(fact, null);
    public static Resolution Missing(string reason) => new(null, reason);
}

public static class Bases
{
    public static ValueBasis Weakest(params ValueBasis[] bases) =>
        bases.Contains(ValueBasis.Declared) ? ValueBasis.Declared : ValueBasis.Evidence;
}
