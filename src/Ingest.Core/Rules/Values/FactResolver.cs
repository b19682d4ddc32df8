using System.Globalization;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Rules.Values;

/// <summary>Replaces one field's effective value, to ask "would a rule decide differently on the other side?".</summary>
public sealed record FieldOverride(FieldKey Key, ScalarValue Value, ValueBasis Basis);

/// <summary>
/// Answers "what value is this rule judged on?" for one record: evidence over declared for every input, then
/// derived values (<see cref="DerivedValues"/>) computed from those inputs.
/// </summary>
public sealed class FactResolver(SubmissionRecord record, FieldOverride? fieldOverride = null)
{
    public SubmissionRecord Record { get; } = record;

    /// <summary>The effective value of one glossary key (evidence, else declared), honouring the override.</summary>
    public (ScalarValue? Value, ValueBasis? Basis) Effective(FieldKey key)
    {
        if (fieldOverride is not null && fieldOverride.Key == key) return (fieldOverride.Value, fieldOverride.Basis);
        var effective = Record.Fields.Effective(key);
        if (effective.Value is null && key == FieldKeys.PremisesSource) return InferPremisesSource();
        return effective;
    }

    /// <summary>An enum field's code, or null when the record does not state it.</summary>
    public string? EnumCode(FieldKey key) => Effective(key).Value?.Text;

    /// <summary>The value named by a rule: a numeric glossary key or a derived value.</summary>
    public Resolution Resolve(string valueName)
    {
        if (DerivedValues.TryGet(valueName, out var derived)) return derived.Compute(this);
        var key = FieldKeys.Get(valueName);
        return Number(key);
    }

    /// <summary>A numeric field as a fact, or why it is missing.</summary>
    public Resolution Number(FieldKey key)
    {
        var (value, basis) = Effective(key);
        if (value?.Number is not { } n || basis is not { } b)
            return Resolution.Missing($"缺少{key.DisplayName}（{key.Name}）");
        var unit = key.Unit is "m²" or "万元" ? " " + key.Unit : key.Unit;
        return Resolution.Of(new Fact(Quantity.Of(n), n, b, $"{key.DisplayName}{Format(n)}{unit}"));
    }

    /// <summary>A date field with its basis, or null.</summary>
    public (DateOnly Date, ValueBasis Basis)? Date(FieldKey key)
    {
        var (value, basis) = Effective(key);
        return value?.Date is { } d && basis is { } b ? (d, b) : null;
    }

    /// <summary>
    /// The glossary says premises_source comes from "which proof exists": when the form does not state it, lease
    /// terms or a readable lease contract mean leased, a readable property certificate means owned.
    /// </summary>
    private (ScalarValue? Value, ValueBasis? Basis) InferPremisesSource()
    {
        foreach (var key in new[] { FieldKeys.LeaseStartDate, FieldKeys.LeaseEndDate, FieldKeys.LeaseTermYears })
        {
            var (value, basis) = Record.Fields.Effective(key);
            if (value is not null) return (ScalarValue.Of("leased"), basis);
        }
        var types = Record.Documents.Where(d => d.Status == DocumentStatus.Ok).Select(d => d.Type).ToHashSet();
        if (types.Contains(DocumentType.LeaseContract)) return (ScalarValue.Of("leased"), ValueBasis.Evidence);
        if (types.Contains(DocumentType.PropertyCertificate)) return (ScalarValue.Of("owned"), ValueBasis.Evidence);
        return (null, null);
    }

    public static string Format(decimal n) => (n / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
