using System.Text;

namespace ZcIngest.Core.Normalisation;

/// <summary>Width and whitespace normalisation shared by every parser and by text comparison.</summary>
public static class TextNormaliser
{
    /// <summary>Full-width ASCII (１２，ＡＢ（）) to half-width, ideographic and other spaces to a plain space.</summary>
    public static string ToHalfWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else if (c is '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F') sb.Append(' ');
            else if (c is '\u200B' or '\uFEFF') continue; // zero-width characters pasted from web forms
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Half-width, runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var half = ToHalfWidth(text);
        var sb = new StringBuilder(half.Length);
        var pendingSpace = false;
        foreach (var c in half)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Normalised and without any whitespace: 「2021 年 3 月」→「2021年3月」.</summary>
    public static string WithoutSpaces(string text)
    {
        var normal = Normalise(text);
        return normal.Contains(' ') ? normal.Replace(" ", "", StringComparison.Ordinal) : normal;
    }

    /// <summary>
    /// The text a value parser works on: normalised, trailing sentence punctuation dropped (cells often end
    /// with 。 or ；).
    /// </summary>
    public static string ForParsing(string raw) => Normalise(raw).TrimEnd('。', ';', ',', '、', ' ');

    /// <summary>Marks that mean "not filled in" in Chinese forms.</summary>
    public static bool IsBlank(string cleaned) =>
        cleaned.Length == 0 || cleaned is "/" or "\\" or "-" or "--" or "—" or "——" or "无" or "空" or "暂无" or "N/A" or "n/a";
}
