using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class DateParserTests
{
    [Theory]
    [InlineData("2021年3月1日", "2021-03-01", DatePrecision.Day)]
    [InlineData("2021.3.1", "2021-03-01", DatePrecision.Day)]
    [InlineData("2021/03/01", "2021-03-01", DatePrecision.Day)]
    [InlineData("2021-03-01", "2021-03-01", DatePrecision.Day)]
    [InlineData("20210301", "2021-03-01", DatePrecision.Day)]
    [InlineData("二〇二一年三月一日", "2021-03-01", DatePrecision.Day)]
    [InlineData("二零二一年三月一日", "2021-03-01", DatePrecision.Day)]
    [InlineData("二O二一年十二月三十一日", "2021-12-31", DatePrecision.Day)]
    [InlineData("2021年03月01日", "2021-03-01", DatePrecision.Day)]
    [InlineData("2021 年 3 月 1 日", "2021-03-01", DatePrecision.Day)]
    [InlineData("２０２１年３月１日", "2021-03-01", DatePrecision.Day)]
    [InlineData("２０２１－０３－０１", "2021-03-01", DatePrecision.Day)]
    [InlineData("2021年3月1号", "2021-03-01", DatePrecision.Day)]
    [InlineData("2020年2月29日", "2020-02-29", DatePrecision.Day)]
    [InlineData("2019年9月1日起", "2019-09-01", DatePrecision.Day)]
    [InlineData("2019年9月1日（暂定）", "2019-09-01", DatePrecision.Day)]
    [InlineData("2021年3月", "2021-03-01", DatePrecision.Month)]
    [InlineData("2021.03", "2021-03-01", DatePrecision.Month)]
    [InlineData("二〇二一年三月", "2021-03-01", DatePrecision.Month)]
    [InlineData("2021年", "2021-01-01", DatePrecision.Year)]
    public void Parse_ReturnsDateAndPrecision_ForWrittenDate(string raw, string expected, DatePrecision precision)
    {
        var parsed = DateParser.Parse(raw);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value?.Date);
        Assert.Equal(precision, parsed.Value?.Precision);
    }

    [Theory]
    [InlineData("2021-02-30", ParseFailure.Invalid)]
    [InlineData("2021年2月29日", ParseFailure.Invalid)]
    [InlineData("2021.13.1", ParseFailure.Invalid)]
    [InlineData("1850年1月1日", ParseFailure.Invalid)]
    [InlineData("21年3月1日", ParseFailure.Unrecognised)]
    [InlineData("2021-03/01", ParseFailure.Unrecognised)]
    [InlineData("2021年3月1日至2022年3月1日", ParseFailure.Unrecognised)]
    [InlineData("三月一日", ParseFailure.Unrecognised)]
    [InlineData("2019-09-01 10:30", ParseFailure.Unrecognised)]
    [InlineData("2019年9月1日前", ParseFailure.Unrecognised)]
    [InlineData("", ParseFailure.Empty)]
    public void Parse_ReturnsNullWithReason_ForImpossibleOrUnknownDate(string raw, ParseFailure expected)
    {
        var parsed = DateParser.Parse(raw);

        Assert.Null(parsed.Value);
        Assert.Equal(expected, parsed.Failure);
    }

    [Theory]
    [InlineData(2021, 3, 1)]
    [InlineData(2019, 10, 20)]
    [InlineData(2000, 12, 31)]
    public void Parse_ReadsBack_WhatChineseNumeralsWrites(int y, int m, int d)
    {
        var date = new DateOnly(y, m, d);
        Assert.Equal(date, DateParser.Parse(ChineseNumerals.ToChineseDate(date)).Value?.Date);
    }
}
