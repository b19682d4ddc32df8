using ZcIngest.Core.Documents;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>A piece of text where it was found: page, box and, on OCR pages, the words' mean confidence.</summary>
public sealed record Span(string Text, int Page, Box? Box, double? Confidence, bool Ocr);

/// <summary>A cell of a table or of a grid rebuilt from layout, at its row and column.</summary>
public sealed record GridCell(Span Span, int Row, int Column, int ColSpan = 1)
{
    public string Text => Span.Text;
}

/// <summary>Rows × cells, from a reader's table or rebuilt from the words' positions on a page.</summary>
public sealed class Grid
{
    public required int Page { get; init; }
    public required IReadOnlyList<IReadOnlyList<GridCell>> Rows { get; init; }
    public bool FromLayout { get; init; }

    public GridCell? At(int row, int column) =>
        row < 0 || row >= Rows.Count ? null
        : Rows[row].FirstOrDefault(c => c.Column <= column && column < c.Column + c.ColSpan);
}

/// <summary>
/// One logical document's pages seen the way extractors need them: lines with provenance, tables as grids,
/// and rows rebuilt from word positions for pages whose tables the reader did not recognise as tables.
/// </summary>
public sealed class DocumentView
{
    private readonly Dictionary<int, Page> _pages;
    private List<Span>? _lines;
    private List<Grid>? _grids;
    private List<Grid>? _listGrids;
    private List<Grid>? _layoutGrids;
    private List<Grid>? _wordGrids;

