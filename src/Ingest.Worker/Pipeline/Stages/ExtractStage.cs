using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Fills the record's fields (declared from the application form, evidence from the supporting documents)
/// and its staff, mentor, resident and event lists from the classified documents. Rebuilt from scratch on
/// every run, so a retry never doubles anything.
/// </summary>
public sealed class ExtractStage : ISubmissionStage
{
    public string Name => "extract";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        var documents = ClassifiedDocument.From(job.Record.Documents,
            file => job.Reads.TryGetValue(file, out var read) ? read.Document : null);
        job.Extraction = FieldExtractor.Extract(job.Record, documents);
        return Task.CompletedTask;
    }
}
