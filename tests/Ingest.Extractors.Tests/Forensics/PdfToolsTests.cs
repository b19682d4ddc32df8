using ZcIngest.Extractors.Forensics;

namespace ZcIngest.Extractors.Tests.Forensics;

public sealed class PdfToolsTests
{
    [Theory]
    [InlineData("Adobe Acrobat Pro DC 21.1.20155")]
    [InlineData("Adobe Acrobat Pro (64-bit) 23.1.20174")]
    [InlineData("Foxit PhantomPDF 10.1.0.37527")]
    [InlineData("福昕高级PDF编辑器 11.0")]
    [InlineData("Foxit PDF Editor Printer 12.0")] // a converter: only because "Printer" comes first
    [InlineData("PDF-XChange Editor 9.5.366")]
    [InlineData("iLovePDF")]
    [InlineData("Smallpdf.com")]
    [InlineData("WPS PDF 编辑")]
    [InlineData("Wondershare PDFelement")]
    public void Classify_KnowsEditors(string tool)
    {
        var expected = tool.Contains("Printer", StringComparison.Ordinal) ? PdfToolKind.Converter : PdfToolKind.Editor;
        Assert.Equal(expected, PdfTools.Classify(tool));
    }

    [Theory]
    [InlineData("Acrobat PDFMaker 21 for Word", PdfToolKind.Converter)]
    [InlineData("Adobe PDF Library 15.0", PdfToolKind.Converter)]
    [InlineData("Acrobat Distiller 11.0 (Windows)", PdfToolKind.Converter)]
    [InlineData("Microsoft® Word 2016", PdfToolKind.Converter)]
    [InlineData("WPS 文字", PdfToolKind.Converter)]
    [InlineData("LibreOffice 7.4", PdfToolKind.Converter)]
    [InlineData("Adobe Acrobat Pro DC 21.1 Paper Capture Plug-in", PdfToolKind.Scanner)]
    [InlineData("Canon iR-ADV 4525", PdfToolKind.Scanner)]
    [InlineData("CamScanner", PdfToolKind.Scanner)]
    [InlineData("qpdf 11.3.0", PdfToolKind.Library)]
    [InlineData("pikepdf 6.0.0", PdfToolKind.Library)]
    [InlineData("PDFsharp 6.5.0 (AGPL license)", PdfToolKind.Library)]
    [InlineData("some in-house system", PdfToolKind.Unknown)]
    [InlineData(null, PdfToolKind.Unknown)]
    public void Classify_DoesNotTakeMakersOfNewFilesForEditors(string? tool, PdfToolKind expected)
    {
        Assert.Equal(expected, PdfTools.Classify(tool));
    }
}
