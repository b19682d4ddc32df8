using System.Globalization;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class NumberParserTests
{
    [Theory]
    [InlineData("1200", "1200")]
    [InlineData("1,200", "1200")]
    [InlineData("1200.00", "1200")]
    [InlineData("1 200", "1200")]
    [InlineData("1,200,000.5", "1200000.5")]
    [InlineData("１２００", "1200")]
    [InlineData("１，２００", "1200")]
    [InlineData("１２００．５", "1200.5")]
    [InlineData("一千二百", "1200")]
    [InlineData("两百", "200")]
    [InlineData("二百五", "250")]
    [InlineData("一千二", "1200")]
    [InlineData("两万五", "25000")]
    [InlineData("一千零五", "1005")]
    [InlineData("一万零五百", "10500")]
    [InlineData("十二", "12")]
    [InlineData("十", "10")]
    [InlineData("一百一十", "110")]
    [InlineData("壹佰贰拾", "120")]
    [InlineData("叁仟万", "30000000")]
    [InlineData("一亿二千万", "120000000")]
    [InlineData("1.2万", "12000")]
    [InlineData("3千", "3000")]
    [InlineData("12万", "120000")]
    [InlineData("12 万", "120000")]
    [InlineData("3百万", "3000000")]
    [InlineData("六十点五", "60.5")]
    [InlineData("一点五万", "15000")]
    [InlineData("零", "0")]
    [InlineData("-5", "-5")]
    [InlineData(" 800。", "800")]
    public void Parse_ReturnsValue_ForWrittenNumber(string raw, string expected)
    {
        var parsed = NumberParser.Parse(raw);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(raw, parsed.Raw);
    }

    [Theory]
    [InlineData("", ParseFailure.Empty)]
    [InlineData("/", ParseFailure.Empty)]
    [InlineData("无", ParseFailure.Empty)]
    [InlineData("约500", ParseFailure.Approximate)]
    [InlineData("500余", ParseFailure.Approximate)]
    [InlineData("500以上", ParseFailure.Approximate)]
    [InlineData("500多", ParseFailure.Approximate)]
    [InlineData("500-600", ParseFailure.Range)]
    [InlineData("500～600", ParseFailure.Range)]
    [InlineData("三至五", ParseFailure.Range)]
    [InlineData("1,20", ParseFailure.Unrecognised)]
    [InlineData("1,200 000", ParseFailure.Unrecognised)]
    [InlineData("一二", ParseFailure.Unrecognised)]
    [InlineData("百", ParseFailure.Unrecognised)]
    [InlineData("一千二万", ParseFailure.Unrecognised)]
    [InlineData("1万2", ParseFailure.Unrecognised)]
    [InlineData("12百", ParseFailure.Unrecognised)]
    [InlineData("一百二千", ParseFailure.Unrecognised)]
    [InlineData("1.2.3", ParseFailure.Unrecognised)]
    [InlineData("abc", ParseFailure.Unrecognised)]
    public void Parse_ReturnsNullWithReason_ForUnusableText(string raw, ParseFailure expected)
    {
        var parsed = NumberParser.Parse(raw);

        Assert.Null(parsed.Value);
        Assert.Equal(expected, parsed.Failure);
        Assert.Equal(raw, parsed.Raw);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(10L)]
    [InlineData(15L)]
    [InlineData(205L)]
    [InlineData(1005L)]
    [InlineData(1200L)]
    [InlineData(10005L)]
    [InlineData(100010L)]
    [InlineData(1234567L)]
    [InlineData(100001000L)]
    [InlineData(1000000000000L)]
    public void Parse_ReadsBack_WhatChineseNumeralsWrites(long n) =>
        Assert.Equal(n, NumberParser.Parse(ChineseNumerals.ToChineseNumber(n)).Value);
}
