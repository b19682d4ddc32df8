using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

/// <summary>How much of a date was written: 「2021年3月」 is a month, read as its first day.</summary>
public enum DatePrecision { Day, Month, Year }

public readonly record struct DateValue(DateOnly Date, DatePrecision Precision);

/// <summary>
/// Dates as Chinese documents write them: 2021年3月1日, 2021.3.1, 2021/03/01, 2021-03-01, 20210301,
/// 二〇二一年三月一日, 二零二一年三月一日, 2021年3月, 2021年. Impossible dates (2021-02-30) and years outside
/// 1900–2100 are refused; two-digit years (21年3月) are refused as ambiguous.
/// </summary>
public static partial class DateParser
{
    private const int MinYear = 1900, MaxYear = 2100;

    public static Parsed<DateValue> Parse(string raw)
    {
        // Hedges are not checked: the dash of 2021-03-01 is no range. 起/止 mark a period's ends (2019年9月1日起).
        var prepared = ValueText.Prepare(raw, checkHedges: false, dropRemark: true, out var failure);
        if (prepared is null) return Parsed<DateValue>.Fail(raw, failure);
        var cleaned = prepared.Replace(" ", "", StringComparison.Ordinal).TrimEnd('起', '止');

        var m = Written().Match(cleaned);
        if (!m.Success) m = Separated().Match(cleaned);
        if (!m.Success) m = Compact().Match(cleaned);
        if (!m.Success) return Parsed<DateValue>.Fail(raw, ParseFailure.Unrecognised);

        var year = ReadYear(m.Groups["y"].Value);
        var month = m.Groups["m"].Success ? ReadSmall(m.Groups["m"].Value) : 1;
        var day = m.Groups["d"].Success ? ReadSmall(m.Groups["d"].Value) : 1;
        if (year is null || month is null || day is null) return Parsed<DateValue>.Fail(raw, ParseFailure.Unrecognised);
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))
            return Parsed<DateValue>.Fail(raw, ParseFailure.Invalid);

        var precision = m.Groups["d"].Success ? DatePrecision.Day
            : m.Groups["m"].Success ? DatePrecision.Month : DatePrecision.Year;
        return Parsed<DateValue>.Success(new DateValue(new DateOnly(year.Value, month.Value, day.Value), precision), raw);
    }

    /// <summary>A year written digit by digit, in Arabic or Chinese (二〇二一, 二零二一, 二O二一).</summary>
    private static int? ReadYear(string text)
    {
        var year = 0;
        foreach (var c in text)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : c is 'O' or 'o' ? 0 : ChineseNumeralReader.Digit(c);
            if (d < 0) return null;
            year = year * 10 + d;
        }
        return year;
    }

    /// <summary>A month or a day: 03, 3, 三, 十二, 三十一, 廿一.</summary>
    private static int? ReadSmall(string text)
    {
        text = text.Replace("廿", "二十", StringComparison.Ordinal).Replace("卅", "三十", StringComparison.Ordinal);
        return NumberParser.TryRead(text, out var value) && value == decimal.Truncate(value) && value is >= 0 and <= 99
            ? (int)value : null;
    }

    private const string YearChars = "0-9〇○零Oo一二三四五六七八九";
    private const string SmallChars = "0-9零〇一二三四五六七八九十廿卅";

    [GeneratedRegex($"^(?<y>[{YearChars}]{{4}})年(?:(?<m>[{SmallChars}]{{1,3}})月(?:(?<d>[{SmallChars}]{{1,3}})[日号]?)?)?$")]
    private static partial Regex Written();

    // One separator kind throughout: 2021.3.1, 2021/03/01, 2021-03-01, 2021.03.
    [GeneratedRegex(@"^(?<y>\d{4})(?<s>[./-])(?<m>\d{1,2})(?:\k<s>(?<d>\d{1,2}))?$")]
    private static partial Regex Separated();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex Compact();
}
