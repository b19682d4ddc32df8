using ZcIngest.Core.Reuse;

namespace ZcIngest.Worker.Reuse;

/// <summary>
/// The persistent index of certificate numbers, credit codes, people and document fingerprints across every
/// submission processed against one database. Safe for several workers and processes at once.
/// </summary>
public interface IReuseIndex
{
    /// <summary>Replaces everything indexed for this submission id (a re-run never matches its earlier self).</summary>
    Task ReplaceAsync(IndexedSubmission submission, CancellationToken ct);

    /// <summary>The submission as indexed, or null when it never was.</summary>
    Task<IndexedSubmission?> LoadAsync(string submissionId, CancellationToken ct);

    /// <summary>What other submissions share with this one: the same keys, and documents of the same types to compare.</summary>
    Task<ReuseCandidates> CandidatesAsync(IndexedSubmission submission, CancellationToken ct);
}
