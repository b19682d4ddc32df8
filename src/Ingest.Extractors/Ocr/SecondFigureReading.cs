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
    /// value's box when it has one. Failing that, the one word that holds the figure among Chinese (「房屋建筑面积66m2」,
    /// 「1家」: a line read again as one word), which <see cref="HoldsChinese"/> tells apart — a figures-only reading
    /// would turn its Chinese into digits, so it is read again as a line. Null when there is none or several (a figure
    /// split over words is left alone).
    /// </summary>
    public static Word? WordOf(Page page, FieldValue value)
    {
        var digits = Digits(value.Raw ?? value.Value?.Number?.ToString(CultureInfo.InvariantCulture) ?? "");
        if (digits.Length == 0) return null;
        var inBox = page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Box is not null && (value.Box is not { } area || Overlaps(area, w.Box.Value)))
            .ToList();
        var plain = inBox.Where(w => Digits(w.Text) == digits && !HoldsChinese(w)).ToList();
        if (plain.Count > 0) return plain.Count == 1 ? plain[0] : null;
        if (FigureOf(value) is not { } figure) return null;
        var mixed = inBox.Where(w => HoldsChinese(w) && Figures(w.Text).Any(f => Digits(f) == Digits(figure))).ToList();
        return mixed.Count == 1 ? mixed[0] : null;
    }

    public static bool HoldsChinese(Word word) => word.Text.Any(CjkText.IsCjk);

    /// <summary>The value's figure as read (「66」 of 「66m2」, 「1,800,000.00」 of 「¥1,800,000.00」).</summary>
    public static string? FigureOf(FieldValue value) =>
        Figures(value.Raw ?? value.Value?.Number?.ToString(CultureInfo.InvariantCulture) ?? "").FirstOrDefault();

    /// <summary>
    /// True when most readings of the figure's line (<see cref="FigureOf"/> inside a word of Chinese) that hold any
    /// figure hold no figure with its digits: at other sizes the line gives another figure there (966 for 66, 10 for
    /// 1). At least two such readings are needed to say so. Figures are compared whole, since the line's own Chinese
    /// and units part them from their neighbours.
    /// </summary>
    public static bool ContradictsInLine(string figure, IReadOnlyList<string> lineReadings)
    {
        var expected = Digits(figure);
        if (expected.Length == 0) return false;
        var usable = lineReadings.Select(Figures).Where(f => f.Count > 0).ToList();
        if (usable.Count < 2) return false;
        var agreeing = usable.Count(figures => figures.Any(f => Digits(f) == expected));
        return agreeing * 2 < usable.Count;
    }

    private static List<string> Figures(string text) => [.. Figure().Matches(text).Select(m => m.Value)];

    [System.Text.RegularExpressions.GeneratedRegex(@"\d(?:[\d,.]*\d)?")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    /// <summary>
    /// True when most second readings that found any digit disagree with the first: the first is then a reading to
    /// check, not a figure to contradict anything with. At least two such readings are needed to say so. A reading
    /// agrees when it holds the first's digits with at most one more beside them (a unit glyph read as a digit) — for
    /// a figure of three digits or more: a count of one or two digits read with one more (「10」 in every reading of a
    /// 「1」 whose word box held the 0 too) is another count, and the units beside counts are Chinese, which the crop
    /// paints out.
    /// </summary>
    public static bool Contradicts(string first, IReadOnlyList<string> readings)
    {
        var expected = Digits(first);
        if (expected.Length == 0) return false;
        var usable = readings.Select(Digits).Where(d => d.Length > 0).ToList();
        if (usable.Count < 2) return false;
        var figure = DecimalFigure(first);
        var agreeing = readings.Count(r => Digits(r) is { Length: > 0 } d
            && ((d.Contains(expected, StringComparison.Ordinal) && d.Length - expected.Length <= (expected.Length >= 3 ? 1 : 0))
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
