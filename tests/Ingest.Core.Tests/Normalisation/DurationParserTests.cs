using System.Globalization;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class DurationParserTests
{
    [Theory]
    [InlineData("五年", "5", "60")]
    [InlineData("3年", "3", "36")]
    [InlineData("36个月", "3", "36")]
    [InlineData("三年六个月", "3.5", "42")]
    [InlineData("3年零6个月", "3.5", "42")]
    [InlineData("3年6月", "3.5", "42")]
    [InlineData("1.5年", "1.5", "18")]
    [InlineData("半年", "0.5", "6")]
    [InlineData("一年半", "1.5", "18")]
    [InlineData("十年", "10", "120")]
    [InlineData("4个月", "0.3333", "4")]
    [InlineData("３年", "3", "36")]
    [InlineData("五年整", "5", "60")]
    [InlineData("五年（2022年3月22日至2027年3月21日）", "5", "60")]
    public void Parse_ReturnsYearsAndMonths_ForWrittenDuration(string raw, string years, string months)
    {
        var parsed = DurationParser.Parse(raw);

        Assert.Equal(decimal.Parse(years, CultureInfo.InvariantCulture), parsed.Value?.TotalYears);
        Assert.Equal(decimal.Parse(months, CultureInfo.InvariantCulture), parsed.Value?.TotalMonths);
    }

    [Theory]
    [InlineData("5", DurationUnit.Years, "60")]
    [InlineData("18", DurationUnit.Months, "18")]
    public void Parse_TakesBareFigureInGivenUnit_WhenUnitGiven(string raw, DurationUnit unit, string months) =>
        Assert.Equal(decimal.Parse(months, CultureInfo.InvariantCulture), DurationParser.Parse(raw, unit).Value?.TotalMonths);

    [Theory]
    [InlineData("5", ParseFailure.Unrecognised)]
    [InlineData("6月", ParseFailure.Unrecognised)]
    [InlineData("365天", ParseFailure.Unrecognised)]
    [InlineData("3-5年", ParseFailure.Range)]
    [InlineData("五年以上", ParseFailure.Approximate)]
    [InlineData("年", ParseFailure.Unrecognised)]
    public void Parse_ReturnsNullWithReason_ForUnusableDuration(string raw, ParseFailure expected)
    {
        var parsed = DurationParser.Parse(raw);

        Assert.Null(parsed.Value);
        Assert.Equal(expected, parsed.Failure);
    }
}
