using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// A tick-box row whose marks did not survive (a font without ☑ leaves only the option words in the text
/// layer; ticks drawn as graphics never reach it) reads like 「场地来源 自有 租赁」: the word next to the label is
/// the first option, not the chosen one. When the cells beside an enum value in its row are other options of
/// the same key, nothing on the page says which is chosen, so the value is not taken; its raw text is kept.
/// </summary>
public static class UnmarkedOptions
{
    private const double SameBoxTolerance = 1.0;

    public static FieldValue Check(DocumentView view, FieldKey key, FieldValue value)
    {
        if (key.Kind != ValueKind.Enum || value.Value is null || value.Box is not { } box) return value;
        var (row, at) = view.LayoutGrids.Where(g => g.Page == value.Page).SelectMany(g => g.Rows)
            .Select(r => (Row: r, At: r.ToList().FindIndex(c => SameBox(c.Span.Box, box))))
            .FirstOrDefault(r => r.At >= 0);
        if (row is null) return value;
        var listed = Neighbours(key, row, at, -1).Reverse().Append(row[at].Text).Concat(Neighbours(key, row, at, +1)).ToList();
        var codes = listed.Select(t => ValueNormaliser.Parse(key, t).Value?.Text).Distinct().Count();
        if (codes < 2) return value;
        return value with { Value = null, Raw = string.Join(" ", listed) };
    }

    /// <summary>The run of cells next to the value, in one direction, that are options of the key without marks.</summary>
    private static IEnumerable<string> Neighbours(FieldKey key, IReadOnlyList<GridCell> row, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < row.Count; i += step)
        {
            var text = row[i].Text.Trim();
            if (ChoiceReader.HasBoxes(text) || !ValueNormaliser.Parse(key, text).Ok) yield break;
            yield return text;
        }
    }

    private static bool SameBox(Box? a, Box b) =>
        a is { } x && Math.Abs(x.X0 - b.X0) < SameBoxTolerance && Math.Abs(x.Y0 - b.Y0) < SameBoxTolerance
        && Math.Abs(x.X1 - b.X1) < SameBoxTolerance && Math.Abs(x.Y1 - b.Y1) < SameBoxTolerance;
}
