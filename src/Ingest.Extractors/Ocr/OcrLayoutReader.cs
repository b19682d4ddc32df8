using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr.Native;

namespace ZcIngest.Extractors.Ocr;

/// <summary>Walks Tesseract's result iterator word by word into blocks → lines → words with boxes and confidences.</summary>
internal static class OcrLayoutReader
{
    /// <param name="dx">Added to every x (the recognised image is a crop of the page at this offset).</param>
    /// <param name="scale">How much larger the recognised image is than the page: boxes are divided by it.</param>
    public static List<Block> Read(IntPtr api, int dx = 0, int dy = 0, double scale = 1)
    {
        var blocks = new List<Block>();
        var iterator = TessApi.TessBaseAPIGetIterator(api);
        if (iterator == IntPtr.Zero) return blocks;
        try
        {
            var page = TessApi.TessResultIteratorGetPageIterator(iterator);
            TessApi.TessPageIteratorBegin(page);
            Box? blockBox = null, lineBox = null;
            List<Line>? lines = null;
            List<Word>? words = null;
            do
            {
                if (lines is null || TessApi.TessPageIteratorIsAtBeginningOf(page, TessApi.RilBlock) != 0)
                {
                    Flush(blocks, ref lines, blockBox, ref words, lineBox);
                    lines = [];
                    blockBox = BoxOf(page, TessApi.RilBlock, dx, dy, scale);
                }
                if (words is null || TessApi.TessPageIteratorIsAtBeginningOf(page, TessApi.RilTextline) != 0)
                {
                    FlushLine(lines, ref words, lineBox);
                    words = [];
                    lineBox = BoxOf(page, TessApi.RilTextline, dx, dy, scale);
                }
                var text = TessApi.TakeText(TessApi.TessResultIteratorGetUTF8Text(iterator, TessApi.RilWord)).Trim();
                if (text.Length == 0) continue;
                var confidence = TessApi.TessResultIteratorConfidence(iterator, TessApi.RilWord);
                words.Add(new Word
                {
                    Text = text,
                    Box = BoxOf(page, TessApi.RilWord, dx, dy, scale),
                    Confidence = Math.Round(Math.Clamp(confidence / 100.0, 0, 1), 4),
                });
            } while (TessApi.TessResultIteratorNext(iterator, TessApi.RilWord) != 0);
            Flush(blocks, ref lines, blockBox, ref words, lineBox);
        }
        finally
        {
            TessApi.TessResultIteratorDelete(iterator);
        }
        return blocks;
    }

    private static void Flush(List<Block> blocks, ref List<Line>? lines, Box? blockBox, ref List<Word>? words, Box? lineBox)
    {
        if (lines is null) return;
        FlushLine(lines, ref words, lineBox);
        if (lines.Count > 0) blocks.Add(new Block { Box = blockBox, Lines = lines });
        lines = null;
    }

    private static void FlushLine(List<Line> lines, ref List<Word>? words, Box? lineBox)
    {
        if (words is { Count: > 0 })
            lines.Add(new Line { Box = lineBox, Words = words, Text = CjkText.JoinWords(words.Select(w => w.Text)) });
        words = null;
    }

    private static Box? BoxOf(IntPtr pageIterator, int level, int dx, int dy, double scale) =>
        TessApi.TessPageIteratorBoundingBox(pageIterator, level, out var l, out var t, out var r, out var b) != 0
            ? scale == 1
                ? new Box(l + dx, t + dy, r + dx, b + dy)
                : new Box(Math.Round(l / scale) + dx, Math.Round(t / scale) + dy, Math.Round(r / scale) + dx, Math.Round(b / scale) + dy)
            : null;
}
