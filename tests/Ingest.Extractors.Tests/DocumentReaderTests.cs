using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Tests.TestSupport;

namespace ZcIngest.Extractors.Tests;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DocumentReader _reader = DocumentReader.CreateDefault(ocr: null);

    public void Dispose() => _folder.Dispose();

    private async Task<ReadError> ReadFailure(string path)
    {
        var watch = Stopwatch.StartNew();
        var result = await _reader.ReadAsync(path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.Null(result.Document);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public async Task ReadAsync_FailsWithFileIsEmpty_ForZeroBytes()
    {
        var error = await ReadFailure(_folder.Write("申请表.pdf", []));
        Assert.Equal(ReadMessages.FileEmpty, error.Message);
        Assert.StartsWith("file is empty：", error.Message);
        Assert.Equal("申请表.pdf", error.Part);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0 })]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 3, 0, 0, 0, 4, 0 })]
    public async Task ReadAsync_FailsWithNotADocumentExecutable_ForProgramRenamedPdf(byte[] head)
    {
        var content = head.Concat(Encoding.ASCII.GetBytes("%PDF-1.4 pretending")).ToArray();
        var error = await ReadFailure(_folder.Write("营业执照.pdf", content));
        Assert.Equal(ReadMessages.Executable, error.Message);
        Assert.StartsWith("not a document: executable", error.Message);
    }

    [Fact]
    public async Task ReadAsync_FailsWithNotADocument_ForDocxThatIsNotAZip()
    {
        var error = await ReadFailure(_folder.Write("申请书.docx", Encoding.UTF8.GetBytes("<html>这是网页另存为的文件</html>")));
        Assert.Equal(ReadMessages.UnknownFormat, error.Message);
        Assert.StartsWith("not a document: ", error.Message);
    }

    [Fact]
    public async Task ReadAsync_FailsWithCorruptZipEntry_ForBrokenZip()
    {
        var error = await ReadFailure(_folder.Write("材料.docx", [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6]));
        Assert.Equal(ReadMessages.CorruptZip, error.Message);
    }

    [Fact]
    public async Task ReadAsync_FailsWithCorruptZipEntry_ForTruncatedDocx()
    {
        var whole = _folder.File("whole.docx");
        DocxBuilder.Write(whole, DocxBuilder.ApplicationFormBody());
        var bytes = File.ReadAllBytes(whole);
        var error = await ReadFailure(_folder.Write("截断.docx", bytes[..(bytes.Length / 2)]));
        Assert.Equal(ReadMessages.CorruptDocx, error.Message);
        Assert.StartsWith("corrupt zip entry", error.Message);
    }

    [Fact]
    public async Task ReadAsync_FailsWithZipArchive_ForZipThatIsNoDocument()
    {
        var path = _folder.File("附件.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var w = new StreamWriter(zip.CreateEntry("a.txt").Open())) w.Write("x");
        Assert.Equal(ReadMessages.ZipArchive, (await ReadFailure(path)).Message);
    }

    [Fact]
    public async Task ReadAsync_FailsWithDamagedPdf_ForPdfHeaderWithoutBody()
    {
        var error = await ReadFailure(_folder.Write("报告.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")));
        Assert.Equal(ReadMessages.DamagedPdf, error.Message);
    }

    [Fact]
    public async Task ReadAsync_FailsWithFileTooLarge_BeyondLimit()
    {
        var reader = DocumentReader.CreateDefault(null, new ReadLimits { MaxFileBytes = 10 });
        var result = await reader.ReadAsync(_folder.Write("big.pdf", new byte[100]));
        Assert.StartsWith("file too large：", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ReadAsync_ReadsDocxByContent_WhateverItsExtension()
    {
        var path = _folder.File("申请表.pdf");
        DocxBuilder.Write(path, DocxBuilder.P("众创空间申请表"));
        var result = await _reader.ReadAsync(path);
        Assert.Equal(ReadStatus.Ok, result.Status);
        Assert.Equal("docx", result.Document!.Format);
        Assert.Equal("众创空间申请表", result.Document.Text);
        Assert.Contains("total", result.TimingsMs.Keys);
    }

    [Fact]
    public async Task ReadAsync_ReadsEachFile_WhenOthersInTheSameBatchAreHostile()
    {
        var good = _folder.File("good.docx");
        DocxBuilder.Write(good, DocxBuilder.P("正常文件"));
        var paths = new[] { _folder.Write("empty.pdf", []), good, _folder.Write("elf.pdf", [0x7F, 0x45, 0x4C, 0x46]) };
        var results = await Task.WhenAll(paths.Select(p => _reader.ReadAsync(p)));
        Assert.Equal([ReadStatus.Failed, ReadStatus.Ok, ReadStatus.Failed], results.Select(r => r.Status));
    }
}