    public DocumentView(string documentId, IEnumerable<Page> pages)
    {
        DocumentId = documentId;
        Pages = pages.OrderBy(p => p.Number).ToList();
        _pages = Pages.GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.First());
    }

    public string DocumentId { get; }
    public IReadOnlyList<Page> Pages { get; }

    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    /// <summary>Every line of every page in reading order.</summary>
    public IReadOnlyList<Span> Lines => _lines ??= Pages.SelectMany(p => p.Lines.Select(l => LineSpan(p, l))).ToList();

    /// <summary>
    /// The reader's tables as grids, except those of OCR pages: forms and statements on scans are read from their
    /// layout (with <see cref="Ocr.CellRereader"/>), which their extraction is tuned on.
    /// </summary>
    public IReadOnlyList<Grid> Tables => _grids ??= ListTables.Where(g => PageOf(g.Page)?.Source != PageSource.Ocr).ToList();

    /// <summary>Every table the reader found, also the lists of scanned pages (<see cref="Ocr.OcrTableBuilder"/>), for lists read under their header.</summary>
    public IReadOnlyList<Grid> ListTables => _listGrids ??= Pages.SelectMany(p => p.Tables.Select(t => FromTable(p, t))).ToList();

    /// <summary>One grid per page rebuilt from word positions (cells = runs of words separated by wide gaps).</summary>
    public IReadOnlyList<Grid> LayoutGrids => _layoutGrids ??= Pages.Select(p => LayoutGrid.Build(p)).Where(g => g.Rows.Count > 0).ToList();

    /// <summary>One grid per page with one cell per word, for lists whose columns come from their header.</summary>
    public IReadOnlyList<Grid> WordGrids => _wordGrids ??= Pages.Select(p => LayoutGrid.Build(p, everyWord: true)).Where(g => g.Rows.Count > 0).ToList();

    public Page? PageOf(int number) => _pages.GetValueOrDefault(number);

    /// <summary>Mean confidence of the OCR words inside a box; the page mean when no word falls in it.</summary>
    public static double? ConfidenceIn(Page page, Box? box)
    {
        if (page.Source != PageSource.Ocr) return null;
        if (box is { } b)
        {
            var confs = page.Lines.SelectMany(l => l.Words)
                .Where(w => w.Confidence is not null && w.Box is { } wb && Inside(wb, b))
                .Select(w => w.Confidence!.Value).ToList();
            if (confs.Count > 0) return confs.Average();
        }
        return page.OcrConfidence;
    }

    /// <summary>
    /// The words of an OCR page inside a cell's box, read line by line and left to right. A scan gives a name's
    /// first character a taller box than the rest (「文」 above 「承志」), so ordering by top edge alone would
    /// read 承志文. Null when the span is not from an OCR page or holds no word.
    /// </summary>
    public string? TextIn(Span span)
    {
        if (!span.Ocr || span.Box is not { } box || PageOf(span.Page) is not { Source: PageSource.Ocr } page) return null;
        var words = page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Box is { } wb && w.Text.Trim().Length > 0 && Inside(wb, box)).ToList();
        if (words.Count == 0) return null;
        var lines = new List<List<Word>>();
        foreach (var w in words.OrderBy(w => (w.Box!.Value.Y0 + w.Box!.Value.Y1) / 2))
        {
            var cy = (w.Box!.Value.Y0 + w.Box!.Value.Y1) / 2;
            var line = lines.LastOrDefault(l => Math.Abs(l.Average(x => (x.Box!.Value.Y0 + x.Box!.Value.Y1) / 2) - cy)
                                                <= 0.5 * Math.Max(1, Math.Min(l.Max(x => x.Box!.Value.Height), w.Box!.Value.Height)));
            if (line is null) lines.Add([w]); else line.Add(w);
        }
        return string.Concat(lines.Select(l => LayoutGrid.JoinWords(l.OrderBy(w => w.Box!.Value.X0).ToList())));
    }

    /// <summary>
    /// The least confident OCR word of a text value inside its box. A character misread in a name or an address
    /// (癌都区 for 尧都区) is recognised with near-zero confidence but hides in the line's mean. Null when the
    /// value is not from an OCR page or no word of it is found.
    /// </summary>
    public double? WeakestWord(FieldValue value)
    {
        if (value.Page is not { } number || PageOf(number) is not { Source: PageSource.Ocr } page
            || value.Box is not { } box || value.Value?.Text is not { } text) return null;
        var compact = LabelText.Compact(text);
        var confidences = page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Confidence is not null && w.Box is { } wb && Inside(wb, box)
                        && LabelText.Compact(w.Text) is { Length: > 0 } wt && compact.Contains(wt, StringComparison.Ordinal))
            .Select(w => w.Confidence!.Value).ToList();
        return confidences.Count > 0 ? confidences.Min() : null;
    }

    /// <summary>
    /// The least confident OCR word of a figure inside its box: a word whose digits begin the figure's (「1,076」 of
    /// 107.67) or begin with them (「4406000.00元」 for 440.6). A line's mean hides a lone digit read at 0.45 beside
    /// its label's clear characters. Null when the value is no figure from an OCR page or no word of it is found.
    /// </summary>
    public double? WeakestFigure(FieldValue value)
    {
        if (value.Page is not { } number || PageOf(number) is not { Source: PageSource.Ocr } page
            || value.Box is not { } box || value.Value?.Number is not { } figure) return null;
        var digits = Digits(figure.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (digits.Length == 0) return null;
        var confidences = page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Confidence is not null && w.Box is { } wb && Inside(wb, box)
                        && Digits(w.Text) is { Length: > 0 } wd
                        && (digits.StartsWith(wd, StringComparison.Ordinal) || wd.StartsWith(digits, StringComparison.Ordinal)))
            .Select(w => w.Confidence!.Value).ToList();
        return confidences.Count > 0 ? confidences.Min() : null;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>
    /// A text value is no surer than its least legible word: below the trust threshold it is marked low-confidence
    /// and its confidence lowered to that word's.
    /// </summary>
    public FieldValue? MarkWeakWords(FieldValue? value) =>
        value is not null && WeakestWord(value) is { } weakest && weakest < ValueReader.LowConfidenceThreshold
            ? value with { LowConfidence = true, Confidence = Math.Min(value.Confidence ?? 1.0, Math.Round(weakest, 3)) }
            : value;

    /// <summary>
    /// A person's name read from a scan that starts with no common surname (净唱 for 阎晶, 能起 for 熊霞) is kept, marked
    /// low-confidence: a misreading is far likelier than a rare surname, and it must not stand as another person.
    /// </summary>
    public FieldValue? MarkUnlikelyName(FieldValue? value) =>
        value?.Value?.Text is { } name && OnScannedPage(value) && !ChineseSurnames.StartsPlausibly(name)
            ? value with { LowConfidence = true }
            : value;

    /// <summary>
    /// A party's name read from a scan that ends neither like an organisation's (…有限合 for …有限公司) nor is a person's:
    /// kept, marked.
    /// </summary>
    public FieldValue? MarkUnfinishedOrganisation(FieldValue? value) =>
        value?.Value?.Text is { } name && OnScannedPage(value) && !Core.Audit.OrganisationNames.EndsLikeOrganisation(name)
            && !Core.Audit.OrganisationNames.LooksLikePerson(Core.Audit.OrganisationNames.Key(name))
            ? value with { LowConfidence = true }
            : value;

    /// <summary>Whether the value was read from a scanned page.</summary>
    public bool OnScannedPage(FieldValue value) => value.Page is { } number && PageOf(number) is { Source: PageSource.Ocr };

    /// <summary>The same for a figure: below the trust threshold it is kept, marked low-confidence.</summary>
    public FieldValue? MarkWeakFigure(FieldValue? value) =>
        value is not null && WeakestFigure(value) is { } weakest && weakest < ValueReader.LowConfidenceThreshold
            ? value with { LowConfidence = true, Confidence = Math.Min(value.Confidence ?? 1.0, Math.Round(weakest, 3)) }
            : value;

    private static bool Inside(Box word, Box area)
    {
        var cx = (word.X0 + word.X1) / 2;
        var cy = (word.Y0 + word.Y1) / 2;
        return cx >= area.X0 && cx <= area.X1 && cy >= area.Y0 && cy <= area.Y1;
    }

    private static Span LineSpan(Page page, Line line)
    {
        double? conf = null;
        if (page.Source == PageSource.Ocr)
        {
            var confs = line.Words.Where(w => w.Confidence is not null).Select(w => w.Confidence!.Value).ToList();
            conf = confs.Count > 0 ? confs.Average() : page.OcrConfidence;
        }
        var text = line.Text.Length > 0 ? line.Text : string.Concat(line.Words.Select(w => w.Text));
        return new Span(text, page.Number, line.Box ?? Union(line.Words.Select(w => w.Box)), conf, page.Source == PageSource.Ocr);
    }

    private static Grid FromTable(Page page, Table table)
    {
        var rows = new List<IReadOnlyList<GridCell>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells
                .OrderBy(c => c.Column)
                .Select(c => new GridCell(
                    new Span(c.Text, page.Number, c.Box, ConfidenceIn(page, c.Box), page.Source == PageSource.Ocr),
                    r, c.Column, Math.Max(1, c.ColSpan)))
                .ToList();
            rows.Add(cells);
        }
        return new Grid { Page = page.Number, Rows = rows };
    }

    public static Box? Union(IEnumerable<Box?> boxes)
    {
        Box? acc = null;
        foreach (var b in boxes)
        {
            if (b is not { } x) continue;
            acc = acc is { } a ? new Box(Math.Min(a.X0, x.X0), Math.Min(a.Y0, x.Y0), Math.Max(a.X1, x.X1), Math.Max(a.Y1, x.Y1)) : x;
        }
        return acc;
    }
}
