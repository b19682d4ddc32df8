using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>A data row of a list (roster, resident list…): its cells by column, and the unit each header names.</summary>
public sealed record HeaderRow<TCol>(IReadOnlyDictionary<TCol, GridCell> Cells, IReadOnlyDictionary<TCol, string?> Units, int Page)
    where TCol : notnull
{
    public string? Text(TCol column) => Cells.TryGetValue(column, out var c) ? LabelText.Clean(c.Text) is { Length: > 0 } t ? t : null : null;
}

/// <summary>
/// Reads lists whose first row names the columns (姓名 | 学历 | 职务 …), in whatever order and wording the
/// applicant chose. The reader's tables come first. Pages without tables are read word by word: each word
/// belongs to the header it sits under, a cell wrapped onto a second line (「二〇一五年二月」/「十二日」) joins
/// the row above, and a list running over pages keeps its header's columns until a page shows its own.
/// </summary>
public sealed class HeaderTable<TCol>(LabelCatalog<TCol> headers, TCol required) where TCol : notnull
{
    /// <param name="Others">Header cells of columns not read (序号, 性别, 联系人…): words under them belong to no read column.</param>
    private sealed record Header(Dictionary<TCol, GridCell> Columns, Dictionary<TCol, string?> Units, int Width, List<GridCell> Others);

    public IReadOnlyList<HeaderRow<TCol>> Read(DocumentView view)
    {
        var rows = ReadTables(view.Tables, out var last, out var lastPage);
        if (rows.Count == 0) return ReadLayout(view.WordGrids);
        // The list's last rows alone at the top of the next page: one or two rows make no grid for the reader,
        // so they are read word by word under the header of the table above.
        if (last is not null && !view.Tables.Any(t => t.Page == lastPage + 1))
            rows.AddRange(ReadLayout(view.WordGrids.Where(g => g.Page == lastPage + 1).ToList(), last));
        return rows;
    }

