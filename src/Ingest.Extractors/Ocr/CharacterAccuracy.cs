using System.Text;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Character accuracy of recognised text against the source: 1 − edit distance / source length, over
/// NFKC-normalised text without whitespace (full- and half-width punctuation count as the same
/// character; Tesseract's spaces between Chinese characters are not errors of content).
/// </summary>
public static class CharacterAccuracy
{
    public static double Of(string source, string recognised)
    {
        var (edits, length) = Counts(source, recognised);
        return length == 0 ? (Normalise(recognised).Length == 0 ? 1 : 0) : Math.Max(0, 1 - (double)edits / length);
    }

    /// <summary>Edit distance and source length, for summing over pages.</summary>
    public static (int Edits, int Length) Counts(string source, string recognised)
    {
        var a = Normalise(source);
        var b = Normalise(recognised);
        return (Levenshtein(a, b), a.Length);
    }

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
