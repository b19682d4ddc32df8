using System.Text;

namespace ZcIngest.Core.Discrepancies;

/// <summary>How two texts are compared: full-width forms folded to half-width (NFKC) and all white space removed.</summary>
public static class TextNormalization
{
    public static string ForComparison(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        return sb.ToString();
    }
}
