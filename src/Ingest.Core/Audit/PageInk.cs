namespace ZcIngest.Core.Audit;

/// <summary>
/// How much of a scanned page bears anything: the share of pixels more than <see cref="Contrast"/> grey levels off the
/// page's background (its median). Against the background rather than white, so a washed-out scan's faint text still
/// counts and a grey noisy scan's background does not.
/// </summary>
public static class PageInk
{
    public const int Contrast = 32;

    /// <param name="grey">Row-major 8-bit luminance.</param>
    /// <returns>0–1; null when the image is empty or smaller than its stated size.</returns>
    public static double? Coverage(ReadOnlySpan<byte> grey, int width, int height)
    {
        var count = (long)width * height;
        if (width <= 0 || height <= 0 || grey.Length < count) return null;
        var histogram = new long[256];
        foreach (var p in grey[..(int)count]) histogram[p]++;
        var background = 0;
        for (long seen = 0; background < 255 && (seen += histogram[background]) * 2 < count; background++) { }
        long inked = 0;
        for (var level = 0; level < 256; level++)
            if (Math.Abs(level - background) > Contrast) inked += histogram[level];
        return (double)inked / count;
    }
}
