using System.Text.RegularExpressions;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Undoes the OCR slips that are unambiguous in context, before a value is normalised: in a figure written in
/// Chinese numerals, 十 read as +, 二 as =, 一 as - or _ (「三百-十九」「四+六」); in a name, 孵 of 孵化 read as a
/// look-alike (钱化器, 筹化服务, 多化器) — characters that never stand before 化 in ordinary words; and 「〈盖章)」 with an
/// angle bracket; a division name of an address one character off (融州市 under 许昌市, see
/// <see cref="AdministrativeDivisions"/>). Only applied to OCR text.
/// </summary>
public static partial class OcrRepair
{
    public static string Value(FieldKey key, string text)
    {
        var t = StampNote().Replace(text, "");
        if (IsFigure(key)) t = LatinDigitLookAlikes(Numerals(t));
        if (key.Kind == ValueKind.MoneyWan) t = UppercaseMoney(t);
        // Premises are measured to the hundredth of a square metre: three decimals are a thousands comma read as a point
        // (「1.200m'」 for 1,200 m²).
        if (key.Kind == ValueKind.AreaSqm) t = ThousandsReadAsPoint().Replace(t, "$1,$2");
        if (key.Kind == ValueKind.Text) t = Incubation(t);
        // Spaces are OCR's, not the address's: division names are matched on the bare characters.
        if (key == FieldKeys.Address) t = AdministrativeDivisions.Repair(string.Concat(t.Where(c => !char.IsWhiteSpace(c))));
        if (key.Kind == ValueKind.Enum) t = OcrTickBoxes.Repair(key, t);
        if (key.Kind == ValueKind.Date) t = DateMarks(t);
        // A cell's border or a bracket of the next label read onto a person's name (「毛志强)」「黄宁(」): a name has none.
        if (key == FieldKeys.LegalRepresentative) t = TrimUnpairedMarks(t.Trim());
        return t.Trim();
    }

    [GeneratedRegex(@"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])")]
    private static partial Regex ThousandsReadAsPoint();

    /// <summary>
    /// A 1 of a date's month read as a bar or bracket (「2016年0]月19日」「2017年]月5日」), and such a mark the scan put after
    /// a month or day already written with two digits (「2016年01]月19日」), which is a speck: the date as printed.
    /// </summary>
    public static string DateMarks(string text) => StrayAfterTwoDigits().Replace(OneAsMark().Replace(text, "1"), "");

    [GeneratedRegex(@"(?<=(?:19|20)\d{2}\s*年\s*0?)[\]\[|!](?=\d?\s*月)")]
    private static partial Regex OneAsMark();

    [GeneratedRegex(@"(?<=(?:年|月)\s*\d{2})[\]\[|!](?=\s*[月日])")]
    private static partial Regex StrayAfterTwoDigits();

    /// <summary>Edge marks trimmed, except a bracket closing one the name opens (「方涛(EF)」 is dealt with as a whole).</summary>
    private static string TrimUnpairedMarks(string t)
    {
        var start = 0;
        var end = t.Length;
        while (end > start && NameEdgeMarks.Contains(t[end - 1]) && !(t[end - 1] is ')' or '）' && t.AsSpan(start, end - 1 - start).IndexOfAny('(', '（') >= 0)) end--;
        while (start < end && NameEdgeMarks.Contains(t[start]) && !(t[start] is '(' or '（' && t.AsSpan(start + 1, end - start - 1).IndexOfAny(')', '）') >= 0)) start++;
        return t[start..end];
    }

    private static readonly char[] NameEdgeMarks = ['(', ')', '（', '）', '[', ']', '|', '/', '\\', ':', '：', ';', '；', ',', '，', '.', '。', '、', '_', '-'];

    /// <summary>
    /// A figure's leading 1 read as the letter it resembles (「L276m」 for 1276m, 「l,200」): a figure never starts with a
    /// letter. A bracket before a figure is left alone: it is the 1 as often as a speck beside it (「[240」 for 1240,
    /// 「[1140.5」 for 1140.5), so that figure stays unread rather than guessed.
    /// </summary>
    public static string LatinDigitLookAlikes(string text) => LetterForLeadingOne().Replace(text, "1");

    [GeneratedRegex(@"(?<![A-Za-z0-9.,])[LlI](?=\d|,\d{3})")]
    private static partial Regex LetterForLeadingOne();

    public static bool IsFigure(FieldKey key) =>
        key.Kind is ValueKind.Count or ValueKind.AreaSqm or ValueKind.MoneyWan or ValueKind.Number or ValueKind.Months or ValueKind.Years;

    /// <summary>Symbols between (or after) Chinese numerals read back as the numerals they resemble; other noise around them dropped.</summary>
    public static string Numerals(string text)
    {
        var compact = text.Trim();
        if (!ChineseNumeralRun().IsMatch(compact) && !SymbolsOnlyNumeral().IsMatch(compact)) return text;
        var repaired = NumeralRun().Replace(compact, m => m.Value
            .Replace('+', '十').Replace('＋', '十').Replace('=', '二').Replace('＝', '二')
            .Replace('-', '一').Replace('—', '一').Replace('_', '一'));
        // 「[十二」: a bracket or bar before the figure is the cell's border.
        repaired = repaired.Trim('[', ']', '|', '(', ')', ' ');
        // 「百七十六」: the lone stroke of a leading 一 is lost on a scan (taken for speckle or a rule's remnant); a
        // hundred or a thousand is never written without its digit.
        return repaired.Length > 1 && repaired[0] is '百' or '千' ? "一" + repaired : repaired;
    }

