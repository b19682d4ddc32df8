namespace ZcIngest.Extractors.Formats;

/// <summary>
/// Text layers made from Word files carry tick boxes of the Wingdings fonts as private-use code points
/// (U+F052, U+F0FE…), because the font has no Unicode map. Forms are full of them, so the common ones are
/// mapped back to the characters they show; other private-use code points are left as they are.
/// </summary>
public static class SymbolGlyphs
{
    private static readonly Dictionary<char, char> PrivateUse = new()
    {
        ['\uF052'] = '☑', ['\uF053'] = '☒', ['\uF054'] = '☒', ['\uF0A3'] = '□', // Wingdings 2
        ['\uF0FE'] = '☑', ['\uF0FD'] = '☒', ['\uF0A8'] = '□', ['\uF06F'] = '□', ['\uF06E'] = '■', // Wingdings
        ['\uF0FC'] = '✓', ['\uF0FB'] = '✗',
        ['\uF0D6'] = '√', // Symbol
    };

    public static string MapPrivateUse(string text)
    {
        if (!text.Any(c => c >= '\uF000' && c <= '\uF0FF')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = PrivateUse.GetValueOrDefault(source[i], source[i]);
        });
    }
}
