using System.Globalization;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>What <c>pdfinfo</c> says about a document: page count, encryption and the metadata kept for forensics.</summary>
public sealed record PdfInfo(int Pages, bool Encrypted, string? EncryptionDetail, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Keys copied into <c>ReadDocument.Metadata</c>, under their pdfinfo names.</summary>
    private static readonly string[] KeptKeys =
        ["Title", "Subject", "Keywords", "Author", "Creator", "Producer", "CreationDate", "ModDate", "PDF version", "Encrypted", "Optimized", "Page size"];

    public static PdfInfo Parse(string output)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in output.Split('\n'))
        {
            var colon = raw.IndexOf(':');
            if (colon <= 0) continue;
            var key = raw[..colon].Trim();
            var value = raw[(colon + 1)..].Trim();
            if (key.Length > 0 && value.Length > 0) fields.TryAdd(key, value);
        }
        var pages = fields.TryGetValue("Pages", out var p) && int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var encrypted = fields.TryGetValue("Encrypted", out var e) && e.StartsWith("yes", StringComparison.OrdinalIgnoreCase);
        var metadata = KeptKeys.Where(fields.ContainsKey).ToDictionary(k => k, k => fields[k]);
        return new PdfInfo(pages, encrypted, encrypted ? e : null, metadata);
    }
}