    private List<HeaderRow<TCol>> ReadTables(IReadOnlyList<Grid> grids, out Header? last, out int lastPage)
    {
        last = null;
        lastPage = 0;
        var result = new List<HeaderRow<TCol>>();
        Header? header = null;
        var headerPage = 0;
        var byPosition = false;
        foreach (var grid in grids)
        {
            // A table continued on the next page without its header has the same width, or, when the reader
            // split its columns differently there (a short title run into the date before it), cells standing
            // under the header's cells.
            if (header is not null)
            {
                byPosition = grid.Rows.Count > 0 && Width(grid.Rows[0]) != header.Width;
                if (grid.Rows.Count == 0 || (byPosition && !(grid.Page > headerPage && Aligned(header, grid.Rows[0])))) header = null;
            }
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                if (HeaderOf(grid.Rows[r], pairs: false) is { } h) { header = h; headerPage = grid.Page; byPosition = false; continue; }
                if (header is null) continue;
                var cells = new Dictionary<TCol, GridCell>();
                foreach (var (col, head) in header.Columns)
                    if ((byPosition ? CellUnder(grid.Rows[r], head) : grid.Rows[r].FirstOrDefault(c => c.Column <= head.Column && head.Column < c.Column + c.ColSpan)) is { } cell)
                        cells[col] = cell;
                if (!cells.ContainsKey(required)) continue;
                result.Add(new HeaderRow<TCol>(cells, header.Units, grid.Page));
                (last, lastPage) = (header, grid.Page);
            }
        }
        return result;
    }

    private List<HeaderRow<TCol>> ReadLayout(IReadOnlyList<Grid> grids, Header? above = null)
    {
        var result = new List<(Dictionary<TCol, List<Span>> Cells, Header Header, int Page, double Bottom)>();
        var header = above;
        foreach (var grid in grids)
        {
            var rowsOnPage = 0;
            var justHeaded = false;
            foreach (var row in grid.Rows)
            {
                if (HeaderOf(row, pairs: true) is { } h) { header = h; rowsOnPage = 0; justHeaded = true; continue; }
                if (header is null) continue;
                if (justHeaded && CompleteWrappedHeaders(header, row)) { justHeaded = false; continue; }
                justHeaded = false;
                var cells = new Dictionary<TCol, List<Span>>();
                var underRequired = false;
                foreach (var cell in row)
                {
                    if (Column(header, cell.Span) is not { } hit) continue;
                    if (!cells.TryGetValue(hit.Col, out var list)) cells[hit.Col] = list = [];
                    list.Add(cell.Span);
                    underRequired |= hit.Col.Equals(required);
                }
                // Rows continuing a table above stop at the first line that is not one (a total, a signature, a notice).
                if (cells.Count == 0) { if (above is not null) break; continue; }
                var top = row.Min(c => c.Span.Box?.Y0 ?? 0);
                var previous = rowsOnPage > 0 ? result[^1] : default;
                // Lines of one wrapped cell sit closer together than rows do.
                var wrapped = rowsOnPage > 0 && top - previous.Bottom < LineHeight(row) * 0.5
                              && (!underRequired || cells.Count == 1);
                if (wrapped)
                {
                    foreach (var (col, spans) in cells)
                    {
                        if (!previous.Cells.TryGetValue(col, out var list)) previous.Cells[col] = list = [];
                        list.AddRange(spans);
                    }
                    result[^1] = previous with { Bottom = row.Max(c => c.Span.Box?.Y1 ?? 0) };
                    continue;
                }
                if (!underRequired || cells.Count < 2) { if (above is not null) break; continue; }
                result.Add((cells, header, grid.Page, row.Max(c => c.Span.Box?.Y1 ?? 0)));
                rowsOnPage++;
            }
        }
        return result.Select(r => new HeaderRow<TCol>(
            r.Cells.ToDictionary(kv => kv.Key, kv => new GridCell(Joined(kv.Value), 0, 0)),
            r.Header.Units, r.Page)).ToList();
    }

    /// <summary>
    /// A header cell wrapped onto a second line (「专职/兼」 over 「职」, 「注册资金」 over 「（万元）」): the row under
    /// the header completes it, also when other wrapped headers (「序」/「号」) share that line. True when that row was
    /// all header continuation and completed at least one header.
    /// </summary>
    private bool CompleteWrappedHeaders(Header header, IReadOnlyList<GridCell> row)
    {
        var used = 0;
        foreach (var cell in row)
        {
            if (cell.Span.Box is not { } b) return false;
            var above = header.Others.FirstOrDefault(o => Overlap(o.Span.Box!.Value, b) > 0);
            if (above is not null && headers.TryMatchWhole(above.Text + cell.Text, out var col, out var unit) && !header.Columns.ContainsKey(col))
            {
                header.Columns[col] = above with { Span = above.Span with { Text = above.Text + cell.Text, Box = DocumentView.Union([above.Span.Box, b]) } };
                header.Units[col] = unit;
                header.Others.Remove(above);
                used++;
                continue;
            }
            // The rest of a header not read (「序」 over 「号」, 「性」 over 「别」) wraps in the same line.
            if (above is not null && !header.Columns.Values.Any(c => c.Span.Box is { } cb && Overlap(cb, b) > 0)) continue;
            var known = header.Columns.FirstOrDefault(c => c.Value.Span.Box is { } kb && Overlap(kb, b) > 0);
            if (known.Value is not null && LabelText.UnitOf(LabelText.Compact(cell.Text).Trim('(', ')')) is { } u)
            {
                header.Units[known.Key] ??= u;
                used++;
                continue;
            }
            return false;
        }
        return used > 0;
    }

    private static double Overlap(Box a, Box b) => Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0);

    /// <summary>The cell of a row standing most under a header cell; one cell may stand under two headers.</summary>
    private static GridCell? CellUnder(IReadOnlyList<GridCell> row, GridCell head) =>
        head.Span.Box is not { } hb ? null
            : row.Where(c => c.Span.Box is { } cb && Overlap(cb, hb) > 0).MaxBy(c => Overlap(c.Span.Box!.Value, hb));

    /// <summary>Every cell of the row stands under some header cell, and one under the required column.</summary>
    private bool Aligned(Header header, IReadOnlyList<GridCell> row) =>
        CellUnder(row, header.Columns[required]) is not null
        && row.All(c => c.Span.Box is { } b && header.Columns.Values.Concat(header.Others).Any(h => h.Span.Box is { } hb && Overlap(hb, b) > 0));

    private Header? HeaderOf(IReadOnlyList<GridCell> row, bool pairs)
    {
        var columns = new Dictionary<TCol, GridCell>();
        var units = new Dictionary<TCol, string?>();
        var others = new List<GridCell>();
        for (var i = 0; i < row.Count; i++)
        {
            if (headers.TryMatchWhole(row[i].Text, out var col, out var unit)) { Add(col, unit, row[i]); continue; }
            // A header word split in two by the reader (「专职/」「兼职」).
            if (pairs && i + 1 < row.Count && headers.TryMatchWhole(row[i].Text + row[i + 1].Text, out col, out unit))
            {
                Add(col, unit, row[i] with { Span = row[i].Span with { Text = row[i].Text + row[i + 1].Text, Box = DocumentView.Union([row[i].Span.Box, row[i + 1].Span.Box]) } });
                i++;
                continue;
            }
            if (row[i].Span.Box is not null) others.Add(row[i]);
        }
        return columns.ContainsKey(required) && columns.Count >= 2 ? new Header(columns, units, Width(row), others) : null;

        void Add(TCol col, string? unit, GridCell cell)
        {
            if (columns.ContainsKey(col)) return;
            columns[col] = cell;
            units[col] = unit;
        }
    }

    /// <summary>The header a word sits under: the one it overlaps most, else the nearest one within reach.</summary>
    private static (TCol Col, bool Overlaps)? Column(Header header, Span span)
    {
        if (span.Box is not { } b) return null;
        (TCol Col, bool Overlaps)? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var (col, head) in header.Columns)
        {
            if (head.Span.Box is not { } hb) continue;
            var overlap = Math.Min(b.X1, hb.X1) - Math.Max(b.X0, hb.X0);
            var distance = Math.Abs((b.X0 + b.X1) / 2 - (hb.X0 + hb.X1) / 2);
            var score = overlap > 0 ? overlap : -distance;
            if (overlap <= 0 && distance > hb.Width + 30) continue;
            if (score > bestScore) { best = (col, overlap > 0); bestScore = score; }
        }
        foreach (var hb in header.Others.Select(o => o.Span.Box!.Value))
        {
            var overlap = Math.Min(b.X1, hb.X1) - Math.Max(b.X0, hb.X0);
            var score = overlap > 0 ? overlap : -Math.Abs((b.X0 + b.X1) / 2 - (hb.X0 + hb.X1) / 2);
            if (score > bestScore) return null;
        }
        return best;
    }

    private static double LineHeight(IReadOnlyList<GridCell> row) =>
        row.Select(c => c.Span.Box?.Height ?? 0).DefaultIfEmpty(0).Max();

    private static Span Joined(List<Span> spans)
    {
        var ordered = spans.OrderBy(s => s.Box?.Y0 ?? 0).ThenBy(s => s.Box?.X0 ?? 0).ToList();
        var text = LayoutGrid.JoinWords(ordered.Select(s => new Core.Documents.Word { Text = s.Text }).ToList());
        var confs = ordered.Where(s => s.Confidence is not null).Select(s => s.Confidence!.Value).ToList();
        return ordered[0] with { Text = text, Box = DocumentView.Union(ordered.Select(s => s.Box)), Confidence = confs.Count > 0 ? confs.Average() : null };
    }

    private static int Width(IReadOnlyList<GridCell> row) => row.Count == 0 ? 0 : row.Max(c => c.Column + c.ColSpan);
}
