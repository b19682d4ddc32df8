using System.Globalization;
using System.Text;
using System.Xml;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>
/// Parses the XHTML of <c>pdftotext -bbox-layout</c> (page → flow → block → line → word, boxes in points)
/// into text-layer pages. Streaming, so a long document never sits in memory twice.
/// </summary>
public static class BboxLayoutParser
{
    public static List<Page> Parse(Stream xhtml)
    {
        // poppler writes an XHTML DOCTYPE: it is skipped, never fetched or expanded (Ignore + no resolver),
        // and control characters a hostile text layer may carry do not abort the parse.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var pages = new List<Page>();
        using var reader = XmlReader.Create(xhtml, settings);
        List<Block>? blocks = null;
        List<Line>? lines = null;
        List<Word>? words = null;
        Box? blockBox = null, lineBox = null;
        double width = 0, height = 0;
        var positioned = false; // true when ReadElementContentAsString already moved to the next node
        while (positioned ? !reader.EOF : reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "page":
                        width = Attr(reader, "width");
                        height = Attr(reader, "height");
                        blocks = [];
                        if (reader.IsEmptyElement) { pages.Add(NewPage(pages.Count + 1, width, height, blocks)); blocks = null; }
                        break;
                    case "block":
                        blockBox = ReadBox(reader);
                        lines = [];
                        break;
                    case "line":
                        lineBox = ReadBox(reader);
                        words = [];
                        break;
                    case "word":
                        var box = ReadBox(reader);
                        if (reader.IsEmptyElement) break;
                        var text = reader.ReadElementContentAsString();
                        if (text.Length > 0) words?.Add(new Word { Text = SymbolGlyphs.MapPrivateUse(text), Box = box });
                        // ReadElementContentAsString moved past the end tag already.
                        positioned = true;
                        continue;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "line" when words is not null && lines is not null:
                        if (words.Count > 0) lines.Add(new Line { Box = lineBox, Words = words, Text = JoinWords(words) });
                        words = null;
                        break;
                    case "block" when lines is not null && blocks is not null:
                        if (lines.Count > 0) blocks.Add(new Block { Box = blockBox, Lines = lines });
                        lines = null;
                        break;
                    case "page" when blocks is not null:
                        pages.Add(NewPage(pages.Count + 1, width, height, blocks));
                        blocks = null;
                        break;
                }
            }
        }
        return pages;
    }

    private static Page NewPage(int number, double width, double height, List<Block> blocks) => new()
    {
        Number = number,
        Width = width,
        Height = height,
        Unit = "pt",
        Source = PageSource.PdfText,
        Blocks = blocks,
    };

    /// <summary>
    /// Joins a line's words. poppler splits CJK runs at tiny gaps (2021 年 5 月) where the source had no space;
    /// a real space is a gap of about a quarter of the font height or more.
    /// </summary>
    public static string JoinWords(IReadOnlyList<Word> words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && IsSpaced(words[i - 1], words[i])) sb.Append(' ');
            sb.Append(words[i].Text);
        }
        return sb.ToString();
    }

    private static bool IsSpaced(Word left, Word right)
    {
        if (left.Box is not { } a || right.Box is not { } b) return true;
        var height = Math.Max(1e-6, Math.Min(a.Height, b.Height));
        var gap = b.X0 - a.X1;
        // A word that wrapped back to the left is a new visual segment: keep a separator.
        if (gap < -height) return true;
        // Between Latin words or digits a space is ~0.2 of the box height; next to CJK, poppler splits runs at
        // gaps of ~0.15 where nothing was typed, and a typed space is ~0.4.
        var cjk = IsWide(left.Text[^1]) || IsWide(right.Text[0]);
        return gap > (cjk ? 0.3 : 0.1) * height;
    }

    private static bool IsWide(char c) => c >= 0x2E80;

    private static Box ReadBox(XmlReader reader) =>
        new(Attr(reader, "xMin"), Attr(reader, "yMin"), Attr(reader, "xMax"), Attr(reader, "yMax"));

    private static double Attr(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;
}
