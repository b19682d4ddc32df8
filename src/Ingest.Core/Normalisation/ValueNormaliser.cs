using System.Text.RegularExpressions;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// The normalised value of one field (null when not taken), the raw text and why it was not taken. For dates,
/// <see cref="Precision"/> says whether a day or only a month was written (2021年3月 is held as 2021-03-01).
/// </summary>
public readonly record struct NormalisedValue(ScalarValue? Value, string Raw, ParseFailure Failure, DatePrecision? Precision = null)
{
    public bool Ok => Value.HasValue;
}

/// <summary>
/// The one entry point extractors call: reads the raw text found for a key into the key's unit. A bare
/// figure is taken in the key's unit (the unit sits in the form's label, e.g. 种子基金（万元） 50).
/// </summary>
public static partial class ValueNormaliser
{
    public static NormalisedValue Parse(FieldKey key, string raw)
    {
        ArgumentNullException.ThrowIfNull(key);
        raw ??= "";
        return key.Kind switch
        {
            ValueKind.Text => Text(key, raw),
            ValueKind.Enum => From(EnumLabels.Parse(key, raw), e => ScalarValue.Of(e.Code)),
            ValueKind.Date => Date(raw),
            ValueKind.AreaSqm => From(AreaParser.Parse(raw), ScalarValue.Of),
            ValueKind.MoneyWan => From(MoneyParser.ParseWan(raw, MoneyUnit.Wan), ScalarValue.Of),
            ValueKind.Count => From(CountParser.Parse(raw), n => ScalarValue.Of(n)),
            ValueKind.Number => From(NumberParser.Parse(StripUnit(raw, key.Unit)), ScalarValue.Of) with { Raw = raw },
            ValueKind.Years => From(DurationParser.Parse(raw, DurationUnit.Years), d => ScalarValue.Of(d.TotalYears)),
            ValueKind.Months => From(DurationParser.Parse(raw, DurationUnit.Months), d => ScalarValue.Of(d.TotalMonths)),
            _ => new NormalisedValue(null, raw, ParseFailure.Unrecognised),
        };
    }

    private static NormalisedValue From<T>(Parsed<T> parsed, Func<T, ScalarValue> toScalar) where T : struct =>
        parsed.Value is { } v
            ? new NormalisedValue(toScalar(v), parsed.Raw, ParseFailure.None)
            : new NormalisedValue(null, parsed.Raw, parsed.Failure);

    private static NormalisedValue Text(FieldKey key, string raw)
    {
        var text = TextNormaliser.Normalise(raw);
        if (TextNormaliser.IsBlank(text)) return new NormalisedValue(null, raw, ParseFailure.Empty);
        // A credit code is one token; OCR and typists put spaces inside it and lowercase its letters.
        if (key == FieldKeys.CreditCode)
        {
            text = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            // A code of the full 18 characters a sentence goes on after (「91411002FUCANYU29C，位于…」) is the code alone.
            if (CodeThenSentence().Match(text) is { Success: true } code) text = code.Groups[1].Value;
        }
        return new NormalisedValue(ScalarValue.Of(text), raw, ParseFailure.None);
    }

    /// <summary>
    /// A year alone (2019年) is refused: the record holds a plain date, and 1 January would overstate the
    /// months of operation the rules count. A month (2019年9月) is read as its first day.
    /// </summary>
    private static NormalisedValue Date(string raw)
    {
        var parsed = DateParser.Parse(raw);
        if (parsed.Value is { Precision: DatePrecision.Year }) return new NormalisedValue(null, raw, ParseFailure.Ambiguous);
        return From(parsed, d => ScalarValue.Of(d.Date)) with { Precision = parsed.Value?.Precision };
    }

    /// <summary>
    /// The figure of a unit-less number key without the unit words around it. For a rate per month
    /// (场/月) the form may say 4, 4场, 4次/月, 每月4场 or 月均4场.
    /// </summary>
    private static string StripUnit(string raw, string unit)
    {
        var cleaned = TextNormaliser.ForParsing(raw);
        if (unit.EndsWith("/月", StringComparison.Ordinal) && PerMonth().Match(cleaned) is { Success: true } m)
            return m.Groups["n"].Value;
        return unit.Length > 0 && cleaned.EndsWith(unit, StringComparison.Ordinal) ? cleaned[..^unit.Length] : cleaned;
    }

    [GeneratedRegex(@"^([0-9A-Z]{18})[^0-9A-Za-z]")]
    private static partial Regex CodeThenSentence();

    [GeneratedRegex(@"^(?:每月|月均|平均每月)?(?<n>.+?)(?:场次|场|次)?(?:/月|每月)?$")]
    private static partial Regex PerMonth();
}
