using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Tests.Forensics;

/// <summary>
/// Appends an incremental update to a finished PDF the way editors and signers do: new or replaced objects, then a
/// cross-reference section of the same kind as the file's last one (a table, or an xref stream for PDF 1.5 files),
/// a trailer with /Prev pointing back, startxref and %%EOF. The original bytes stay untouched in front.
/// </summary>
public static partial class PdfIncrement
{
    /// <param name="objects">Object number and its body (what goes between <c>N 0 obj</c> and <c>endobj</c>).</param>
    /// <param name="info">A replaced /Info object number, when the update writes one.</param>
    public static byte[] Append(byte[] pdf, IReadOnlyList<(int Number, byte[] Body)> objects, int? info = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var size = int.Parse(Size().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var root = Root().Matches(text)[^1].Groups[1].Value;
        var oldInfo = InfoRef().Matches(text) is { Count: > 0 } m ? m[^1].Groups[1].Value : null;
        var prev = StartXref().Matches(text)[^1].Groups[1].Value;
        var xrefStream = !text[int.Parse(prev, CultureInfo.InvariantCulture)..].StartsWith("xref", StringComparison.Ordinal);
        var infoEntry = info is { } i ? $"/Info {i} 0 R" : oldInfo is null ? "" : $"/Info {oldInfo} 0 R";

        using var output = new MemoryStream();
        output.Write(pdf);
        void W(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        W("\n");
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            W($"{number} 0 obj\n");
            output.Write(body);
            W("\nendobj\n");
        }
        var newSize = Math.Max(size, objects.Max(o => o.Number) + 1);
        var xrefAt = output.Position;
        if (!xrefStream)
        {
            W("xref\n0 1\n0000000000 65535 f \n");
            foreach (var (number, offset) in offsets) W($"{number} 1\n{offset:D10} 00000 n \n");
            W($"trailer\n<< /Size {newSize} /Root {root} 0 R {infoEntry} /Prev {prev} >>\n");
        }
        else
        {
            var self = newSize;
            offsets[self] = xrefAt;
            var rows = new List<byte>();
            foreach (var (_, offset) in offsets)
                rows.AddRange([1, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, 0, 0]);
            var index = string.Join(' ', offsets.Keys.Select(k => $"{k} 1"));
            W($"{self} 0 obj\n<< /Type /XRef /Size {self + 1} /W [1 4 2] /Index [{index}] /Root {root} 0 R {infoEntry} /Prev {prev} /Length {rows.Count} >>\nstream\n");
            output.Write(rows.ToArray());
            W("\nendstream\nendobj\n");
        }
        W($"startxref\n{xrefAt}\n%%EOF\n");
        return output.ToArray();
    }

    public static byte[] Body(string s) => Encoding.Latin1.GetBytes(s);

    public static byte[] Stream(string dict, string data) =>
        Encoding.Latin1.GetBytes($"<< {dict} /Length {Encoding.Latin1.GetByteCount(data)} >>\nstream\n{data}\nendstream");

    /// <summary>A PDF text string in UTF-16BE with its byte-order mark, as a hex string.</summary>
    public static string Utf16(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    /// <summary>Finds the number of the first object whose dictionary contains <paramref name="marker"/>.</summary>
    public static int ObjectWith(byte[] pdf, string marker)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in ObjectHeader().Matches(text))
        {
            var end = text.IndexOf("endobj", m.Index, StringComparison.Ordinal);
            if (end > 0 && text.AsSpan(m.Index, end - m.Index).Contains(marker, StringComparison.Ordinal))
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException("no object with " + marker);
    }

    /// <summary>The text of object <paramref name="number"/>'s dictionary as last written.</summary>
    public static string DictionaryOf(byte[] pdf, int number)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf($"\n{number} 0 obj", StringComparison.Ordinal);
        var start = text.IndexOf("<<", at, StringComparison.Ordinal);
        var depth = 0;
        for (var k = start; k < text.Length - 1; k++)
        {
            if (text[k] == '<' && text[k + 1] == '<') { depth++; k++; }
            else if (text[k] == '>' && text[k + 1] == '>') { depth--; k++; if (depth == 0) return text[start..(k + 1)]; }
        }
        throw new InvalidOperationException("unterminated dictionary");
    }

    public static int NextObjectNumber(byte[] pdf) =>
        int.Parse(Size().Matches(Encoding.Latin1.GetString(pdf))[^1].Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Size\s+(\d+)")] private static partial Regex Size();
    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")] private static partial Regex Root();
    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")] private static partial Regex InfoRef();
    [GeneratedRegex(@"startxref\s+(\d+)")] private static partial Regex StartXref();
    [GeneratedRegex(@"(?m)^(\d+)\s+0\s+obj")] private static partial Regex ObjectHeader();
}
