using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("（有限公司）", "(有限公司)")]
    [InlineData("太原市\u3000小店区", "太原市 小店区")]
    [InlineData("  a \t\n b  ", "a b")]
    [InlineData("张\u200B三", "张三")]
    [InlineData("２０２１年，共１２人", "2021年,共12人")]
    public void Normalise_GivesHalfWidthSingleSpaced_ForMixedText(string raw, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(raw));
}
