namespace ZcIngest.Extractors.Extraction;

/// <summary>A data row of a list (roster, resident list…): its cells by column, and the unit each header names.</summary>
public sealed record HeaderRow<TCol>(IReadOnlyDictionary<TCol, GridCell> Cells, IReadOnlyDictionary<TCol, string?> Units, int Page)
    where TCol : notnull
{
    public string? Text(TCol column) => Cells.TryGetValue(column, out var c) ? LabelText.Clean(c.Text) is { Length: > 0 } t ? t : null : null;
}

/// <summary>
/// Reads lists whose first row names the columns (姓名 | 学历 | 职务 …), in whatever order and wording the
/// applicant chose. The reader's tables come first; pages without tables are read from rebuilt layout rows,
/// where a data cell belongs to the header it sits under. A table continued on the next page without its
/// header keeps the previous header's columns.
/// </summary>
public sealed class HeaderTable<TCol>(LabelCatalog<TCol> headers, TCol required) where TCol : notnull
{
    private sealed record Header(Dictionary<TCol, GridCell> Columns, Dictionary<TCol, string?> Units, int Width);

    public IReadOnlyList<HeaderRow<TCol>> Read(DocumentView view)
    {
        var rows = ReadGrids(view.Tables);
        return rows.Count > 0 ? rows : ReadGrids(view.LayoutGrids);
    }

    private List<HeaderRow<TCol>> ReadGrids(IReadOnlyList<Grid> grids)
    {
        var result = new List<HeaderRow<TCol>>();
        Header? header = null;
        foreach (var grid in grids)
        {
            // A list runs on over pages: a reader's table continues when it has the same width; a page rebuilt
            // from layout continues under the previous header's column positions until it shows a header of its own.
            var continued = header is not null && grid.Rows.Count > 0 && (grid.FromLayout || Width(grid.Rows[0]) == header.Width);
            if (!continued) header = null;
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                if (HeaderOf(grid.Rows[r]) is { } h) { header = h; continue; }
                if (header is null) continue;
                var cells = new Dictionary<TCol, GridCell>();
                foreach (var (col, headCell) in header.Columns)
                    if (CellUnder(grid, grid.Rows[r], headCell) is { } cell) cells[col] = cell;
                if (cells.Count == 0 || !cells.ContainsKey(required)) continue;
                result.Add(new HeaderRow<TCol>(cells, header.Units, grid.Page));
            }
        }
        return result;
    }

    private Header? HeaderOf(IReadOnlyList<GridCell> row)
    {
        var columns = new Dictionary<TCol, GridCell>();
        var units = new Dictionary<TCol, string?>();
        foreach (var cell in row)
            if (headers.TryMatchWhole(cell.Text, out var col, out var unit) && !columns.ContainsKey(col))
            {
                columns[col] = cell;
                units[col] = unit;
            }
        return columns.ContainsKey(required) && columns.Count >= 2 ? new Header(columns, units, Width(row)) : null;
    }

    private static int Width(IReadOnlyList<GridCell> row) => row.Count == 0 ? 0 : row.Max(c => c.Column + c.ColSpan);

    private static GridCell? CellUnder(Grid grid, IReadOnlyList<GridCell> row, GridCell head)
    {
        if (!grid.FromLayout)
            return row.FirstOrDefault(c => c.Column <= head.Column && head.Column < c.Column + c.ColSpan);
        if (head.Span.Box is not { } hb) return row.FirstOrDefault(c => c.Column == head.Column);
        // Under the header: the cell overlapping the header's columns most; a cell between two headers goes to the nearer.
        GridCell? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var c in row)
        {
            if (c.Span.Box is not { } b) continue;
            var overlap = Math.Min(b.X1, hb.X1) - Math.Max(b.X0, hb.X0);
            var distance = Math.Abs((b.X0 + b.X1) / 2 - (hb.X0 + hb.X1) / 2);
            var score = overlap > 0 ? overlap : -distance;
            if (score > bestScore && (overlap > 0 || distance < hb.Width * 1.5 + 20)) { best = c; bestScore = score; }
        }
        return best;
    }
}
