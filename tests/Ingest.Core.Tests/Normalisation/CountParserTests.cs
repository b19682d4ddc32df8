using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class CountParserTests
{
    [Theory]
    [InlineData("12人", 12L)]
    [InlineData("十二家", 12L)]
    [InlineData("12个", 12L)]
    [InlineData("共12名", 12L)]
    [InlineData("共计：15人", 15L)]
    [InlineData("１２项", 12L)]
    [InlineData("1,200人次", 1200L)]
    [InlineData("12", 12L)]
    [InlineData("二十场", 20L)]
    [InlineData("12（人）", 12L)]
    [InlineData("12人（其中专职8人）", 12L)]
    public void Parse_ReturnsCount_ForWrittenCount(string raw, long expected) =>
        Assert.Equal(expected, CountParser.Parse(raw).Value);

    [Theory]
    [InlineData("12.5人", ParseFailure.Invalid)]
    [InlineData("-3家", ParseFailure.Invalid)]
    [InlineData("10余家", ParseFailure.Approximate)]
    [InlineData("20多人", ParseFailure.Approximate)]
    [InlineData("10-15家", ParseFailure.Range)]
    [InlineData("12家企业", ParseFailure.Unrecognised)]
    [InlineData("若干", ParseFailure.Unrecognised)]
    [InlineData("12人（其中约8人专职）", ParseFailure.Approximate)]
    [InlineData("12人，其中专职8人", ParseFailure.Unrecognised)]
    public void Parse_ReturnsNullWithReason_ForUnusableCount(string raw, ParseFailure expected)
    {
        var parsed = CountParser.Parse(raw);

        Assert.Null(parsed.Value);
        Assert.Equal(expected, parsed.Failure);
    }
}
