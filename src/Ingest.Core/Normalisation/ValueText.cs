using System.Text.RegularExpressions;

namespace ZcIngest.Core.Normalisation;

/// <summary>The common first step of the figure parsers: clean the cell text and turn away what is no figure.</summary>
internal static partial class ValueText
{
    private static readonly string[] BracketedUnits =
        ["平方米", "平米", "㎡", "m²", "m2", "万元", "元", "亿元", "万", "人", "个", "家", "名", "位", "项", "场", "次", "户", "年", "个月", "%"];

    /// <summary>
    /// Normalised text ready for a parser, or null with the reason. A unit in brackets is unwrapped
    /// (800（平方米） → 800平方米); with <paramref name="dropRemark"/> a trailing bracketed remark is dropped
    /// (12人（其中专职8人） → 12人), since the figure before it is stated outright — unless the remark hedges
    /// it (800（约）).
    /// </summary>
    public static string? Prepare(string raw, bool checkHedges, bool dropRemark, out ParseFailure failure)
    {
        var text = UnwrapUnit(TextNormaliser.ForParsing(raw));
        var remark = "";
        if (dropRemark) (text, remark) = SplitTrailingRemark(text);
        failure = TextNormaliser.IsBlank(text) ? ParseFailure.Empty
            : !checkHedges ? ParseFailure.None
            : Hedges.Classify(text) is var hedge and not ParseFailure.None ? hedge
            : Hedges.Classify(remark) == ParseFailure.Approximate ? ParseFailure.Approximate
            : ParseFailure.None;
        return failure == ParseFailure.None ? text : null;
    }

    private static string UnwrapUnit(string text)
    {
        var m = Bracketed().Match(text);
        return m.Success && BracketedUnits.Contains(m.Groups["u"].Value.Trim())
            ? text[..m.Index] + m.Groups["u"].Value.Trim()
            : text;
    }

    /// <summary>「12人（其中专职8人）」 → (「12人」, 「(其中专职8人)」); text without such a tail is returned whole.</summary>
    public static (string Main, string Remark) SplitTrailingRemark(string text)
    {
        if (!text.EndsWith(')')) return (text, "");
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0)
            {
                var main = text[..i].TrimEnd();
                return main.Length > 0 ? (main, text[i..]) : (text, "");
            }
        }
        return (text, "");
    }

    [GeneratedRegex(@"\s*\((?<u>[^()]{1,5})\)$")]
    private static partial Regex Bracketed();
}
