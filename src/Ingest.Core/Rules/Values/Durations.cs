using ZcIngest.Core.Fields;

namespace ZcIngest.Core.Rules.Values;

/// <summary>Time in operation and lease terms, counted the way the seeds and the civil code count them.</summary>
public static class Durations
{
    /// <summary>
    /// Whole months from registration (fallback: the declared founding date) to the application date. A period
    /// counted in months ends on the same day of the final month (民法典 第二百零一条/第二百零三条: the first day is
    /// not counted), so 2021-06-30 → 2022-06-30 is 满12个月 and 2021-06-30 → 2022-06-29 is 11.
    /// </summary>
    public static Resolution OperatingMonths(FactResolver r)
    {
        var start = r.Date(FieldKeys.RegistrationDate);
        var startLabel = FieldKeys.RegistrationDate.DisplayName;
        if (start is null)
        {
            start = r.Date(FieldKeys.EstablishedDate);
            startLabel = FieldKeys.EstablishedDate.DisplayName;
        }
        var end = r.Date(FieldKeys.ApplicationDate);
        if (start is null || end is null)
        {
            var reasons = new List<string>();
            if (start is null) reasons.Add("缺少注册日期（registration_date）和创办时间（established_date）");
            if (end is null) reasons.Add("缺少申报日期（application_date）");
            return Resolution.Missing(string.Join("；", reasons));
        }
        var (from, to) = (start.Value.Date, end.Value.Date);
        if (to < from)
            return Resolution.Missing($"申报日期{FactResolver.Format(to)}早于{startLabel}{FactResolver.Format(from)}，日期矛盾");
        var months = WholeMonths(from, to);
        return Resolution.Of(new Fact(Quantity.Of(months), months, Bases.Weakest(start.Value.Basis, end.Value.Basis),
            $"{startLabel}{FactResolver.Format(from)}至申报日期{FactResolver.Format(to)}，满{months}个月"));
    }

    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        while (months > 0 && from.AddMonths(months) > to) months--;
        return Math.Max(months, 0);
    }

    /// <summary>
    /// Lease term from the contract's dates when both exist, both ends counted ("自2022年3月22日起至2027年3月21日止"
    /// is exactly five years); otherwise the stated lease_term_years.
    /// </summary>
    public static Resolution LeaseYears(FactResolver r)
    {
        var start = r.Date(FieldKeys.LeaseStartDate);
        var end = r.Date(FieldKeys.LeaseEndDate);
        if (start is null || end is null)
        {
            var stated = r.Number(FieldKeys.LeaseTermYears);
            if (stated.Fact is not null) return stated;
            return Resolution.Missing("缺少租赁期限（lease_term_years）或租赁起止日期（lease_start_date、lease_end_date）");
        }
        var (from, to) = (start.Value.Date, end.Value.Date);
        if (to < from)
            return Resolution.Missing($"租赁截止日期{FactResolver.Format(to)}早于起始日期{FactResolver.Format(from)}，日期矛盾");
        if (to == DateOnly.MaxValue || from.Year >= DateOnly.MaxValue.Year - 1)
            return Resolution.Missing($"租赁日期{FactResolver.Format(from)}至{FactResolver.Format(to)}超出可计算范围");
        var years = InclusiveYears(from, to);
        var shown = years.Truncated(2);
        return Resolution.Of(new Fact(years, shown, Bases.Weakest(start.Value.Basis, end.Value.Basis),
            $"租赁期限{FactResolver.Format(from)}至{FactResolver.Format(to)}（首尾两日均计入），共{FactResolver.Format(shown)}年"));
    }

    /// <summary>Years from <paramref name="from"/> through <paramref name="to"/> inclusive, as an exact fraction.</summary>
    public static Quantity InclusiveYears(DateOnly from, DateOnly to)
    {
        var endExclusive = to.AddDays(1);
        var whole = endExclusive.Year - from.Year;
        while (whole > 0 && from.AddYears(whole) > endExclusive) whole--;
        var anchor = from.AddYears(whole);
        var yearDays = from.AddYears(whole + 1).DayNumber - anchor.DayNumber;
        var days = endExclusive.DayNumber - anchor.DayNumber;
        return new Quantity(whole * (decimal)yearDays + days, yearDays);
    }
}
