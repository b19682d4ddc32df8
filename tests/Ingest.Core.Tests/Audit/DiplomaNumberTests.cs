using ZcIngest.Core.Audit;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Tests.Audit;

public class DiplomaNumberTests
{
    // 10108 (山西大学) 1 (普通) 2016 05 (本科) 000123
    private const string Bachelor2016 = "101081201605000123";

    [Fact]
    public void Check_Valid_YearAndLevelAgree() =>
        Assert.Equal(CheckOutcome.Valid, DiplomaNumber.Check(Bachelor2016, 2016, EducationLevel.Bachelor).Outcome);

    [Fact]
    public void Check_Valid_SecondBachelorCode() =>
        Assert.Equal(CheckOutcome.Valid, DiplomaNumber.Check("101081201604000123", 2016, EducationLevel.Bachelor).Outcome);

    [Theory]
    [InlineData(EducationLevel.Doctor, "01")]
    [InlineData(EducationLevel.Master, "02")]
    [InlineData(EducationLevel.College, "06")]
    public void Check_Valid_EachLevelCode(EducationLevel level, string code) =>
        Assert.True(DiplomaNumber.Check($"1010812016{code}000123", 2016, level).IsValid);

    [Fact]
    public void Check_Invalid_YearContradictsDiploma()
    {
        var result = DiplomaNumber.Check(Bachelor2016, 2018, EducationLevel.Bachelor);
        Assert.Equal(CheckOutcome.Invalid, result.Outcome);
        Assert.Contains("2016", result.Reason);
    }

    [Fact]
    public void Check_Invalid_LevelContradictsDiploma()
    {
        var result = DiplomaNumber.Check(Bachelor2016, 2016, EducationLevel.College);
        Assert.Equal(CheckOutcome.Invalid, result.Outcome);
        Assert.Contains("专科", result.Reason);
    }

    [Fact]
    public void Check_Invalid_UnknownLevelCodeWhenLevelNotStated() =>
        Assert.Equal(CheckOutcome.Invalid, DiplomaNumber.Check("101081201603000123", null, null).Outcome);

    [Fact]
    public void Check_Valid_NothingStatedToContradict() =>
        Assert.Equal(CheckOutcome.Valid, DiplomaNumber.Check(Bachelor2016, null, null).Outcome);

    [Theory]
    [InlineData("10108120160500012")]   // 17 digits: 2001–2002 numbers and self-study diplomas use other layouts
    [InlineData("1010812016050001234")]
    public void Check_Malformed_OtherLayouts(string number) =>
        Assert.Equal(CheckOutcome.Malformed, DiplomaNumber.Check(number, 2016, EducationLevel.Bachelor).Outcome);

    [Theory]
    [InlineData("107591200805594814", EducationLevel.Bachelor)]
    [InlineData("129491201106778253", EducationLevel.College)]
    [InlineData("101105201002290385", EducationLevel.Master)]
    [InlineData("107591200809594814", null)]   // 09 is no level code
    [InlineData("10759120080559481", null)]    // 17 digits: another layout
    public void LevelOf_ReadsTheLevelCode(string number, EducationLevel? expected) =>
        Assert.Equal(expected, DiplomaNumber.LevelOf(number));
}
