using System.Globalization;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Whether a scanned figure's second readings bear out its first. chi_sim misreads a figure with confidence now and
/// then (a form's 1.5 as 4.5 at 0.61, a cell border as the leading 1 of 「10.9」): a single reading cannot tell, but
/// readings of the same word at other enlargements misread it differently or not at all, while a clear figure reads
/// the same each time. Only digits are compared: separators and a unit glyph beside the figure come and go.
/// </summary>
public static partial class SecondFigureReading
{
    /// <summary>
    /// The word of the page a value was read from: the one word whose digits are the value's as read, inside the
    /// value's box when it has one. Null when there is none or several (a figure split over words is left alone), and
    /// when the word holds Chinese too (「建筑面积866m2」): a figures-only reading turns those glyphs into digits.
    /// </summary>
    public static Word? WordOf(Page page, FieldValue value)
    {
        var digits = Digits(value.Raw ?? value.Value?.Number?.ToString(CultureInfo.InvariantCulture) ?? "");
        if (digits.Length == 0) return null;
        var words = page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Box is not null && Digits(w.Text) == digits && !w.Text.Any(CjkText.IsCjk)
                        && (value.Box is not { } area || Overlaps(area, w.Box.Value)))
            .ToList();
        return words.Count == 1 ? words[0] : null;
    }

    /// <summary>
    /// True when most second readings that found any digit disagree with the first: the first is then a reading to
    /// check, not a figure to contradict anything with. At least two such readings are needed to say so. A reading
    /// agrees when it holds the first's digits with at most one more beside them (a unit glyph read as a digit).
    /// </summary>
    public static bool Contradicts(string first, IReadOnlyList<string> readings)
    {
        var expected = Digits(first);
        if (expected.Length == 0) return false;
        var usable = readings.Select(Digits).Where(d => d.Length > 0).ToList();
        if (usable.Count < 2) return false;
        var figure = DecimalFigure(first);
        var agreeing = readings.Count(r => Digits(r) is { Length: > 0 } d
            && ((d.Contains(expected, StringComparison.Ordinal) && d.Length - expected.Length <= 1)
                || (figure is not null && WithoutCommas(r).Contains(figure, StringComparison.Ordinal))));
        return agreeing * 2 < usable.Count;
    }

    /// <summary>
    /// The figure with its decimals (「1200.00」 of 「1200.00平方米」), commas dropped: a figure with decimals ends at its
    /// last decimal, so digits a reading adds after it are a neighbour's glyphs (平 read as 534), not a different figure.
    /// </summary>
    private static string? DecimalFigure(string text) =>
        WithDecimals().Match(WithoutCommas(text)) is { Success: true } m ? m.Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+\.\d+")]
    private static partial System.Text.RegularExpressions.Regex WithDecimals();

    private static string WithoutCommas(string text) => text.Replace(",", "", StringComparison.Ordinal);

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static bool Overlaps(Box a, Box b) => a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;
}
