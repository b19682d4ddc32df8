using ZcIngest.Core.Audit;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Fingerprints;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// The per-submission audit: check characters of credit codes and ID numbers, diploma numbers against their
/// diplomas, names and dates across documents, certificate numbers repeated within the submission, and scans
/// too poor to trust. Replaces the flags it owns on every run, so a retry never doubles them.
/// </summary>
public sealed class AuditStage : ISubmissionStage
{
    public string Name => "audit";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        job.Flags.RemoveAll(SubmissionAuditor.Owns);
        if (job.Extraction is null) return Task.CompletedTask;
        var reads = job.Reads.Where(r => r.Value.Document is not null)
            .ToDictionary(r => r.Key, r => r.Value.Document!, StringComparer.Ordinal);
        job.Flags.AddRange(SubmissionAuditor.Audit(new AuditInput(job.Record, job.Extraction, reads, InkOf)));
        return Task.CompletedTask;
    }

    private static double? InkOf(Page page)
    {
        if (page.ImageRef is not { } path) return null;
        try
        {
            return PageImageHasher.ReadGrey(path) is var (grey, width, height) ? PageInk.Coverage(grey, width, height) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException)
        {
            return null;
        }
    }
}
