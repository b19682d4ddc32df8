using ZcIngest.Core.Audit;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Picks one value per slot from a finder's hits: the first hit that parses; when none parses, the first
/// hit with its raw text (kept, never guessed). A slot without a glossary key (a certificate number, a school)
/// keeps its text as written.
/// </summary>
public static partial class LabelledFields
{
    public static Dictionary<TSlot, FieldValue> Pick<TSlot>(DocumentView view, LabelCatalog<TSlot> catalog,
        Func<TSlot, FieldKey?> keyOf, bool glued = false) where TSlot : notnull
    {
        var picked = new Dictionary<TSlot, FieldValue>();
        foreach (var hit in new LabelValueFinder<TSlot>(catalog, glued).FindAll(view))
        {
            picked.TryGetValue(hit.Slot, out var existing);
            var slotKey = keyOf(hit.Slot);
            // A scanned table's cells tell which figure stands beside which label; names and other text are read as
            // well or better from the lines, where two statements of a name are weighed against each other.
            var textSlot = slotKey is null || slotKey.Kind == ValueKind.Text;
            if (hit.Value.Ocr && hit.Method is FindMethod.TableRight or FindMethod.TableBelow && textSlot) continue;
            if (existing?.Value is not null && !(hit.Value.Ocr && slotKey is { Kind: ValueKind.Text })) continue;
            var value = slotKey is { } key
                ? UnmarkedOptions.Check(view, key, ReadChoice(view, key, hit))
                : ValueReader.Of(ScalarValue.Of(hit.Value.Text), hit.Value, view.DocumentId, ValueReader.MethodConfidence(hit.Method)) with { Snippet = hit.Snippet };
            if (existing?.Value is not null)
            {
                if (SurerReading(view, existing, value)) picked[hit.Slot] = value;
                continue;
            }
            if (existing is null || value.Value is not null) picked[hit.Slot] = value;
        }
        return picked;
    }

    /// <summary>
    /// A scanned form often states a name or an address twice (on the cover and in the table): when the two readings
    /// differ by one character, that character is an OCR slip (太原科信和莲城…, 创业网 for 创业园) and the reading whose
    /// least legible word is clearly surer is the form's. Two readings further apart are two statements; the first stays.
    /// </summary>
    private static bool SurerReading(DocumentView view, FieldValue first, FieldValue later)
    {
        if (first.Value?.Text is not { } a || later.Value?.Text is not { } b) return false;
        a = LabelText.Compact(a);
        b = LabelText.Compact(b);
        if (a == b || Math.Min(a.Length, b.Length) < 4 || EditDistance.Between(a, b, 1) > 1) return false;
        // One reading cut short of the other (「…有限公」 under a seal that covers 司) lost a character; it misread none.
        // (A stray mark after the first, 「…有限公司(」, is no character it lost.)
        if (a.StartsWith(b, StringComparison.Ordinal) && Ocr.CjkText.IsCjk(a[^1])) return false;
        return view.WeakestWord(first) is { } weak && view.WeakestWord(later) is { } sure && sure >= weak + SurerBy;
    }

    /// <summary>How much surer (least legible word's confidence) the later reading must be to replace the first.</summary>
    private const double SurerBy = 0.15;

    public static Dictionary<FieldKey, FieldValue> Pick(DocumentView view, LabelCatalog<FieldKey> catalog, bool glued = false) =>
        Pick(view, catalog, k => k, glued);

    /// <summary>
    /// A value; for a choice on a scan that reads as no option, the value with the line under it: a cell of options
    /// too long for one line wraps (「技术支撑类□投资驱」 over 「动类■综合类□」), and OCR reads the lines apart.
    /// </summary>
    private static FieldValue ReadChoice<TSlot>(DocumentView view, FieldKey key, LabelledValue<TSlot> hit) where TSlot : notnull
    {
        var value = ValueReader.Read(key, hit, view.DocumentId);
        if (key.Kind is not (ValueKind.Enum or ValueKind.MoneyWan) || value.Value is not null || !hit.Value.Ocr || hit.Value.Box is not { } b) return value;
        var below = view.Lines.FirstOrDefault(l => l.Page == hit.Value.Page && l.Box is { } lb
            && Math.Abs(lb.X0 - b.X0) <= 0.5 * b.Height && lb.Y0 >= b.Y1 - 0.3 * b.Height && lb.Y0 <= b.Y1 + 0.5 * b.Height);
        if (below is null) return value;
        // An amount in words wraps in a narrow cell the same way (「捌佰零贰万伍仟贰佰」 over 「元整」): only the end of an
        // amount is joined, never another label's line.
        if (key.Kind == ValueKind.MoneyWan && !AmountEnd().IsMatch(LabelText.Compact(below.Text))) return value;
        var joined = hit with { Value = hit.Value with { Text = hit.Value.Text + below.Text, Box = DocumentView.Union([b, below.Box]) } };
        var wrapped = ValueReader.Read(key, joined, view.DocumentId);
        return wrapped.Value is not null ? wrapped : value;
    }

    public static LabelCatalog<FieldKey> Catalog(params (FieldKey Key, string[] Labels)[] entries) =>
        new(entries.Select(e => (e.Key, (IEnumerable<string>)e.Labels)));

    [System.Text.RegularExpressions.GeneratedRegex("^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{0,4}[元圆][整正]?$")]
    private static partial System.Text.RegularExpressions.Regex AmountEnd();
}
