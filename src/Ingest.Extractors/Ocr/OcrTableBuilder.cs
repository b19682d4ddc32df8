using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Turns the ruled cells of a scanned page into tables when they form a list (活动开展情况, 人员名单, 在孵企业名单):
/// several rows of at least three cells standing under each other. Tesseract's layout analysis reads such a page
/// column by column once its rules are gone, so rows fall apart; the cells' positions keep them together. Each
/// cell's text is the OCR words whose centre lies in it, line by line. Forms (label | value grids with merged
/// cells) are left without a table: they are read from their layout, which their extraction is tuned on.
/// </summary>
public static class OcrTableBuilder
{
    /// <summary>The fewest rows of three or more unmerged cells a list has (a header and two entries).</summary>
    private const int MinListRows = 3;

    /// <summary>The fewest columns a list has: a label | value form has two.</summary>
    private const int MinColumns = 3;

    /// <summary>The tables of list-like grids among <paramref name="cells"/>, top to bottom; empty when none is.</summary>
    public static List<Table> Build(IReadOnlyList<Box> cells, IEnumerable<Word> words, double pageWidth)
    {
        // Rules are a few pixels thick and cell edges of one column drift by a few more on a scan.
        var tolerance = Math.Max(6, pageWidth / 150);
        var placed = words.Where(w => w.Box is not null && w.Text.Trim().Length > 0).ToList();
        var tables = new List<Table>();
        foreach (var group in Connected(cells, tolerance))
        {
            if (ListTable(group, placed, tolerance) is { } table) tables.Add(table);
        }
        return tables.OrderBy(t => t.Box?.Y0 ?? 0).ToList();
    }

    private static Table? ListTable(List<Box> cells, List<Word> words, double tolerance)
    {
        var columns = Edges(cells.Select(c => c.X0), tolerance);
        var rowTops = Edges(cells.Select(c => c.Y0), tolerance);
        if (columns.Count < MinColumns || rowTops.Count < MinListRows) return null;
        var rows = new List<TableRow>();
        var regular = 0;
        foreach (var top in rowTops)
        {
            var inRow = cells.Where(c => Math.Abs(c.Y0 - top) <= tolerance).OrderBy(c => c.X0).ToList();
            var rowCells = inRow.Select(c => new TableCell
            {
                Text = TextIn(c, words),
                Column = Index(columns, c.X0, tolerance),
                ColSpan = Math.Max(1, columns.Count(x => x >= c.X0 - tolerance && x < c.X1 - tolerance)),
                RowSpan = Math.Max(1, rowTops.Count(y => y >= c.Y0 - tolerance && y < c.Y1 - tolerance)),
                Box = c,
            }).ToList();
            if (rowCells.Count >= MinColumns && rowCells.All(c => c.ColSpan == 1 && c.RowSpan == 1)) regular++;
            rows.Add(new TableRow { Cells = rowCells });
        }
        // A form has merged value cells in most rows; a list has the same cells row after row.
        if (regular < MinListRows || regular * 2 < rows.Count) return null;
        return new Table { Box = DocumentView.Union(cells.Select(c => (Box?)c)), Rows = rows };
    }

    /// <summary>The words in a cell read line by line, left to right (a name's taller first character is not read last).</summary>
    private static string TextIn(Box cell, List<Word> words)
    {
        var inside = words.Where(w => Contains(cell, w.Box!.Value)).OrderBy(w => Middle(w.Box!.Value)).ToList();
        var lines = new List<List<Word>>();
        foreach (var w in inside)
        {
            var b = w.Box!.Value;
            var line = lines.LastOrDefault(l => Math.Abs(l.Average(x => Middle(x.Box!.Value)) - Middle(b))
                                                <= 0.5 * Math.Max(1, Math.Min(l.Max(x => x.Box!.Value.Height), b.Height)));
            if (line is null) lines.Add([w]); else line.Add(w);
        }
        return string.Concat(lines.Select(l => LayoutGrid.JoinWords(l.OrderBy(w => w.Box!.Value.X0).ToList())));
    }

    private static double Middle(Box b) => (b.Y0 + b.Y1) / 2;

    private static bool Contains(Box cell, Box word)
    {
        var cx = (word.X0 + word.X1) / 2;
        var cy = (word.Y0 + word.Y1) / 2;
        return cx >= cell.X0 && cx <= cell.X1 && cy >= cell.Y0 && cy <= cell.Y1;
    }

    /// <summary>Positions of cell edges merged when closer than the tolerance, ascending.</summary>
    private static List<double> Edges(IEnumerable<double> positions, double tolerance)
    {
        var edges = new List<List<double>>();
        foreach (var p in positions.Order())
        {
            if (edges.Count > 0 && p - edges[^1][^1] <= tolerance) edges[^1].Add(p);
            else edges.Add([p]);
        }
        return edges.Select(e => e.Average()).ToList();
    }

    private static int Index(List<double> edges, double position, double tolerance)
    {
        var i = edges.FindIndex(e => Math.Abs(e - position) <= tolerance);
        return i >= 0 ? i : Math.Max(0, edges.FindLastIndex(e => e < position));
    }

    /// <summary>Cells grouped into tables: cells whose boxes touch across a rule belong to one table.</summary>
    private static List<List<Box>> Connected(IReadOnlyList<Box> cells, double tolerance)
    {
        var parent = Enumerable.Range(0, cells.Count).ToArray();
        for (var i = 0; i < cells.Count; i++)
        for (var j = i + 1; j < cells.Count; j++)
            if (Touch(cells[i], cells[j], tolerance)) parent[Find(i)] = Find(j);
        return Enumerable.Range(0, cells.Count).GroupBy(Find).Select(g => g.Select(i => cells[i]).ToList()).ToList();

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
    }

    private static bool Touch(Box a, Box b, double tolerance) =>
        a.X0 <= b.X1 + tolerance && b.X0 <= a.X1 + tolerance && a.Y0 <= b.Y1 + tolerance && b.Y0 <= a.Y1 + tolerance;
}
