using ZcIngest.Core.Documents;
using ZcIngest.Core.Normalisation;
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
    /// <summary>Mean confidence a figures-only read of an enlarged crop needs to be taken.</summary>
    public const double SureScaledFigures = 0.85;
    /// <summary>Mean confidence each of the two agreeing uppercase-amount reads needs (restricted reads score lower).</summary>
    public const double SureAmount = 0.6;
    /// <summary>A bound on the extra work per page: a full roster of doubtful cells must not double its time.</summary>
    public const int MaxRereads = 80;

    /// <summary>
    /// Enlargements a figures-only or amount read is tried at, in order, until one is sure: the chi_sim model reads a
    /// lone digit of a 150-dpi scan at one size and not at another (「72」 → 3 at 1×, 72 at 2×; 「3」 → 本 at 1×, 3 at
    /// 1.5×; 「7」 → 了 at 1×, 7 at 2×, measured on sample-docs' forms).
    /// </summary>
    public static readonly double[] TrialScales = [1, 1.5, 2, 3];

    /// <summary>The characters a read may be restricted to.</summary>
    public enum Alphabet { Any, Figures, UppercaseMoney }

    /// <summary>A rectangle's recognition, enlarged by <c>scale</c>: its blocks, boxes in page coordinates.</summary>
    public delegate List<Block> ReadRectangle(Box rectangle, bool singleLine, Alphabet alphabet, double scale);

    /// <summary>The figures of financial uppercase (大写金额) and the words around them; 「人民币」 and 「¥」 are left out.</summary>
    public const string UppercaseMoneyCharacters = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整圆";

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
            var read1 = Read(read, cell, area, singleLine, Alphabet.Any, 1);
            var fresh = read1.SelectMany(l => l).ToList();
            // The Chinese model reads a lone digit as a look-alike character, mostly with little confidence (3 → 洛,
            // 5 → 三), sometimes surely (7 → 了); restricted to figures, at one of a few sizes, it reads it surely.
            // Kept only when it is sure and the first read was not, or the first read is a character of a figure's shape.
            var digitShaped = DigitShaped(ink, textHeight, fresh);
            if (area.Width < 8 * textHeight && (fresh.Count == 0 || Mean(fresh) < FiguresTrial || digitShaped))
                // Enlarged only when the writing is figure-high: a name or date in the cell is full-height and
                // would cost three more reads for nothing.
                foreach (var scale in ink.Height < 0.85 * textHeight ? TrialScales : TrialScales[..1])
                {
                    var figures = Read(read, cell, area, singleLine, Alphabet.Figures, scale);
                    var flat = figures.SelectMany(l => l).ToList();
                    if (flat.Count == 0 || Mean(flat) < (scale == 1 ? SureFigures : SureScaledFigures)) continue;
                    if (fresh.Count == 0 || digitShaped || Mean(flat) > Mean(fresh)) (read1, fresh) = (figures, flat);
                    break;
                }
            // Two sizes agreeing on a well-formed amount outweigh the page read's confidence in its garble.
            var amount = UppercaseAmount(read, cell, area, singleLine, fresh.Count > 0 ? fresh : inside);
            if (amount is not null) (read1, fresh) = (amount, amount.SelectMany(l => l).ToList());
            if (fresh.Count == 0 || (amount is null && !Better(fresh, inside))) continue;
            foreach (var w in inside) removed.Add(w);
            var freshText = string.Concat(fresh.Select(w => w.Text));
            foreach (var w in strays.Where(w => freshText.Contains(w.Text, StringComparison.Ordinal))) removed.Add(w);
            var cellLines = read1.Select(AsLine).ToList();
            // Tesseract sometimes gives a lone character a collapsed box (「6」 at 7×6 pixels in a 13×17 blob): placed by
            // it, the value no longer sits in its label's row. The ink of a one-line cell is where its text is.
            if (cellLines.Count == 1 && cellLines[0].Box is { } lb && (lb.Height < 0.5 * ink.Height || lb.Width < 0.3 * ink.Width))
                cellLines[0] = new Line { Box = ink, Text = cellLines[0].Text, Words = [new Word { Text = cellLines[0].Words[0].Text, Box = ink, Confidence = cellLines[0].Words[0].Confidence }] };
            added.Add(new Block { Box = LinesUnion(cellLines), Lines = cellLines });
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

    private static List<List<Word>> Read(ReadRectangle read, Box cell, Box area, bool singleLine, Alphabet alphabet, double scale) =>
        read(area, singleLine, alphabet, scale).SelectMany(b => b.Lines)
            .Select(l => l.Words.Where(w => w.Box is { } b && Contains(cell, b)).ToList())
            .Where(l => l.Count > 0).ToList();

    /// <summary>
    /// A lone glyph shorter than the page's characters and narrower than tall is a digit, whatever CJK character the
    /// model made of it: Chinese characters fill their square, digits are two thirds of its height and half as wide.
    /// </summary>
    private static bool DigitShaped(Box ink, double textHeight, List<Word> fresh) =>
        fresh.Count == 1 && fresh[0].Text.Length == 1 && !char.IsAsciiDigit(fresh[0].Text[0])
        && ink.Height < 0.85 * textHeight && ink.Width < 0.8 * ink.Height;

    /// <summary>
    /// An amount in financial uppercase (贰佰万元整) the model garbled (项佰万元整): read again restricted to those
    /// characters at a few sizes. A restricted read is less sure of itself and drops what it cannot place (壹仟元整
    /// must not become 壹元整), so it is taken only when two sizes read the same well-formed amount, with as many
    /// characters as the first read saw.
    /// </summary>
    private static List<List<Word>>? UppercaseAmount(ReadRectangle read, Box cell, Box area, bool singleLine, List<Word> first)
    {
        var text = string.Concat(first.Select(w => w.Text)).Replace(" ", "", StringComparison.Ordinal);
        if (text.Length < 4 || text.Count(c => UppercaseMoneyCharacters.Contains(c)) < 3 || text.IndexOfAny(['元', '万']) < 0) return null;
        if (MoneyParser.ParseYuan(text).Value is not null) return null;
        var seen = new Dictionary<string, List<List<Word>>>(StringComparer.Ordinal);
        foreach (var scale in TrialScales)
        {
            var lines = Read(read, cell, area, singleLine, Alphabet.UppercaseMoney, scale);
            var words = lines.SelectMany(l => l).ToList();
            var again = string.Concat(words.Select(w => w.Text));
            if (words.Count == 0 || again.Length != text.Length || Mean(words) < SureAmount) continue;
            if (MoneyParser.ParseYuan(again).Value is null) continue;
            if (seen.TryGetValue(again, out var earlier)) return earlier;
            seen[again] = lines;
        }
        return null;
    }

    private static Box? LinesUnion(List<Line> lines)
    {
        var boxes = lines.Where(l => l.Box is not null).Select(l => l.Box!.Value).ToList();
        return boxes.Count == 0 ? null : new Box(boxes.Min(b => b.X0), boxes.Min(b => b.Y0), boxes.Max(b => b.X1), boxes.Max(b => b.Y1));
    }

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
