using System.IO.Compression;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Formats.Docx;
using ZcIngest.Extractors.Tests.TestSupport;

namespace ZcIngest.Extractors.Tests.Formats.Docx;

public sealed class DocxFixture : IDisposable
{
    public TempFolder Folder { get; } = new();
    public string FormPath { get; }
    public ReadResult Form { get; }

    public DocxFixture()
    {
        FormPath = Folder.File("申请表.docx");
        DocxBuilder.Write(FormPath, DocxBuilder.ApplicationFormBody(), headerXml: DocxBuilder.P("附件1 页眉文字"),
            footerXml: DocxBuilder.P("页脚：太原市科学技术局制"));
        Form = new DocxReader().ReadAsync(FormPath, new ReadContext { WorkDirectory = Folder.Path }, CancellationToken.None).Result;
    }

    public void Dispose() => Folder.Dispose();
}

public class DocxReaderTests(DocxFixture fixture) : IClassFixture<DocxFixture>
{
    private ReadDocument Form => fixture.Form.Document!;

    private static Task<ReadResult> Read(string path) =>
        new DocxReader().ReadAsync(path, new ReadContext { WorkDirectory = Path.GetDirectoryName(path)! }, CancellationToken.None);

    [Fact]
    public void ReadAsync_ReturnsOk_WithDocxPagesSplitAtExplicitPageBreak()
    {
        Assert.Equal(ReadStatus.Ok, fixture.Form.Status);
        Assert.Equal("docx", Form.Format);
        Assert.Equal(2, Form.Pages.Count);
        Assert.All(Form.Pages, p => Assert.Equal(PageSource.Docx, p.Source));
        Assert.StartsWith("附件1 页眉文字\n众创空间备案申请表", Form.Pages[0].Text);
        Assert.Contains("第二页：建设运营报告", Form.Pages[1].Text);
        Assert.DoesNotContain("第二页", Form.Pages[0].Text);
        Assert.EndsWith("页脚：太原市科学技术局制", Form.Pages[1].Text);
    }

    [Fact]
    public void ReadAsync_PreservesCheckboxSymbols_FromSymFontsAndFormFields()
    {
        Assert.Contains("申报类型：☑众创空间 □孵化器 ☑已阅读", Form.Text);
    }

    [Fact]
    public void ReadAsync_SkipsDeletedRevisionsAndFieldCodes()
    {
        Assert.DoesNotContain("删除的文字", Form.Text);
        Assert.DoesNotContain("FORMCHECKBOX", Form.Text);
    }

