using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Audit;

/// <summary>
/// What the audit checks look at: the record (documents, declared values), the extracted per-document facts and
/// the read pages (for where a value came from: a text layer is what the applicant wrote, a scan is what OCR made of it).
/// </summary>
/// <param name="inkOf">How much of a scanned page's image bears ink (<see cref="PageInk"/>), null when its image is not at hand.</param>
public sealed class AuditInput(SubmissionRecord record, ExtractionResult extraction, IReadOnlyDictionary<string, ReadDocument> readsByFile,
    Func<Page, double?>? inkOf = null)
{
    public SubmissionRecord Record => record;
    public ExtractionResult Extraction => extraction;
    public IReadOnlyDictionary<string, ReadDocument> ReadsByFile => readsByFile;

    public DocumentEntry? Document(string? documentId) =>
        documentId is null ? null : record.Documents.FirstOrDefault(d => d.DocumentId == documentId);

    public Page? PageOf(FieldValue value)
    {
        if (Document(value.DocumentId) is not { } doc || !readsByFile.TryGetValue(doc.File, out var read)) return null;
        var number = value.Page ?? doc.Pages.FirstOrDefault();
        return read.Pages.FirstOrDefault(p => p.Number == number);
    }

    /// <summary>True when the value was recognised from a scan rather than taken from a text layer or a Word file.</summary>
    public bool FromOcr(FieldValue value)
    {
        if (PageOf(value) is { } page) return page.Source == PageSource.Ocr;
        return Document(value.DocumentId)?.TextSource is TextSource.Ocr or TextSource.Mixed;
    }

    /// <summary>The OCR confidence of the words under the value's box (the page's when there is no box); null for text layers.</summary>
    public double? OcrConfidence(FieldValue value)
    {
        var read = WordConfidence(value);
        // An extractor that marked the value doubtful (a repaired misread, a date its own certificate contradicts)
        // knows more than the words' confidence: the value is no surer than it said.
        return value.LowConfidence == true && read is { } c ? Math.Min(c, value.Confidence ?? FieldValue.LowConfidenceThreshold) : read;
    }

    private double? WordConfidence(FieldValue value)
    {
        if (PageOf(value) is not { } page) return FromOcr(value) ? Document(value.DocumentId)?.OcrConfidence : null;
        if (page.Source != PageSource.Ocr) return null;
        if (value.Box is { } b)
        {
            var inside = page.Lines.SelectMany(l => l.Words)
                .Where(w => w.Confidence is not null && w.Box is { } wb
                            && wb.X0 >= b.X0 - 2 && wb.X1 <= b.X1 + 2 && wb.Y0 >= b.Y0 - 2 && wb.Y1 <= b.Y1 + 2)
                .Select(w => w.Confidence!.Value).ToList();
            if (inside.Count > 0) return inside.Average();
        }
        return page.OcrConfidence;
    }

    /// <summary>
    /// The OCR confidence of the words that spell an identifier itself, null for text layers. A line's or a cell's
    /// mean mixes in whatever stands beside the code — a stamp read as 「区」 at 0.00, a misread name — and a
    /// roster row's value may carry its name cell's box; only the code's own characters say how surely it was read.
    /// The words are looked for on the value's page: the word holding the whole code, else the pieces of it inside
    /// the value's box. Falls back to <see cref="OcrConfidence"/>.
    /// </summary>
    public double? CodeConfidence(FieldValue value, string code)
    {
        if (PageOf(value) is not { Source: PageSource.Ocr } page || code.Length < 8) return OcrConfidence(value);
        var words = page.Lines.SelectMany(l => l.Words).Where(w => w.Confidence is not null).ToList();
        var whole = words.Where(w => IdentifierText.Compact(w.Text).Contains(code, StringComparison.Ordinal))
            .Select(w => w.Confidence!.Value).ToList();
        if (whole.Count > 0) return whole.Max();
        if (value.Box is { } b)
        {
            var pieces = words
                .Where(w => w.Box is { } wb && wb.X0 >= b.X0 - 2 && wb.X1 <= b.X1 + 2 && wb.Y0 >= b.Y0 - 2 && wb.Y1 <= b.Y1 + 2
                            && IdentifierText.Compact(w.Text) is { Length: >= 2 } piece && piece.All(char.IsAsciiLetterOrDigit)
                            && code.Contains(piece, StringComparison.Ordinal))
                .Select(w => w.Confidence!.Value).ToList();
            if (pieces.Count > 0) return pieces.Min();
        }
        return OcrConfidence(value);
    }

    public double? InkOf(Page page) => inkOf?.Invoke(page);

    public DateOnly? ApplicationDate => record.Fields[FieldKeys.ApplicationDate]?.Declared?.Value?.Date;

    /// <summary>The operator as the application form declares it, else as the license names it.</summary>
    public FieldValue? OperatorName =>
        record.Fields[FieldKeys.OperatorName]?.Declared is { Value.Text: not null } declared ? declared
        : extraction.OfType(DocumentType.BusinessLicense).Select(d => d.License?.Name).FirstOrDefault(n => n?.Value?.Text is not null);

    public string FileOf(string? documentId) => Document(documentId)?.File ?? documentId ?? "";
}
