namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// The length of a lease from its first and last day, both of which count: 2022-03-22 → 2027-03-21 is five
/// whole years. Whole years and whole months come out exact; anything else in days ÷ 365.25.
/// </summary>
public static class LeaseTerm
{
    public static decimal? Years(DateOnly start, DateOnly end)
    {
        if (end < start) return null;
        var after = end.AddDays(1);
        var years = after.Year - start.Year;
        if (start.AddYears(years) > after) years--;
        if (start.AddYears(years) == after) return years;
        var months = (after.Year - start.Year) * 12 + after.Month - start.Month;
        if (start.AddMonths(months) > after) months--;
        if (start.AddMonths(months) == after) return decimal.Round(months / 12m, 4);
        return decimal.Round((after.DayNumber - start.DayNumber) / 365.25m, 4);
    }
}
