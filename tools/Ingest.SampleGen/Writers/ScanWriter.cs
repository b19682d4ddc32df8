using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace ZcIngest.SampleGen.Writers;

/// <summary>How a page went through the scanner.</summary>
public sealed record ScanProfile(int Dpi, double MaxAngle, double Noise, double Blur, int Quality, double UpsideDownChance,
    bool Poor = false)
{
    public static ScanProfile Random(Rng rng, bool small) => new(
        small ? rng.Pick(new[] { 150, 150, 150, 200 }) : rng.Pick(new[] { 150, 200, 200, 300 }),
        rng.Between(0.3, 2.0), rng.Between(0.1, 0.3), rng.Pick(new[] { 0.0, 0.0, 0.0, 0.6 }), rng.Between(small ? 35 : 50, small ? 55 : 75),
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
            // Skew and page flips are drawn into the PDF before rasterising: poppler rotates vectors for free,
            // where ImageMagick would resample every pixel.
            var count = PageCount(pdf);
            var pages = Enumerable.Range(1, count).Select(n =>
            {
                var p = poorPages?.Contains(n) == true ? ScanProfile.Unreadable(rng) : profile;
                return (Profile: p, Angle: Math.Round(rng.Between(-p.MaxAngle, p.MaxAngle), 2), UpsideDown: rng.Chance(p.UpsideDownChance),
                    Seed: rng.Next(1, 1_000_000));
            }).ToList();
            var input = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(input, Skew(pdf, pages.Select(p => p.Angle + (p.UpsideDown ? 180 : 0)).ToList()));
            // One pdftoppm run per resolution (an unreadable page is rendered at its own, lower one).
            var images = new string[count];
            foreach (var group in Enumerable.Range(0, count).GroupBy(i => pages[i].Profile.Dpi))
            {
                var prefix = Path.Combine(dir, $"p{group.Key}");
                var all = group.Count() == count;
                foreach (var i in all ? new[] { group.First() } : group.ToArray())
                {
                    var n = (i + 1).ToString(CultureInfo.InvariantCulture);
                    string[] range = all ? [] : ["-f", n, "-l", n, "-singlefile"];
                    ExternalTool.Run("pdftoppm", ["-gray", "-r", group.Key.ToString(CultureInfo.InvariantCulture), .. range, input, all ? prefix : $"{prefix}-{n}"]);
                }
                var rendered = Directory.GetFiles(dir, $"p{group.Key}-*.pgm").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToArray();
                var members = group.ToArray();
                for (var k = 0; k < members.Length; k++) images[members[k]] = rendered[k];
            }
            var result = new List<ScannedPage>();
            for (var i = 0; i < count; i++)
            {
                var (p, angle, upsideDown, seed) = pages[i];
                var output = Path.Combine(dir, $"out-{i + 1}.jpg");
                var args = new List<string> { images[i], "-seed", seed.ToString(CultureInfo.InvariantCulture) };
                if (p.Poor) args.AddRange(["+level", "22%,88%", "-resize", "60%", "-resize", "166.7%"]);
                if (p.Blur > 0) args.AddRange(["-blur", "0x" + p.Blur.ToString("0.##", CultureInfo.InvariantCulture)]);
                args.AddRange(["-attenuate", p.Noise.ToString("0.##", CultureInfo.InvariantCulture), "+noise", "Gaussian",
                    "-strip", "-quality", p.Quality.ToString(CultureInfo.InvariantCulture), "jpg:" + output]);
                ExternalTool.Run(ExternalTool.Convert, args.ToArray());
                result.Add(new ScannedPage(File.ReadAllBytes(output), p.Dpi, angle, upsideDown, p.Poor));
            }
            return result;
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static int PageCount(byte[] pdf)
    {
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return doc.PageCount;
    }

    /// <summary>Each page drawn onto a white sheet of the same size, turned by its angle about the centre.</summary>
    public static byte[] Skew(byte[] pdf, IReadOnlyList<double> angles)
    {
        CjkFontResolver.Install();
        using var form = XPdfForm.FromStream(new MemoryStream(pdf));
        var output = new PdfDocument();
        for (var i = 0; i < angles.Count; i++)
        {
            form.PageNumber = i + 1;
            var page = output.AddPage();
            page.Width = XUnit.FromPoint(form.PointWidth);
            page.Height = XUnit.FromPoint(form.PointHeight);
            using var g = XGraphics.FromPdfPage(page);
            g.DrawRectangle(XBrushes.White, 0, 0, form.PointWidth, form.PointHeight);
            g.RotateAtTransform(angles[i], new XPoint(form.PointWidth / 2, form.PointHeight / 2));
            g.DrawImage(form, 0, 0, form.PointWidth, form.PointHeight);
        }
        using var stream = new MemoryStream();
        output.Save(stream, false);
        return stream.ToArray();
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
