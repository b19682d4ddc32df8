using System.Text;
using ZcIngest.Extractors.Forensics;

namespace ZcIngest.Extractors.Tests.Forensics;

public sealed class PdfTextTests
{
    private static string ParseAndDecode(string pdfString) =>
        PdfText.Decode(Assert.IsType<PdfString>(new PdfParser(Encoding.Latin1.GetBytes(pdfString)).ParseValue()).Bytes);

    [Fact]
    public void Decode_ReadsUtf16BigEndian_WhenTheStringStartsWithItsByteOrderMark()
    {
        Assert.Equal("福昕高级PDF编辑器", ParseAndDecode("<FEFF798F66159AD87EA70050004400467F168F915668>"));
    }

    [Fact]
    public void Decode_ReadsUtf16BigEndian_InALiteralStringWithOctalEscapes()
    {
        // "WPS" in UTF-16BE with the mark, every byte written as an octal escape.
        Assert.Equal("WPS", ParseAndDecode(@"(\376\377\000W\000P\000S)"));
    }

    [Fact]
    public void Decode_ResolvesEscapesAndBalancedParentheses()
    {
        Assert.Equal("Adobe Acrobat Pro (64-bit)\n23.1", ParseAndDecode(@"(Adobe Acrobat Pro \(64-bit\)\n23.1)"));
        Assert.Equal("a (nested) b", ParseAndDecode("(a (nested) b)"));
        Assert.Equal("joined", ParseAndDecode("(join\\\ned)"));
    }

    [Fact]
    public void Decode_MapsPdfDocEncodingsOwnHighCharacters()
    {
        Assert.Equal("Smallpdf\u2122 \u2014 x", PdfText.Decode([.. "Smallpdf"u8, 0x92, (byte)' ', 0x84, (byte)' ', (byte)'x']));
    }

    [Fact]
    public void Decode_RecognisesUnmarkedUtf8AndGbk_FromChineseTools()
    {
        Assert.Equal("金山PDF", PdfText.Decode(Encoding.UTF8.GetBytes("金山PDF")));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal("福昕阅读器", PdfText.Decode(Encoding.GetEncoding("GB18030").GetBytes("福昕阅读器")));
    }

    [Fact]
    public void Decode_ReadsAnOddLengthHexStringWithAnImpliedZero()
    {
        Assert.Equal([0xAB, 0xC0], Assert.IsType<PdfString>(new PdfParser("<AB C>"u8.ToArray()).ParseValue()).Bytes);
    }

    [Theory]
    [InlineData("D:20170404232500+08'00'", "2017-04-04T23:25:00+08:00")]
    [InlineData("D:20170311152500Z", "2017-03-11T15:25:00+00:00")]
    [InlineData("D:20170311152500-05'30", "2017-03-11T15:25:00-05:30")]
    [InlineData("D:201703", "2017-03-01T00:00:00+08:00")]
    [InlineData("20200102", "2020-01-02T00:00:00+08:00")]
    public void ParseDate_ReadsEveryPdfForm(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PdfText.ParseDate(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("D:20171345")]
    public void ParseDate_ReturnsNull_WhenItIsNoDate(string text)
    {
        Assert.Null(PdfText.ParseDate(text));
    }
}
