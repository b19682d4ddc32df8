using ZcIngest.SampleGen.Identity;

namespace ZcIngest.SampleGen.Tests.Identity;

public class CreditCodeTests
{
    [Theory]
    // Published valid codes (test data of the hutool library's GB 32100 validator).
    [InlineData("91350100M000100Y43")]
    [InlineData("91350500676532779B")]
    public void IsValid_True_ForKnownValidCodes(string code) => Assert.True(CreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350500676532779C")]
    [InlineData("9135010OM000100Y43")] // letter O is not in the alphabet
    [InlineData("91350100M000100Y4")]
    public void IsValid_False_ForWrongCheckCharacterOrShape(string code) => Assert.False(CreditCode.IsValid(code));

    [Fact]
    public void Generate_ReturnsValidCodes_WithRegionEmbedded()
    {
        var rng = new Rng(3);
        for (var i = 0; i < 500; i++)
        {
            var code = CreditCode.Generate(rng, "140105");
            Assert.True(CreditCode.IsValid(code), code);
            Assert.Equal("91140105", code[..8]);
        }
    }

    [Fact]
    public void Corrupt_ReturnsInvalidCode_DifferingOnlyInCheckCharacter()
    {
        var rng = new Rng(4);
        for (var i = 0; i < 200; i++)
        {
            var valid = CreditCode.Generate(rng, "411002");
            var bad = CreditCode.Corrupt(valid, rng);
            Assert.False(CreditCode.IsValid(bad), bad);
            Assert.Equal(valid[..17], bad[..17]);
        }
    }
}
