namespace ZcIngest.Core.Normalisation;

/// <summary>Why a value was not taken; a reviewer sees the Chinese description next to the raw text.</summary>
public enum ParseFailure
{
    None,
    /// <summary>Nothing but blanks or dashes (「/」「—」「无」 count as not filled in).</summary>
    Empty,
    /// <summary>Not in any form the parser knows.</summary>
    Unrecognised,
    /// <summary>A hedged figure (约500, 500余, 500以上): the exact value is unknown, so none is taken.</summary>
    Approximate,
    /// <summary>A range (500-600, 500至600): no single value to take.</summary>
    Range,
    /// <summary>Well-formed but impossible (2021-02-30, 12.5人).</summary>
    Invalid,
    /// <summary>Two renderings of one figure disagree (伍拾万元整（¥400,000.00）).</summary>
    Conflict,
    /// <summary>More than one reading is possible (two boxes ticked, a bare 60 where a percentage is asked).</summary>
    Ambiguous,
}

public static class ParseFailureExtensions
{
    public static string Describe(this ParseFailure failure) => failure switch
    {
        ParseFailure.None => "",
        ParseFailure.Empty => "未填写",
        ParseFailure.Unrecognised => "无法识别的写法",
        ParseFailure.Approximate => "近似值（如“约”“余”“以上”），无法确定准确数值",
        ParseFailure.Range => "填写的是范围，无法确定单一数值",
        ParseFailure.Invalid => "数值不合理（如不存在的日期或非整数的人数）",
        ParseFailure.Conflict => "大写与小写金额不一致",
        ParseFailure.Ambiguous => "存在多种理解，未采用",
        _ => failure.ToString(),
    };
}

/// <summary>
/// The outcome of reading one value: the normalised value, or null with the reason — always with the raw
/// text as found, so nothing is lost and nothing is guessed.
/// </summary>
public readonly record struct Parsed<T>(T? Value, string Raw, ParseFailure Failure) where T : struct
{
    public bool Ok => Value.HasValue;

    public static Parsed<T> Success(T value, string raw) => new(value, raw, ParseFailure.None);
    public static Parsed<T> Fail(string raw, ParseFailure failure) => new(null, raw, failure);
}
