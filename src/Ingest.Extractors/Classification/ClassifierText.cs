using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZcIngest.Core.Documents;

namespace ZcIngest.Extractors.Classification;

/// <summary>Text as the classifier sees it, so the same wording gives the same n-grams whatever its source.</summary>
public static partial class ClassifierText
{
    public const char DigitPlaceholder = '#';

    /// <summary>
    /// NFKC (full-width → half-width, compatibility forms), lower case, every run of digits → one
    /// placeholder (amounts, dates and certificate numbers say nothing about the document type and would
    /// only become rare features), and no whitespace (OCR puts spaces between CJK characters, DOCX does not).
    /// </summary>
    public static string Normalize(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        var inDigits = false;
        foreach (var c in nfkc)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) continue;
            if (c is >= '0' and <= '9')
            {
                if (!inDigits) sb.Append(DigitPlaceholder);
                inDigits = true;
                continue;
            }
            inDigits = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// A page's lines from the top down, by where they stand. OCR gives lines in its block order, which on a scanned
    /// table can put a row number from the page's foot before the title; titles, first lines and footers are found by
    /// position. Lines without a box (DOCX) keep their order.
    /// </summary>
    public static IReadOnlyList<Line> TopDown(Page page)
    {
        var lines = page.Lines.ToList();
        if (lines.Count < 2 || lines.Any(l => l.Box is null)) return lines;
        return lines.OrderBy(l => l.Box!.Value.Y0 + l.Box!.Value.Y1).ThenBy(l => l.Box!.Value.X0).ToList();
    }

    /// <summary>A page footer or header like <c>第 2 页 共 5 页</c>, <c>第2页/共5页</c> or <c>第 2 页</c>.</summary>
    public static (int Page, int? Of)? PageOf(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var m = PageOfPattern().Match(nfkc);
        if (!m.Success) return null;
        var page = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int? of = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        if (page <= 0 || of is <= 0 || page > of) return null;
        return (page, of);
    }

    [GeneratedRegex(@"第\s*(\d{1,3})\s*页\s*[,，/、]?\s*(?:共\s*(\d{1,3})\s*页)?", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PageOfPattern();
}
