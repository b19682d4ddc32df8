namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Areas in square metres: 800㎡, 800 m², 800m2, 800平方米, 800平米, 八百平方米, 1,200.5 平方米, 1.2万平方米.
/// A bare figure is taken as m², the only area unit these forms use; other units (亩, 公顷) are refused
/// rather than converted, because a reviewer should see them.
/// </summary>
public static class AreaParser
{
    // Longest first, so 平方米 is stripped whole rather than leaving 米 behind 平方.
    private static readonly string[] Units = ["平方公尺", "平方米", "平米", "平方", "㎡", "m²", "m2", "m^2", "sqm"];

    public static Parsed<decimal> Parse(string raw)
    {
        var cleaned = ValueText.Prepare(raw, checkHedges: true, dropRemark: true, out var failure);
        if (cleaned is null) return Parsed<decimal>.Fail(raw, failure);

        var number = cleaned;
        foreach (var unit in Units)
        {
            if (!cleaned.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) continue;
            number = cleaned[..^unit.Length];
            break;
        }
        if (!NumberParser.TryRead(number, out var sqm)) return Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
        return sqm < 0 ? Parsed<decimal>.Fail(raw, ParseFailure.Invalid) : Parsed<decimal>.Success(sqm, raw);
    }
}
