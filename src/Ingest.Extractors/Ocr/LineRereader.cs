using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Second look at the text lines holding a word the engine doubts, read again on their own from an enlarged copy.
/// On a 150–200 dpi scan the chi_sim model misreads single characters of names and places (杏 → 查, 丽 → 坝) and
/// says so with a low confidence; enlarged and read as one line, the same characters often read surely. The new read
/// replaces the line only when it is more confident and about as long, so a clean line is never touched and a
/// doubtful one never gets worse by the engine's own measure.
/// </summary>
public static class LineRereader
{
    /// <summary>A line is read again when one of its words is less sure than this.</summary>
    public const double DoubtfulWord = 0.6;
    /// <summary>How much surer (mean word confidence, weighted by characters) the new read must be.</summary>
    public const double Gain = 0.05;
    /// <summary>A bound on the extra work per page.</summary>
    public const int MaxRereads = 40;

    /// <summary>Reads a rectangle of the page as one line; blocks with boxes in page coordinates.</summary>
    public delegate List<Block> ReadLine(Box rectangle);

    public static List<Block> Refine(List<Block> blocks, ReadLine read)
    {
        var budget = MaxRereads;
        var changed = false;
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var lines = new List<Line>(block.Lines.Count);
            foreach (var line in block.Lines)
            {
                var doubtful = IsDoubtful(line);
                var better = budget > 0 && doubtful ? Reread(line, read) : null;
                if (doubtful) budget--;
                lines.Add(better ?? line);
                changed |= better is not null;
            }
            result.Add(lines.SequenceEqual(block.Lines) ? block : new Block { Box = block.Box, Lines = lines });
        }
        return changed ? result : blocks;
    }

    private static bool IsDoubtful(Line line) =>
        line.Box is not null && line.Words.Any(w => (w.Confidence ?? 1) < DoubtfulWord && w.Text.Length > 0);

    private static Line? Reread(Line line, ReadLine read)
    {
        var box = line.Box!.Value;
        // The line's own height, and no more: a strip of the next line in the crop makes Tesseract's single-line mode
        // read nothing or garbage. The caller frames the crop in white, since a crop hugging the writing finds no line.
        var padY = Math.Max(2, box.Height / 10);
        var padX = Math.Max(4, box.Height / 2);
        var area = new Box(Math.Max(0, box.X0 - padX), Math.Max(0, box.Y0 - padY), box.X1 + padX, box.Y1 + padY);
        var fresh = read(area).SelectMany(b => b.Lines).SelectMany(l => l.Words)
            .Where(w => w.Box is { } b && Inside(box, b) && w.Text.Length > 0).ToList();
        if (fresh.Count == 0) return null;
        var oldLength = line.Words.Sum(w => w.Text.Length);
        var newLength = fresh.Sum(w => w.Text.Length);
        // Another line's edge caught in the margin, or half the line lost, is no better reading of this one.
        if (newLength < oldLength * 0.75 || newLength > oldLength * 1.25 + 1) return null;
        // Figures are values: a re-read that drops or adds a digit (9743.6 → 743.6 on dev30's S082) is a new error, not a
        // fix. The misreads this pass is for are characters of names and places.
        if (Digits(fresh) != Digits(line.Words)) return null;
        // The doubtful word decides: its new reading must be clearly surer, and the line as a whole no less sure.
        if (Least(fresh) < Least(line.Words) + Gain || Weighted(fresh) < Weighted(line.Words) - Gain) return null;
        return new Line { Box = line.Box, Words = fresh, Text = CjkText.JoinWords(fresh.Select(w => w.Text)) };
    }

    private static int Digits(IReadOnlyList<Word> words) => words.Sum(w => w.Text.Count(char.IsAsciiDigit));

    private static double Least(IReadOnlyList<Word> words) => words.Min(w => w.Confidence ?? 0);

    /// <summary>Mean word confidence, each word counting by its characters.</summary>
    private static double Weighted(IReadOnlyList<Word> words)
    {
        var characters = words.Sum(w => w.Text.Length);
        return characters == 0 ? 0 : words.Sum(w => (w.Confidence ?? 0) * w.Text.Length) / characters;
    }

    /// <summary>The word's centre lies within the line's height and span.</summary>
    private static bool Inside(Box line, Box word)
    {
        var cy = (word.Y0 + word.Y1) / 2;
        var cx = (word.X0 + word.X1) / 2;
        return cy >= line.Y0 && cy <= line.Y1 && cx >= line.X0 - line.Height && cx <= line.X1 + line.Height;
    }
}
