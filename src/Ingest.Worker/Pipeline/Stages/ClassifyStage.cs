using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Gives every read file its document type, splitting a scanned bound volume into logical documents
/// with their own page ranges. Below the classifier's confidence threshold the type is <c>other</c> and
/// a person decides. Derived from the read stage's per-file entries, so running it twice changes nothing.
/// </summary>
public sealed class ClassifyStage(DocumentClassifier classifier) : ISubmissionStage
{
    public string Name => "classify";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        var documents = new List<DocumentEntry>();
        foreach (var entry in job.FileEntries)
        {
            var pages = job.Reads.TryGetValue(entry.File, out var read) ? read.Document?.Pages : null;
            if (entry.Status != DocumentStatus.Ok || pages is null || pages.Count == 0)
            {
                documents.Add(entry with { DocumentId = Id(documents) });
                continue;
            }
            foreach (var part in classifier.ClassifyFile(pages, entry.File))
            {
                documents.Add(entry with
                {
                    DocumentId = Id(documents),
                    // Parts are positions in the file's page list (1-based), not printed page numbers.
                    Pages = pages.Skip(part.FirstPage - 1).Take(part.LastPage - part.FirstPage + 1)
                        .Select(p => p.Number).ToList(),
                    Type = part.Classification.Type,
                    TypeConfidence = Math.Round(part.Classification.Confidence, 3),
                });
            }
        }
        job.Record.Documents = documents;
        return Task.CompletedTask;
    }

    private static string Id(List<DocumentEntry> soFar) => "d" + (soFar.Count + 1);
}
