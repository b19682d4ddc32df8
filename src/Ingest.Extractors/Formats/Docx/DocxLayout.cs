using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Formats.Docx;

/// <summary>Page size and margins in points, from the body's section properties.</summary>
public sealed record DocxPageGeometry(double Width, double Height, double Top, double Bottom, double Left, double Right)
{
    /// <summary>A4 with Word's default 2.54 cm / 3.17 cm margins.</summary>
    public static readonly DocxPageGeometry A4 = new(595.3, 841.9, 72, 72, 90, 90);
    public double TextWidth => Math.Max(72, Width - Left - Right);
}

/// <summary>
/// Lays the walked content out on synthetic pages. A DOCX has no pages of its own — only the program that
/// renders it decides where they end — so a page here ends only at an explicit break (manual page break,
/// page-breaking section end, "page break before", and Word's last rendered page break when the file carries
/// them). Line boxes are estimates: each paragraph line starts at the left margin, CJK characters are one em
/// wide and others half an em, lines wrap at the text width, and a page grows taller instead of splitting
/// when its content overflows. Good enough for "where on the page", never for pixel-exact highlighting.
/// </summary>
public static class DocxLayout
{
    private const double LineSpacing = 1.3;
    private const double ParagraphGap = 0.3;

    public static List<Page> Build(IReadOnlyList<DocxItem> items, IReadOnlyList<DocxItem> headers,
        IReadOnlyList<DocxItem> footers, DocxPageGeometry geometry)
    {
        var segments = new List<List<DocxItem>> { new() };
        foreach (var item in items)
        {
            if (item is DocxPageBreak)
            {
                // Word writes a rendered break right after a manual one: never make an empty page of it.
                if (segments[^1].Any(HasContent)) segments.Add([]);
            }
            else segments[^1].Add(item);
        }
        if (headers.Count > 0) segments[0].InsertRange(0, headers);
        if (footers.Count > 0) segments[^1].AddRange(footers);

        var pages = new List<Page>();
        foreach (var segment in segments)
            pages.Add(LayoutPage(pages.Count + 1, segment, geometry));
        return pages;
    }

    private static bool HasContent(DocxItem item) => item switch
    {
        DocxParagraph p => p.Text.Trim().Length > 0,
        DocxTable t => t.Rows.Count > 0,
        _ => false,
    };

    private static Page LayoutPage(int number, List<DocxItem> items, DocxPageGeometry g)
    {
        var blocks = new List<Block>();
        var tables = new List<Table>();
        var y = g.Top;
        foreach (var item in items)
        {
            switch (item)
            {
                case DocxParagraph p:
                    y = LayoutParagraph(p, g, y, blocks);
                    break;
                case DocxTable t:
                    y = LayoutTable(t, g, y, blocks, tables);
                    break;
            }
        }
        return new Page
        {
            Number = number,
            Width = g.Width,
            Height = Math.Max(g.Height, y + g.Bottom),
            Unit = "pt",
            Source = PageSource.Docx,
            Blocks = blocks,
            Tables = tables,
        };
    }

    private static double LayoutParagraph(DocxParagraph p, DocxPageGeometry g, double y, List<Block> blocks)
    {
        var size = p.FontSizePt;
        var lineHeight = size * LineSpacing;
        var lines = new List<Line>();
        var top = y;
        foreach (var raw in p.Text.Split('\n'))
        {
            var text = raw.TrimEnd();
            if (text.Trim().Length == 0) { y += lineHeight; continue; }
            var (line, rows) = LayoutLine(text, g.Left, y, g.TextWidth, size, lineHeight);
            lines.Add(line);
            y += rows * lineHeight;
        }
        if (p.Text.Length == 0) y += lineHeight;
        if (lines.Count > 0) blocks.Add(new Block { Box = Union(lines.Select(l => l.Box!.Value)), Lines = lines });
        return y + (lines.Count > 0 ? ParagraphGap * lineHeight : 0);
    }

