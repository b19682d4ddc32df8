using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>
/// Infers tables from the word layout of a text-layer page (there are no ruling lines in pdftotext's output):
/// a run of rows with two or more segments whose left edges line up on shared columns. A row holding only
/// text to the right of the table's first column continues the cells above (wrapped cell text). Vertical
/// merges cannot be seen in text alone, so every cell has a row span of 1; a segment reaching over the next
/// column's left edge gets a column span.
/// </summary>
public static class TableDetector
{
    private const double ColumnTolerance = 6;
    private const int MinRows = 2;

    public static List<Table> Detect(IReadOnlyList<List<RowSegment>> rows)
    {
        var tables = new List<Table>();
        var i = 0;
        while (i < rows.Count)
        {
            if (rows[i].Count < 2) { i++; continue; }
            var start = i;
            var left = rows[i][0].Box.X0;
            var end = i + 1;
            while (end < rows.Count && IsTableRow(rows[end], rows[end - 1], left)) end++;
            var run = rows.Skip(start).Take(end - start).ToList();
            if (run.Count(r => r.Count >= 2) >= MinRows && Build(run) is { } table) tables.Add(table);
            i = end;
        }
        return tables;
    }

    private static bool IsTableRow(List<RowSegment> row, List<RowSegment> above, double left)
    {
        var gap = row[0].Box.Y0 - above.Max(s => s.Box.Y1);
        var height = row.Max(s => s.Box.Height);
        if (gap > 2.5 * height) return false;
        // Several cells, or the wrapped continuation of a cell right of the first column.
        return row.Count >= 2 || row[0].Box.X0 > left + ColumnTolerance;
    }

    private static Table? Build(List<List<RowSegment>> run)
    {
        // Column left edges: clusters of segment starts that occur in at least two rows (or the first column).
        var starts = run.SelectMany((r, ri) => r.Select(s => (s.Box.X0, Row: ri))).OrderBy(t => t.X0).ToList();
        var columns = new List<(double X, HashSet<int> Rows)>();
        foreach (var (x, row) in starts)
        {
            if (columns.Count > 0 && x - columns[^1].X <= ColumnTolerance) columns[^1].Rows.Add(row);
            else columns.Add((x, [row]));
        }
        var edges = columns.Where((c, index) => index == 0 || c.Rows.Count >= 2).Select(c => c.X).ToList();
        if (edges.Count < 2) return null;

        var rows = new List<TableRow>();
        foreach (var segments in run)
        {
            var cells = segments.Select(s =>
            {
                var column = Column(edges, s.Box.X0);
                var span = Math.Max(1, edges.Count(e => e > s.Box.X0 + ColumnTolerance && e < s.Box.X1 - ColumnTolerance) + 1);
                return new TableCell { Text = s.Text, Column = column, ColSpan = Math.Min(span, edges.Count - column), Box = s.Box };
            }).ToList();
            if (segments.Count == 1 && rows.Count > 0 && cells[0].Column > 0 && AppendToCellAbove(rows[^1], cells[0])) continue;
            rows.Add(new TableRow { Cells = cells });
        }
        var box = RowLayout.Union(run.SelectMany(r => r.Select(s => s.Box)));
        return new Table { Box = box, Rows = rows };
    }

    private static int Column(List<double> edges, double x)
    {
        var column = 0;
        for (var i = 0; i < edges.Count; i++) if (edges[i] <= x + ColumnTolerance) column = i;
        return column;
    }

    /// <summary>Wrapped text of a cell: extend the cell above in the same column.</summary>
    private static bool AppendToCellAbove(TableRow above, TableCell continuation)
    {
        var index = above.Cells.FindIndex(c => c.Column == continuation.Column);
        if (index < 0) return false;
        var cell = above.Cells[index];
        above.Cells[index] = new TableCell
        {
            Text = cell.Text + continuation.Text,
            Column = cell.Column,
            ColSpan = cell.ColSpan,
            RowSpan = cell.RowSpan,
            Box = RowLayout.Union([cell.Box!.Value, continuation.Box!.Value]),
        };
        return true;
    }
}
