using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reuse;
using ZcIngest.Core.RiskScoring;
using ZcIngest.Extractors.Fingerprints;
using ZcIngest.Worker.Reuse;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Reuse across applicants: indexes this submission's certificate numbers, licence credit code, people and
/// document fingerprints (replacing what an earlier run of the same id left), flags what it shares with other
/// applicants, and brings the reports of those others up to date, since the copy may arrive weeks after the original.
/// </summary>
public sealed class ReuseStage(IReuseIndex index, RiskModel? risk = null) : ISubmissionStage
{
    public string Name => "reuse";

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        var entry = Describe(job);
        // Whoever matched this submission before may no longer match it now: their reports are refreshed as well.
        var before = await index.LoadAsync(job.SubmissionId, ct);
        var related = before is null ? [] : RelatedSubmissions(ReuseMatcher.FlagsFor(before, await index.CandidatesAsync(before, ct)));
        await index.ReplaceAsync(entry, ct);

        var flags = ReuseMatcher.FlagsFor(entry, await index.CandidatesAsync(entry, ct));
        job.Flags.RemoveAll(f => ReuseMatcher.OwnedCodes.Contains(f.Code));
        job.Flags.AddRange(flags);

        foreach (var other in related.Union(RelatedSubmissions(flags)).Where(s => s != job.SubmissionId))
            await RefreshReportAsync(index, other, ct, risk);
    }

    /// <summary>Rewrites the reuse flags of an indexed submission's report.json from the index as it is now.</summary>
    /// <param name="risk">Rescores the report with the changed flags; null leaves its risk as written.</param>
    public static async Task<bool> RefreshReportAsync(IReuseIndex index, string submissionId, CancellationToken ct, RiskModel? risk = null)
    {
        var indexed = await index.LoadAsync(submissionId, ct);
        if (indexed?.OutputDirectory is not { } directory) return false;
        var flags = ReuseMatcher.FlagsFor(indexed, await index.CandidatesAsync(indexed, ct));
        return await ReportFlagPatcher.ApplyAsync(Path.Combine(directory, "report.json"), flags, ct, risk);
    }

    internal static IndexedSubmission Describe(SubmissionJob job)
    {
        var (operatorKey, operatorName) = ReuseKeys.Operator(job.Record);
        return new IndexedSubmission(job.SubmissionId, operatorKey, operatorName, Path.GetFullPath(job.OutputDirectory))
        {
            Keys = ReuseKeys.From(job.Extraction, job.Record),
            Documents = job.Record.Documents
                .Where(d => d.Status == DocumentStatus.Ok && d.Type is { } type && ReuseMatcher.IsFingerprinted(type))
                .Select(d => Fingerprint(job, d)).OfType<DocumentFingerprint>().ToList(),
        };
    }

    private static DocumentFingerprint? Fingerprint(SubmissionJob job, DocumentEntry document)
    {
        if (!job.Reads.TryGetValue(document.File, out var read) || read.Document is null) return null;
        var wanted = document.Pages.ToHashSet();
        var pages = read.Document.Pages.Where(p => wanted.Count == 0 || wanted.Contains(p.Number)).ToList();
        var text = TextFingerprint.Of(string.Join("\n", pages.Select(p => p.Text)));
        var hashes = pages.Where(p => p.Source == PageSource.Ocr && p.ImageRef is not null)
            .Select(p => PageImageHasher.TryHash(p.ImageRef!)).OfType<PerceptualHash>().ToList();
        return text is null && hashes.Count == 0 ? null
            : new DocumentFingerprint(document.DocumentId, document.Type!.Value, document.File, text, hashes);
    }

    private static IEnumerable<string> RelatedSubmissions(IEnumerable<Core.Reports.Flag> flags) =>
        flags.SelectMany(f => f.RelatedSubmissions).Distinct(StringComparer.Ordinal);
}
