using System.Globalization;
using Xunit.Abstractions;
using ZcIngest.Core.Reuse;
using ZcIngest.Extractors.Fingerprints;
using ZcIngest.Extractors.Tests.TestSupport;

namespace ZcIngest.Extractors.Tests.Fingerprints;

/// <summary>
/// Robustness of the page hash on the committed sample scans: the same scan re-encoded at a low JPEG quality,
/// turned 1.5° and cropped by 4 px must stay within <see cref="SameScanDistance"/>; another applicant's document
/// of the same kind (same template, other holder and numbers) must stay beyond it.
/// </summary>
public sealed class PageImageHasherTests(ITestOutputHelper output)
{
    /// <summary>The threshold the reuse matcher uses for "the same page".</summary>
    private const int SameScanDistance = ReuseThresholds.SamePageDistance;

    [Fact]
    public void TryHash_StaysClose_WhenScanIsRecompressedRotatedAndCropped()
    {
        using var temp = new TempFolder();
        var distances = new List<int>();
        foreach (var source in SampleScans(temp))
        {
            var altered = temp.File(Path.GetFileNameWithoutExtension(source) + "-altered.jpg");
            Tools.Run("convert", source, "-background", "white", "-rotate", "1.5", "-gravity", "NorthWest",
                "-chop", "4x4", "-quality", "35", altered);
            var a = PageImageHasher.TryHash(source);
            var b = PageImageHasher.TryHash(altered);
            Assert.NotNull(a);
            Assert.NotNull(b);
            var d = a.Distance(b);
            distances.Add(d);
            Measure.Log(output, $"same scan altered: {Path.GetFileName(source)} distance {d}");
        }
        Measure.Log(output, $"same scan: n={distances.Count} max {distances.Max()} mean {distances.Average():F1}");
        Assert.All(distances, d => Assert.True(d <= SameScanDistance, $"distance {d} > {SameScanDistance}"));
    }

    /// <summary>
    /// Documents of one template (other holders, other numbers) are further apart on average than copies of one scan,
    /// but not always beyond the threshold: the page image alone does not tell them apart, which is why
    /// DocumentSimilarity lets the words and digits of the page veto an image match (ScannedDocumentMatchTests).
    /// </summary>
    [Fact]
    public void TryHash_IsFurtherApartOnAverage_ForDifferentDocumentsOfOneTemplate()
    {
        using var temp = new TempFolder();
        var hashes = SampleScans(temp).GroupBy(KindOf)
            .ToDictionary(g => g.Key, g => g.Select(p => (p, PageImageHasher.TryHash(p)!)).ToList());
        var distances = new List<int>();
        foreach (var (kind, group) in hashes)
            for (var i = 0; i < group.Count; i++)
                for (var j = i + 1; j < group.Count; j++)
                {
                    var d = group[i].Item2.Distance(group[j].Item2);
                    distances.Add(d);
                    Measure.Log(output, $"{kind}: {Path.GetFileName(group[i].p)} vs {Path.GetFileName(group[j].p)} distance {d}");
                }
        Measure.Log(output, $"different documents: n={distances.Count} min {distances.Min()} mean {distances.Average():F1} " +
                            $"within threshold {distances.Count(d => d <= SameScanDistance)}");
        // Copies measured a mean of 5: other documents sit several times further away, though not all beyond the threshold.
        Assert.True(distances.Average() > 15, $"mean {distances.Average()}");
    }

    [Fact]
    public void TryHash_ReturnsNull_ForAFileThatIsNotAnImage()
    {
        using var temp = new TempFolder();
        Assert.Null(PageImageHasher.TryHash(temp.Write("x.jpg", [0xFF, 0xD8, 0x00, 0x01])));
        Assert.Null(PageImageHasher.TryHash(temp.File("missing.png")));
    }

    private static string KindOf(string path) =>
        Path.GetFileName(path).Contains("毕业证书") ? "diploma"
        : Path.GetFileName(path).Contains("营业执照") ? "license"
        : Path.GetFileName(path).Contains("租赁合同") ? "lease" : "other";

    /// <summary>Diploma and licence photos from several applicants, and page 1 of their scanned leases (rendered at 100 dpi).</summary>
    private static List<string> SampleScans(TempFolder temp)
    {
        var samples = SampleDocs.Folder;
        var scans = new List<string>();
        foreach (var sub in new[] { "S001", "S008", "S009", "S015" })
            scans.AddRange(Directory.GetFiles(Path.Combine(samples, sub), "*毕业证书*.jpg").Order(StringComparer.Ordinal).Take(3));
        scans.AddRange(Directory.GetFiles(samples, "*营业执照*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var sub in new[] { "S004", "S009", "S013", "S014" })
        {
            var lease = Directory.GetFiles(Path.Combine(samples, sub), "*租赁合同*.pdf").Single();
            var prefix = temp.File(sub + "-租赁合同");
            Tools.Run("pdftoppm", "-gray", "-r", "100", "-png", "-singlefile", "-f", "1", "-l", "1", lease, prefix);
            scans.Add(prefix + ".png");
        }
        return scans;
    }

}
