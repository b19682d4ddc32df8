namespace ZcIngest.Core.Normalisation;

/// <summary>
/// A plain number in any written form: Arabic (1,200 / 1200.00 / 1 200 / １２００), Chinese (一千二百, 两百,
/// 二百五, 壹佰贰拾), mixed (1.2万, 3千, 12万). Hedged figures and ranges are refused.
/// </summary>
public static class NumberParser
{
    public static Parsed<decimal> Parse(string raw)
    {
        var cleaned = TextNormaliser.ForParsing(raw);
        if (TextNormaliser.IsBlank(cleaned)) return Parsed<decimal>.Fail(raw, ParseFailure.Empty);
        var hedge = Hedges.Classify(cleaned);
        if (hedge != ParseFailure.None) return Parsed<decimal>.Fail(raw, hedge);
        return TryRead(cleaned, out var value)
            ? Parsed<decimal>.Success(value, raw)
            : Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
    }

    /// <summary>Reads a number that is the whole of <paramref name="text"/> (already normalised).</summary>
    internal static bool TryRead(string text, out decimal value)
    {
        text = text.Trim();
        var negative = text.StartsWith('-') || text.StartsWith('负');
        if (negative) text = text[1..].TrimStart();
        if (!ArabicNumber.TryParse(text, out value))
        {
            if (!ChineseNumeralReader.TryRead(text.Replace(" ", "", StringComparison.Ordinal), out value)) return false;
            value = ArabicNumber.Canonical(value);
        }
        if (negative) value = -value;
        return true;
    }
}
