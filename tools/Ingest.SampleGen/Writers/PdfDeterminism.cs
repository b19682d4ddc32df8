using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.SampleGen.Writers;

/// <summary>
/// PDFsharp stamps every file with random values: the trailer /ID, XMP document and instance UUIDs and the
/// six-letter font-subset tag. Each has a fixed length, so replacing it in place with a value drawn from the
/// document's own seed keeps every byte offset (and so the cross-reference table) valid.
/// </summary>
public static partial class PdfDeterminism
{
    public static byte[] Fix(byte[] pdf, Rng rng)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>();
        text = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[1].Value, out var tag))
            {
                tag = new string(Enumerable.Range(0, 6).Select(_ => (char)('A' + rng.Next(0, 26))).ToArray());
                tags[m.Groups[1].Value] = tag;
            }
            return m.Value[0] + tag + "+";
        });
        text = Uuid().Replace(text, _ => "uuid:" + Guid(rng));
        var id = Hex(rng, 16);
        text = TrailerId().Replace(text, _ => $"/ID[<{id}><{id}>]");
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Hex(Rng rng, int bytes) =>
        string.Concat(Enumerable.Range(0, bytes).Select(_ => rng.Next(0, 256).ToString("X2")));

    private static string Guid(Rng rng)
    {
        var h = Hex(rng, 16).ToLowerInvariant();
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }

    [GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]")]
    private static partial Regex TrailerId();
}
