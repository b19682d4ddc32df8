namespace ZcIngest.Extractors.Formats;

public enum TextLayerVerdict { Good, Sparse, Empty, Garbage }

/// <summary>
/// Judges whether a page's text layer can be trusted. Scans carry no text; fonts without a Unicode map give
/// replacement characters, private-use code points or random symbols instead of Chinese. Such pages go to OCR;
/// a page with a good text layer never does.
/// </summary>
public static class TextLayerQuality
{
    /// <summary>Fewer visible characters than this is "sparse": a scan with a stamped page number, or a nearly blank page.</summary>
    public const int SparseBelow = 20;

    public static TextLayerVerdict Judge(string text)
    {
        int total = 0, good = 0, bad = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsWhiteSpace(rune)) continue;
            total++;
            var v = rune.Value;
            if (IsBad(v)) bad++;
            else if (IsGood(v)) good++;
        }
        if (total == 0) return TextLayerVerdict.Empty;
        if (bad > 0.2 * total || good < 0.6 * total) return TextLayerVerdict.Garbage;
        return total < SparseBelow ? TextLayerVerdict.Sparse : TextLayerVerdict.Good;
    }

    private static bool IsBad(int v) =>
        v == 0xFFFD
        || v < 0x20 || (v >= 0x7F && v < 0xA0)                 // control characters
        || (v >= 0xE000 && v <= 0xF8FF) || v >= 0xF0000;       // private use

    private static bool IsGood(int v) =>
        (v >= 0x21 && v <= 0x7E)                               // ASCII
        || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FA1F) // CJK ideographs
        || (v >= 0x3000 && v <= 0x303F)                        // CJK punctuation
        || (v >= 0xFF00 && v <= 0xFFEF)                        // full-width forms
        || (v >= 0x2000 && v <= 0x206F)                        // general punctuation (— “ ” …)
        || (v >= 0x2100 && v <= 0x27BF)                        // letterlike, numbers, arrows, math, boxes, ☑ ☐ ■ √
        || (v >= 0x00A0 && v <= 0x00BF) || v == 0xD7 || v == 0xF7 // Latin-1 symbols (², °, ×); its letters are typical mojibake
        || (v >= 0x0391 && v <= 0x03C9)                        // Greek (Ω, μ in units)
        || (v >= 0x3200 && v <= 0x33FF)                        // enclosed CJK, ㎡
        || (v >= 0xFE30 && v <= 0xFE4F);                       // CJK compatibility forms
}
