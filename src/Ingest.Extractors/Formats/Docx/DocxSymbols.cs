namespace ZcIngest.Extractors.Formats.Docx;

/// <summary>
/// Maps <c>w:sym</c> glyphs from symbol fonts to Unicode so ticked and empty boxes of application forms
/// survive as characters (☑ ☐ □ ■ √). Unknown glyphs of symbol fonts are dropped rather than shown as
/// the unrelated Latin letter that happens to share their code.
/// </summary>
public static class DocxSymbols
{
    private static readonly Dictionary<(string Font, int Code), char> Map = new()
    {
        [("wingdings", 0x6E)] = '■', [("wingdings", 0x6F)] = '□', [("wingdings", 0x71)] = '❑', [("wingdings", 0x72)] = '❒',
        [("wingdings", 0xA8)] = '□', [("wingdings", 0xFB)] = '✗', [("wingdings", 0xFC)] = '✓', [("wingdings", 0xFD)] = '☒',
        [("wingdings", 0xFE)] = '☑', [("wingdings", 0x6C)] = '●', [("wingdings", 0xA1)] = '○', [("wingdings", 0x9F)] = '•',
        [("wingdings 2", 0x50)] = '✓', [("wingdings 2", 0x4F)] = '✗', [("wingdings 2", 0x52)] = '☑', [("wingdings 2", 0x53)] = '☒',
        [("wingdings 2", 0x54)] = '☒', [("wingdings 2", 0xA3)] = '□', [("wingdings 2", 0x2A)] = '□', [("wingdings 2", 0xA2)] = '■',
        [("symbol", 0xD6)] = '√', [("symbol", 0xB4)] = '×', [("symbol", 0xB7)] = '•', [("symbol", 0xB0)] = '°',
        [("symbol", 0xA3)] = '≤', [("symbol", 0xB3)] = '≥', [("symbol", 0xB1)] = '±',
    };

    /// <param name="font">The <c>w:font</c> attribute.</param>
    /// <param name="hexCode">The <c>w:char</c> attribute, hexadecimal, often with the F000 private-use offset.</param>
    public static string Resolve(string? font, string? hexCode)
    {
        if (!int.TryParse(hexCode, System.Globalization.NumberStyles.HexNumber, null, out var code)) return "";
        if (code >= 0xF000 && code <= 0xF0FF) code -= 0xF000;
        var name = (font ?? "").Trim().ToLowerInvariant();
        if (Map.TryGetValue((name, code), out var c)) return c.ToString();
        if (name.StartsWith("wingdings", StringComparison.Ordinal) || name.StartsWith("webdings", StringComparison.Ordinal)
            || name == "symbol")
            return "";
        // A symbol from an ordinary font is just that character.
        return code is > 0x20 and < 0xD800 ? ((char)code).ToString() : "";
    }

    public static string CheckBox(bool isChecked) => isChecked ? "☑" : "☐";
}
