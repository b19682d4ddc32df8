using System.Runtime.InteropServices;
using ZcIngest.Core.Reuse;
using ZcIngest.Extractors.Ocr.Native;

namespace ZcIngest.Extractors.Fingerprints;

/// <summary>
/// Perceptual hashes of page images (the upright, deskewed pages the OCR service keeps, or any image file),
/// decoded with Leptonica, which the OCR path already loads.
/// </summary>
public static class PageImageHasher
{
    /// <summary>Null when the image cannot be decoded or has nothing printed on it; never throws for a bad file.</summary>
    public static PerceptualHash? TryHash(string imagePath, int keep = PerceptualHash.Keep, int side = PerceptualHash.Side)
    {
        try
        {
            return ReadGrey(imagePath) is var (grey, width, height) ? PerceptualHash.Of(grey, width, height, keep, side) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException)
        {
            return null;
        }
    }

    /// <summary>8-bit luminance, row-major, or null when Leptonica cannot read the file.</summary>
    public static (byte[] Grey, int Width, int Height)? ReadGrey(string imagePath)
    {
        if (!File.Exists(imagePath)) return null;
        using var original = Pix.Wrap(LeptApi.pixRead(imagePath));
        if (original is null) return null;
        using var converted = Pix.Wrap(LeptApi.pixConvertTo8(original.Handle, 0));
        if (converted is null || converted.Depth != 8) return null;
        // A copy may be scanned a degree or two askew; hashing the straightened page keeps its cells in place.
        using var grey = Pix.Wrap(LeptApi.pixFindSkewAndDeskew(converted.Handle, 2, out _, out _)) ?? Pix.Wrap(LeptApi.pixClone(converted.Handle))!;
        int width = grey.Width, height = grey.Height, wpl = LeptApi.pixGetWpl(grey.Handle);
        var data = LeptApi.pixGetData(grey.Handle);
        if (data == IntPtr.Zero || width <= 0 || height <= 0 || (long)width * height > 200_000_000) return null;
        var row = new byte[wpl * 4];
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            Marshal.Copy(data + y * wpl * 4, row, 0, row.Length);
            var target = y * width;
            // Leptonica stores each 32-bit word with its first pixel in the most significant byte.
            for (var x = 0; x < width; x++) pixels[target + x] = row[BitConverter.IsLittleEndian ? x ^ 3 : x];
        }
        return (pixels, width, height);
    }
}
