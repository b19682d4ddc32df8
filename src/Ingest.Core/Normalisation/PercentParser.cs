namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Percentages, returned in percent (60% → 60): 60%, ６０％, 百分之六十, 百分之六十点五. A bare 0.6 is a ratio
/// only when the caller says the column holds ratios; a bare 60 is never read as 60%.
/// </summary>
public static class PercentParser
{
    public static Parsed<decimal> Parse(string raw, bool bareNumberIsRatio = false)
    {
        var cleaned = ValueText.Prepare(raw, checkHedges: true, dropRemark: true, out var failure);
        if (cleaned is null) return Parsed<decimal>.Fail(raw, failure);

        string number;
        if (cleaned.EndsWith('%')) number = cleaned[..^1];
        else if (cleaned.StartsWith("百分之", StringComparison.Ordinal)) number = cleaned[3..];
        else
        {
            if (!NumberParser.TryRead(cleaned, out var bare)) return Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
            return bareNumberIsRatio && bare is >= 0 and <= 1
                ? Parsed<decimal>.Success(ArabicNumber.Canonical(bare * 100), raw)
                : Parsed<decimal>.Fail(raw, ParseFailure.Ambiguous);
        }
        return NumberParser.TryRead(number, out var percent)
            ? Parsed<decimal>.Success(percent, raw)
            : Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
    }
}
