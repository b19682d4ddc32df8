using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// OCR has no glyph for a tick box: an empty box □ comes back as the character it looks like (口), a filled
/// ■ or ticked ☑ box as whatever dense character is nearest (国, 团, 轩…). A cell such as 「自有口租赁国」 is
/// rewritten as 「自有□ 租赁■」 when it holds two or more options of the key with one short mark beside each,
/// all on the same side, so <see cref="ChoiceReader"/> can read it. Anything less regular is left alone.
/// </summary>
public static class OcrTickBoxes
{
    private const string EmptyBoxLookAlikes = "口□ロ〇OoD0";
    private const int MaxMarkLength = 2;

    public static string Repair(FieldKey key, string text)
    {
        var options = EnumLabels.Options(key);
        if (options.Count == 0 || ChoiceReader.HasBoxes(text)) return text;
        var compact = TextNormaliser.WithoutSpaces(text);
        var found = FindOptions(compact, options);
        if (found.Count < 2) return text;

        // gaps[i] is the text before found[i]; gaps[^1] the text after the last option.
        var gaps = new List<string>();
        var at = 0;
        foreach (var (start, length, _) in found)
        {
            gaps.Add(compact[at..start]);
            at = start + length;
        }
        gaps.Add(compact[at..]);
        if (gaps.Any(g => g.Length > MaxMarkLength)) return text;

        bool marksBefore;
        if (gaps[0].Length > 0 && gaps[^1].Length == 0) marksBefore = true;
        else if (gaps[^1].Length > 0 && gaps[0].Length == 0) marksBefore = false;
        else return text;
        var marks = marksBefore ? gaps.Take(found.Count).ToList() : gaps.Skip(1).ToList();
        // An empty box OCR dropped is still an empty box, but only when the reading shows boxes elsewhere.
        if (marks.Any(m => m.Length == 0) && !marks.Any(IsEmptyBox)) return text;

        var parts = found.Select((o, i) =>
        {
            var box = marks[i].Length == 0 || IsEmptyBox(marks[i]) ? "□" : "■";
            return marksBefore ? box + o.Option : o.Option + box;
        });
        return string.Join(" ", parts);
    }

    /// <summary>A box look-alike, with at most a speck OCR read as punctuation beside it (「0”」 is an empty box and a speck).</summary>
    private static bool IsEmptyBox(string mark) =>
        mark.Any(c => EmptyBoxLookAlikes.Contains(c)) && mark.All(c => EmptyBoxLookAlikes.Contains(c) || Specks.Contains(c));

    private const string Specks = "”“\"'‘’`,，.。、|:：;；";

    /// <summary>Options in reading order: exact, or with one character misread (租任 for 租赁), with a 类/型 suffix.</summary>
    private static List<(int Start, int Length, string Option)> FindOptions(string text, IReadOnlyList<string> options)
    {
        var found = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var match = options.FirstOrDefault(o => Matches(text, i, o, exact: true))
                ?? options.FirstOrDefault(o => o.Length >= 2 && Matches(text, i, o, exact: false));
            if (match is null) { i++; continue; }
            var length = match.Length;
            var suffix = i + length < text.Length && text[i + length] is '类' or '型' ? text[i + length].ToString() : "";
            length += suffix.Length;
            found.Add((i, length, match + suffix));
            i += length;
        }
        return found;
    }

    private static bool Matches(string text, int at, string option, bool exact)
    {
        if (at + option.Length > text.Length) return false;
        var misses = 0;
        for (var k = 0; k < option.Length; k++)
            if (text[at + k] != option[k]) misses++;
        // A fuzzy match keeps the first character, so a box read as a character is not taken for an option.
        return exact ? misses == 0 : misses == 1 && text[at] == option[0];
    }
}
