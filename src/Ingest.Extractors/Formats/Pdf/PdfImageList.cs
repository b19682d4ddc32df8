using System.Globalization;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>One raster image drawn on a page, from <c>pdfimages -list</c>.</summary>
public sealed record PdfImage(int Page, int Width, int Height, double XPpi, double YPpi)
{
    /// <summary>The area the image covers on the page, in square points.</summary>
    public double AreaPt2 => XPpi > 0 && YPpi > 0 ? Width / XPpi * 72 * (Height / YPpi * 72) : 0;
}

public static class PdfImageList
{
    public static List<PdfImage> Parse(string output)
    {
        var images = new List<PdfImage>();
        foreach (var line in output.Split('\n'))
        {
            var c = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            if (c.Length < 14 || c[2] != "image") continue;
            if (!int.TryParse(c[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page)) continue;
            if (!int.TryParse(c[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w)) continue;
            if (!int.TryParse(c[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h)) continue;
            double.TryParse(c[12], NumberStyles.Float, CultureInfo.InvariantCulture, out var xppi);
            double.TryParse(c[13], NumberStyles.Float, CultureInfo.InvariantCulture, out var yppi);
            images.Add(new PdfImage(page, w, h, xppi, yppi));
        }
        return images;
    }
}
