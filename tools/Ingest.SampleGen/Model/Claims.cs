using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.SampleGen.Model;

/// <summary>
/// What the application form states, key by key, in the glossary's units. Starts as the truth of the applicant's
/// facts; a planted contradiction changes single entries.
/// </summary>
public sealed class Claims
{
    public Dictionary<FieldKey, ScalarValue> Values { get; } = new();

    public ScalarValue? this[FieldKey key] => Values.TryGetValue(key, out var v) ? v : null;

    public static IReadOnlyList<FieldKey> FormKeys(ProgramProfile program)
    {
        var keys = new List<FieldKey>
        {
            FieldKeys.SpaceName, FieldKeys.OperatorName, FieldKeys.CreditCode, FieldKeys.LegalRepresentative,
            FieldKeys.EstablishedDate,
        };
        if (program.Categories.Count > 1 || program.Id.StartsWith("shanxi") || program.Id.StartsWith("xuchang"))
            keys.Add(FieldKeys.SpaceCategory);
        if (program.HasHostType) keys.Add(FieldKeys.HostType);
        keys.AddRange([
            FieldKeys.Address, FieldKeys.StaffTotal, FieldKeys.StaffCollegeOrAbove, FieldKeys.RevenueWan,
            FieldKeys.OperatingCostWan, FieldKeys.TotalAreaSqm, FieldKeys.PremisesSource, FieldKeys.PublicAreaSqm,
            FieldKeys.ResidentAreaSqm, FieldKeys.WorkstationsTotal, FieldKeys.WorkstationsOpen, FieldKeys.ResidentCount,
            FieldKeys.ResidentTechCount, FieldKeys.MakersCount, FieldKeys.IpCount, FieldKeys.GraduatedCount,
            FieldKeys.MentorsCount, FieldKeys.EventsPerMonth, FieldKeys.SeedFundWan, FieldKeys.SeedFundInvestedWan,
        ]);
        foreach (var k in program.ExtraFormKeys) if (!keys.Contains(k)) keys.Add(k);
        keys.Add(FieldKeys.ApplicationDate);
        return keys;
    }

