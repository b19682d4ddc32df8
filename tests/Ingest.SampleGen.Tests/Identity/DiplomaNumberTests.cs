using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Identity;

namespace ZcIngest.SampleGen.Tests.Identity;

public class DiplomaNumberTests
{
    [Fact]
    public void Generate_FollowsTheStructure_SchoolTypeYearLevelSequence()
    {
        var number = DiplomaNumber.Generate(new Rng(1), "10112", '1', 2016, EducationLevel.Bachelor);
        Assert.Equal(18, number.Length);
        Assert.Equal("10112", number[..5]);
        Assert.Equal('1', number[5]);
        Assert.Equal("2016", number[6..10]);
        Assert.Equal("05", number[10..12]);
        Assert.True(DiplomaNumber.Agrees(number, 2016, EducationLevel.Bachelor));
    }

    [Theory]
    [InlineData(EducationLevel.College, "06")]
    [InlineData(EducationLevel.Master, "02")]
    [InlineData(EducationLevel.Doctor, "01")]
    public void LevelCode_MatchesTheRegistrationRules(EducationLevel level, string code) =>
        Assert.Equal(code, DiplomaNumber.LevelCode(level));

    [Fact]
    public void Contradict_ReturnsNumber_ThatDisagreesWithYearOrLevel()
    {
        var rng = new Rng(9);
        for (var i = 0; i < 200; i++)
        {
            var level = i % 2 == 0 ? EducationLevel.College : EducationLevel.Bachelor;
            var valid = DiplomaNumber.Generate(rng, "10108", '1', 2012, level);
            var bad = DiplomaNumber.Contradict(valid, level, rng);
            Assert.False(DiplomaNumber.Agrees(bad, 2012, level), bad);
            Assert.Equal(18, bad.Length);
        }
    }
}
