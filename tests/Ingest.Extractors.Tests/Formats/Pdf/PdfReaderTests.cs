using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Formats.Pdf;
using ZcIngest.Extractors.Tests.TestSupport;
using static ZcIngest.Extractors.Tests.TestSupport.MinimalPdf;

namespace ZcIngest.Extractors.Tests.Formats.Pdf;

/// <summary>PDFs made once per test class: a CJK text PDF converted by LibreOffice, and its encrypted and truncated variants.</summary>
public sealed class PdfFixture : IDisposable
{
    public TempFolder Folder { get; } = new();
    public string TextPdf { get; }
    public string EncryptedPdf { get; }
    public string OwnerOnlyPdf { get; }
    public string TruncatedPdf { get; }

    public PdfFixture()
    {
        var docx = Folder.File("report.docx");
        DocxBuilder.Write(docx, DocxBuilder.ApplicationFormBody());
        TextPdf = Tools.Convert(docx, "pdf", Folder.Path);
        EncryptedPdf = Folder.File("encrypted.pdf");
        Tools.Run("qpdf", "--encrypt", "user-pw", "owner-pw", "256", "--", TextPdf, EncryptedPdf);
        OwnerOnlyPdf = Folder.File("owner-only.pdf");
        Tools.Run("qpdf", "--encrypt", "", "owner-pw", "256", "--extract=n", "--modify=none", "--", TextPdf, OwnerOnlyPdf);
        var bytes = File.ReadAllBytes(TextPdf);
        TruncatedPdf = Folder.Write("truncated.pdf", bytes[..(bytes.Length / 2)]);
    }

    public void Dispose() => Folder.Dispose();
}

public class PdfReaderTests(PdfFixture fixture) : IClassFixture<PdfFixture>
{
    private ReadContext Context(RecordingOcr? ocr = null, string? images = null) =>
        new() { WorkDirectory = fixture.Folder.Path, Ocr = ocr, PageImageDirectory = images };

    private Task<ReadResult> Read(string path, RecordingOcr? ocr = null, string? images = null) =>
        new PdfReader().ReadAsync(path, Context(ocr, images), CancellationToken.None);

    [Fact]
    public async Task ReadAsync_ReadsCjkTextLayer_WithWordBoxesInsidePages()
    {
        var ocr = new RecordingOcr();
        var result = await Read(fixture.TextPdf, ocr);

        Assert.Equal(ReadStatus.Ok, result.Status);
        var doc = result.Document!;
        Assert.Equal(2, doc.Pages.Count);
        Assert.All(doc.Pages, p => Assert.Equal(PageSource.PdfText, p.Source));
        Assert.Contains("众创空间备案申请表", doc.Pages[0].Text);
        Assert.Contains("公共服务面积(m²)\t300", doc.Pages[0].Text);
        Assert.Contains("2021年5月14日", doc.Pages[1].Text);
        foreach (var page in doc.Pages)
            foreach (var word in page.Lines.SelectMany(l => l.Words))
            {
                Assert.InRange(word.Box!.Value.X0, 0, page.Width);
                Assert.InRange(word.Box!.Value.Y1, 0, page.Height);
            }
        Assert.Empty(ocr.Calls); // a good text layer is never OCR'd
    }

    [Fact]
    public async Task ReadAsync_KeepsTableLabelsBesideValues_AndInfersTableCells()
    {
        var page = (await Read(fixture.TextPdf)).Document!.Pages[0];

        Assert.Contains("场地面积\t总面积(m²)\t800", page.Text);
        Assert.Contains("申报类型：☑众创空间", page.Text); // Wingdings tick boxes mapped back from private use
        var table = Assert.Single(page.Tables);
        var rows = table.Rows.Select(r => r.Cells.Select(c => (c.Text, c.Column)).ToList()).ToList();
        Assert.Contains([("场地面积", 0), ("总面积(m²)", 1), ("800", 2)], rows);
        Assert.Contains([("公共服务面积(m²)", 1), ("300", 2)], rows);
        // The company name wraps in its cell; the continuation joins the cell above.
        Assert.Contains([("运营主体名称", 0), ("太原某某科技有限公司", 2)], rows);
    }

