namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// One small, idempotent step of the pipeline. Stages are listed in order in <see cref="PipelineDefinition"/>;
/// later the job engine runs each as a job keyed by submission and stage.
/// </summary>
public interface ISubmissionStage
{
    string Name { get; }
    Task RunAsync(SubmissionJob job, CancellationToken ct);
}
