using System.Globalization;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class PercentParserTests
{
    [Theory]
    [InlineData("60%", false, "60")]
    [InlineData("６０％", false, "60")]
    [InlineData("百分之六十", false, "60")]
    [InlineData("百分之六十点五", false, "60.5")]
    [InlineData("33.3%", false, "33.3")]
    [InlineData("0.6", true, "60")]
    [InlineData("0.6", false, null)]
    [InlineData("60", false, null)]
    [InlineData("60", true, null)]
    [InlineData("约60%", false, null)]
    public void Parse_ReturnsPercent_OnlyWhenMarkedOrRatioAsked(string raw, bool bareIsRatio, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, CultureInfo.InvariantCulture),
            PercentParser.Parse(raw, bareIsRatio).Value);
}
