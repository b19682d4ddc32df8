using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class LeaseTermTests
{
    [Theory]
    [InlineData("2022-03-22", "2027-03-21", 5)]
    [InlineData("2021-01-01", "2023-12-31", 3)]
    [InlineData("2020-02-29", "2021-02-27", 1)]
    [InlineData("2022-01-10", "2022-12-31", 0.9747)]
    [InlineData("2022-03-01", "2022-08-31", 0.5)]
    [InlineData("2022-03-22", "2027-03-20", 4.9966)]
    public void Years_CountsBothEnds_WholeAndPartialTerms(string start, string end, double expected) =>
        Assert.Equal((decimal)expected, LeaseTerm.Years(DateOnly.Parse(start), DateOnly.Parse(end)));

    [Fact]
    public void Years_IsNull_EndBeforeStart() =>
        Assert.Null(LeaseTerm.Years(new DateOnly(2022, 1, 2), new DateOnly(2022, 1, 1)));
}
