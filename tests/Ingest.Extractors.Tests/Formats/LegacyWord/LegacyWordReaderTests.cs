using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Tests.TestSupport;

namespace ZcIngest.Extractors.Tests.Formats.LegacyWord;

/// <summary>A .doc made once from the test DOCX by LibreOffice, read back through the facade.</summary>
public sealed class LegacyWordFixture : IDisposable
{
    public TempFolder Folder { get; } = new();
    public string DocPath { get; }

    public LegacyWordFixture()
    {
        var docx = Folder.File("form.docx");
        DocxBuilder.Write(docx, DocxBuilder.ApplicationFormBody());
        var doc = Tools.Convert(docx, "doc:MS Word 97", Folder.Path);
        // Named .wps as WPS Office saves it: the reader must go by content, not extension.
        DocPath = Path.Combine(Folder.Path, "申请书.wps");
        File.Move(doc, DocPath);
    }

    public void Dispose() => Folder.Dispose();
}

public class LegacyWordReaderTests(LegacyWordFixture fixture) : IClassFixture<LegacyWordFixture>
{
    [Fact]
    public async Task ReadAsync_ConvertsOle2Word_AndReadsTableAndText_InParallelConversions()
    {
        // Two conversions at once: each needs its own LibreOffice profile or the second one fails.
        var reader = DocumentReader.CreateDefault(null);
        var results = await Task.WhenAll(reader.ReadAsync(fixture.DocPath), reader.ReadAsync(fixture.DocPath));

        foreach (var result in results)
        {
            Assert.Equal(ReadStatus.Ok, result.Status);
            Assert.Equal(("申请书.wps", "doc"), (result.Document!.File, result.Document.Format));
            Assert.Contains("众创空间备案申请表", result.Document.Text);
            Assert.Contains("第二页：建设运营报告", result.Document.Text);
            var table = result.Document.Pages.SelectMany(p => p.Tables).First();
            Assert.Contains(table.Rows.SelectMany(r => r.Cells), c => c.Text == "场地面积" && c.RowSpan == 2);
            Assert.Contains("libreoffice", result.TimingsMs.Keys);
        }
    }

    [Fact]
    public async Task ReadAsync_FailsWithDamagedWord_ForBrokenOle2File()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        new Random(7).NextBytes(bytes.AsSpan(8));
        var path = fixture.Folder.Write("坏文件.doc", bytes);
        var result = await DocumentReader.CreateDefault(null).ReadAsync(path);
        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.Equal(ReadMessages.DamagedWord, Assert.Single(result.Errors).Message);
    }
}

public class Ole2EncryptionTests
{
    [Fact]
    public async Task ReadAsync_FailsWithEncryptedDocument_ForPasswordProtectedOfficePackage()
    {
        using var folder = new TempFolder();
        var bytes = new byte[8192];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        System.Text.Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 0x400);
        var path = folder.Write("加密.docx", bytes);

        var result = await DocumentReader.CreateDefault(null).ReadAsync(path);

        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.Equal(ReadMessages.EncryptedWord, Assert.Single(result.Errors).Message);
        Assert.DoesNotContain("libreoffice", result.TimingsMs.Keys);
    }
}
