using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Picks one value per slot from a finder's hits: the first hit that parses; when none parses, the first
/// hit with its raw text (kept, never guessed). A slot without a glossary key (a certificate number, a school)
/// keeps its text as written.
/// </summary>
public static class LabelledFields
{
    public static Dictionary<TSlot, FieldValue> Pick<TSlot>(DocumentView view, LabelCatalog<TSlot> catalog,
        Func<TSlot, FieldKey?> keyOf, bool glued = false) where TSlot : notnull
    {
        var picked = new Dictionary<TSlot, FieldValue>();
        foreach (var hit in new LabelValueFinder<TSlot>(catalog, glued).FindAll(view))
        {
            if (picked.TryGetValue(hit.Slot, out var existing) && existing.Value is not null) continue;
            var value = keyOf(hit.Slot) is { } key
                ? UnmarkedOptions.Check(view, key, ValueReader.Read(key, hit, view.DocumentId))
                : ValueReader.Of(ScalarValue.Of(hit.Value.Text), hit.Value, view.DocumentId, ValueReader.MethodConfidence(hit.Method)) with { Snippet = hit.Snippet };
            if (existing is null || value.Value is not null) picked[hit.Slot] = value;
        }
        return picked;
    }

    public static Dictionary<FieldKey, FieldValue> Pick(DocumentView view, LabelCatalog<FieldKey> catalog, bool glued = false) =>
        Pick(view, catalog, k => k, glued);

    public static LabelCatalog<FieldKey> Catalog(params (FieldKey Key, string[] Labels)[] entries) =>
        new(entries.Select(e => (e.Key, (IEnumerable<string>)e.Labels)));
}
