using System.Text;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Formats numbers, money and dates the way Chinese forms write them: everyday numerals (一千二百),
/// financial uppercase (壹佰贰拾万元整) and dates (二〇二一年三月一日).
/// </summary>
public static class ChineseNumerals
{
    private const string LowerDigits = "零一二三四五六七八九";
    private const string UpperDigits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] LowerUnits = ["", "十", "百", "千"];
    private static readonly string[] UpperUnits = ["", "拾", "佰", "仟"];

    /// <summary>1200 → 一千二百, 205 → 二百零五, 10 → 十, 100000 → 十万, -3 → 负三.</summary>
    public static string ToChineseNumber(long n)
    {
        if (n == 0) return "零";
        if (n < 0) return "负" + ToChineseNumber(-(decimal)n);
        return ToChineseNumber((decimal)n);
    }

    private static string ToChineseNumber(decimal n)
    {
        var text = Integer(n, LowerDigits, LowerUnits);
        // Everyday writing drops the 一 of a leading 一十 (十二, 十万) but keeps it inside (一百一十).
        return text.StartsWith("一十", StringComparison.Ordinal) ? text[1..] : text;
    }

    /// <summary>
    /// Financial uppercase as on cheques and bank proofs: 1200000 → 壹佰贰拾万元整,
    /// 1234.56 → 壹仟贰佰叁拾肆元伍角陆分. Rounded to the fen (分).
    /// </summary>
    public static string ToUppercaseMoney(decimal yuan)
    {
        if (yuan < 0) return "负" + ToUppercaseMoney(-yuan);
        yuan = decimal.Round(yuan, 2, MidpointRounding.AwayFromZero);
        var whole = decimal.Truncate(yuan);
        var cents = (int)((yuan - whole) * 100);
        int jiao = cents / 10, fen = cents % 10;

        var sb = new StringBuilder();
        if (whole > 0) sb.Append(Integer(whole, UpperDigits, UpperUnits)).Append('元');
        else if (cents == 0) sb.Append("零元");

        if (cents == 0) return sb.Append('整').ToString();
        if (jiao > 0) sb.Append(UpperDigits[jiao]).Append('角');
        else if (whole > 0) sb.Append('零'); // 壹仟元零伍分: the gap between 元 and 分 is spoken
        if (fen > 0) sb.Append(UpperDigits[fen]).Append('分');
        return sb.ToString();
    }

    /// <summary>2021-03-01 → 二〇二一年三月一日 (year digit by digit, month and day as numbers).</summary>
    public static string ToChineseDate(DateOnly date)
    {
        var sb = new StringBuilder();
        foreach (var c in date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            sb.Append(c == '0' ? '〇' : LowerDigits[c - '0']);
        return sb.Append('年').Append(ToChineseNumber(date.Month)).Append('月')
            .Append(ToChineseNumber(date.Day)).Append('日').ToString();
    }

    /// <summary>A positive integer in 亿/万 sections, each section of at most four digits.</summary>
    private static string Integer(decimal n, string digits, string[] units)
    {
        const decimal Yi = 100_000_000m, Wan = 10_000m;
        if (n >= Yi) return Join(Integer(decimal.Truncate(n / Yi), digits, units), "亿", n % Yi, Yi / 10, digits, units);
        if (n >= Wan) return Join(Integer(decimal.Truncate(n / Wan), digits, units), "万", n % Wan, Wan / 10, digits, units);
        return Section((int)n, digits, units);
    }

    private static string Join(string high, string unit, decimal rest, decimal fullWidth, string digits, string[] units)
    {
        if (rest == 0) return high + unit;
        // A gap of zeros between sections is read as one 零: 一万零五, 一亿零一千.
        var gap = rest < fullWidth ? "零" : "";
        return high + unit + gap + Integer(rest, digits, units);
    }

    private static string Section(int n, string digits, string[] units)
    {
        var sb = new StringBuilder();
        var pendingZero = false;
        for (var p = 3; p >= 0; p--)
        {
            var d = n / Pow10(p) % 10;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            if (pendingZero) sb.Append(digits[0]);
            pendingZero = false;
            sb.Append(digits[d]).Append(units[p]);
        }
        return sb.ToString();
    }

    private static int Pow10(int p) => p switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
