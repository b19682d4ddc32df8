using ZcIngest.Core.Json;
using ZcIngest.Core.Reports;
using ZcIngest.Core.RiskScoring;
using ZcIngest.Worker.Reuse;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// After the report is written, its reuse flags are brought up to date with the index as it is now. Another
/// applicant's run (in this process or another) may have indexed a shared document after this run's reuse stage
/// looked, and found no report of ours to re-flag yet; whichever of the two writes last sees the other.
/// </summary>
public sealed class RefreshReuseFlagsStage(IReuseIndex index, RiskModel? risk = null) : ISubmissionStage
{
    public string Name => "refresh-reuse-flags";

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        if (job.Report is null) return;
        if (await ReuseStage.RefreshReportAsync(index, job.SubmissionId, ct, risk))
            job.Report = IngestJson.Deserialize<SubmissionReport>(
                await File.ReadAllTextAsync(Path.Combine(job.OutputDirectory, "report.json"), ct));
    }
}
