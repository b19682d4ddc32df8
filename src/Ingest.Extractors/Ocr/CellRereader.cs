using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Second look at the table cells a full-page read got wrong. Tesseract's page layout analysis drops a lone short
/// figure in a wide empty cell (「5」「72」 in a four-column form) and, with the borders gone, runs a value into its
/// label as one text line where the line model misreads it (八 → 人). A cell read on its own, as one line or one
/// block, has neither problem. Only doubtful cells are read again — empty but inked, or holding a word the engine
/// doubts — so a clean page costs nothing more.
/// </summary>
public static class CellRereader
{
    /// <summary>Word confidence under which a cell is read again.</summary>
    public const double DoubtfulWord = 0.8;
    /// <summary>
    /// Characters up to which a cell's text is read again whatever its confidence: short figures are what the line
    /// model, reading a value together with its label, misreads with confidence (八 → 人, 九十六 → Tt).
    /// </summary>
    public const int ShortText = 3;
    /// <summary>Mean confidence under which a one-line cell is also read as figures only.</summary>
    public const double FiguresTrial = 0.75;
    /// <summary>Mean confidence a figures-only read needs to be taken.</summary>
    public const double SureFigures = 0.8;
    /// <summary>A bound on the extra work per page: a full roster of doubtful cells must not double its time.</summary>
    public const int MaxRereads = 80;

    /// <summary>A rectangle's recognition: its blocks, boxes in page coordinates.</summary>
    public delegate List<Block> ReadRectangle(Box rectangle, bool singleLine, bool figuresOnly);

    public static List<Block> Refine(List<Block> blocks, IReadOnlyList<Box> cells, Func<Box, int, Box?> inkBox, ReadRectangle read)
    {
        var lines = blocks.SelectMany(b => b.Lines).ToList();
        var words = lines.SelectMany(l => l.Words).Where(w => w.Box is not null).ToList();
        var textHeight = words.Count == 0 ? 24 : words.Select(w => w.Box!.Value.Height).Order().ElementAt(words.Count / 2);
        var removed = new HashSet<Word>(ReferenceEqualityComparer.Instance);
        var added = new List<Block>();
        var budget = MaxRereads;
        foreach (var cell in cells.OrderBy(c => c.Y0).ThenBy(c => c.X0))
        {
            // Big boxes are free-text sections the page read handles; a figure's cell is a few lines high at most.
            if (cell.Height > 5 * textHeight || cell.Height < 0.6 * textHeight) continue;
            var inside = words.Where(w => Contains(cell, w.Box!.Value) && !removed.Contains(w)).ToList();
            var strays = Stray(lines, inside, textHeight).ToList();
            var doubtful = inside.Count == 0
                || inside.Any(w => (w.Confidence ?? 1) < DoubtfulWord) || inside.Sum(w => w.Text.Length) <= ShortText;
            if (!doubtful) continue;
            // Blobs of a fifth of a character's height or more: strokes of 一 and 1 are, speckle is not.
            // The inside of the cell: what is left of a scanned border after whitening stays out of the read.
            var inner = Shrunk(cell, 4);
            if (inkBox(inner, (int)Math.Max(3, textHeight / 5)) is not { } ink || budget-- <= 0) continue;
            // One line of writing, even in a cell sized for two, is read as a line: block mode loses lone digits.
            var singleLine = ink.Height < 1.8 * textHeight;
            // White margin around the writing: Tesseract finds no text line in a crop that hugs a lone digit.
            var padX = textHeight;
            var padY = textHeight / 2;
            var area = new Box(Math.Max(inner.X0, ink.X0 - padX), Math.Max(inner.Y0, ink.Y0 - padY), Math.Min(inner.X1, ink.X1 + padX), Math.Min(inner.Y1, ink.Y1 + padY));
            var read1 = Read(read, cell, area, singleLine, false);
            var fresh = read1.SelectMany(l => l).ToList();
            // The Chinese model reads a lone digit as a look-alike character with little confidence (3 → 洛,
            // 5 → 三); restricted to figures it reads it surely. Kept only when it is sure and the first read was not.
            if (area.Width < 8 * textHeight && (fresh.Count == 0 || Mean(fresh) < FiguresTrial))
            {
                var figures = Read(read, cell, area, singleLine, true);
                var flat = figures.SelectMany(l => l).ToList();
                if (flat.Count > 0 && Mean(flat) >= SureFigures && (fresh.Count == 0 || Mean(flat) > Mean(fresh)))
                    (read1, fresh) = (figures, flat);
            }
            if (fresh.Count == 0 || !Better(fresh, inside)) continue;
            foreach (var w in inside) removed.Add(w);
            var freshText = string.Concat(fresh.Select(w => w.Text));
            foreach (var w in strays.Where(w => freshText.Contains(w.Text, StringComparison.Ordinal))) removed.Add(w);
            added.Add(new Block { Box = Union(fresh), Lines = read1.Select(AsLine).ToList() });
        }
        // A rule's remnant read as a character: a flat box (a fifth of a character's height or less) the engine
        // doubts. Left in a label's line it becomes the label's value (「法定代表人人」).
        foreach (var w in words.Where(w => w.Box!.Value.Height <= textHeight / 5 && (w.Confidence ?? 1) < 0.5)) removed.Add(w);
        if (added.Count == 0 && removed.Count == 0) return blocks;
        var kept = new List<Block>(blocks.Count + added.Count);
        foreach (var block in blocks)
        {
            var remaining = block.Lines.Select(l => Without(l, removed)).OfType<Line>().ToList();
            if (remaining.Count > 0) kept.Add(remaining.SequenceEqual(block.Lines) ? block : new Block { Box = block.Box, Lines = remaining });
        }
        // Appended after the page's blocks: inserting them by height changed which of a label's candidate values the
        // line pass met first and cost 4.5 points of declared recall on sample-docs (measured).
        kept.AddRange(added);
        return kept;
    }

