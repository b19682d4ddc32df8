using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ZcIngest.Extractors.Tests.TestSupport;

/// <summary>
/// Writes small, valid PDFs by hand: pages with ASCII text in Helvetica and/or one full-page greyscale image,
/// so scanned-page handling is tested without an external converter.
/// </summary>
public static class MinimalPdf
{
    public sealed record PageSpec(string? Text = null, bool FullPageImage = false);

    public static byte[] Build(params PageSpec[] pages)
    {
        var objects = new List<byte[]>();
        int Add(byte[] body) { objects.Add(body); return objects.Count; }
        byte[] S(string s) => Encoding.Latin1.GetBytes(s);

        // 1: catalog, 2: pages, 3: font; pages follow.
        Add([]); Add([]);
        var font = Add(S("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var content = new StringBuilder();
            var resources = new StringBuilder($"/Font << /F1 {font} 0 R >>");
            if (page.FullPageImage)
            {
                var (w, h) = (400, 566);
                var pixels = new byte[w * h];
                for (var y = 0; y < h; y++)
                    for (var x = 0; x < w; x++)
                        pixels[y * w + x] = (byte)((y / 20 % 2 == 0 && x > 40 && x < 360 && y > 40 && y < 520 && (x / 6) % 3 != 0) ? 0 : 255);
                using var packed = new MemoryStream();
                using (var z = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(pixels);
                var data = packed.ToArray();
                var head = S($"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {data.Length} >>\nstream\n");
                var image = Add([.. head, .. data, .. S("\nendstream")]);
                resources.Append($" /XObject << /Im1 {image} 0 R >>");
                content.Append("q 595 0 0 842 0 0 cm /Im1 Do Q\n");
            }
            if (page.Text is { } text)
            {
                var y = 780;
                foreach (var line in text.Split('\n'))
                {
                    content.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf 72 {y} Td ({line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")}) Tj ET\n");
                    y -= 16;
                }
            }
            var stream = S(content.ToString());
            var contentId = Add([.. S($"<< /Length {stream.Length} >>\nstream\n"), .. stream, .. S("\nendstream")]);
            kids.Add(Add(S($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {resources} >> /Contents {contentId} 0 R >>")));
        }
        objects[0] = S("<< /Type /Catalog /Pages 2 0 R >>");
        objects[1] = S($"<< /Type /Pages /Count {kids.Count} /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] >>");

        using var output = new MemoryStream();
        void W(byte[] b) => output.Write(b);
        W(S("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            W(S($"{i + 1} 0 obj\n")); W(objects[i]); W(S("\nendobj\n"));
        }
        var xref = output.Position;
        W(S($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var o in offsets) W(S($"{o:D10} 00000 n \n"));
        W(S($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }
}
