using ZcIngest.Core.Audit;

namespace ZcIngest.Core.Tests.Audit;

public class CreditCodeTests
{
    // Published valid codes: the worked example of GB 32100-2015 (whose check character works out to 3), and
    // examples from public validation libraries' documentation.
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91230184MA1BUFLT44")]
    [InlineData("92371000MA3MXH0E3W")]
    [InlineData("91512081MA62K0260E")]
    public void Check_Valid_PublishedCodes(string code) => Assert.Equal(CheckOutcome.Valid, CreditCode.Check(code).Outcome);

    [Fact]
    public void Check_InvalidWithExpectedCharacter_StandardsCounterExample()
    {
        // The standard's worked example feeds in …Y4Z and shows the check character must be 3.
        var result = CreditCode.Check("91350100M000100Y4Z");
        Assert.Equal(CheckOutcome.Invalid, result.Outcome);
        Assert.Equal('3', result.Expected);
    }

    [Theory]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("9135 0100 M000 100Y 43")]
    [InlineData("91350100m000100y43")]
    public void Check_Valid_FullWidthSpacedOrLowerCase(string code) => Assert.True(CreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y4")]      // 17 characters
    [InlineData("91350100M000100Y43X")]    // 19 characters
    [InlineData("91350100MO00100Y43")]     // O is not a code character
    [InlineData("")]
    public void Check_Malformed_NotACodeShape(string code) => Assert.Equal(CheckOutcome.Malformed, CreditCode.Check(code).Outcome);

    [Fact]
    public void Check_Invalid_LetterInRegionPart()
    {
        var result = CreditCode.Check("9135A100M000100Y43");
        Assert.Equal(CheckOutcome.Invalid, result.Outcome);
        Assert.Contains("行政区划码", result.Reason);
    }

    [Fact]
    public void Check_EveryWrongCheckCharacter_IsInvalid()
    {
        foreach (var c in CreditCode.Alphabet.Where(c => c != '3'))
            Assert.Equal(CheckOutcome.Invalid, CreditCode.Check("91350100M000100Y4" + c).Outcome);
    }
}
