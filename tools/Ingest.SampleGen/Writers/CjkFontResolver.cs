using PdfSharp.Fonts;

namespace ZcIngest.SampleGen.Writers;

/// <summary>
/// Serves WenQuanYi Zen Hei to PDFsharp. The font ships only as a TrueType collection (.ttc), which PDFsharp cannot
/// open, so the first face is cut out into a standalone TrueType font once per process. Noto CJK is CFF-based and
/// Droid Sans Fallback has no Latin letters or digits, which is why this font is the one used.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "WenQuanYi Zen Hei";
    public static readonly string[] Candidates = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"];
    private static readonly Lazy<byte[]> Face = new(LoadFace);
    private static readonly object Gate = new();
    private static bool _installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = new CjkFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new("wqy-zenhei", isBold, isItalic);

    public byte[]? GetFont(string faceName) => Face.Value;

    private static byte[] LoadFace()
    {
        var path = Candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("WenQuanYi Zen Hei (fonts-wqy-zenhei) is not installed; run scripts/install-native.sh");
        return TrueTypeCollection.ExtractFace(File.ReadAllBytes(path), 0);
    }
}

/// <summary>Cuts one face out of a TrueType collection (the 'ttcf' container) into a standalone sfnt.</summary>
public static class TrueTypeCollection
{
    public static byte[] ExtractFace(byte[] ttc, int index)
    {
        if (ttc.Length < 12 || ttc[0] != 't' || ttc[1] != 't' || ttc[2] != 'c' || ttc[3] != 'f') return ttc;
        var numFonts = U32(ttc, 8);
        if (index >= numFonts) throw new ArgumentOutOfRangeException(nameof(index));
        var offset = (int)U32(ttc, 12 + 4 * index);
        var numTables = U16(ttc, offset + 4);
        var headerLength = 12 + 16 * numTables;
        var tables = new List<(uint Tag, uint Checksum, int Offset, int Length)>();
        for (var i = 0; i < numTables; i++)
        {
            var r = offset + 12 + 16 * i;
            tables.Add((U32(ttc, r), U32(ttc, r + 4), (int)U32(ttc, r + 8), (int)U32(ttc, r + 12)));
        }
        var size = headerLength + tables.Sum(t => (t.Length + 3) & ~3);
        var output = new byte[size];
        Array.Copy(ttc, offset, output, 0, 12);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var r = 12 + 16 * i;
            Put(output, r, t.Tag);
            Put(output, r + 4, t.Checksum);
            Put(output, r + 8, (uint)position);
            Put(output, r + 12, (uint)t.Length);
            Array.Copy(ttc, t.Offset, output, position, t.Length);
            position += (t.Length + 3) & ~3;
        }
        return output;
    }

    private static uint U32(byte[] b, int i) => (uint)(b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3]);
    private static int U16(byte[] b, int i) => b[i] << 8 | b[i + 1];

    private static void Put(byte[] b, int i, uint v)
    {
        b[i] = (byte)(v >> 24); b[i + 1] = (byte)(v >> 16); b[i + 2] = (byte)(v >> 8); b[i + 3] = (byte)v;
    }
}