    public static Claims From(Applicant a)
    {
        var c = new Claims();
        void Set(FieldKey k, ScalarValue v) => c.Values[k] = v;
        Set(FieldKeys.SpaceName, ScalarValue.Of(a.SpaceName));
        Set(FieldKeys.OperatorName, ScalarValue.Of(a.OperatorName));
        Set(FieldKeys.CreditCode, ScalarValue.Of(a.License.CreditCode));
        Set(FieldKeys.LegalRepresentative, ScalarValue.Of(a.LegalRep.Name));
        Set(FieldKeys.Address, ScalarValue.Of(a.Address));
        Set(FieldKeys.SpaceCategory, ScalarValue.Of(a.Category));
        Set(FieldKeys.HostType, ScalarValue.Of(a.HostType));
        Set(FieldKeys.EstablishedDate, ScalarValue.Of(a.EstablishedOn));
        Set(FieldKeys.ApplicationDate, ScalarValue.Of(a.ApplicationDate));
        Set(FieldKeys.TotalAreaSqm, ScalarValue.Of(a.TotalAreaSqm));
        Set(FieldKeys.PublicAreaSqm, ScalarValue.Of(a.PublicAreaSqm));
        Set(FieldKeys.ResidentAreaSqm, ScalarValue.Of(a.ResidentAreaSqm));
        Set(FieldKeys.PremisesSource, ScalarValue.Of(a.Property is null ? "leased" : "owned"));
        Set(FieldKeys.WorkstationsTotal, ScalarValue.Of(a.WorkstationsTotal));
        Set(FieldKeys.WorkstationsOpen, ScalarValue.Of(a.WorkstationsOpen));
        Set(FieldKeys.StaffTotal, ScalarValue.Of(a.Staff.Count));
        Set(FieldKeys.StaffCollegeOrAbove, ScalarValue.Of(a.Staff.Count(s => s.CollegeOrAbove)));
        Set(FieldKeys.StaffFullTime, ScalarValue.Of(a.Staff.Count(s => s.FullTime)));
        Set(FieldKeys.StaffTrained, ScalarValue.Of(a.Staff.Count(s => s.TrainingCertNo is not null)));
        Set(FieldKeys.MentorsCount, ScalarValue.Of(a.Mentors.Count));
        Set(FieldKeys.InvestmentManagers, ScalarValue.Of(a.InvestmentManagers));
        Set(FieldKeys.ResidentCount, ScalarValue.Of(a.Residents.Count));
        Set(FieldKeys.ResidentTechCount, ScalarValue.Of(a.Residents.Count(r => r.Tech)));
        Set(FieldKeys.MakersCount, ScalarValue.Of(a.MakersCount));
        Set(FieldKeys.GraduatedCount, ScalarValue.Of(a.GraduatedCount));
        Set(FieldKeys.IpCount, ScalarValue.Of(a.IpCount));
        Set(FieldKeys.EventsPerMonth, ScalarValue.Of(Evidence.EventsPerMonth(a.Events)));
        Set(FieldKeys.EventsPerYear, ScalarValue.Of(Evidence.EventsPerYear(a.Events, a.ApplicationDate)));
        Set(FieldKeys.SeedFundWan, ScalarValue.Of(a.SeedFundWan));
        Set(FieldKeys.SeedFundInvestedWan, ScalarValue.Of(a.SeedInvestedWan));
        Set(FieldKeys.RevenueWan, ScalarValue.Of(a.Financials.RevenueYuan / 10000m));
        Set(FieldKeys.OperatingCostWan, ScalarValue.Of(a.Financials.CostYuan / 10000m));
        Set(FieldKeys.EquipmentValueWan, ScalarValue.Of(a.EquipmentWan));
        Set(FieldKeys.ServedPerYear, ScalarValue.Of(a.ServedPerYear));
        Set(FieldKeys.IncubationCases, ScalarValue.Of(a.IncubationCases));
        Set(FieldKeys.InvestmentCases, ScalarValue.Of(a.InvestmentCases));
        Set(FieldKeys.NewCompaniesPerYear, ScalarValue.Of(a.NewCompaniesPerYear));
        Set(FieldKeys.FinancedPerYear, ScalarValue.Of(a.FinancedPerYear));
        Set(FieldKeys.MaxResidencyMonths, ScalarValue.Of(Evidence.MaxResidencyMonths(a.Residents, a.ApplicationDate)));
        return c;
    }

    public void Override(FieldKey key, ScalarValue value) => Values[key] = value;
}

/// <summary>The glossary's evidence computations, done on the facts the documents show.</summary>
public static class Evidence
{
    /// <summary>Dated events ÷ calendar months from the first event's month to the last's, inclusive (2 decimals).</summary>
    public static decimal EventsPerMonth(IReadOnlyList<ActivityEvent> events)
    {
        if (events.Count == 0) return 0;
        var first = events.Min(e => e.Date);
        var last = events.Max(e => e.Date);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        return Math.Round((decimal)events.Count / months, 2);
    }

    /// <summary>Events in the twelve months before the application date (after the same day a year earlier).</summary>
    public static int EventsPerYear(IReadOnlyList<ActivityEvent> events, DateOnly application) =>
        events.Count(e => e.Date > application.AddYears(-1) && e.Date <= application);

    /// <summary>Whole months the longest-staying resident has spent in the space by the application date.</summary>
    public static int MaxResidencyMonths(IReadOnlyList<Resident> residents, DateOnly application) =>
        residents.Count == 0 ? 0 : residents.Max(r => WholeMonths(r.EntryDate, application));

    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (to.Day < from.Day) months--;
        return months;
    }

    /// <summary>Lease term in years, both ends counting: 2022-03-22 to 2027-03-21 is 5.</summary>
    public static decimal LeaseTermYears(DateOnly start, DateOnly end)
    {
        var months = WholeMonths(start, end.AddDays(1));
        var rest = end.AddDays(1).DayNumber - start.AddMonths(months).DayNumber;
        return Math.Round((months + rest / 30m) / 12m, 2);
    }
}
