using System.Collections;
using ZcIngest.Core.Fields;

namespace ZcIngest.Core.Records;

/// <summary>
/// The <c>fields</c> object of a record, keyed by typed <see cref="FieldKey"/>s. Keys a record carries that
/// the glossary does not know are kept in <see cref="Unknown"/> so a round trip loses nothing.
/// </summary>
public sealed class FieldSet : IEnumerable<KeyValuePair<FieldKey, FieldEntry>>
{
    private readonly Dictionary<FieldKey, FieldEntry> _entries = new();

    public Dictionary<string, System.Text.Json.Nodes.JsonNode?> Unknown { get; } = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public FieldEntry? this[FieldKey key]
    {
        get => _entries.GetValueOrDefault(key);
        set { if (value is null) _entries.Remove(key); else _entries[key] = value; }
    }

    public bool TryGet(FieldKey key, out FieldEntry entry)
    {
        if (_entries.TryGetValue(key, out var found)) { entry = found; return true; }
        entry = null!;
        return false;
    }

    public void SetDeclared(FieldKey key, FieldValue value) =>
        _entries[key] = (_entries.GetValueOrDefault(key) ?? new FieldEntry()) with { Declared = value };

    public void SetEvidence(FieldKey key, FieldValue value) =>
        _entries[key] = (_entries.GetValueOrDefault(key) ?? new FieldEntry()) with { Evidence = value };

    /// <summary>The value a rule is judged on: the evidence when there is one, else the declared value.</summary>
    public (ScalarValue? Value, ValueBasis? Basis) Effective(FieldKey key)
    {
        if (!_entries.TryGetValue(key, out var entry)) return (null, null);
        if (entry.Evidence?.Value is { } e) return (e, ValueBasis.Evidence);
        if (entry.Declared?.Value is { } d) return (d, ValueBasis.Declared);
        return (null, null);
    }

    /// <summary>Entries in glossary order, so output is stable and readable.</summary>
    public IEnumerator<KeyValuePair<FieldKey, FieldEntry>> GetEnumerator() =>
        FieldKeys.All.Where(_entries.ContainsKey).Select(k => new KeyValuePair<FieldKey, FieldEntry>(k, _entries[k]))
            .GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Which side of a field a verdict rests on.</summary>
public enum ValueBasis { Evidence, Declared }
