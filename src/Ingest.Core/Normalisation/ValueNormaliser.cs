using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Normalisation;

/// <summary>The normalised value of one field (null when not taken), the raw text and why it was not taken.</summary>
public readonly record struct NormalisedValue(ScalarValue? Value, string Raw, ParseFailure Failure)
{
    public bool Ok => Value.HasValue;
}

/// <summary>
/// The one entry point extractors call: reads the raw text found for a key into the key's unit. A bare
/// figure is taken in the key's unit (the unit sits in the form's label, e.g. 种子基金（万元） 50).
/// </summary>
public static class ValueNormaliser
{
    public static NormalisedValue Parse(FieldKey key, string raw)
    {
        ArgumentNullException.ThrowIfNull(key);
        raw ??= "";
        return key.Kind switch
        {
            ValueKind.Text => Text(key, raw),
            ValueKind.Enum => From(EnumLabels.Parse(key, raw), e => ScalarValue.Of(e.Code)),
            ValueKind.Date => From(DateParser.Parse(raw), d => ScalarValue.Of(d.Date)),
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
        if (key == FieldKeys.CreditCode) text = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return new NormalisedValue(ScalarValue.Of(text), raw, ParseFailure.None);
    }

    /// <summary>「4场/月」 for a key in 场/月: the unit the key names may follow the figure.</summary>
    private static string StripUnit(string raw, string unit)
    {
        var cleaned = TextNormaliser.ForParsing(raw);
        return unit.Length > 0 && cleaned.EndsWith(unit, StringComparison.Ordinal) ? cleaned[..^unit.Length] : cleaned;
    }
}
