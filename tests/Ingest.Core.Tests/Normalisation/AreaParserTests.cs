using System.Globalization;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class AreaParserTests
{
    [Theory]
    [InlineData("800㎡", "800")]
    [InlineData("800 m²", "800")]
    [InlineData("800m2", "800")]
    [InlineData("800M2", "800")]
    [InlineData("800平方米", "800")]
    [InlineData("800平米", "800")]
    [InlineData("八百平方米", "800")]
    [InlineData("1,200.5 平方米", "1200.5")]
    [InlineData("１２００㎡", "1200")]
    [InlineData("1.2万平方米", "12000")]
    [InlineData("800", "800")]
    [InlineData("800（平方米）", "800")]
    [InlineData("800平方米（含公摊）", "800")]
    [InlineData("一千 二百平米", "1200")]
    public void Parse_ReturnsSquareMetres_ForWrittenArea(string raw, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), AreaParser.Parse(raw).Value);

    [Theory]
    [InlineData("约800平方米", ParseFailure.Approximate)]
    [InlineData("800-1000㎡", ParseFailure.Range)]
    [InlineData("800平方米（约）", ParseFailure.Approximate)]
    [InlineData("800 1000", ParseFailure.Unrecognised)]
    [InlineData("800平方米和200平方米", ParseFailure.Unrecognised)]
    [InlineData("2亩", ParseFailure.Unrecognised)]
    [InlineData("0.8平方公里", ParseFailure.Unrecognised)]
    public void Parse_ReturnsNullWithReason_ForUnusableArea(string raw, ParseFailure expected)
    {
        var parsed = AreaParser.Parse(raw);

        Assert.Null(parsed.Value);
        Assert.Equal(expected, parsed.Failure);
    }
}
