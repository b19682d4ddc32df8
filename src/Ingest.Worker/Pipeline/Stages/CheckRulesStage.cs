using ZcIngest.Core.Discrepancies;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Runs the rules checker on the record. A submission whose program could not be detected still gets a
/// report: verdict needs_review, no rules but its discrepancies, so the clerk sees it in the summary and assigns the program.
/// The audit stages' flags go into the report here, and a high-severity flag turns a pass into needs_review.
/// </summary>
public sealed class CheckRulesStage(RulesEngine engine) : ISubmissionStage
{
    public string Name => "check-rules";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        var program = job.Record.Jurisdiction;
        job.Report = program is not null && engine.Catalog.Contains(program)
            ? engine.Evaluate(job.Record, program)
            : new SubmissionReport
            {
                SubmissionId = job.Record.SubmissionId,
                Jurisdiction = program,
                Verdict = Verdict.NeedsReview,
                // Declared and evidence values contradict each other whatever the program.
                Discrepancies = DiscrepancyFinder.Find(job.Record, null),
            };
        job.Report.Flags = [.. job.Flags];
        if (job.Report.Rules.Count > 0)
            job.Report.Verdict = Verdicts.Decide(job.Report.Rules, job.Report.Discrepancies, job.Report.Flags);
        return Task.CompletedTask;
    }
}
