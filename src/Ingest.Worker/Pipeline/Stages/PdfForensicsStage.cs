using ZcIngest.Core.Reports;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Forensics;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Looks at every submitted PDF's bytes for signs of editing after it was made and raises <c>pdf_modified</c> on the
/// logical documents of that file (those whose pages were touched, when the change can be pinned to pages). Replaces
/// its own flags on every run. A file that cannot be analysed raises nothing: forensics reports facts, not guesses.
/// </summary>
public sealed class PdfForensicsStage(long maxBytes = PdfForensics.DefaultMaxBytes) : ISubmissionStage
{
    public string Name => "pdf-forensics";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        job.Flags.RemoveAll(f => f.Code == FlagCode.PdfModified);
        foreach (var file in job.Files)
        {
            ct.ThrowIfCancellationRequested();
            if (file.Path is null || !IsPdf(file.Path)) continue;
            PdfModificationFinding? finding;
            try
            {
                finding = PdfForensics.Analyze(file.Path, maxBytes).Finding;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect in the analysis must not cost the other files their checks.
                job.StageErrors.Add($"{Name}: {file.Name}: {e.GetType().Name}: {e.Message}");
                continue;
            }
            if (finding is null) continue;
            var documents = job.Record.Documents.Where(d => d.File == file.Name).ToList();
            var touched = documents.Where(d => d.Pages.Intersect(finding.Pages).Any()).ToList();
            var ids = (touched.Count > 0 ? touched : documents).Select(d => d.DocumentId).ToList();
            job.Flags.Add(new Flag
            {
                Code = FlagCode.PdfModified,
                Severity = finding.Severity,
                Message = $"{file.Name}：{finding.Message}",
                DocumentIds = ids,
            });
        }
        return Task.CompletedTask;
    }

    private static bool IsPdf(string path)
    {
        try
        {
            return FormatSniffer.Sniff(path) == FileFormat.Pdf;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
