using ZcIngest.Core.Records;
using ZcIngest.Core.Reuse;
using ZcIngest.Extractors.Fingerprints;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Extractors.Tests.TestSupport;
using Xunit.Abstractions;

namespace ZcIngest.Extractors.Tests.Fingerprints;

/// <summary>
/// The whole judgement on scanned leases as the pipeline makes it (OCR text and the kept upright page image):
/// a copy re-encoded at low quality, turned 1.5° and cropped 4 px is the same document; another applicant's
/// lease is not. Real Tesseract, three pages.
/// </summary>
public sealed class ScannedDocumentMatchTests(ITestOutputHelper output) : IDisposable
{
    private readonly OcrService _ocr = new(new OcrOptions { Workers = 1 });
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Compare_MatchesAnAlteredCopy_ButNotAnotherApplicantsLease()
    {
        var original = Render("S004");
        var altered = _temp.File("S004-altered.jpg");
        Tools.Run("convert", original, "-background", "white", "-rotate", "1.5", "-gravity", "NorthWest", "-chop", "4x4", "-quality", "35", altered);
        var other = Render("S009");

        var a = await FingerprintAsync(original);
        var copy = DocumentSimilarity.Compare(a, await FingerprintAsync(altered));
        var sibling = DocumentSimilarity.Compare(a, await FingerprintAsync(other));
        Measure.Log(output, $"lease copy: text {copy.TextAll:F2} digits {copy.TextVariable:F2} image distance {copy.BestDistance}");
        Measure.Log(output, $"other applicant's lease: text {sibling.TextAll:F2} digits {sibling.TextVariable:F2} image distance {sibling.BestDistance}");
        Assert.True(copy.Same);
        Assert.False(sibling.Same);
    }

    private string Render(string submission)
    {
        var lease = Directory.GetFiles(Path.Combine(SampleDocs.Folder, submission), "*租赁合同*.pdf").Single();
        var prefix = _temp.File(submission + "-lease");
        Tools.Run("pdftoppm", "-gray", "-r", "150", "-png", "-singlefile", "-f", "1", "-l", "1", lease, prefix);
        return prefix + ".png";
    }

    private async Task<DocumentFingerprint> FingerprintAsync(string image)
    {
        var kept = _temp.File(Path.GetFileNameWithoutExtension(image) + "-upright.png");
        var page = await _ocr.RecognizeAsync(image, 1, kept, CancellationToken.None);
        var hash = PageImageHasher.TryHash(kept);
        Assert.NotNull(hash);
        return new DocumentFingerprint("d4", DocumentType.LeaseContract, Path.GetFileName(image), TextFingerprint.Of(page.Text), [hash]);
    }

    public void Dispose()
    {
        _ocr.Dispose();
        _temp.Dispose();
    }
}
