using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ZcIngest.SampleGen.Writers;

/// <summary>How a page went through the scanner.</summary>
public sealed record ScanProfile(int Dpi, double MaxAngle, double Noise, double Blur, int Quality, double UpsideDownChance,
    bool Poor = false)
{
    public static ScanProfile Random(Rng rng, bool small) => new(
        small ? rng.Pick(new[] { 150, 150, 200 }) : rng.Pick(new[] { 150, 200, 200, 300 }),
        rng.Between(0.3, 2.0), rng.Between(0.1, 0.4), rng.Pick(new[] { 0.0, 0.0, 0.0, 0.6 }), rng.Between(small ? 40 : 50, small ? 60 : 75),
        0.08);

    /// <summary>A page a person can barely read: low resolution, blurred, noisy and washed out.</summary>
    public static ScanProfile Unreadable(Rng rng) => new(100, rng.Between(1.0, 2.0), 3.0, 2.2, 20, 0, Poor: true);
}

/// <summary>One scanned page: the JPEG and what was done to it (truth records rotation and quality).</summary>
public sealed record ScannedPage(byte[] Jpeg, int Dpi, double Angle, bool UpsideDown, bool Poor);

/// <summary>
/// Turns a rendered PDF into scanner output: pdftoppm greyscale at the profile's resolution, then ImageMagick
/// for skew, noise (seeded), blur and JPEG artefacts; some pages upside down, as when a sheet went in the wrong way.
/// </summary>
public sealed class ScanWriter(string workDir)
{
    public List<ScannedPage> Scan(byte[] pdf, Rng rng, ScanProfile profile, ISet<int>? poorPages = null)
    {
        var dir = Path.Combine(workDir, "scan-" + rng.Next(0, int.MaxValue).ToString("x8"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var pages = new List<ScannedPage>();
            var byDpi = new Dictionary<int, string[]>();
            string[] Render(int dpi)
            {
                if (byDpi.TryGetValue(dpi, out var found)) return found;
                var prefix = Path.Combine(dir, $"p{dpi}");
                ExternalTool.Run("pdftoppm", "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), input, prefix);
                return byDpi[dpi] = Directory.GetFiles(dir, $"p{dpi}-*.pgm").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            }
            var count = Render(profile.Dpi).Length;
            for (var i = 0; i < count; i++)
            {
                var p = poorPages?.Contains(i + 1) == true ? ScanProfile.Unreadable(rng) : profile;
                var source = Render(p.Dpi)[i];
                var angle = Math.Round(rng.Between(-p.MaxAngle, p.MaxAngle), 2);
                var upsideDown = rng.Chance(p.UpsideDownChance);
                var output = Path.Combine(dir, $"out-{i + 1}.jpg");
                var args = new List<string>
                {
                    source, "-seed", rng.Next(1, 1_000_000).ToString(CultureInfo.InvariantCulture),
                    "-background", "white", "-rotate", (angle + (upsideDown ? 180 : 0)).ToString("0.##", CultureInfo.InvariantCulture), "+repage",
                };
                if (p.Poor) args.AddRange(["+level", "22%,88%", "-resize", "60%", "-resize", "166.7%"]);
                if (p.Blur > 0) args.AddRange(["-blur", "0x" + p.Blur.ToString("0.##", CultureInfo.InvariantCulture)]);
                args.AddRange(["-attenuate", p.Noise.ToString("0.##", CultureInfo.InvariantCulture), "+noise", "Gaussian",
                    "-strip", "-quality", p.Quality.ToString(CultureInfo.InvariantCulture), "jpg:" + output]);
                ExternalTool.Run(ExternalTool.Convert, args.ToArray());
                pages.Add(new ScannedPage(File.ReadAllBytes(output), p.Dpi, angle, upsideDown, p.Poor));
            }
            return pages;
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>Wraps page images into one PDF, as a scanner's "scan to PDF" does.</summary>
    public static byte[] Wrap(IReadOnlyList<ScannedPage> pages, DateTime created, string creator, Rng rng, bool wrongDpi = false)
    {
        CjkFontResolver.Install();
        var document = new PdfDocument();
        document.Info.Creator = creator;
        document.Info.CreationDate = created;
        document.Info.ModificationDate = created;
        foreach (var scanned in pages)
        {
            using var image = XImage.FromStream(new MemoryStream(scanned.Jpeg));
            // Some scanners declare 72 dpi whatever they scanned at; readers must size work by pixels, not points.
            var dpi = wrongDpi ? 72.0 : scanned.Dpi;
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(image.PixelWidth / dpi * 72);
            page.Height = XUnit.FromPoint(image.PixelHeight / dpi * 72);
            using var g = XGraphics.FromPdfPage(page);
            g.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return PdfDeterminism.Fix(stream.ToArray(), rng);
    }
}
