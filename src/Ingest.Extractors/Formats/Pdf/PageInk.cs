namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>
/// Measures how much of a page is printed on, from a small greyscale PGM rendering. A page with no text
/// and no raster image can still carry text drawn as vector outlines; ink tells it from a blank page.
/// </summary>
public static class PageInk
{
    /// <summary>The fraction (0–1) of pixels darker than mid-grey in a binary (P5) PGM; null if it is not one.</summary>
    public static double? DarkFraction(byte[] pgm)
    {
        var pos = 0;
        if (Token(pgm, ref pos) != "P5") return null;
        if (!int.TryParse(Token(pgm, ref pos), out var w) || !int.TryParse(Token(pgm, ref pos), out var h)) return null;
        if (!int.TryParse(Token(pgm, ref pos), out var max) || max is <= 0 or > 255) return null;
        pos++; // the single whitespace after the header
        long count = (long)w * h;
        if (w <= 0 || h <= 0 || pos + count > pgm.Length) return null;
        long dark = 0;
        for (var i = 0; i < count; i++)
            if (pgm[pos + i] < max / 2) dark++;
        return (double)dark / count;
    }

    private static string Token(byte[] data, ref int pos)
    {
        while (pos < data.Length)
        {
            if (data[pos] == '#') { while (pos < data.Length && data[pos] != '\n') pos++; }
            else if (data[pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') pos++;
            else break;
        }
        var start = pos;
        while (pos < data.Length && data[pos] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) pos++;
        return System.Text.Encoding.ASCII.GetString(data, start, pos - start);
    }
}
