using System.Text.RegularExpressions;
using ZcIngest.Core.Fields;

namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Maps the Chinese option a form shows to the enum code of its key (综合 → comprehensive, 租赁 → leased).
/// Matching is exact after dropping the category suffix (类/型, 众创空间/孵化器), so 「高校外」 does not pass
/// for 高校. Tick-box cells (☑综合 □专业化) give the ticked option; two ticks are ambiguous.
/// </summary>
public static partial class EnumLabels
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
            ("是", "university"), ("否", "other"), // answers to the form question 是否高校内
            ("非高校", "other"), ("高校外", "other"), ("校外", "other"), ("其他", "other"), ("其它", "other"),
        ],
        [FieldKeys.PremisesSource] =
        [
            ("自有", "owned"), ("自有产权", "owned"), ("自建", "owned"),
            ("租赁", "leased"), ("租用", "leased"), ("承租", "leased"),
        ],
    };

    private static readonly string[] Suffixes = ["众创空间", "孵化器", "场地", "类", "型"];
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
        cleaned = ValueText.SplitTrailingRemark(cleaned).Main; // 专业化众创空间（人工智能方向）
        if (key.EnumValues.Contains(cleaned)) return Parsed<EnumCode>.Success(new EnumCode(cleaned), raw);
        if (!Table.TryGetValue(key, out var labels)) return Parsed<EnumCode>.Fail(raw, ParseFailure.Unrecognised);

        var label = StripSuffixes(cleaned);
        foreach (var (option, code) in labels)
            if (option == label || option == cleaned) return Parsed<EnumCode>.Success(new EnumCode(code), raw);
        return Parsed<EnumCode>.Fail(raw, ParseFailure.Unrecognised);
    }

    /// <summary>The Chinese options a form may show for the key (stems, without 类/型), longest first.</summary>
    public static IReadOnlyList<string> Options(FieldKey key) =>
        Table.TryGetValue(key, out var labels) ? labels.Select(l => l.Label).OrderByDescending(l => l.Length).ToList() : [];

    /// <summary>The Chinese option a form shows for a code (leased → 租赁), for reports; null when none is known.</summary>
    public static string? Label(FieldKey key, string code) =>
        Table.TryGetValue(key, out var labels) ? labels.FirstOrDefault(l => l.Code == code).Label : null;

    /// <summary>
    /// The options whose box is ticked. Boxes stand before their labels (☑综合 □专业化) when the text opens
    /// with one, after them (综合√ 专业化□, 综合（√）) when it ends with one; otherwise nothing is read.
    /// </summary>
    private static List<string> TickedOptions(string cleaned)
    {
        cleaned = BracketedBox().Replace(cleaned, m => m.Groups[1].Length > 0 ? m.Groups[1].Value : "□");
        char[] marks = [.. Ticked, .. Unticked];
        var before = Array.IndexOf(marks, cleaned[0]) >= 0;
        if (!before && Array.IndexOf(marks, cleaned[^1]) < 0) return [];

        var options = new List<string>();
        for (var i = 0; i < cleaned.Length; i++)
        {
            if (Array.IndexOf(Ticked, cleaned[i]) < 0) continue;
            var option = before
                ? cleaned[(i + 1)..NextMarkOrEnd(cleaned, marks, i + 1)]
                : cleaned[(cleaned.LastIndexOfAny(marks, Math.Max(i - 1, 0)) + 1)..i];
            option = option.Trim(' ', ',', '、', ';', ':');
            if (option.Length > 0) options.Add(option);
        }
        return options;
    }

    private static int NextMarkOrEnd(string text, char[] marks, int start)
    {
        var next = start < text.Length ? text.IndexOfAny(marks, start) : -1;
        return next < 0 ? text.Length : next;
    }

    // 综合（√） and 专业化（ ）: a box drawn with brackets.
    [GeneratedRegex(@"\(\s*([☑☒■√✓✔▣●]?)\s*\)")]
    private static partial Regex BracketedBox();

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
