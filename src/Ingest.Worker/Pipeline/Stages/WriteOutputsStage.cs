using ZcIngest.Core.Json;
using ZcIngest.Core.Reports.Html;
using ZcIngest.Core.Rules;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Writes record.json, report.json and report.html of one submission, each atomically (write, then rename), in
/// that order: should the page fail to render, the JSON a review system reads is already there.
/// </summary>
/// <param name="catalog">The rule files the page quotes (program title, each rule's words); the shipped ones by default.</param>
public sealed class WriteOutputsStage(RuleCatalog? catalog = null) : ISubmissionStage
{
    private readonly RuleCatalog _catalog = catalog ?? RuleCatalog.Default;

    public string Name => "write-outputs";

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        // A later applicant's run may be re-flagging this report right now (ReuseStage): one writer at a time.
        using var writing = await OutputLock.AcquireAsync(job.OutputDirectory, ct);
        await WriteAtomicallyAsync(Path.Combine(job.OutputDirectory, "record.json"), IngestJson.Serialize(job.Record), ct);
        if (job.Report is not { } report) return;
        await WriteAtomicallyAsync(Path.Combine(job.OutputDirectory, "report.json"), IngestJson.Serialize(report), ct);
        await WriteAtomicallyAsync(Path.Combine(job.OutputDirectory, "report.html"), ReportPage.Render(job.Record, report, _catalog), ct);
    }

    private static Task WriteAtomicallyAsync(string path, string content, CancellationToken ct) =>
        AtomicFile.WriteAllTextAsync(path, content + "\n", ct);
}