    [Fact]
    public async Task ReadAsync_KeepsProducerAndDates_InMetadata()
    {
        var result = await Read(fixture.TextPdf);
        Assert.StartsWith("LibreOffice", result.Document!.Metadata["Producer"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T", result.Document.Metadata["CreationDate"]);
    }

    [Fact]
    public async Task ReadAsync_FailsWithEncryptedPdf_WhenPasswordIsNeeded()
    {
        var result = await Read(fixture.EncryptedPdf);
        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.Equal(ReadMessages.EncryptedPdf, Assert.Single(result.Errors).Message);
        Assert.StartsWith("encrypted PDF", ReadMessages.EncryptedPdf);
    }

    [Fact]
    public async Task ReadAsync_ReadsText_WhenOnlyPermissionsAreRestricted()
    {
        var result = await Read(fixture.OwnerOnlyPdf);
        Assert.Equal(ReadStatus.Ok, result.Status);
        Assert.Contains("众创空间备案申请表", result.Document!.Text);
        Assert.StartsWith("yes", result.Document.Metadata["Encrypted"]);
    }

    [Fact]
    public async Task ReadAsync_FailsWithDamagedPdf_WhenFileIsTruncated()
    {
        var result = await Read(fixture.TruncatedPdf);
        Assert.NotEqual(ReadStatus.Ok, result.Status);
        Assert.StartsWith("damaged PDF", result.Errors[0].Message);
    }

    [Fact]
    public async Task ReadAsync_SendsOnlyScannedPageToOcr_AndKeepsItsImage()
    {
        var path = fixture.Folder.Write("mixed.pdf", Build(new PageSpec("Lease contract page one with a proper text layer."), new PageSpec(FullPageImage: true)));
        var images = Path.Combine(fixture.Folder.Path, "page-images");
        var ocr = new RecordingOcr();
        var result = await Read(path, ocr, images);

        Assert.Equal(ReadStatus.Ok, result.Status);
        var call = Assert.Single(ocr.Calls);
        Assert.Equal(2, call.Page);
        Assert.True(call.Bytes > 0);
        var page = result.Document!.Pages[1];
        Assert.Equal((PageSource.Ocr, 2, "OCR page 2"), (page.Source, page.Number, page.Text));
        Assert.True(File.Exists(page.ImageRef), page.ImageRef);
        Assert.StartsWith(images, page.ImageRef);
        Assert.Equal(PageSource.PdfText, result.Document.Pages[0].Source);
    }

    [Fact]
    public async Task ReadAsync_ReportsScannedPage_WhenOcrIsNotAvailable()
    {
        var path = fixture.Folder.Write("scan-no-ocr.pdf", Build(new PageSpec("Page one has text on it, enough to count."), new PageSpec(FullPageImage: true)));
        var result = await Read(path);

        Assert.Equal(ReadStatus.Partial, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ReadMessages.ScannedPageNoOcr, error.Message);
        Assert.EndsWith("p.2", error.Part);
        Assert.Equal(2, result.Document!.Pages.Count);
        Assert.Equal("", result.Document.Pages[1].Text);
    }

    [Fact]
    public async Task ReadAsync_TreatsSparseTextOverFullPageImage_AsScan()
    {
        var path = fixture.Folder.Write("stamped-scan.pdf", Build(new PageSpec("p. 1", FullPageImage: true)));
        var ocr = new RecordingOcr();
        var result = await Read(path, ocr);
        Assert.Single(ocr.Calls);
        Assert.Equal(PageSource.Ocr, result.Document!.Pages[0].Source);
    }

    [Fact]
    public async Task ReadAsync_LeavesBlankPageAlone()
    {
        var path = fixture.Folder.Write("blank.pdf", Build(new PageSpec("A page with text, followed by a blank page."), new PageSpec()));
        var ocr = new RecordingOcr();
        var result = await Read(path, ocr);
        Assert.Equal(ReadStatus.Ok, result.Status);
        Assert.Empty(ocr.Calls);
        Assert.Equal(2, result.Document!.Pages.Count);
    }
}
