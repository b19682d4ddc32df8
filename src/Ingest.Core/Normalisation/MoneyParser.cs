using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

public enum MoneyUnit { Yuan, Wan }

/// <summary>
/// Amounts of money: 100万元, 1,000,000元, 壹佰万元整, 人民币伍拾万元, ￥500,000.00, RMB 50万, and both renderings
/// side by side (伍拾万元整（¥500,000.00）), which must agree. A currency sign makes a bare figure yuan;
/// otherwise a bare figure is in <c>bareNumberUnit</c> (the unit of the form's column), or refused.
/// </summary>
public static partial class MoneyParser
{
    public static decimal YuanToWan(decimal yuan) => ArabicNumber.Canonical(yuan / 10_000m);
    public static decimal WanToYuan(decimal wan) => ArabicNumber.Canonical(wan * 10_000m);

    /// <summary>The amount in 万元, the unit of every money key.</summary>
    public static Parsed<decimal> ParseWan(string raw, MoneyUnit? bareNumberUnit = null)
    {
        var yuan = ParseYuan(raw, bareNumberUnit);
        return yuan.Value is { } y ? Parsed<decimal>.Success(YuanToWan(y), raw) : yuan;
    }

    /// <summary>The amount in yuan, to the fen.</summary>
    public static Parsed<decimal> ParseYuan(string raw, MoneyUnit? bareNumberUnit = null) =>
        Read(raw, bareNumberUnit, requireBothRenderings: false);

    /// <summary>
    /// For bank deposit proofs: the figures and the uppercase words must both be present and agree to the fen,
    /// since a proof whose two renderings differ (or lack one) is not evidence of any amount.
    /// </summary>
    public static Parsed<decimal> ParseBankAmount(string raw) => Read(raw, null, requireBothRenderings: true);

    private static Parsed<decimal> Read(string raw, MoneyUnit? bareNumberUnit, bool requireBothRenderings)
    {
        // No remark is dropped: a bracket here usually holds the other rendering, which must be checked.
        var cleaned = ValueText.Prepare(raw, checkHedges: true, dropRemark: false, out var failure);
        if (cleaned is null) return Parsed<decimal>.Fail(raw, failure);

        decimal? amount = null;
        bool sawWords = false, sawFigures = false;
        foreach (var segment in Segments(cleaned))
        {
            if (!TryReadSegment(segment, bareNumberUnit, out var yuan)) return Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
            if (amount is { } earlier && earlier != yuan) return Parsed<decimal>.Fail(raw, ParseFailure.Conflict);
            amount = yuan;
            if (segment.Any(char.IsAsciiDigit)) sawFigures = true; else sawWords = true;
        }
        if (amount is null) return Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
        if (requireBothRenderings && !(sawWords && sawFigures)) return Parsed<decimal>.Fail(raw, ParseFailure.Unrecognised);
        return Parsed<decimal>.Success(amount.Value, raw);
    }

    /// <summary>
    /// Splits 「人民币（大写）伍拾万元整 ￥500,000.00」 into the renderings it holds: brackets, a currency sign
    /// in mid-text, and 大写/小写 labels start a new one. Segments left empty by the labels are dropped.
    /// </summary>
    private static IEnumerable<string> Segments(string cleaned)
    {
        var marked = SegmentBreak().Replace(cleaned, "|$1");
        foreach (var part in marked.Split(['|', '(', ')'], StringSplitOptions.TrimEntries))
        {
            var text = Labels().Replace(part, "").Trim();
            // 「人民币（大写）…」 leaves 人民币 on its own: a currency name, not a rendering.
            if (text.Length > Currency().Match(text).Length) yield return text;
        }
    }

    private static bool TryReadSegment(string segment, MoneyUnit? bareNumberUnit, out decimal yuan)
    {
        yuan = 0;
        var currency = Currency().Match(segment);
        var body = segment[currency.Length..].Trim();
        if (body.EndsWith("人民币", StringComparison.Ordinal)) body = body[..^3].TrimEnd(); // 50万元人民币
        body = body.TrimEnd('整', '正');
        var hasCurrency = currency.Length > 0;

        var unitAt = body.IndexOfAny(['元', '圆']);
        if (unitAt >= 0)
        {
            if (!NumberParser.TryRead(body[..unitAt], out yuan)) return false;
            var change = body[(unitAt + 1)..];
            if (change.Length == 0) return true;
            if (yuan != decimal.Truncate(yuan) || !TryReadChange(change, out var cents)) return false;
            yuan += cents;
            return true;
        }
        if (body.EndsWith('角') || body.EndsWith('分')) return TryReadChange(body, out yuan); // 伍角陆分, under one yuan
        if (!NumberParser.TryRead(body, out yuan)) return false;
        if (body.EndsWith('万') || body.EndsWith('亿') || hasCurrency) return true;
        // Words that count past 万 (壹佰零柒万陆仟柒佰) count yuan whatever the column says: an amount in 万元 is never
        // written with 万 inside it. It is what is left when 「元整」 wrapped onto the next line.
        if (!body.Any(char.IsAsciiDigit) && body.IndexOfAny(['万', '亿']) >= 0) return true;
        if (bareNumberUnit is null) return false;
        if (bareNumberUnit == MoneyUnit.Wan) yuan = WanToYuan(yuan);
        return true;
    }

    /// <summary>The part after 元: 伍角陆分, 零伍分, 伍角.</summary>
    private static bool TryReadChange(string change, out decimal cents)
    {
        cents = 0;
        var m = Change().Match(change);
        if (!m.Success || (m.Groups["j"].Length == 0 && m.Groups["f"].Length == 0)) return false;
        if (m.Groups["j"].Success) cents += DigitOf(m.Groups["j"].Value[0]) * 0.1m;
        if (m.Groups["f"].Success) cents += DigitOf(m.Groups["f"].Value[0]) * 0.01m;
        return true;
    }

    private static int DigitOf(char c) => char.IsAsciiDigit(c) ? c - '0' : ChineseNumeralReader.Digit(c);

    [GeneratedRegex(@"^(人民币|RMB|CNY|[¥￥])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    [GeneratedRegex(@"(?<=\S)\s*((?:人民币|RMB|CNY)?\s*[¥￥]|大写|小写)", RegexOptions.IgnoreCase)]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"^(金额)?(大写|小写)?(金额)?\s*:?\s*")]
    private static partial Regex Labels();

    [GeneratedRegex(@"^(?:(?<j>[0-9零一二三四五六七八九壹贰叁肆伍陆柒捌玖两])角)?零?(?:(?<f>[0-9一二三四五六七八九壹贰叁肆伍陆柒捌玖两])分)?$")]
    private static partial Regex Change();
}
