using ZcIngest.SampleGen.Identity;

namespace ZcIngest.SampleGen.Tests.Identity;

public class IdNumberTests
{
    [Theory]
    [InlineData("11010119900307299X")] // published valid example (check digit X)
    [InlineData("110101199003074477")]
    public void IsValid_True_ForKnownValidNumbers(string id) => Assert.True(IdNumber.IsValid(id));

    [Fact]
    public void IsValid_False_WhenCheckDigitWrong() => Assert.False(IdNumber.IsValid("110101199003072991"));

    [Fact]
    public void Generate_ReturnsValidNumbers_WithBirthDateAndSexDigit()
    {
        var rng = new Rng(5);
        var birth = new DateOnly(1988, 2, 29);
        for (var i = 0; i < 300; i++)
        {
            var male = i % 2 == 0;
            var id = IdNumber.Generate(rng, "650102", birth, male);
            Assert.True(IdNumber.IsValid(id), id);
            Assert.Equal("19880229", id[6..14]);
            Assert.Equal(male, (id[16] - '0') % 2 == 1);
            Assert.False(IdNumber.IsValid(IdNumber.Corrupt(id)));
        }
    }
}
