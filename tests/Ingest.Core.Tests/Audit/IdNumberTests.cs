using ZcIngest.Core.Audit;

namespace ZcIngest.Core.Tests.Audit;

public class IdNumberTests
{
    // The two examples printed in GB 11643-1999 itself.
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("11010519491231002x")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    [InlineData("110105 19491231 002X")]
    public void Check_Valid_StandardsExamples(string id) => Assert.Equal(CheckOutcome.Valid, IdNumber.Check(id).Outcome);

    [Fact]
    public void Check_InvalidWithExpected_WrongCheckDigit()
    {
        var result = IdNumber.Check("110105194912310021");
        Assert.Equal(CheckOutcome.Invalid, result.Outcome);
        Assert.Equal('X', result.Expected);
    }

    [Fact]
    public void Check_Invalid_ImpossibleBirthDate()
    {
        // 1949-02-30 does not exist, whatever the check digit says.
        var body = "11010519490230002";
        var result = IdNumber.Check(body + IdNumber.CheckCharacter(body));
        Assert.Equal(CheckOutcome.Invalid, result.Outcome);
        Assert.Contains("出生日期", result.Reason);
    }

    [Fact]
    public void Check_Invalid_BornAfterTheApplication()
    {
        var body = "11010520300101002";
        Assert.Equal(CheckOutcome.Invalid, IdNumber.Check(body + IdNumber.CheckCharacter(body), new DateOnly(2024, 1, 1)).Outcome);
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002Y")]
    [InlineData("11O10519491231002X")]
    public void Check_Malformed_NotAnIdShape(string id) => Assert.Equal(CheckOutcome.Malformed, IdNumber.Check(id).Outcome);
}
