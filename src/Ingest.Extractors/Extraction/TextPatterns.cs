using System.Text.RegularExpressions;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>Patterns shared by the extractors, matched on compact text (no whitespace, half-width).</summary>
public static partial class TextPatterns
{
    /// <summary>A written date: 2021年3月1日, 2021.3.1, 2021-03-01, 2021/3/1, 二〇二一年三月一日, 2021年3月.</summary>
    public const string DatePattern =
        @"(?:\d{4}年\d{1,2}月(?:\d{1,2}[日号曰目自月](?!\d))?|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}(?![\d])|[〇零○Ｏ0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}[日号曰月])?)";

    [GeneratedRegex(DatePattern)]
    public static partial Regex Date();

    /// <summary>GB 11643 ID number shape (the check digit is the auditor's business, not a match condition).</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")]
    public static partial Regex IdNumber();

    /// <summary>GB 32100 unified social credit code shape.</summary>
    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")]
    public static partial Regex CreditCode();

    /// <summary>
    /// A credit code never contains I, O, S, V or Z (GB 32100); OCR reads 0 as O and 1 as I, so those two are
    /// put back in code-shaped runs. Lowercase is folded. Other text is untouched.
    /// </summary>
    public static string CreditCodeLetters(string text)
    {
        var upper = text.ToUpperInvariant();
        return CodeRun().Replace(upper, m => m.Value.Length == 18 ? m.Value.Replace('O', '0').Replace('I', '1') : m.Value);
    }

    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")]
    private static partial Regex CodeRun();

    /// <summary>A personal name: 2–4 CJK characters, or a minority name with 「·」.</summary>
    public const string NamePattern = @"[\p{IsCJKUnifiedIdeographs}]{1,4}(?:·[\p{IsCJKUnifiedIdeographs}]{1,6})?";

    /// <summary>The same, as short as the text around allows (a title such as 女士 may follow).</summary>
    public const string LazyName = @"[\p{IsCJKUnifiedIdeographs}]{1,4}?(?:·[\p{IsCJKUnifiedIdeographs}]{1,6})?";

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}$|^[\p{IsCJKUnifiedIdeographs}]{1,6}·[\p{IsCJKUnifiedIdeographs}]{1,8}$")]
    private static partial Regex WholeName();

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "合计", "小计", "总计", "以下空白", "空白", "姓名", "名称", "专家", "导师", "同志", "您", "阁下", "以下", "下列",
        "先生", "女士", "本人", "该同志", "备注", "序号", "无", "甲方", "乙方", "丙方", "贵方", "我方", "对方", "其",
    };

    public static bool LooksLikeName(string text)
    {
        var t = LabelText.Compact(text);
        return WholeName().IsMatch(t) && !NotNames.Contains(t);
    }

    /// <summary>Names compared the way a roster and a diploma may write them: no spaces, half-width, no dots.</summary>
    public static string NameKey(string name) => LabelText.Compact(name).Replace("·", "", StringComparison.Ordinal).Replace("•", "", StringComparison.Ordinal);

    /// <summary>Whether a text is a date and nothing else (spaces aside): 「2018年5月22日」, not 「2018年5月22日起」.</summary>
    public static bool IsWholeDate(string text)
    {
        var compact = LabelText.Compact(text);
        return compact.Length > 0 && Dates(compact).Any(d => d.Match.Index == 0 && d.Match.Length == compact.Length);
    }

    /// <summary>The dates written in a compact text, with their positions.</summary>
    public static IEnumerable<(Match Match, DateValue Date)> Dates(string compact)
    {
        foreach (Match m in Date().Matches(compact))
            if (ParseDate(m.Value).Value is { } d) yield return (m, d);
    }

    /// <summary>
    /// The core date parser, after putting back a 日 that OCR read as 曰, 目 or 自 after a day figure, or as a
    /// second 月 (「2020年5月2月」「二〇一九年十一月二十三月」 have no other reading).
    /// </summary>
    public static Parsed<DateValue> ParseDate(string raw) =>
        DateParser.Parse(SecondMonth().Replace(DayMark().Replace(raw, "日"), "日"));

    [GeneratedRegex(@"(?<=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*)月|(?<=年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3})[月曰]")]
    private static partial Regex SecondMonth();

    [GeneratedRegex(@"(?<=\d)[曰目自](?=$|[起至止到前后,，。;；)）\s])")]
    private static partial Regex DayMark();

    public static ScalarValue? DateValueOf(string raw) =>
        DateParser.Parse(raw).Value is { } d ? ScalarValue.Of(d.Date) : null;

    /// <summary>Education level from a roster cell or a diploma's text; the highest level named wins.</summary>
    public static EducationLevel? Education(string text)
    {
        var t = LabelText.Compact(text);
        if (t.Length == 0) return null;
        if (t.Contains("博士", StringComparison.Ordinal)) return EducationLevel.Doctor;
        if (t.Contains("硕士", StringComparison.Ordinal) || t.Contains("研究生", StringComparison.Ordinal)) return EducationLevel.Master;
        if (t.Contains("本科", StringComparison.Ordinal) || t.Contains("学士", StringComparison.Ordinal)) return EducationLevel.Bachelor;
        if (t.Contains("专科", StringComparison.Ordinal) || t.Contains("大专", StringComparison.Ordinal)
            || t.Contains("高职", StringComparison.Ordinal) || t.Contains("高等职业", StringComparison.Ordinal))
            return EducationLevel.College;
        if (t is "高中" or "中专" or "初中" or "小学" or "技校" or "职高" or "中职" || t.Contains("中专", StringComparison.Ordinal)
            || t.Contains("高中", StringComparison.Ordinal))
            return EducationLevel.Other;
        return null;
    }

    public static bool IsCollegeOrAbove(EducationLevel? level) =>
        level is EducationLevel.College or EducationLevel.Bachelor or EducationLevel.Master or EducationLevel.Doctor;
}
