using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.SampleGen.Writers;

/// <summary>
/// Appends a real incremental-update section to a finished PDF, as Acrobat does when someone edits and saves a
/// document: a new object (a white patch drawn over the page margin), a replaced document-information dictionary
/// with the editor's name and a later modification date, a second xref section and a trailer pointing back
/// (/Prev) to the original one. The original bytes stay untouched in front.
/// </summary>
public static partial class IncrementalUpdate
{
    public static byte[] Apply(byte[] pdf, DateTime modified, string editor)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailerAt < 0) throw new InvalidOperationException("the PDF has no classic trailer to update");
        var trailer = text[trailerAt..];
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = RootEntry().Match(trailer).Groups[1].Value;
        var info = InfoEntry().Match(trailer).Groups[1].Value;
        var id = IdEntry().Match(trailer).Value;
        var prev = StartXref().Matches(text)[^1].Groups[1].Value;
        var created = CreationDate().Match(text).Groups[1].Value;

        var sb = new StringBuilder();
        var offsets = new List<(int Number, long Offset)>();
        long Position() => pdf.Length + sb.Length;
        sb.Append('\n');
        const string patch = "q 1 1 1 rg 0 0 6 6 re f Q\n";
        offsets.Add((size, Position()));
        sb.Append(CultureInfo.InvariantCulture, $"{size} 0 obj\n<</Length {patch.Length}>>\nstream\n{patch}endstream\nendobj\n");
        var stamp = "D:" + modified.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+08'00'";
        offsets.Add((int.Parse(info, CultureInfo.InvariantCulture), Position()));
        sb.Append(CultureInfo.InvariantCulture,
            $"{info} 0 obj\n<</Creator({editor})/Producer({editor})/CreationDate({created})/ModDate({stamp})>>\nendobj\n");
        var xrefAt = Position();
        sb.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
            sb.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:0000000000} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {size + 1}/Root {root} 0 R/Info {info} 0 R/Prev {prev}{id}>>\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(sb.ToString())];
    }

    [GeneratedRegex(@"/Size\s+(\d+)")] private static partial Regex SizeEntry();
    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")] private static partial Regex RootEntry();
    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")] private static partial Regex InfoEntry();
    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")] private static partial Regex IdEntry();
    [GeneratedRegex(@"startxref\s+(\d+)")] private static partial Regex StartXref();
    [GeneratedRegex(@"/CreationDate\s*\(([^)]*)\)")] private static partial Regex CreationDate();
}
