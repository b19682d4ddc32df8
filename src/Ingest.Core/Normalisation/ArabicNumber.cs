using System.Globalization;
using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Arabic figures as forms write them: 1200, 1200.00, 1,200, 1 200 (thousands groups must be whole:
/// 「1,20」 is not a number). The point is always the decimal point, as in Chinese practice.
/// </summary>
internal static partial class ArabicNumber
{
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (!Plain().IsMatch(text) && !Grouped().IsMatch(text)) return false;
        var digits = text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        value = Canonical(value);
        return true;
    }

    /// <summary>Drops trailing zeros of the scale so 1200.00 is written back as 1200.</summary>
    public static decimal Canonical(decimal value) => value / 1.0000000000000000000000000000m;

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Plain();

    // One separator kind throughout: 1,200,000 or 1 200 000.
    [GeneratedRegex(@"^\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(\.\d+)?$")]
    private static partial Regex Grouped();
}
