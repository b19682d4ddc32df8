using ZcIngest.Core.RiskScoring;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Scores the report once every flag and discrepancy is in it. Without a shipped model the score stays null
/// (the contract's "unknown"), never a guess.
/// </summary>
public sealed class RiskStage(RiskModel? model) : ISubmissionStage
{
    public string Name => "risk";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        if (job.Report is { } report)
            report.Risk = model?.Score(job.Record, report);
        return Task.CompletedTask;
    }
}
