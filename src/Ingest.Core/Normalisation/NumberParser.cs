using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// A plain number in any written form: Arabic (1,200 / 1200.00 / 1 200 / １２００), Chinese (一千二百, 两百,
/// 二百五, 壹佰贰拾), mixed (1.2万, 3千, 12万). Hedged figures and ranges are refused.
/// </summary>
public static partial class NumberParser
{
    public static Parsed<decimal> Parse(string raw)
    {
        var cleaned = ValueText.Prepare(raw, checkHedges: true, dropRemark: true, out var failure);
        if (cleaned is null) return Parsed<decimal>.Fail(raw, failure);
        return TryRead(cleaned, out var value)
            ? Parsed<decimal>.Success(value, raw)
            : Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
    }

    // No figure in an application comes near this; refusing larger ones keeps every later unit conversion
    // (×10,000 for 万元, ×12 for months) clear of decimal overflow on hostile input.
    private const decimal Largest = 1_000_000_000_000_000m;

    /// <summary>Reads a number that is the whole of <paramref name="text"/> (already normalised).</summary>
    internal static bool TryRead(string text, out decimal value)
    {
        try
        {
            return TryReadUnchecked(text, out value) && Math.Abs(value) <= Largest;
        }
        catch (OverflowException)
        {
            value = 0;
            return false;
        }
    }

    private static bool TryReadUnchecked(string text, out decimal value)
    {
        text = text.Trim();
        var negative = text.StartsWith('-') || text.StartsWith('负');
        if (negative) text = text[1..].TrimStart();
        if (!ArabicNumber.TryParse(text, out value))
        {
            // Spaces may pad a numeral (12 万) but never join two figures (「800 1000」 is two numbers).
            if (!ChineseNumeralReader.TryRead(Padding().Replace(text, ""), out value)) return false;
            value = ArabicNumber.Canonical(value);
        }
        if (negative) value = -value;
        return true;
    }

    [GeneratedRegex(@"(?<![0-9.,])\s+|\s+(?![0-9.,])")]
    private static partial Regex Padding();
}
