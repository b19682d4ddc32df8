namespace ZcIngest.Core.Fields;

/// <summary>
/// One canonical fact of the glossary (<c>shared/contract/glossary.md</c>). Keys are compared by reference:
/// every instance lives in <see cref="FieldKeys"/>, and strings appear only at the JSON boundary.
/// </summary>
public sealed class FieldKey
{
    internal FieldKey(string name, ValueKind kind, string unit, string[] labels, string evidenceSource,
        string[]? enumValues = null)
    {
        Name = name;
        Kind = kind;
        Unit = unit;
        Labels = labels;
        EvidenceSource = evidenceSource;
        EnumValues = enumValues ?? [];
    }

    /// <summary>The snake_case key used in record.json and report.json.</summary>
    public string Name { get; }
    public ValueKind Kind { get; }
    /// <summary>The normalised unit (<c>m²</c>, <c>万元</c>, <c>年</c>…), empty for text, dates and enums.</summary>
    public string Unit { get; }
    /// <summary>Chinese labels under which the fact appears in forms, most common first.</summary>
    public IReadOnlyList<string> Labels { get; }
    /// <summary>Where the evidence value usually comes from (documentation, shown to reviewers).</summary>
    public string EvidenceSource { get; }
    /// <summary>Allowed codes for <see cref="ValueKind.Enum"/> keys.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>The first Chinese label, used as the field's display name in reports.</summary>
    public string DisplayName => Labels.Count > 0 ? Labels[0] : Name;

    public override string ToString() => Name;
}
