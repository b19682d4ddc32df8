using ZcIngest.Core.Records;

namespace ZcIngest.Core.Reuse;

/// <summary>What one submission contributes to the reuse index: its keys and its documents' fingerprints.</summary>
/// <param name="OperatorKey">The operator's name as a comparison key: matches between two submissions of the same
/// operator (a resubmission, or one operator applying to two programs) are not reuse by another applicant.</param>
/// <param name="OutputDirectory">Where its report.json lives, so a later match can update it.</param>
public sealed record IndexedSubmission(string SubmissionId, string? OperatorKey, string? OperatorName, string? OutputDirectory)
{
    public List<IndexedKey> Keys { get; init; } = [];
    public List<DocumentFingerprint> Documents { get; init; } = [];

    public SubmissionInfo Info => new(SubmissionId, OperatorKey, OperatorName, OutputDirectory);
}

public sealed record SubmissionInfo(string SubmissionId, string? OperatorKey, string? OperatorName, string? OutputDirectory);

public enum ReuseKeyKind { Diploma, Training, CreditCode, Person }

/// <summary>A certificate number, a licence's credit code or a person (name|birth date), in the document that shows it.</summary>
/// <param name="Label">Whose it is: the holder of a certificate, the name on a licence.</param>
/// <param name="Primary">False for a mention (a roster row listing a diploma number), true for the certificate or licence itself.</param>
public sealed record IndexedKey(ReuseKeyKind Kind, string Key, string DocumentId, string? Label, bool Primary = true);

/// <param name="Pages">One perceptual hash per scanned page, in page order; empty for text documents.</param>
public sealed record DocumentFingerprint(string DocumentId, DocumentType Type, string File, TextFingerprint? Text,
    IReadOnlyList<PerceptualHash> Pages);

/// <summary>What the index holds of other submissions that could match one submission.</summary>
public sealed record ReuseCandidates(
    IReadOnlyList<(string SubmissionId, IndexedKey Key)> Keys,
    IReadOnlyList<(string SubmissionId, DocumentFingerprint Document)> Documents,
    IReadOnlyDictionary<string, SubmissionInfo> Submissions);
