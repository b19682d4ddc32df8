using System.Numerics;

namespace ZcIngest.Core.Reuse;

/// <summary>
/// A DCT perceptual hash of a greyscale page: the page's inked area (blank margins trimmed, so a crop of a few
/// pixels or a wider scan border does not move the content), averaged down to a small square, its lowest
/// frequencies compared with their median. Re-compression and slight rotation barely change low frequencies;
/// a different page does. <see cref="Bits"/> bits as 64-bit words, compared by Hamming distance.
/// </summary>
public sealed record PerceptualHash(ulong[] Words)
{
    /// <summary>Side of the averaged square and of the block of low frequencies kept (16×16 = 256 bits).</summary>
    public const int Side = 64;
    public const int Keep = 16;
    public const int Bits = Keep * Keep;

    public int Distance(PerceptualHash other)
    {
        var d = 0;
        for (var i = 0; i < Math.Min(Words.Length, other.Words.Length); i++) d += BitOperations.PopCount(Words[i] ^ other.Words[i]);
        return d;
    }

    /// <param name="grey">Row-major 8-bit luminance, 0 black.</param>
    /// <returns>Null for a page with nothing printed on it (a blank page is like every other blank page).</returns>
    public static PerceptualHash? Of(ReadOnlySpan<byte> grey, int width, int height) => Of(grey, width, height, Keep, Side);

    /// <param name="keep">Side of the block of low frequencies kept; keep² must be a multiple of 64.</param>
    public static PerceptualHash? Of(ReadOnlySpan<byte> grey, int width, int height, int keep, int side)
    {
        if (width < side || height < side || grey.Length < width * height) return null;
        if (InkedArea(grey, width, height, side) is not var (x0, y0, x1, y1)) return null;
        var small = Average(grey, width, x0, y0, x1, y1, side);
        var dct = Dct2(small, keep, side);
        var bits = keep * keep;
        var coefficients = new double[bits];
        for (var v = 0; v < keep; v++)
            for (var u = 0; u < keep; u++)
                coefficients[v * keep + u] = dct[v, u];
        // The DC term is the page's mean brightness: left out of the median so it does not skew it.
        var median = coefficients.Skip(1).Order().ElementAt((bits - 1) / 2);
        var words = new ulong[bits / 64];
        for (var i = 1; i < bits; i++)
            if (coefficients[i] > median) words[i / 64] |= 1UL << (i % 64);
        return new PerceptualHash(words);
    }

    /// <summary>
    /// The rectangle between the first and last rows and columns with some ink. A row that is almost all dark is
    /// a scanner's border, not content; a few dark pixels are dust.
    /// </summary>
    private static (int X0, int Y0, int X1, int Y1)? InkedArea(ReadOnlySpan<byte> grey, int width, int height, int side)
    {
        var rows = new int[height];
        var cols = new int[width];
        for (var y = 0; y < height; y++)
        {
            var row = grey.Slice(y * width, width);
            for (var x = 0; x < width; x++)
                if (row[x] < 128) { rows[y]++; cols[x]++; }
        }
        var (y0, y1) = Span(rows, width);
        var (x0, x1) = Span(cols, height);
        if (y1 - y0 < side / 4 || x1 - x0 < side / 4) return null;
        return (x0, y0, x1, y1);
    }

    private static (int First, int Last) Span(int[] counts, int across)
    {
        bool Inked(int c) => c > across * 0.004 && c < across * 0.9;
        var first = Array.FindIndex(counts, Inked);
        var last = Array.FindLastIndex(counts, Inked);
        return first < 0 ? (0, 0) : (first, last + 1);
    }

    /// <summary>Box average of the rectangle onto Side×Side cells.</summary>
    private static double[,] Average(ReadOnlySpan<byte> grey, int width, int x0, int y0, int x1, int y1, int side)
    {
        var sum = new double[side, side];
        var count = new int[side, side];
        var w = x1 - x0;
        var h = y1 - y0;
        for (var y = y0; y < y1; y++)
        {
            var cy = (int)((long)(y - y0) * side / h);
            var row = grey.Slice(y * width, width);
            for (var x = x0; x < x1; x++)
            {
                var cx = (int)((long)(x - x0) * side / w);
                sum[cy, cx] += row[x];
                count[cy, cx]++;
            }
        }
        for (var y = 0; y < side; y++)
            for (var x = 0; x < side; x++)
                sum[y, x] = count[y, x] == 0 ? 255 : sum[y, x] / count[y, x];
        return sum;
    }

    /// <summary>The lowest keep×keep coefficients of the 2-D DCT-II (separable: rows, then columns).</summary>
    private static double[,] Dct2(double[,] input, int keep, int side)
    {
        var basis = new double[keep, side];
        for (var k = 0; k < keep; k++)
            for (var n = 0; n < side; n++)
                basis[k, n] = Math.Cos(Math.PI * (n + 0.5) * k / side);
        var rows = new double[side, keep];
        for (var y = 0; y < side; y++)
            for (var k = 0; k < keep; k++)
            {
                double s = 0;
                for (var n = 0; n < side; n++) s += input[y, n] * basis[k, n];
                rows[y, k] = s;
            }
        var result = new double[keep, keep];
        for (var k = 0; k < keep; k++)
            for (var u = 0; u < keep; u++)
            {
                double s = 0;
                for (var n = 0; n < side; n++) s += rows[n, u] * basis[k, n];
                result[k, u] = s;
            }
        return result;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Words.Length * 8];
        Buffer.BlockCopy(Words, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static PerceptualHash? FromBytes(byte[] bytes)
    {
        if (bytes.Length != Bits / 8) return null;
        var words = new ulong[Bits / 64];
        Buffer.BlockCopy(bytes, 0, words, 0, bytes.Length);
        return new PerceptualHash(words);
    }
}
