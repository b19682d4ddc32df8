using System.Diagnostics;

namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// Runs the declared stages in order for one submission. Timing and failure capture wrap every stage here,
/// not inside the stages. A failing stage is recorded and the remaining stages still run, so one bad
/// submission never loses what was already read and the outputs are always written.
/// </summary>
public sealed class SubmissionPipeline(IReadOnlyList<ISubmissionStage> stages, TextWriter log)
{
    public IReadOnlyList<ISubmissionStage> Stages => stages;

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        foreach (var stage in stages)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            try
            {
                await stage.RunAsync(job, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                job.StageErrors.Add($"{stage.Name}: {e.Message}");
                log.WriteLine($"[{job.SubmissionId}] stage {stage.Name} failed: {e}");
            }
            job.StageTimingsMs[stage.Name] = clock.Elapsed.TotalMilliseconds;
        }
    }
}
