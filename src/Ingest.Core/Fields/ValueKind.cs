namespace ZcIngest.Core.Fields;

/// <summary>What kind of value a glossary key holds; decides normalisation, JSON shape and comparison tolerance.</summary>
public enum ValueKind
{
    /// <summary>Free text (names, addresses); compared after normalising spaces and full/half-width forms.</summary>
    Text,
    /// <summary>One of a closed set of snake_case codes (see <see cref="FieldKey.EnumValues"/>).</summary>
    Enum,
    /// <summary>A calendar date, ISO <c>YYYY-MM-DD</c> in JSON.</summary>
    Date,
    /// <summary>Square metres.</summary>
    AreaSqm,
    /// <summary>Money in 万元 (10,000 yuan).</summary>
    MoneyWan,
    /// <summary>A whole count (people, companies, events).</summary>
    Count,
    /// <summary>A real number without unit (events per month).</summary>
    Number,
    /// <summary>A duration in years, possibly fractional.</summary>
    Years,
    /// <summary>A duration in months.</summary>
    Months,
}

public static class ValueKindExtensions
{
    public static bool IsNumeric(this ValueKind kind) =>
        kind is ValueKind.AreaSqm or ValueKind.MoneyWan or ValueKind.Count or ValueKind.Number
            or ValueKind.Years or ValueKind.Months;
}