    /// <summary>
    /// Whether a figure in Chinese numerals needed symbols read back as numerals: OCR garbled it, and the numerals it
    /// kept (一, 二 and 三 differ by a stroke) are no surer (「二百=十」 was 一百二十).
    /// </summary>
    public static bool NumeralsRepaired(string text)
    {
        var compact = text.Trim();
        if (SymbolsOnlyNumeral().IsMatch(compact)) return true;
        return ChineseNumeralRun().IsMatch(compact) && (NumeralRun().Matches(compact).Any(m => m.Value.IndexOfAny(['+', '＋', '=', '＝', '-', '—', '_']) >= 0)
            || Numerals(compact).StartsWith("一", StringComparison.Ordinal) && compact.TrimStart('[', '|', '(', ' ').Length > 0 && compact.TrimStart('[', '|', '(', ' ')[0] is '百' or '千');
    }

    /// <summary>
    /// Financial uppercase (捌佰零贰万伍仟贰佰元整) with its numerals read as look-alikes. The chi_sim model has no 仟, 捌,
    /// 叁 or 柒 at all, so it always reads them as another character of the same radical (仟 → 什 任 仔, 捌 → 提 抽 拥), and it
    /// confuses a few it has (佰 → 伯, 贰 → 忒 项, 拾 → 抬). Replaced only in text that is an uppercase amount (its numerals and
    /// 元 or 万, at most half of it replaced) and kept only when the result is a well-formed amount.
    /// </summary>
    public static string UppercaseMoney(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.IndexOfAny(['元', '万']) < 0 || compact.Count(c => UpperMoneyCharacters.Contains(c)) < 3 || !compact.Any(c => UpperNumerals.Contains(c)))
            return text;
        var replaced = 0;
        var repaired = new string(compact.Select(c =>
        {
            if (UpperMoneyCharacters.Contains(c) || !UpperLookAlikes.TryGetValue(c, out var numeral)) return c;
            replaced++;
            return numeral;
        }).ToArray());
        if (replaced == 0 || replaced * 2 > compact.Length) return text;
        return MoneyParser.ParseYuan(repaired).Value is null ? text : repaired;
    }

    /// <summary>Whether <see cref="UppercaseMoney"/> changed the text: a value read from look-alikes is kept but marked.</summary>
    public static bool UppercaseMoneyRepaired(string text) =>
        UppercaseMoney(text) != text;

    private const string UpperNumerals = "零壹贰叁肆伍陆柒捌玖拾佰仟";
    private const string UpperMoneyCharacters = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整圆";

    private static readonly Dictionary<char, char> UpperLookAlikes = new()
    {
        ['什'] = '仟', ['任'] = '仟', ['仔'] = '仟', ['作'] = '仟', ['件'] = '仟', ['仵'] = '仟', ['阡'] = '仟',
        ['提'] = '捌', ['抽'] = '捌', ['拥'] = '捌', ['揽'] = '捌', ['撞'] = '捌', ['揭'] = '捌', ['押'] = '捌', ['捆'] = '捌', ['拐'] = '捌',
        ['参'] = '叁', ['叄'] = '叁',
        ['染'] = '柒', ['柴'] = '柒', ['桨'] = '柒', ['漆'] = '柒',
        ['伯'] = '佰', ['忒'] = '贰', ['项'] = '贰', ['抬'] = '拾',
        ['过'] = '壹',
    };

    /// <summary>The uppercase numeral a character OCR puts in its place stands for (过 for 壹, 揭 for 捌), if it is one of those.</summary>
    public static bool UppercaseLookAlike(char c, out char numeral) => UpperLookAlikes.TryGetValue(c, out numeral);

    public static string Incubation(string text) => LookAlikeFu().Replace(text, "孵化");

    /// <summary>孵 misread alone in a label (「在筹企业」 for 在孵企业, 「入铸企业数」 for 入孵企业数), as well as in 孵化.</summary>
    public static string IncubationLabel(string text) => LookAlikeFuAlone().Replace(Incubation(text), "孵");

    /// <summary>A figure of Chinese numerals that contains at least one numeral character.</summary>
    [GeneratedRegex(@"^[\[|(]?[零〇一二三四五六七八九十百千万两+=＋＝\-—_]*[零〇一二三四五六七八九十百千万两][零〇一二三四五六七八九十百千万两+=＋＝\-—_]*[\]|)]?\s*[人个家项场次名位元万平方米㎡年月]*$")]
    private static partial Regex ChineseNumeralRun();

    /// <summary>
    /// A figure whose every numeral came out as a symbol (十二 → 「[+=」): a + (十) among at least two of them. A lone dash or
    /// equals sign is left alone: forms write 「—」 for none.
    /// </summary>
    [GeneratedRegex(@"^[\[|(]?(?=[+＋=＝\-—_]*[+＋])[+＋=＝\-—_]{2,3}[\]|)]?$")]
    private static partial Regex SymbolsOnlyNumeral();

    [GeneratedRegex(@"[零〇一二三四五六七八九十百千万两+=＋＝\-—_]+")]
    private static partial Regex NumeralRun();

    [GeneratedRegex("[钱筹铸黎艇蜉解鲜孔多饪贱九]化(?=器|服务|基地|中心|平台|园|企业|场地|项目|机构|管理|$)")]
    private static partial Regex LookAlikeFu();

    [GeneratedRegex("(?<=[在入])[钱筹铸黎艇蜉解鲜孔多饪贱九](?=企业|团队|项目)")]
    private static partial Regex LookAlikeFuAlone();

    // The closing bracket may be cut off with the cell (「顾永强(签字」).
    [GeneratedRegex(@"[〈《<(（]\s*(?:盖章|签字|签章|公章|签名|盖公章)\s*(?:[)）〉》>]|$)")]
    private static partial Regex StampNote();
}
