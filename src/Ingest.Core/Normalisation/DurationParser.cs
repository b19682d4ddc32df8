using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

public enum DurationUnit { Years, Months }

/// <summary>A span as written: whole years and months (三年六个月 → 3 years, 6 months).</summary>
public readonly record struct Duration(decimal Years, decimal Months)
{
    public decimal TotalMonths => ArabicNumber.Canonical(Years * 12 + Months);

    /// <summary>In years, to four places (4 months is 0.3333 years; whole-year thresholds are unaffected).</summary>
    public decimal TotalYears => ArabicNumber.Canonical(decimal.Round(Years + Months / 12m, 4));
}

/// <summary>
/// Durations: 五年, 3年, 36个月, 三年六个月, 3年零6个月, 1.5年, 半年, 一年半. A bare figure is in
/// <c>bareNumberUnit</c> (the unit of the form's column) or refused. Day counts (365天) are not converted.
/// </summary>
public static partial class DurationParser
{
    public static Parsed<Duration> Parse(string raw, DurationUnit? bareNumberUnit = null)
    {
        var prepared = ValueText.Prepare(raw, checkHedges: true, dropRemark: true, out var failure);
        if (prepared is null) return Parsed<Duration>.Fail(raw, failure);
        var cleaned = prepared.Replace(" ", "", StringComparison.Ordinal).TrimEnd('整'); // 五年整

        if (cleaned == "半年") return Parsed<Duration>.Success(new Duration(0, 6), raw);
        var m = Written().Match(cleaned);
        // 「6月」 alone reads as June; only after a year part (3年6月) may 个 be left out.
        if (m.Success && (m.Groups["y"].Success || m.Groups["m"].Success)
            && (m.Groups["ge"].Success || !m.Groups["m"].Success || m.Groups["y"].Success))
        {
            decimal years = 0, months = 0;
            if (m.Groups["y"].Success && !NumberParser.TryRead(m.Groups["y"].Value, out years)
                || m.Groups["m"].Success && !NumberParser.TryRead(m.Groups["m"].Value, out months))
                return Parsed<Duration>.Fail(raw, ParseFailure.Unrecognised);
            if (m.Groups["half"].Success) months += 6;
            if (years < 0 || months < 0) return Parsed<Duration>.Fail(raw, ParseFailure.Invalid);
            return Parsed<Duration>.Success(new Duration(years, months), raw);
        }

        if (bareNumberUnit is null || !NumberParser.TryRead(cleaned, out var bare))
            return Parsed<Duration>.Fail(raw, ParseFailure.Unrecognised);
        if (bare < 0) return Parsed<Duration>.Fail(raw, ParseFailure.Invalid);
        var duration = bareNumberUnit == DurationUnit.Years ? new Duration(bare, 0) : new Duration(0, bare);
        return Parsed<Duration>.Success(duration, raw);
    }

    // 3年, 3年半, 3年6个月, 3年零6个月, 3年6月, 36个月, 三周年. 「半」 after 年 is half a year.
    [GeneratedRegex(@"^(?:(?<y>[^年月半个零]+)(?:周年|年)(?<half>半)?)?(?:零?(?<m>[^年月个零][^年月个]*)(?<ge>个)?月)?$")]
    private static partial Regex Written();
}
