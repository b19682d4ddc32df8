namespace ZcIngest.Core.Audit;

public enum CheckOutcome
{
    /// <summary>Well formed and the check character agrees.</summary>
    Valid,
    /// <summary>Well formed, but the check character (or the structure) contradicts the rest.</summary>
    Invalid,
    /// <summary>Not the shape of such a code at all (wrong length, foreign characters): nothing can be said.</summary>
    Malformed,
}

/// <summary>The result of checking one identifier as written: what it was normalised to and, when invalid, why.</summary>
/// <param name="Code">The identifier after width, space and case folding.</param>
/// <param name="Expected">The check character the first characters call for, when they are well formed.</param>
public sealed record CodeCheck(CheckOutcome Outcome, string Code, char? Expected = null, string? Reason = null)
{
    public bool IsValid => Outcome == CheckOutcome.Valid;
    public bool IsInvalid => Outcome == CheckOutcome.Invalid;
}
