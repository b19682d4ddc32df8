using ZcIngest.Core.Fields;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Maps the Chinese option a form shows to the enum code of its key (综合 → comprehensive, 租赁 → leased).
/// Matching is exact after dropping the category suffix (类/型, 众创空间/孵化器), so 「高校外」 does not pass
/// for 高校. Tick-box cells (☑综合 □专业化) give the ticked option; two ticks are ambiguous.
/// </summary>
public static class EnumLabels
{
    private static readonly Dictionary<FieldKey, (string Label, string Code)[]> Table = new()
    {
        [FieldKeys.SpaceCategory] =
        [
            ("综合", "comprehensive"), ("专业化", "specialized"), ("专业", "specialized"),
            ("技术支撑", "tech_support"), ("投资驱动", "investment_driven"),
        ],
        [FieldKeys.HostType] =
        [
            ("高校内", "university"), ("大专校内", "university"), ("高校", "university"), ("校内", "university"),
            ("高等院校", "university"), ("高校院所", "university"),
            ("非高校", "other"), ("高校外", "other"), ("校外", "other"), ("其他", "other"), ("其它", "other"),
        ],
        [FieldKeys.PremisesSource] =
        [
            ("自有", "owned"), ("自有产权", "owned"), ("自建", "owned"),
            ("租赁", "leased"), ("租用", "leased"), ("承租", "leased"),
        ],
    };

    private static readonly string[] Suffixes = ["众创空间", "孵化器", "类", "型"];
    private static readonly char[] Ticked = ['☑', '☒', '■', '√', '✓', '✔', '▣', '●'];
    private static readonly char[] Unticked = ['□', '☐', '○'];

    public static Parsed<EnumCode> Parse(FieldKey key, string raw)
    {
        var cleaned = TextNormaliser.WithoutSpaces(raw).TrimEnd('。', ';', ',');
        if (TextNormaliser.IsBlank(cleaned)) return Parsed<EnumCode>.Fail(raw, ParseFailure.Empty);
        if (cleaned.IndexOfAny(Ticked) >= 0 || cleaned.IndexOfAny(Unticked) >= 0)
        {
            var options = TickedOptions(cleaned);
            if (options.Count != 1) return Parsed<EnumCode>.Fail(raw, options.Count == 0 ? ParseFailure.Empty : ParseFailure.Ambiguous);
            cleaned = options[0];
        }
        if (key.EnumValues.Contains(cleaned)) return Parsed<EnumCode>.Success(new EnumCode(cleaned), raw);
        if (!Table.TryGetValue(key, out var labels)) return Parsed<EnumCode>.Fail(raw, ParseFailure.Unrecognised);

        var label = StripSuffixes(cleaned);
        foreach (var (option, code) in labels)
            if (option == label || option == cleaned) return Parsed<EnumCode>.Success(new EnumCode(code), raw);
        return Parsed<EnumCode>.Fail(raw, ParseFailure.Unrecognised);
    }

    private static List<string> TickedOptions(string cleaned)
    {
        var options = new List<string>();
        for (var i = 0; i < cleaned.Length; i++)
        {
            if (Array.IndexOf(Ticked, cleaned[i]) < 0) continue;
            var end = cleaned.IndexOfAny([.. Ticked, .. Unticked], i + 1);
            var option = cleaned[(i + 1)..(end < 0 ? cleaned.Length : end)].Trim(' ', ',', '、', ';');
            if (option.Length > 0) options.Add(option);
        }
        return options;
    }

    private static string StripSuffixes(string label)
    {
        foreach (var suffix in Suffixes)
            if (label.Length > suffix.Length && label.EndsWith(suffix, StringComparison.Ordinal))
                label = label[..^suffix.Length];
        return label;
    }
}

/// <summary>A code of <see cref="FieldKey.EnumValues"/>, wrapped so it fits <see cref="Parsed{T}"/>.</summary>
public readonly record struct EnumCode(string Code);