    /// <summary>
    /// Words the page read gave a collapsed box (「太原」 at 6×1 pixels) next to words of the cell: when the cell's own
    /// read has them too they were the cell's text, and left behind they would be read twice.
    /// </summary>
    private static IEnumerable<Word> Stray(List<Line> lines, List<Word> inside, double textHeight)
    {
        if (inside.Count == 0) return [];
        var ofCell = new HashSet<Word>(inside, ReferenceEqualityComparer.Instance);
        var stray = new List<Word>();
        foreach (var line in lines.Where(l => l.Words.Any(ofCell.Contains)))
            for (var i = 0; i < line.Words.Count; i++)
            {
                var w = line.Words[i];
                if (ofCell.Contains(w) || w.Box is not { } b || b.Height >= textHeight / 3) continue;
                if ((i > 0 && ofCell.Contains(line.Words[i - 1])) || (i + 1 < line.Words.Count && ofCell.Contains(line.Words[i + 1])))
                    stray.Add(w);
            }
        return stray;
    }

    private static List<List<Word>> Read(ReadRectangle read, Box cell, Box area, bool singleLine, bool figuresOnly) =>
        read(area, singleLine, figuresOnly).SelectMany(b => b.Lines)
            .Select(l => l.Words.Where(w => w.Box is { } b && Contains(cell, b)).ToList())
            .Where(l => l.Count > 0).ToList();

    private static double Mean(List<Word> words) => words.Average(w => w.Confidence ?? 0);

    /// <summary>The cell's own read replaces the page's when it is not clearly less sure of itself.</summary>
    private static bool Better(List<Word> fresh, List<Word> old)
    {
        var mean = fresh.Average(w => w.Confidence ?? 0);
        if (mean < 0.5) return false;
        return old.Count == 0 || mean >= old.Average(w => w.Confidence ?? 0) - 0.1;
    }

    /// <summary>
    /// A line of one cell is one word: its characters belong together however unevenly the engine spaced their
    /// boxes (「山西省临汾 市…」 would otherwise split into two columns of the layout).
    /// </summary>
    private static Line AsLine(List<Word> words)
    {
        var text = CjkText.JoinWords(words.Select(w => w.Text));
        var box = Union(words);
        var word = new Word { Text = text, Box = box, Confidence = Math.Round(words.Average(w => w.Confidence ?? 0), 4) };
        return new Line { Box = box, Words = [word], Text = text };
    }

    private static Line? Without(Line line, HashSet<Word> removed)
    {
        if (!line.Words.Any(removed.Contains)) return line;
        var words = line.Words.Where(w => !removed.Contains(w)).ToList();
        return words.Count == 0 ? null : new Line { Box = Union(words) ?? line.Box, Words = words, Text = CjkText.JoinWords(words.Select(w => w.Text)) };
    }

    private static Box? Union(IEnumerable<Word> words)
    {
        var boxes = words.Where(w => w.Box is not null).Select(w => w.Box!.Value).ToList();
        return boxes.Count == 0 ? null : new Box(boxes.Min(b => b.X0), boxes.Min(b => b.Y0), boxes.Max(b => b.X1), boxes.Max(b => b.Y1));
    }

    private static bool Contains(Box cell, Box word)
    {
        var cx = (word.X0 + word.X1) / 2;
        var cy = (word.Y0 + word.Y1) / 2;
        return cx >= cell.X0 && cx <= cell.X1 && cy >= cell.Y0 && cy <= cell.Y1;
    }

    private static Box Shrunk(Box b, double by) => new(b.X0 + by, b.Y0 + by, Math.Max(b.X0 + by, b.X1 - by), Math.Max(b.Y0 + by, b.Y1 - by));
}
