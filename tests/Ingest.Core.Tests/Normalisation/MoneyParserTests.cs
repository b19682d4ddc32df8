using System.Globalization;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class MoneyParserTests
{
    [Theory]
    [InlineData("100万元", "100")]
    [InlineData("1,000,000元", "100")]
    [InlineData("壹佰万元整", "100")]
    [InlineData("人民币伍拾万元", "50")]
    [InlineData("￥500,000.00", "50")]
    [InlineData("¥500000", "50")]
    [InlineData("RMB 50万", "50")]
    [InlineData("伍拾万元整（¥500,000.00）", "50")]
    [InlineData("人民币（大写）伍拾万元整 ￥500,000.00", "50")]
    [InlineData("¥1,234.56（大写：壹仟贰佰叁拾肆元伍角陆分）", "0.123456")]
    [InlineData("1.5亿元", "15000")]
    [InlineData("5千元", "0.5")]
    [InlineData("五十万元", "50")]
    [InlineData("１００万元", "100")]
    [InlineData("50万元人民币", "50")]
    [InlineData("500000（元）", "50")]
    [InlineData("100万元（大写：壹佰万元整）", "100")]
    public void ParseWan_ReturnsWan_ForWrittenAmount(string raw, string expectedWan) =>
        Assert.Equal(decimal.Parse(expectedWan, CultureInfo.InvariantCulture), MoneyParser.ParseWan(raw).Value);

    [Theory]
    [InlineData("50", MoneyUnit.Wan, "50")]
    [InlineData("500000", MoneyUnit.Yuan, "50")]
    public void ParseWan_TakesBareFigureInGivenUnit_WhenUnitGiven(string raw, MoneyUnit unit, string expectedWan) =>
        Assert.Equal(decimal.Parse(expectedWan, CultureInfo.InvariantCulture), MoneyParser.ParseWan(raw, unit).Value);

    [Theory]
    [InlineData("壹佰零柒万陆仟柒佰", "107.67")]
    [InlineData("三万五千", "3.5")]
    [InlineData("壹佰万", "100")]
    [InlineData("壹佰", "100")]
    public void ParseWan_ReadsWordsCountingPastWanAsYuan_WhenColumnIsWan(string raw, string expectedWan) =>
        Assert.Equal(decimal.Parse(expectedWan, CultureInfo.InvariantCulture), MoneyParser.ParseWan(raw, MoneyUnit.Wan).Value);

    [Theory]
    [InlineData("50", ParseFailure.Unrecognised)]
    [InlineData("伍拾万元整（¥400,000.00）", ParseFailure.Conflict)]
    [InlineData("约50万元", ParseFailure.Approximate)]
    [InlineData("50-60万元", ParseFailure.Range)]
    [InlineData("伍拾万美元", ParseFailure.Unrecognised)]
    [InlineData("100万元/年", ParseFailure.Unrecognised)]
    [InlineData("100万元（大写：壹佰伍拾万元整）", ParseFailure.Conflict)]
    [InlineData("", ParseFailure.Empty)]
    public void ParseWan_ReturnsNullWithReason_ForUnusableAmount(string raw, ParseFailure expected)
    {
        var parsed = MoneyParser.ParseWan(raw);

        Assert.Null(parsed.Value);
        Assert.Equal(expected, parsed.Failure);
    }

    [Theory]
    [InlineData("壹仟贰佰叁拾肆元伍角陆分", "1234.56")]
    [InlineData("壹仟元零伍分", "1000.05")]
    [InlineData("壹仟元伍角整", "1000.5")]
    [InlineData("伍角陆分", "0.56")]
    [InlineData("零元整", "0")]
    [InlineData("陆分", "0.06")]
    [InlineData("1234.5元伍角", null)]
    public void ParseYuan_ReadsJiaoAndFen_ForUppercaseAmount(string raw, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, CultureInfo.InvariantCulture), MoneyParser.ParseYuan(raw).Value);

    [Theory]
    [InlineData("人民币伍拾万元整（¥500,000.00）", "500000")]
    [InlineData("￥1,200,000.00 大写：壹佰贰拾万元整", "1200000")]
    [InlineData("人民币伍拾万元整", null)]
    [InlineData("¥500,000.00", null)]
    [InlineData("伍拾万元整（¥500,000.01）", null)]
    public void ParseBankAmount_RequiresAgreeingFiguresAndWords(string raw, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, CultureInfo.InvariantCulture), MoneyParser.ParseBankAmount(raw).Value);

    [Theory]
    [InlineData("1200000")]
    [InlineData("500000")]
    [InlineData("100005")]
    [InlineData("1234.56")]
    [InlineData("1000.05")]
    [InlineData("0.5")]
    [InlineData("0")]
    [InlineData("30000000.1")]
    [InlineData("123456789012.34")]
    public void ParseYuan_ReadsBack_WhatChineseNumeralsWrites(string yuan)
    {
        var amount = decimal.Parse(yuan, CultureInfo.InvariantCulture);
        Assert.Equal(amount, MoneyParser.ParseYuan(ChineseNumerals.ToUppercaseMoney(amount)).Value);
    }

    [Fact]
    public void YuanToWan_And_WanToYuan_AreInverse()
    {
        Assert.Equal(123.4567m, MoneyParser.YuanToWan(1_234_567m));
        Assert.Equal(1_234_567m, MoneyParser.WanToYuan(123.4567m));
    }
}
