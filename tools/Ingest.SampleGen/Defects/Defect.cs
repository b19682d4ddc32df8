using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.SampleGen.Defects;

public enum DefectKind
{
    ThresholdAt,
    ThresholdPast,
    Contradiction,
    InvalidCreditCode,
    InvalidIdNumber,
    InvalidCertificateNumber,
    NameMismatch,
    DateInconsistency,
    PdfModified,
    LowOcr,
    MissingDocument,
    DuplicateCertificateSource,
    DuplicateCertificateCopy,
    DuplicateDocumentSource,
    DuplicateDocumentCopy,
}

/// <summary>What to plant in one submission; <see cref="Partner"/> is the other side of a duplicate pair.</summary>
public sealed record DefectPlan(IReadOnlyList<DefectKind> Kinds, int? Partner)
{
    public bool Has(DefectKind kind) => Kinds.Contains(kind);
}

/// <summary>
/// Which defects go where. A fixed cycle of fourteen, so any run of fourteen consecutive submissions holds every flag
/// code at least twice, both members of each duplicate pair, and one clean submission.
/// </summary>
public static class DefectSchedule
{
    public const int CycleLength = 14;

    private static readonly DefectKind[][] Cycle =
    [
        [DefectKind.ThresholdPast, DefectKind.InvalidCertificateNumber],
        [DefectKind.InvalidCreditCode, DefectKind.Contradiction],
        [DefectKind.DuplicateCertificateSource, DefectKind.LowOcr],
        [DefectKind.DuplicateCertificateCopy, DefectKind.DateInconsistency],
        [DefectKind.PdfModified, DefectKind.ThresholdAt],
        [DefectKind.NameMismatch, DefectKind.MissingDocument],
        [],
        [DefectKind.InvalidCertificateNumber, DefectKind.InvalidIdNumber],
        [DefectKind.DuplicateDocumentSource, DefectKind.PdfModified],
        [DefectKind.DuplicateDocumentCopy],
        [DefectKind.InvalidIdNumber, DefectKind.ThresholdPast],
        [DefectKind.InvalidCreditCode, DefectKind.LowOcr],
        [DefectKind.DateInconsistency, DefectKind.Contradiction, DefectKind.ThresholdAt],
        [DefectKind.NameMismatch, DefectKind.MissingDocument],
    ];

    public static DefectPlan For(int index, int count)
    {
        var kinds = Cycle[index % CycleLength].ToList();
        int? partner = null;
        if (kinds.Contains(DefectKind.DuplicateCertificateSource) || kinds.Contains(DefectKind.DuplicateDocumentSource))
        {
            partner = index + 1;
            if (partner >= count)
            {
                // The copy would fall outside the run: drop the pair rather than claim a duplicate nobody has.
                kinds.RemoveAll(k => k is DefectKind.DuplicateCertificateSource or DefectKind.DuplicateDocumentSource);
                partner = null;
            }
        }
        if (kinds.Contains(DefectKind.DuplicateCertificateCopy) || kinds.Contains(DefectKind.DuplicateDocumentCopy))
            partner = index - 1;
        return new DefectPlan(kinds, partner);
    }
}

/// <summary>A threshold defect as truth records it until the rules engine can say which rule fails.</summary>
public sealed record PlantedThreshold(FieldKey Field, string Intent, decimal Threshold, bool AtLeast, string Source,
    FieldKey? Of);

/// <summary>An expected flag: its code, the files it concerns (page for a scan page), the other submissions involved.</summary>
public sealed record ExpectedFlag(string Code, string DocumentKey, string Detail, string? RelatedSubmission = null);

/// <summary>Where a planted defect lives in a document, so renderers and the truth agree on it.</summary>
public sealed class DocumentMarks
{
    public HashSet<DocumentType> Omitted { get; } = [];
    public HashSet<DocumentType> Modified { get; } = [];
    public DocumentType? PoorScan { get; set; }
    public bool RosterShowsIds { get; set; }
}