    /// <summary>One hard line of text; words are the whitespace-separated tokens with estimated boxes.</summary>
    private static (Line Line, int Rows) LayoutLine(string text, double left, double top, double width, double size, double lineHeight)
    {
        var words = new List<Word>();
        double offset = 0; // in points along the (wrapped) line
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                offset += text[i] == '\t' ? 2 * size : Advance(text[i], size);
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var token = text[start..i];
            var tokenWidth = token.Sum(c => Advance(c, size));
            var row = (int)(offset / width);
            var x = offset - row * width;
            if (x + tokenWidth > width && x > 0) { row++; offset = row * width; x = 0; }
            var y0 = top + row * lineHeight;
            words.Add(new Word { Text = token, Box = new Box(left + x, y0, left + Math.Min(width, x + tokenWidth), y0 + size) });
            offset += tokenWidth;
        }
        var rows = Math.Max(1, (int)Math.Ceiling(offset / width));
        var right = rows > 1 ? left + width : left + Math.Min(width, offset);
        var line = new Line
        {
            Box = new Box(left, top, right, top + (rows - 1) * lineHeight + size),
            Words = words,
            Text = text.Replace('\t', ' ').Trim(),
        };
        return (line, rows);
    }

    private static double LayoutTable(DocxTable t, DocxPageGeometry g, double y, List<Block> blocks, List<Table> tables)
    {
        var columnCount = Math.Max(t.GridColumnsPt.Count, t.Rows.SelectMany(r => r).Select(c => c.Column + c.ColSpan).DefaultIfEmpty(1).Max());
        var edges = ColumnEdges(t.GridColumnsPt, columnCount, g);
        const double size = 10.5;
        var lineHeight = size * LineSpacing;
        var rowTops = new List<double>();
        var rowLines = new List<Line>();
        var top = y;
        foreach (var row in t.Rows)
        {
            rowTops.Add(y);
            var lines = row.Select(c => c.Text.Split('\n').Sum(part => Math.Max(1, Math.Ceiling(
                part.Sum(ch => Advance(ch, size)) / Math.Max(size, edges[Math.Min(columnCount, c.Column + c.ColSpan)] - edges[c.Column] - 4)))))
                .DefaultIfEmpty(1).Max();
            var height = lines * lineHeight + 4;
            var words = new List<Word>();
            foreach (var cell in row)
            {
                var x = edges[cell.Column] + 2;
                foreach (var token in cell.Text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var w = token.Sum(c => Advance(c, size));
                    var right = Math.Min(edges[Math.Min(columnCount, cell.Column + cell.ColSpan)], x + w);
                    words.Add(new Word { Text = token, Box = new Box(x, y + 2, right, y + 2 + size) });
                    x = right + Advance(' ', size);
                }
            }
            var text = string.Join('\t', row.Select(c => c.Text.Replace('\n', ' ')));
            if (text.Trim().Length > 0)
                rowLines.Add(new Line { Box = new Box(edges[0], y, edges[^1], y + height), Words = words, Text = text });
            y += height;
        }
        rowTops.Add(y);

        var table = new Table
        {
            Box = new Box(edges[0], top, edges[^1], y),
            Rows = t.Rows.Select(row => new TableRow
            {
                Cells = row.Select(c => new TableCell
                {
                    Text = c.Text,
                    Column = c.Column,
                    ColSpan = c.ColSpan,
                    RowSpan = c.RowSpan,
                    Box = new Box(edges[c.Column], rowTops[c.Row], edges[Math.Min(columnCount, c.Column + c.ColSpan)],
                        rowTops[Math.Min(rowTops.Count - 1, c.Row + c.RowSpan)]),
                }).ToList(),
            }).ToList(),
        };
        tables.Add(table);
        if (rowLines.Count > 0) blocks.Add(new Block { Box = table.Box, Lines = rowLines });
        return y + ParagraphGap * lineHeight;
    }

    /// <summary>Left edges of the grid columns plus the right edge, scaled to the text width when the grid is missing or odd.</summary>
    private static double[] ColumnEdges(IReadOnlyList<double> grid, int count, DocxPageGeometry g)
    {
        var widths = Enumerable.Range(0, count).Select(i => i < grid.Count && grid[i] > 0 ? grid[i] : 0).ToArray();
        var known = widths.Sum();
        if (known <= 0) widths = Enumerable.Repeat(g.TextWidth / count, count).ToArray();
        else
        {
            var fill = widths.Count(w => w == 0);
            for (var i = 0; i < count; i++) if (widths[i] == 0) widths[i] = Math.Max(36, (g.TextWidth - known) / Math.Max(1, fill));
        }
        var edges = new double[count + 1];
        edges[0] = g.Left;
        for (var i = 0; i < count; i++) edges[i + 1] = edges[i] + widths[i];
        return edges;
    }

    private static double Advance(char c, double size) =>
        c >= 0x2E80 || (c >= 0x2000 && c <= 0x27BF) ? size : size * 0.5;

    private static Box Union(IEnumerable<Box> boxes)
    {
        var list = boxes.ToList();
        return new Box(list.Min(b => b.X0), list.Min(b => b.Y0), list.Max(b => b.X1), list.Max(b => b.Y1));
    }
}
