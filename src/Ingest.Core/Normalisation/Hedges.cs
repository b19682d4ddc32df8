using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Recognises hedged figures and ranges before any number is read. Policy thresholds are compared exactly
/// (≥ 500 m²), so 「约500」 or 「500余」 must not become 500: the value is left null with the reason.
/// </summary>
internal static partial class Hedges
{
    private static readonly string[] ApproximateWords =
    [
        "约", "大约", "大概", "近", "将近", "接近", "左右", "上下", "余", "多", "以上", "以下", "以内",
        "超过", "逾", "不少于", "不低于", "不超过", "不足", "至少", "最多", "+", "≥", "≤", ">", "<",
    ];

    public static ParseFailure Classify(string cleaned)
    {
        if (RangePattern().IsMatch(cleaned)) return ParseFailure.Range;
        foreach (var word in ApproximateWords)
            if (cleaned.Contains(word, StringComparison.Ordinal)) return ParseFailure.Approximate;
        return ParseFailure.None;
    }

    // A numeral, a range sign, another numeral: 500-600, 500～600, 三至五, 3到5. Not for dates (2021-03-01).
    [GeneratedRegex(@"[0-9零〇一二三四五六七八九十两百千万壹贰叁肆伍陆柒捌玖拾佰仟](\s*[^\s0-9.,零〇一二三四五六七八九十两百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点]{0,4})?\s*(-|~|—|–|至|到)\s*[0-9零〇一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]")]
    private static partial Regex RangePattern();
}
