using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Reads which option of a tick-box cell is chosen. Forms put the box before the option (「■自有 □租赁」,
/// 「(√)综合 ( )专业化」) or after it (「综合 ☑ 专业化 ☐」); which side a box belongs to is decided from where
/// the boxes sit (at the start or the end of the text) or, failing that, which word a box touches.
/// Returns the chosen option's words, or null when none or several are ticked or the side cannot be told.
/// Text without boxes is returned as is (「租赁」); 「自有/租赁」 with nothing marked stays unreadable downstream.
/// </summary>
public static partial class ChoiceReader
{
    private const string TickedChars = "☑☒■√✓✔▣●◉⊠";
    private const string UntickedChars = "□☐○◯";

    public static bool HasBoxes(string text) => Normalise(text).IndexOfAny((TickedChars + UntickedChars).ToCharArray()) >= 0;

    /// <summary>The chosen option, the text itself when it has no boxes, or null with the reason.</summary>
    public static (string? Option, string? Problem) Read(string raw)
    {
        var text = Normalise(raw).Trim();
        if (!HasBoxes(text)) return (text, null);
        var tokens = Tokenise(text);
        var boxesFirst = DecideSide(text, tokens);
        if (boxesFirst is null) return (null, "无法判断勾选框对应的选项");

        var chosen = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsBox || !tokens[i].Ticked) continue;
            var j = boxesFirst.Value ? i + 1 : i - 1;
            if (j >= 0 && j < tokens.Count && !tokens[j].IsBox && tokens[j].Text.Length > 0) chosen.Add(tokens[j].Text);
        }
        return chosen.Count switch
        {
            1 => (chosen[0], null),
            0 => (null, "未勾选任何选项"),
            _ => (null, "勾选了多个选项"),
        };
    }

    private sealed record Token(string Text, bool IsBox, bool Ticked, bool SpaceBefore, bool SpaceAfter);

    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var spaceBefore = i > 0 && char.IsWhiteSpace(text[i - 1]);
            if ((TickedChars + UntickedChars).Contains(text[i]))
            {
                var spaceAfter = i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
                tokens.Add(new Token(text[i].ToString(), true, TickedChars.Contains(text[i]), spaceBefore, spaceAfter));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !(TickedChars + UntickedChars).Contains(text[i]) && !char.IsWhiteSpace(text[i])) i++;
            var word = text[start..i].Trim('/', '、', ',', ';', ':');
            tokens.Add(new Token(word, false, false, spaceBefore, i < text.Length && char.IsWhiteSpace(text[i])));
        }
        // Words split by spaces inside one option (「专 业 化」) would break pairing: merge adjacent words.
        var merged = new List<Token>();
        foreach (var t in tokens)
        {
            if (!t.IsBox && merged.Count > 0 && !merged[^1].IsBox)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + t.Text, SpaceAfter = t.SpaceAfter };
            else merged.Add(t);
        }
        return merged.Where(t => t.IsBox || t.Text.Length > 0).ToList();
    }

    private static bool? DecideSide(string text, List<Token> tokens)
    {
        if (tokens.Count == 0) return null;
        var first = tokens[0].IsBox;
        var last = tokens[^1].IsBox;
        if (first && !last) return true;
        if (last && !first) return false;
        if (first && last) return null;
        // Boxes only between words: the side each box touches without a space.
        int before = 0, after = 0;
        foreach (var t in tokens.Where(t => t.IsBox))
        {
            if (!t.SpaceAfter && t.SpaceBefore) before++;
            if (!t.SpaceBefore && t.SpaceAfter) after++;
        }
        return before > 0 && after == 0 ? true : after > 0 && before == 0 ? false : null;
    }

    /// <summary>「(√)」「[√]」「（ ）」 written with brackets become box characters; width folded.</summary>
    private static string Normalise(string raw)
    {
        var t = new string(raw.Select(LabelText.Half).ToArray());
        t = TickInBrackets().Replace(t, " ☑ ");
        t = EmptyBrackets().Replace(t, " ☐ ");
        return t;
    }

    [GeneratedRegex(@"[(\[]\s*[√✓✔xX×]\s*[)\]]")]
    private static partial Regex TickInBrackets();

    [GeneratedRegex(@"[(\[]\s*[)\]]")]
    private static partial Regex EmptyBrackets();
}
