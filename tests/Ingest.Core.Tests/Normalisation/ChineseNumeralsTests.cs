using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(0L, "零")]
    [InlineData(5L, "五")]
    [InlineData(10L, "十")]
    [InlineData(12L, "十二")]
    [InlineData(20L, "二十")]
    [InlineData(110L, "一百一十")]
    [InlineData(205L, "二百零五")]
    [InlineData(1005L, "一千零五")]
    [InlineData(1050L, "一千零五十")]
    [InlineData(1200L, "一千二百")]
    [InlineData(10005L, "一万零五")]
    [InlineData(100000L, "十万")]
    [InlineData(100010L, "十万零一十")]
    [InlineData(120000L, "十二万")]
    [InlineData(1234567L, "一百二十三万四千五百六十七")]
    [InlineData(100001000L, "一亿零一千")]
    [InlineData(1000000000000L, "一万亿")]
    [InlineData(-3L, "负三")]
    public void ToChineseNumber_WritesEverydayNumeral_ForInteger(long n, string expected) =>
        Assert.Equal(expected, ChineseNumerals.ToChineseNumber(n));

    [Theory]
    [InlineData("1200000", "壹佰贰拾万元整")]
    [InlineData("500000", "伍拾万元整")]
    [InlineData("1234.56", "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("100005", "壹拾万零伍元整")]
    [InlineData("1000.5", "壹仟元伍角")]
    [InlineData("1000.05", "壹仟元零伍分")]
    [InlineData("0.56", "伍角陆分")]
    [InlineData("0", "零元整")]
    [InlineData("30000000", "叁仟万元整")]
    public void ToUppercaseMoney_WritesFinancialUppercase_ForYuan(string yuan, string expected) =>
        Assert.Equal(expected, ChineseNumerals.ToUppercaseMoney(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2021, 3, 1, "二〇二一年三月一日")]
    [InlineData(2020, 10, 31, "二〇二〇年十月三十一日")]
    [InlineData(2019, 12, 20, "二〇一九年十二月二十日")]
    public void ToChineseDate_WritesYearDigitByDigit_ForDate(int y, int m, int d, string expected) =>
        Assert.Equal(expected, ChineseNumerals.ToChineseDate(new DateOnly(y, m, d)));
}
