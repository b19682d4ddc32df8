using System.Text;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Tesseract's chi_sim model returns every Chinese character as a word of its own, separated by spaces
/// that were never on the paper. Words are joined without a space where either side is CJK (ideographs,
/// CJK punctuation, full-width forms) and with one space between two Latin or digit words.
/// </summary>
public static class CjkText
{
    public static string JoinWords(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            if (sb.Length > 0 && !IsCjk(sb[^1]) && !IsCjk(word[0])) sb.Append(' ');
            sb.Append(word);
        }
        return sb.ToString();
    }

    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'      // radicals, CJK punctuation, kana, ideographs
            or >= '\uF900' and <= '\uFAFF'    // compatibility ideographs
            or >= '\uFE30' and <= '\uFE4F'    // CJK compatibility forms
            or >= '\uFF00' and <= '\uFFEF'    // full-width forms (，：（）)
            or '\u00B7' or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
            || char.IsSurrogate(c);             // extension B+ ideographs
}
