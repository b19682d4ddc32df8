using ZcIngest.Core.Normalisation;

namespace ZcIngest.SampleGen.Content;

/// <summary>
/// Chinese numerals, uppercase money and Chinese dates as the product's own normalisation writes and reads them
/// (<see cref="ChineseNumerals"/>). Null where a notation does not exist (a fractional everyday numeral).
/// </summary>
public static class Numerals
{
    public static string? ChineseNumber(decimal value) =>
        value == decimal.Truncate(value) ? ChineseNumerals.ToChineseNumber((long)value) : null;

    public static string? UppercaseMoney(decimal yuan) => ChineseNumerals.ToUppercaseMoney(yuan);

    public static string? ChineseDate(DateOnly date) => ChineseNumerals.ToChineseDate(date);
}
