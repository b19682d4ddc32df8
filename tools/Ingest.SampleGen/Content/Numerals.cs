namespace ZcIngest.SampleGen.Content;

/// <summary>
/// Chinese numerals, uppercase money and Chinese dates come from ZcIngest.Core.Normalisation.ChineseNumerals (branch
/// <c>norm</c>); until that lands these return null and the formatter picks another style, so the generator never
/// carries a second copy of the conversion.
/// </summary>
public static class Numerals
{
    public static string? ChineseNumber(decimal value) => null;
    public static string? UppercaseMoney(decimal yuan) => null;
    public static string? ChineseDate(DateOnly date) => null;
}
