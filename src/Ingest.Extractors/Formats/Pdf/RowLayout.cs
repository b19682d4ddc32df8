using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>One visual row of a page: words at the same height, split into segments where a wide gap separates them.</summary>
public sealed record RowSegment(List<Word> Words, Box Box, string Text);

/// <summary>
/// Rebuilds a text-layer page in visual reading order. poppler's flows put a table's columns one after the other
/// (all labels, then all values), which separates "总面积(m²)" from its "800"; application forms are tables, so
/// rows are rebuilt instead: words at the same height form one line, left to right, and a gap wider than
/// <see cref="CellGap"/> × the text height becomes a tab (a cell or column boundary). Multi-column prose would be
/// interleaved by this; submissions are forms and reports, where rows are what matter.
/// </summary>
public static class RowLayout
{
    /// <summary>A horizontal gap at least this many text heights wide separates cells (a word space is ~0.3–0.5).</summary>
    public const double CellGap = 0.8;

    public static Page Rebuild(Page page)
    {
        var words = page.Blocks.SelectMany(b => b.Lines).SelectMany(l => l.Words).Where(w => w.Box is not null).ToList();
        if (words.Count == 0) return page;
        var rows = GroupRows(words);
        var segmented = rows.Select(Segments).ToList();

        var blocks = new List<Block>();
        var current = new List<Line>();
        Box? previous = null;
        foreach (var segments in segmented)
        {
            var box = Union(segments.Select(s => s.Box));
            var line = new Line { Box = box, Words = segments.SelectMany(s => s.Words).ToList(), Text = string.Join('\t', segments.Select(s => s.Text)) };
            // A vertical gap larger than a line height starts a new block (paragraph or table boundary).
            if (previous is { } p && box.Y0 - p.Y1 > Math.Max(box.Height, p.Height) && current.Count > 0)
            {
                blocks.Add(new Block { Box = Union(current.Select(l => l.Box!.Value)), Lines = current });
                current = [];
            }
            current.Add(line);
            previous = box;
        }
        if (current.Count > 0) blocks.Add(new Block { Box = Union(current.Select(l => l.Box!.Value)), Lines = current });

        return new Page
        {
            Number = page.Number, Width = page.Width, Height = page.Height, Unit = page.Unit, Rotation = page.Rotation,
            Source = page.Source, Blocks = blocks, Tables = TableDetector.Detect(segmented),
            OcrConfidence = page.OcrConfidence, ImageRef = page.ImageRef,
        };
    }

    /// <summary>Words whose vertical extents overlap by at least half the smaller height share a row.</summary>
    private static List<List<Word>> GroupRows(List<Word> words)
    {
        var rows = new List<(double Y0, double Y1, List<Word> Words)>();
        foreach (var word in words.OrderBy(w => w.Box!.Value.Y0 + w.Box!.Value.Y1))
        {
            var b = word.Box!.Value;
            var joined = false;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 3; i--)
            {
                var (y0, y1, list) = rows[i];
                var overlap = Math.Min(y1, b.Y1) - Math.Max(y0, b.Y0);
                if (overlap >= 0.5 * Math.Min(y1 - y0, b.Height))
                {
                    list.Add(word);
                    rows[i] = (Math.Min(y0, b.Y0), Math.Max(y1, b.Y1), list);
                    joined = true;
                    break;
                }
            }
            if (!joined) rows.Add((b.Y0, b.Y1, [word]));
        }
        return rows.OrderBy(r => r.Y0).Select(r => r.Words.OrderBy(w => w.Box!.Value.X0).ToList()).ToList();
    }

    private static List<RowSegment> Segments(List<Word> row)
    {
        var segments = new List<RowSegment>();
        var current = new List<Word>();
        foreach (var word in row)
        {
            if (current.Count > 0)
            {
                var last = current[^1].Box!.Value;
                var b = word.Box!.Value;
                var height = Math.Max(1e-6, Math.Min(last.Height, b.Height));
                if (b.X0 - last.X1 >= CellGap * height)
                {
                    segments.Add(Segment(current));
                    current = [];
                }
            }
            current.Add(word);
        }
        if (current.Count > 0) segments.Add(Segment(current));
        return MergeSpacedTitle(segments);
    }

    /// <summary>
    /// Titles are often set with wide letter spacing ("利　润　表", "聘　书"): single CJK characters a cell gap
    /// apart are one word, not cells.
    /// </summary>
    private static List<RowSegment> MergeSpacedTitle(List<RowSegment> segments)
    {
        if (segments.Count < 2) return segments;
        var merged = new List<RowSegment> { segments[0] };
        for (var i = 1; i < segments.Count; i++)
        {
            var last = merged[^1];
            var next = segments[i];
            var gap = next.Box.X0 - last.Box.X1;
            if (IsSingleWide(last.Words[^1].Text) && IsSingleWide(next.Text) && gap < 4 * Math.Max(next.Box.Height, 1)
                && last.Words.All(w => IsSingleWide(w.Text)))
                merged[^1] = new RowSegment([.. last.Words, .. next.Words], Union([last.Box, next.Box]), last.Text + next.Text);
            else merged.Add(next);
        }
        return merged;
    }

    private static bool IsSingleWide(string text) => text.Length == 1 && text[0] >= 0x2E80;

    private static RowSegment Segment(List<Word> words) =>
        new(words, Union(words.Select(w => w.Box!.Value)), BboxLayoutParser.JoinWords(words));

    public static Box Union(IEnumerable<Box> boxes)
    {
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var b in boxes)
        {
            x0 = Math.Min(x0, b.X0); y0 = Math.Min(y0, b.Y0); x1 = Math.Max(x1, b.X1); y1 = Math.Max(y1, b.Y1);
        }
        return new Box(x0, y0, x1, y1);
    }
}
