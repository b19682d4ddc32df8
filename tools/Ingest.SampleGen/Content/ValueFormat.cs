using System.Globalization;

namespace ZcIngest.SampleGen.Content;

public enum DateStyle { ChineseFull, ChinesePadded, Dotted, Iso, Slashed, ChineseNumerals }
public enum NumberStyle { Plain, Grouped, Decimals, Chinese }
public enum AreaUnit { SquareMetreSign, MSuperscript, PingFangMi, M2 }
public enum MoneyStyle { Wan, WanDecimals, Yuan, YuanGrouped, Uppercase }

/// <summary>
/// How one document writes its values. Chosen once per document, the way one clerk fills one form consistently,
/// and differently across documents so extractors meet every notation of the glossary.
/// </summary>
public sealed class ValueFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public DateStyle Date { get; init; }
    public NumberStyle Number { get; init; }
    public AreaUnit Area { get; init; }
    public MoneyStyle Money { get; init; }

    public static ValueFormat Random(Rng rng) => new()
    {
        Date = rng.PickWeighted((DateStyle.ChineseFull, 4), (DateStyle.ChinesePadded, 2), (DateStyle.Dotted, 2), (DateStyle.Iso, 2),
            (DateStyle.Slashed, 1), (DateStyle.ChineseNumerals, 1)),
        Number = rng.PickWeighted((NumberStyle.Plain, 6), (NumberStyle.Grouped, 2), (NumberStyle.Decimals, 2), (NumberStyle.Chinese, 0.7)),
        Area = rng.PickWeighted((AreaUnit.SquareMetreSign, 3), (AreaUnit.MSuperscript, 2), (AreaUnit.PingFangMi, 3), (AreaUnit.M2, 1)),
        Money = rng.PickWeighted((MoneyStyle.Wan, 5), (MoneyStyle.WanDecimals, 2), (MoneyStyle.Yuan, 1), (MoneyStyle.YuanGrouped, 1),
            (MoneyStyle.Uppercase, 1)),
    };

    public static readonly ValueFormat Plain = new();

    public string FormatDate(DateOnly d) => Date switch
    {
        DateStyle.ChineseFull => $"{d.Year}年{d.Month}月{d.Day}日",
        DateStyle.ChinesePadded => $"{d.Year}年{d.Month:00}月{d.Day:00}日",
        DateStyle.Dotted => $"{d.Year}.{d.Month}.{d.Day}",
        DateStyle.Iso => d.ToString("yyyy-MM-dd", Inv),
        DateStyle.Slashed => d.ToString("yyyy/MM/dd", Inv),
        DateStyle.ChineseNumerals => Numerals.ChineseDate(d) ?? $"{d.Year}年{d.Month}月{d.Day}日",
        _ => d.ToString("yyyy-MM-dd", Inv),
    };

    public string FormatNumber(decimal n)
    {
        var whole = n == Math.Floor(n);
        return Number switch
        {
            NumberStyle.Grouped => n.ToString(whole ? "#,0" : "#,0.##", Inv),
            NumberStyle.Decimals => n.ToString("0.00", Inv),
            NumberStyle.Chinese when whole && n < 100000 => Numerals.ChineseNumber(n) ?? n.ToString("0.##", Inv),
            _ => n.ToString("0.##", Inv),
        };
    }

    /// <summary>A count: never with decimals (nobody writes 12.00 people).</summary>
    public string FormatCount(int n, string unit = "") =>
        (Number == NumberStyle.Chinese ? Numerals.ChineseNumber(n) ?? n.ToString(Inv) : n.ToString(Inv)) + unit;

    public string UnitText => Area switch
    {
        AreaUnit.SquareMetreSign => "㎡",
        AreaUnit.MSuperscript => "m²",
        AreaUnit.PingFangMi => "平方米",
        _ => "m2",
    };

    /// <summary>An area; the unit is left out when the label already carries it (服务场地面积(m²)).</summary>
    public string FormatArea(decimal sqm, bool withUnit) => FormatNumber(sqm) + (withUnit ? UnitText : "");

    /// <summary>Money given in 万元, written in this document's money style.</summary>
    public string FormatMoney(decimal wan, bool labelSaysWan)
    {
        var yuan = wan * 10000m;
        switch (Money)
        {
            case MoneyStyle.Yuan:
                return yuan.ToString("0.00", Inv) + "元";
            case MoneyStyle.YuanGrouped:
                return yuan.ToString("#,0.00", Inv) + "元";
            case MoneyStyle.Uppercase when !labelSaysWan && Numerals.UppercaseMoney(yuan) is { } upper:
                return upper;
            case MoneyStyle.WanDecimals:
                return wan.ToString("0.00", Inv) + (labelSaysWan ? "" : "万元");
            default:
                return FormatNumber(wan) + (labelSaysWan ? "" : "万元");
        }
    }

    public static string Yuan(decimal yuan) => yuan.ToString("#,0.00", Inv);
}
