using System.Text;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Audit;

/// <summary>
/// How an identifier is read before it is checked: full-width forms folded, spaces, hyphens and dots removed,
/// letters upper-cased. Forms and scans write 「9114 0100 MA0K…」 or 「９１１４…」 for the same code.
/// </summary>
public static class IdentifierText
{
    public static string Compact(string raw)
    {
        var half = TextNormaliser.ToHalfWidth(raw);
        var sb = new StringBuilder(half.Length);
        foreach (var c in half)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '—' or '.' or '·' or '_') continue;
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }
}
