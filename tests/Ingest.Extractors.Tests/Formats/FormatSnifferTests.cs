using System.IO.Compression;
using System.Text;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Tests.TestSupport;

namespace ZcIngest.Extractors.Tests.Formats;

public class FormatSnifferTests
{
    private static FileFormat Sniff(byte[] bytes) => FormatSniffer.Sniff(new MemoryStream(bytes));

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 }, FileFormat.Executable)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, FileFormat.Executable)]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 7, 0 }, FileFormat.Executable)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, FileFormat.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, FileFormat.Jpeg)]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, FileFormat.Tiff)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A }, FileFormat.Tiff)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, FileFormat.LegacyWord)]
    [InlineData(new byte[] { }, FileFormat.Empty)]
    public void Sniff_ReturnsFormat_ForMagicBytes(byte[] head, FileFormat expected)
    {
        Assert.Equal(expected, Sniff(head));
    }

    [Fact]
    public void Sniff_ReturnsExecutable_ForShebangScript()
    {
        Assert.Equal(FileFormat.Executable, Sniff(Encoding.ASCII.GetBytes("#!/bin/sh\necho %PDF-1.4\n")));
    }

    [Fact]
    public void Sniff_ReturnsPdf_WhenHeaderFollowsJunkWithinFirstKilobyte()
    {
        Assert.Equal(FileFormat.Pdf, Sniff(Encoding.ASCII.GetBytes(new string(' ', 500) + "%PDF-1.7\n")));
    }

    [Fact]
    public void Sniff_ReturnsUnknown_WhenPdfHeaderIsBeyondFirstKilobyte()
    {
        Assert.Equal(FileFormat.Unknown, Sniff(Encoding.ASCII.GetBytes(new string('x', 2000) + "%PDF-1.7\n")));
    }

    [Fact]
    public void Sniff_ReturnsRtf_ForRichText()
    {
        Assert.Equal(FileFormat.Rtf, Sniff(Encoding.ASCII.GetBytes("{\\rtf1\\ansi hello}")));
    }

    [Fact]
    public void Sniff_ReturnsUnknown_ForPlainTextNamedDocx()
    {
        using var folder = new TempFolder();
        var path = folder.Write("申请表.docx", Encoding.UTF8.GetBytes("这不是一个 Word 文档"));
        Assert.Equal(FileFormat.Unknown, FormatSniffer.Sniff(path));
    }

    [Fact]
    public void Sniff_ReturnsDocx_ForWordPackage_AndZip_ForOtherArchives()
    {
        using var folder = new TempFolder();
        var docx = folder.File("a.docx");
        DocxBuilder.Write(docx, DocxBuilder.P("你好"));
        var zip = folder.File("b.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            using (var w = new StreamWriter(archive.CreateEntry("readme.txt").Open())) w.Write("hi");

        Assert.Equal(FileFormat.Docx, FormatSniffer.Sniff(docx));
        Assert.Equal(FileFormat.Zip, FormatSniffer.Sniff(zip));
    }

    [Fact]
    public void Sniff_ReturnsZip_ForZipSignatureWithoutDirectory()
    {
        Assert.Equal(FileFormat.Zip, Sniff([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    }
}
