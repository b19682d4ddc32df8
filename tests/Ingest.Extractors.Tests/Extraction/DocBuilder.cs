using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

/// <summary>
/// Lays out document-model pages the way readers produce them: lines of words with boxes (10 pt per
/// character, so runs of spaces become wide gaps), tables as cells whose text also appears as lines, and OCR
/// pages with word confidences.
/// </summary>
public sealed class DocBuilder
{
    private const double CharWidth = 10, LineHeight = 20;
    private readonly List<Page> _pages = [];
    private PageBuilder? _current;

    public DocBuilder Page(PageSource source = PageSource.PdfText, double? ocrConfidence = null)
    {
        Flush();
        _current = new PageBuilder(_pages.Count + 1, source, ocrConfidence);
        return this;
    }

    /// <summary>A line; spaces in the text become gaps between words.</summary>
    public DocBuilder Line(string text, double x = 50)
    {
        EnsurePage().AddLine(text, x);
        return this;
    }

    public DocBuilder Lines(params string[] lines)
    {
        foreach (var l in lines) Line(l);
        return this;
    }

    /// <summary>
    /// Separate text runs at one height (as a text-layer PDF gives a table row: one line per cell), then moves
    /// down by <paramref name="advance"/> line heights (under 1.5 for a cell wrapped onto a second line).
    /// </summary>
    public DocBuilder Cells(double advance, params (double X, string Text)[] cells)
    {
        EnsurePage().AddCells(cells, advance);
        return this;
    }

    /// <summary>A line without word boxes (as some DOCX paths give), split only by tabs and runs of spaces.</summary>
    public DocBuilder PlainLine(string text)
    {
        EnsurePage().AddPlain(text);
        return this;
    }

    /// <summary>A table; each cell is also written as a line at its place, as readers do.</summary>
    public DocBuilder Table(params string[][] rows)
    {
        EnsurePage().AddTable(rows, colWidth: 260);
        return this;
    }

    /// <summary>
    /// A table whose reader ran the cells <paramref name="merged"/> (first column index, how many) together:
    /// such a cell stands over the width of those columns of a 260-wide grid, and the row has fewer columns.
    /// </summary>
    public DocBuilder TableMerged((int First, int Count) merged, params string[][] rows)
    {
        EnsurePage().AddTable(rows, colWidth: 260, merged);
        return this;
    }

    public ReadDocument Build(string file = "doc.pdf")
    {
        Flush();
        return new ReadDocument { File = file, Format = "pdf", Pages = [.. _pages] };
    }

    public ClassifiedDocument Classified(string id, DocumentType type)
    {
        var doc = Build();
        return new ClassifiedDocument(new DocumentEntry { DocumentId = id, File = doc.File, Type = type, Pages = doc.Pages.Select(p => p.Number).ToList() },
            doc, doc.Pages);
    }

    public DocumentView View(string id = "d1") => new(id, Build().Pages);

    private PageBuilder EnsurePage() => _current ??= new PageBuilder(_pages.Count + 1, PageSource.PdfText, null);

    private void Flush()
    {
        if (_current is not null) _pages.Add(_current.Build());
        _current = null;
    }

    private sealed class PageBuilder(int number, PageSource source, double? conf)
    {
        private readonly List<Line> _lines = [];
        private readonly List<Table> _tables = [];
        private double _y = 50;

        public void AddLine(string text, double x)
        {
            _lines.Add(MakeLine(text, x, _y));
            _y += LineHeight * 1.5;
        }

        public void AddCells((double X, string Text)[] cells, double advance)
        {
            foreach (var (x, text) in cells) _lines.Add(MakeLine(text, x, _y));
            _y += LineHeight * advance;
        }

        public void AddPlain(string text)
        {
            _lines.Add(new Line { Text = text, Words = [new Word { Text = text.Trim(), Confidence = conf }] });
            _y += LineHeight * 1.5;
        }

        public void AddTable(string[][] rows, double colWidth, (int First, int Count)? merged = null)
        {
            var table = new Table { Rows = [] };
            foreach (var row in rows)
            {
                var cells = new List<TableCell>();
                for (var c = 0; c < row.Length; c++)
                {
                    // Where the cell stands on the page: columns after a merged run shift right by the run's extra width.
                    var (left, right) = merged is { } m && c >= m.First
                        ? c == m.First ? (c, c + m.Count) : (c + m.Count - 1, c + m.Count)
                        : (c, c + 1);
                    var box = new Box(50 + left * colWidth, _y, 50 + right * colWidth - 5, _y + LineHeight);
                    cells.Add(new TableCell { Text = row[c], Column = c, Box = box });
                    if (row[c].Length > 0) _lines.Add(MakeLine(row[c], box.X0 + 2, _y));
                }
                table.Rows.Add(new TableRow { Cells = cells });
                _y += LineHeight * 1.5;
            }
            _tables.Add(table);
        }

        private Line MakeLine(string text, double x, double y)
        {
            var words = new List<Word>();
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ') { i++; continue; }
                var start = i;
                while (i < text.Length && text[i] != ' ') i++;
                words.Add(new Word
                {
                    Text = text[start..i],
                    Box = new Box(x + start * CharWidth, y, x + i * CharWidth, y + LineHeight),
                    Confidence = source == PageSource.Ocr ? conf ?? 0.9 : null,
                });
            }
            return new Line
            {
                Text = text.Trim(),
                Words = words,
                Box = words.Count > 0 ? DocumentView.Union(words.Select(w => w.Box)) : null,
            };
        }

        public Page Build() => new()
        {
            Number = number, Width = 595, Height = 842, Source = source,
            OcrConfidence = source == PageSource.Ocr ? conf ?? 0.9 : null,
            Blocks = [new Block { Lines = _lines }],
            Tables = _tables,
        };
    }
}
