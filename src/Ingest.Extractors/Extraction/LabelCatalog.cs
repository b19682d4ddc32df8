using ZcIngest.Core.Fields;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Labels → slots (a glossary key, or a fact of one document type such as a lease's lessee). Labels are
/// compared on their core words (<see cref="LabelText.Split"/>), so spacing, width, colons and unit brackets
/// never decide a match.
/// </summary>
public sealed class LabelCatalog<TSlot> where TSlot : notnull
{
    private readonly Dictionary<string, TSlot> _byCore = new(StringComparer.Ordinal);
    private readonly List<(string Core, TSlot Slot)> _longestFirst = [];

    public LabelCatalog(IEnumerable<(TSlot Slot, IEnumerable<string> Labels)> entries)
    {
        foreach (var (slot, labels) in entries)
            foreach (var label in labels)
            {
                var core = LabelText.Split(label).Core;
                if (core.Length == 0 || !_byCore.TryAdd(core, slot)) continue;
                _longestFirst.Add((core, slot));
            }
        _longestFirst.Sort((a, b) => b.Core.Length.CompareTo(a.Core.Length));
    }

    public IEnumerable<TSlot> Slots => _byCore.Values.Distinct();

    /// <summary>
    /// Whether a four-character label read with one character wrong (成立日其) still names its slot in a whole cell. Safe
    /// only for a document with few, distinct labels (a license); a form's many four-character cells — options, values,
    /// other labels — are too often one character from one of its labels.
    /// </summary>
    public bool NearMatchesFourCharacterLabels { get; init; }

    /// <summary>The slot whose label the whole text is (「服 务 场 地 面 积（㎡）：」), with the unit the label names.</summary>
    public bool TryMatchWhole(string text, out TSlot slot, out string? unit)
    {
        var (core, u) = LabelText.Split(text);
        unit = u;
        return _byCore.TryGetValue(core, out slot!);
    }

    /// <summary>
    /// For OCR lines: the one label of at least four characters that the text at <paramref name="index"/> spells
    /// with exactly one character wrong (成立日其 for 成立日期). None when no label or several fit.
    /// </summary>
    public (string Core, TSlot Slot)? NearAt(string compact, int index)
    {
        (string Core, TSlot Slot)? found = null;
        foreach (var entry in _longestFirst)
        {
            if (entry.Core.Length < 4 || index + entry.Core.Length > compact.Length) continue;
            var diff = 0;
            for (var k = 0; k < entry.Core.Length && diff <= 1; k++)
                if (compact[index + k] != entry.Core[k]) diff++;
            if (diff != 1) continue;
            if (found is { } f && !f.Slot.Equals(entry.Slot)) return null;
            found ??= entry;
        }
        return found;
    }

    /// <summary>
    /// For a scanned form's cell: the one label of at least five characters the whole text spells with one character
    /// misread, dropped or added (信驻团队及企业数, 提供工位), of four with one misread where the catalog allows it, or any label with 孵 misread (在筹企业). None when no label
    /// or labels of several slots fit.
    /// </summary>
    public bool TryMatchNearWhole(string text, out TSlot slot, out string? unit)
    {
        var (core, u) = LabelText.Split(text);
        unit = u;
        slot = default!;
        if (core.Length < 4) return false;
        // A label too short for the one-edit rule may still have 孵 misread as one of its usual look-alikes.
        if (OcrRepair.IncubationLabel(core) is var repaired && repaired != core && _byCore.TryGetValue(repaired, out slot!)) return true;
        (string Core, TSlot Slot)? found = null;
        foreach (var entry in _longestFirst)
        {
            var shortEnough = entry.Core.Length >= 5 || (NearMatchesFourCharacterLabels && entry.Core.Length == 4 && core.Length == 4);
            if (!shortEnough || Math.Abs(entry.Core.Length - core.Length) > 1 || !OneEditApart(core, entry.Core)) continue;
            if (found is { } f && !f.Slot.Equals(entry.Slot)) return false;
            found ??= entry;
        }
        if (found is null) return false;
        slot = found.Value.Slot;
        return true;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a == b) return false;
        if (a.Length == b.Length) return a.Where((c, i) => c != b[i]).Count() == 1;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        return string.CompareOrdinal(shorter, i, longer, i + 1, shorter.Length - i) == 0;
    }

    /// <summary>Labels (longest first) that occur in a compact text at <paramref name="index"/>.</summary>
    public IEnumerable<(string Core, TSlot Slot)> At(string compact, int index)
    {
        foreach (var entry in _longestFirst)
            if (string.CompareOrdinal(compact, index, entry.Core, 0, entry.Core.Length) == 0)
                yield return entry;
    }
}

public static class GlossaryCatalog
{
    /// <summary>Every glossary key under all its Chinese labels.</summary>
    public static LabelCatalog<FieldKey> All { get; } = new(FieldKeys.All.Select(k => (k, (IEnumerable<string>)k.Labels)));

    /// <summary>
    /// Labels that are no glossary key but head a cell in application forms: a value is never taken from
    /// them, and a label whose right neighbour is one of them has its value below.
    /// </summary>
    public static IReadOnlySet<string> OtherFormLabels { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "联系电话", "联系人", "电话", "手机", "邮箱", "电子邮箱", "传真", "邮编", "邮政编码", "序号", "备注",
        "专业化方向", "专业化平台", "公共信息交互平台", "可提供的其他服务", "众创空间负责人", "孵化器负责人",
        "推荐部门", "推荐单位", "主要负责人简介", "运营情况简介", "姓名", "职务", "学历", "性别", "年龄",
        "注册资本", "营业期限", "经营范围", "登记机关", "类型", "经营期限", "发照日期",
        "工作单位", "单位", "所在单位", "任职单位", "职称", "专业", "专业领域", "研究方向", "擅长领域", "出生年月", "毕业院校",
    };
}