    [Fact]
    public void ReadAsync_ReadsTextBoxOnce_AfterItsAnchorParagraph()
    {
        var text = Form.Pages[0].Text;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "文本框里的备注"));
        Assert.True(text.IndexOf("锚定段落", StringComparison.Ordinal) < text.IndexOf("文本框里的备注", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAsync_ResolvesMergedCells_ToSpansAtTopLeft()
    {
        var table = Assert.Single(Form.Pages[0].Tables);
        Assert.Equal(3, table.Rows.Count);
        var name = table.Rows[0].Cells[0];
        Assert.Equal(("运营主体名称", 0, 2, 1), (name.Text, name.Column, name.ColSpan, name.RowSpan));
        Assert.Equal(2, table.Rows[0].Cells[1].Column);
        var area = table.Rows[1].Cells[0];
        Assert.Equal(("场地面积", 0, 1, 2), (area.Text, area.Column, area.ColSpan, area.RowSpan));
        // The continuation cell of the vertical merge is not repeated.
        Assert.Equal(["公共服务面积(m²)", "300"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal([1, 2], table.Rows[2].Cells.Select(c => c.Column));
        Assert.Equal(area.Box!.Value.Y1, table.Rows[2].Cells[0].Box!.Value.Y1, 3);
    }

    [Fact]
    public void ReadAsync_PutsTableRowsIntoText_CellsSeparatedByTabs()
    {
        Assert.Contains("总面积(m²)\t800", Form.Pages[0].Text);
    }

    [Fact]
    public void ReadAsync_GivesLinesIncreasingBoxesWithinPageWidth()
    {
        var page = Form.Pages[0];
        var tops = page.Lines.Select(l => l.Box!.Value.Y0).ToList();
        Assert.Equal(tops.OrderBy(t => t), tops);
        Assert.All(page.Lines, l => Assert.InRange(l.Box!.Value.X1, 0, page.Width));
        Assert.Equal(595.3, page.Width, 1);
    }

    [Fact]
    public void ReadAsync_KeepsPackageMetadata()
    {
        Assert.Equal("测试", Form.Metadata["Author"]);
        Assert.Equal("众创空间申请表", Form.Metadata["Title"]);
    }

    [Fact]
    public async Task ReadAsync_FailsWithCorruptZipEntry_WhenDocumentXmlIsBroken()
    {
        var path = fixture.Folder.File("broken.docx");
        File.Copy(fixture.FormPath, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }
        var result = await Read(path);
        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.Equal(ReadMessages.CorruptDocx, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ReadAsync_SendsLargePictureToOcr_AsPageAfterText()
    {
        var path = fixture.Folder.File("scan.docx");
        DocxBuilder.Write(path, DocxBuilder.P("营业执照扫描件") + Picture("rIdImg1") + Picture("rIdImg2"),
            images: new Dictionary<string, byte[]> { ["rIdImg1"] = PngHeader(1654, 2339), ["rIdImg2"] = PngHeader(120, 40) });
        var ocr = new RecordingOcr();
        var result = await new DocxReader().ReadAsync(path, new ReadContext { WorkDirectory = fixture.Folder.Path, Ocr = ocr }, CancellationToken.None);

        Assert.Equal(ReadStatus.Ok, result.Status);
        Assert.Single(ocr.Calls); // the small logo is not a scan
        Assert.Equal(2, result.Document!.Pages.Count);
        Assert.Equal(PageSource.Ocr, result.Document.Pages[1].Source);
        Assert.Equal(2, result.Document.Pages[1].Number);
        Assert.Equal("OCR page 2", result.Document.Pages[1].Text);
    }

    [Fact]
    public async Task ReadAsync_ReportsScannedPicture_WhenOcrIsNotAvailable()
    {
        var path = fixture.Folder.File("scan-no-ocr.docx");
        DocxBuilder.Write(path, DocxBuilder.P("营业执照扫描件") + Picture("rIdImg1"),
            images: new Dictionary<string, byte[]> { ["rIdImg1"] = PngHeader(1654, 2339) });
        var result = await Read(path);

        Assert.Equal(ReadStatus.Partial, result.Status);
        Assert.Equal(ReadMessages.ScannedImageNoOcr, Assert.Single(result.Errors).Message);
        Assert.Equal("营业执照扫描件", result.Document!.Text);
    }

    [Fact]
    public async Task ReadAsync_UsesRenderedPageBreaks_WithoutEmptyPageAfterManualBreak()
    {
        var path = fixture.Folder.File("rendered-breaks.docx");
        DocxBuilder.Write(path,
            DocxBuilder.P("第一页") + DocxBuilder.PageBreak +
            "<w:p><w:r><w:lastRenderedPageBreak/><w:t>第二页开头</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t xml:space=\"preserve\">长段落前半 </w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>长段落后半在第三页</w:t></w:r></w:p>");
        var result = await Read(path);

        Assert.Equal(["第一页", "第二页开头\n长段落前半", "长段落后半在第三页"], result.Document!.Pages.Select(p => p.Text));
    }

    /// <summary>A PNG signature and header declaring the given size; the reader must not need the pixels.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0 };
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    private static string Picture(string id) =>
        "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"5000000\" cy=\"7000000\"/><wp:docPr id=\"2\" name=\"Picture\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"scan.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
        $"<pic:blipFill><a:blip r:embed=\"{id}\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}
