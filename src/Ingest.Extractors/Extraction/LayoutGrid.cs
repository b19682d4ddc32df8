using System.Text.RegularExpressions;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Rebuilds rows and cells from where the words sit on a page. Text-layer PDFs and scans give no table
/// structure: a roster row is words at one height with wide gaps between columns. A line without boxes
/// (some DOCX paths) is split at tabs and runs of spaces instead.
/// </summary>
public static partial class LayoutGrid
{
    /// <param name="everyWord">One cell per word (for lists read under their headers), instead of runs of words.</param>
    public static Grid Build(Page page, bool everyWord = false)
    {
        var segments = page.Lines.SelectMany(l => everyWord ? Words(page, l) : JoinSpacedOut(Segments(page, l).ToList())).ToList();
        var rows = new List<List<Span>>();
        var boxed = segments.Where(s => s.Box is not null).OrderBy(s => s.Box!.Value.Y0).ToList();
        foreach (var seg in boxed)
        {
            var b = seg.Box!.Value;
            var cy = (b.Y0 + b.Y1) / 2;
            var row = rows.LastOrDefault(r => r[0].Box is { } rb && SameRow(rb, b, cy));
            if (row is null) rows.Add([seg]); else row.Add(seg);
        }
        var result = rows.Select(r => r.OrderBy(s => s.Box!.Value.X0).ToList()).ToList();
        // Lines without boxes keep reading order, each its own row.
        foreach (var line in page.Lines.Where(l => l.Box is null && l.Words.All(w => w.Box is null)))
            result.Add(Segments(page, line).ToList());

        var grid = new List<IReadOnlyList<GridCell>>();
        for (var r = 0; r < result.Count; r++)
            grid.Add(result[r].Select((s, i) => new GridCell(s, r, i)).ToList());
        return new Grid { Page = page.Number, Rows = grid, FromLayout = true };
    }

    /// <summary>
    /// A label printed letter-spaced to fill its column (「名　　称」「住　　所」, licences and certificates) is one
    /// cell: single characters in a row, a few character widths apart, are joined.
    /// </summary>
    private static IEnumerable<Span> JoinSpacedOut(List<Span> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var current = segments[i];
            var last = current;
            while (i + 1 < segments.Count && Lone(last) && Lone(segments[i + 1])
                   && last.Box is { } a && segments[i + 1].Box is { } b && b.X0 - a.X1 <= 4 * Math.Max(a.Height, b.Height))
            {
                last = segments[++i];
                current = current with { Text = current.Text + last.Text, Box = DocumentView.Union([current.Box, last.Box]) };
            }
            yield return current;
        }
    }

    private static bool Lone(Span s) => s.Text.Trim('"', '“', '”', '\'', '‘', '’').Length == 1 && CjkIdeograph().IsMatch(s.Text);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkIdeograph();

    private static bool SameRow(Box row, Box seg, double segCentre)
    {
        var rowCentre = (row.Y0 + row.Y1) / 2;
        var h = Math.Max(1, Math.Min(row.Height, seg.Height));
        return Math.Abs(rowCentre - segCentre) <= h * 0.5;
    }

    private static IEnumerable<Span> Segments(Page page, Line line)
    {
        var ocr = page.Source == PageSource.Ocr;
        var words = line.Words.Where(w => w.Box is not null && w.Text.Length > 0).ToList();
        if (words.Count == 0)
        {
            foreach (var part in WideGap().Split(line.Text).Where(p => p.Trim().Length > 0))
                yield return new Span(part.Trim(), page.Number, line.Box, ocr ? page.OcrConfidence : null, ocr);
            yield break;
        }
        var height = words.Select(w => w.Box!.Value.Height).Order().ElementAt(words.Count / 2);
        // Text layers already split words at real gaps (a CJK cell is one word), so a modest gap separates
        // columns; OCR words are often single characters with uneven spacing, so a column needs a wider gap.
        var gap = Math.Max(height * (ocr ? 1.2 : 0.6), 3);
        var current = new List<Word> { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Box!.Value.X0 - words[i - 1].Box!.Value.X1 > gap)
            {
                yield return FromWords(page, current, ocr);
                current = [];
            }
            current.Add(words[i]);
        }
        yield return FromWords(page, current, ocr);
    }

    private static IEnumerable<Span> Words(Page page, Line line)
    {
        var ocr = page.Source == PageSource.Ocr;
        if (line.Words.All(w => w.Box is null))
        {
            foreach (var s in Segments(page, line)) yield return s;
            yield break;
        }
        foreach (var w in line.Words.Where(w => w.Box is not null && w.Text.Trim().Length > 0))
            yield return new Span(w.Text.Trim(), page.Number, w.Box, ocr ? w.Confidence ?? page.OcrConfidence : null, ocr);
    }

    private static Span FromWords(Page page, List<Word> words, bool ocr)
    {
        var text = JoinWords(words);
        double? conf = null;
        if (ocr)
        {
            var confs = words.Where(w => w.Confidence is not null).Select(w => w.Confidence!.Value).ToList();
            conf = confs.Count > 0 ? confs.Average() : page.OcrConfidence;
        }
        return new Span(text, page.Number, DocumentView.Union(words.Select(w => w.Box)), conf, ocr);
    }

    /// <summary>Joins words as the reader would: no space between CJK characters, a space between Latin words.</summary>
    public static string JoinWords(IReadOnlyList<Word> words)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            if (i > 0 && sb.Length > 0 && IsLatin(sb[^1]) && w.Length > 0 && IsLatin(w[0])) sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);

    [GeneratedRegex(@"\t+| {2,}|\u3000+")]
    private static partial Regex WideGap();
}
