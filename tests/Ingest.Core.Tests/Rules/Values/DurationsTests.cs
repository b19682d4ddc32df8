using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Tests.Rules.Values;

public class DurationsTests
{
    [Theory]
    // 自2022年3月22日起至2027年3月21日止: both ends count, exactly five years
    [InlineData("2022-03-22", "2027-03-21", 5, 1)]
    [InlineData("2016-01-01", "2020-12-31", 5, 1)]
    [InlineData("2022-03-22", "2023-03-21", 1, 1)]
    // a day short of five years: 4 years + 364 of the 365 days of the fifth year
    [InlineData("2022-03-22", "2027-03-20", 4 * 365 + 364, 365)]
    // leap years: a whole calendar year of 366 days is one year; a term through 29 February ends the fifth year
    [InlineData("2020-01-01", "2020-12-31", 1, 1)]
    [InlineData("2019-03-01", "2024-02-29", 5, 1)]
    [InlineData("2022-01-01", "2022-01-01", 1, 365)]
    public void InclusiveYears_CountsBothEnds(string from, string to, int numerator, int denominator)
    {
        var years = Durations.InclusiveYears(DateOnly.Parse(from), DateOnly.Parse(to));
        Assert.Equal(0, years.CompareTo(new Quantity(numerator, denominator)));
    }

    [Theory]
    [InlineData("2021-06-30", "2022-06-30", 12)]
    [InlineData("2021-06-30", "2022-06-29", 11)]
    [InlineData("2021-08-31", "2022-02-28", 6)]
    [InlineData("2021-08-31", "2022-02-27", 5)]
    [InlineData("2021-01-31", "2021-02-28", 1)]
    [InlineData("2020-02-29", "2021-02-28", 12)]
    [InlineData("2021-05-10", "2021-05-10", 0)]
    [InlineData("2019-01-01", "2022-06-30", 41)]
    public void WholeMonths_EndsOnTheSameDayOfTheFinalMonth(string from, string to, int months)
    {
        Assert.Equal(months, Durations.WholeMonths(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void LeaseYears_PrefersDates_OverStatedTerm()
    {
        var record = RecordBuilder.Build("lease_term_years=5", "evidence:lease_start_date=2022-03-22", "evidence:lease_end_date=2027-03-20");
        var fact = Durations.LeaseYears(new FactResolver(record)).Fact!;
        Assert.Equal(4.99m, fact.Shown); // truncated, never rounded up to a passing-looking 5
        Assert.Equal(ValueBasis.Evidence, fact.Basis);
    }

    [Fact]
    public void LeaseYears_FallsBackToStatedTerm_WhenOneDateIsMissing()
    {
        var record = RecordBuilder.Build("lease_term_years=6", "evidence:lease_start_date=2022-03-22");
        var fact = Durations.LeaseYears(new FactResolver(record)).Fact!;
        Assert.Equal(6m, fact.Shown);
        Assert.Equal(ValueBasis.Declared, fact.Basis);
    }

    [Fact]
    public void LeaseYears_IsMissing_WhenEndPrecedesStart()
    {
        var record = RecordBuilder.Build("lease_start_date=2027-03-22", "lease_end_date=2022-03-21");
        var resolution = Durations.LeaseYears(new FactResolver(record));
        Assert.Null(resolution.Fact);
        Assert.Contains("日期矛盾", resolution.MissingReason);
    }

    [Fact]
    public void OperatingMonths_UsesEvidenceRegistrationDate_OverDeclared()
    {
        var record = RecordBuilder.Build("registration_date=2020-01-01", "evidence:registration_date=2021-07-01",
            "evidence:application_date=2022-06-30");
        var fact = Durations.OperatingMonths(new FactResolver(record)).Fact!;
        Assert.Equal(11m, fact.Shown);
        Assert.Equal(ValueBasis.Evidence, fact.Basis);
    }

    [Fact]
    public void OperatingMonths_FallsBackToEstablishedDate_AndIsDeclaredWhenAnyInputIs()
    {
        var record = RecordBuilder.Build("established_date=2021-01-15", "evidence:application_date=2022-01-15");
        var fact = Durations.OperatingMonths(new FactResolver(record)).Fact!;
        Assert.Equal(12m, fact.Shown);
        Assert.Equal(ValueBasis.Declared, fact.Basis);
    }

    [Fact]
    public void OperatingMonths_IsMissing_WithoutApplicationDate()
    {
        var resolution = Durations.OperatingMonths(new FactResolver(RecordBuilder.Build("registration_date=2020-01-01")));
        Assert.Null(resolution.Fact);
        Assert.Contains("application_date", resolution.MissingReason);
    }

    [Fact]
    public void OperatingMonths_IsMissing_WhenApplicationPrecedesRegistration()
    {
        var record = RecordBuilder.Build("registration_date=2022-01-01", "application_date=2021-01-01");
        Assert.Null(Durations.OperatingMonths(new FactResolver(record)).Fact);
    }
}
