using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Picks one value per slot from a finder's hits: the first hit that parses; when none parses, the first
/// hit with its raw text (kept, never guessed).
/// </summary>
public static class LabelledFields
{
    public static Dictionary<TSlot, FieldValue> Pick<TSlot>(DocumentView view, LabelCatalog<TSlot> catalog,
        Func<TSlot, FieldKey> keyOf, bool glued = false) where TSlot : notnull
    {
        var picked = new Dictionary<TSlot, FieldValue>();
        foreach (var hit in new LabelValueFinder<TSlot>(catalog, glued).FindAll(view))
        {
            if (picked.TryGetValue(hit.Slot, out var existing) && existing.Value is not null) continue;
            var value = ValueReader.Read(keyOf(hit.Slot), hit, view.DocumentId);
            if (existing is null || value.Value is not null) picked[hit.Slot] = value;
        }
        return picked;
    }

    public static Dictionary<FieldKey, FieldValue> Pick(DocumentView view, LabelCatalog<FieldKey> catalog, bool glued = false) =>
        Pick(view, catalog, k => k, glued);

    public static LabelCatalog<FieldKey> Catalog(params (FieldKey Key, string[] Labels)[] entries) =>
        new(entries.Select(e => (e.Key, (IEnumerable<string>)e.Labels)));
}
