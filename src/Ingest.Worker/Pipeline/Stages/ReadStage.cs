using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Reads every file of the submission into the document model and lists it in <c>record.documents</c>,
/// one entry per file (the classify stage later splits bundles). A file that cannot be read becomes an
/// entry with status error and the reader's clerk-readable message; the other files are read normally.
/// With a cache, a file whose content was read before (by this or an earlier run) is not read again, so a
/// retried job or a second run does not redo OCR.
/// </summary>
public sealed class ReadStage(DocumentReader reader, ReadResultCache? cache = null) : ISubmissionStage
{
    public string Name => "read";

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        job.Reads.Clear();
        job.ReadCacheHits = 0;
        var entries = new List<DocumentEntry>();
        var pageImages = Path.Combine(job.WorkDirectory, "pages");
        foreach (var file in job.Files)
        {
            var id = "d" + (entries.Count + 1);
            if (file.Path is null)
            {
                entries.Add(new DocumentEntry { DocumentId = id, File = file.Name, Status = DocumentStatus.Error, Error = file.Error });
                continue;
            }
            var result = await ReadAsync(file.Path, file.Name, pageImages, job, ct);
            job.Reads[file.Name] = result;
            entries.Add(ToEntry(id, file.Name, result));
        }
        job.FileEntries.Clear();
        job.FileEntries.AddRange(entries);
        job.Record.Documents = entries;
    }

    private async Task<ReadResult> ReadAsync(string path, string name, string pageImages, SubmissionJob job, CancellationToken ct)
    {
        if (cache is null) return await reader.ReadAsync(path, ct, pageImages);
        string sha;
        try
        {
            sha = ReadResultCache.HashFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader gives the clerk-readable message for a file that cannot be opened.
            return await reader.ReadAsync(path, ct, pageImages);
        }
        if (cache.TryGet(sha, Path.GetFileName(path), pageImages) is { } cached)
        {
            job.ReadCacheHits++;
            return cached;
        }
        var result = await reader.ReadAsync(path, ct, pageImages);
        try
        {
            cache.Put(sha, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time next run, never this run's result.
        }
        return result;
    }

    private static DocumentEntry ToEntry(string id, string name, ReadResult result)
    {
        if (result.Status == ReadStatus.Failed || result.Document is null)
            return new DocumentEntry
            {
                DocumentId = id, File = name, Status = DocumentStatus.Error,
                Error = result.Errors.FirstOrDefault()?.Message ?? "unreadable file：无法读取该文件",
            };
        var pages = result.Document.Pages;
        var ocrPages = pages.Where(p => p.Source == PageSource.Ocr).ToList();
        return new DocumentEntry
        {
            DocumentId = id,
            File = name,
            Pages = pages.Select(p => p.Number).ToList(),
            TextSource = TextSourceOf(pages),
            OcrConfidence = ocrPages.Count == 0 ? null
                : Math.Round(ocrPages.Average(p => p.OcrConfidence ?? 0), 3),
            Status = DocumentStatus.Ok,
            // A partial read keeps what was read and says which pages were not.
            Error = result.Status == ReadStatus.Partial
                ? string.Join("；", result.Errors.Select(e => $"{e.Part}: {e.Message}"))
                : null,
        };
    }

    private static TextSource? TextSourceOf(IReadOnlyList<Page> pages)
    {
        var sources = pages.Select(p => p.Source).Distinct().ToList();
        if (sources.Count == 0) return null;
        if (sources.Count > 1) return TextSource.Mixed;
        return sources[0] switch
        {
            PageSource.Docx => TextSource.Docx,
            PageSource.PdfText => TextSource.PdfText,
            _ => TextSource.Ocr,
        };
    }
}
