using System.Globalization;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Reads Chinese and mixed numerals: 一千二百, 两百, 二百五, 一千零五, 十二, 壹佰贰拾, 1.2万, 3千, 12万, 六十点五.
/// Input has no whitespace. Anything that is not one well-formed numeral fails rather than being guessed
/// (「一二」, 「百」, 「1万2」).
/// </summary>
internal static class ChineseNumeralReader
{
    private const string DigitChars = "零〇○一二三四五六七八九壹贰叁肆伍陆柒捌玖两兩貳參陸";
    private static readonly int[] DigitValues = [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 2, 2, 3, 6];

    public static int Digit(char c)
    {
        var i = DigitChars.IndexOf(c);
        return i < 0 ? -1 : DigitValues[i];
    }

    private static int SmallUnit(char c) => c switch { '十' or '拾' => 10, '百' or '佰' => 100, '千' or '仟' => 1000, _ => 0 };
    private static decimal BigUnit(char c) => c switch { '万' or '萬' => 10_000m, '亿' or '億' => 100_000_000m, _ => 0m };

    public static bool TryRead(string s, out decimal value)
    {
        value = 0;
        if (s.Length == 0) return false;
        decimal yiPart = 0, wanPart = 0, group = 0, lastUnit = 1;
        decimal? digit = null;
        bool digitArabic = false, zeroGap = false, sawWan = false, sawYi = false, sawAnything = false;
        int lastSmall = 10_000;

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '.' or ',')) end++;
                if (digit is not null || !ArabicNumber.TryParse(s[i..end], out var arabic)) return false;
                digit = arabic; digitArabic = true; sawAnything = true;
                i = end - 1;
            }
            else if (Digit(c) is var d and >= 0)
            {
                if (digit is not null) return false; // 一二: digit after digit is a code, not a numeral
                sawAnything = true;
                if (d == 0 && (lastUnit > 1 || group > 0)) { zeroGap = true; continue; }
                digit = d; digitArabic = false; // a leading 零 is the value 0 (零, 零点五)
            }
            else if (SmallUnit(c) is var u and > 0)
            {
                // A bare 十 means 一十 only where a group starts (十二, 三万十): 百/千 always need a digit.
                var factor = digit ?? (u == 10 && group == 0 ? 1 : -1);
                if (factor < 0 || u >= lastSmall || (digitArabic && factor >= 10)) return false;
                group += factor * u;
                lastSmall = u; lastUnit = u; digit = null; zeroGap = false; sawAnything = true;
            }
            else if (BigUnit(c) is var big and > 0)
            {
                // 一千二万 is not written; a digit straight after 百/千 may only end the numeral (二百五).
                if (digit is not null && lastSmall is 100 or 1000 && !zeroGap) return false;
                if (big == 10_000m)
                {
                    var g = group + (digit ?? 0);
                    if (g == 0 || sawWan) return false;
                    wanPart = g * big; sawWan = true;
                }
                else
                {
                    var below = wanPart + group + (digit ?? 0);
                    if (below == 0 || sawYi) return false;
                    yiPart = below * big; wanPart = 0; sawWan = false; sawYi = true;
                }
                group = 0; digit = null; lastSmall = 10_000; lastUnit = big; zeroGap = false; sawAnything = true;
            }
            else if (c == '点')
            {
                var fraction = ReadFractionDigits(s, i + 1, out var next);
                if (fraction is null) return false;
                if (digit is not null && !digitArabic) digit += fraction;
                else if (digit is null && next == s.Length && lastUnit == 10) group += fraction.Value; // 六十点五
                else return false;
                i = next - 1;
            }
            else return false;
        }

        if (!sawAnything) return false;
        var tail = 0m;
        if (digit is { } last)
        {
            if (zeroGap || lastUnit == 1 || lastUnit == 10) tail = last;
            else if (digitArabic || last != decimal.Truncate(last)) return false; // 1万2: not a written form
            else tail = last * lastUnit / 10; // 二百五 = 250, 两万五 = 25000
        }
        value = yiPart + wanPart + group + tail;
        return true;
    }

    private static decimal? ReadFractionDigits(string s, int start, out int next)
    {
        next = start;
        var digits = new System.Text.StringBuilder("0.");
        while (next < s.Length && Digit(s[next]) >= 0) digits.Append((char)('0' + Digit(s[next++])));
        return digits.Length == 2 ? null : decimal.Parse(digits.ToString(), CultureInfo.InvariantCulture);
    }
}
