using ZcIngest.Core.Discrepancies;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// A second look at the scanned figures a discrepancy would rest on. Each figure read from a scanned page that differs
/// from the other side of its field is read again from the page image at three enlargements
/// (<see cref="SecondFigureReading"/>); when those readings mostly disagree with the first, the value is kept but marked
/// low-confidence: a reading for the reviewer to check, not a contradiction to put to the applicant. Only contested
/// figures are read again, so a submission costs a few small crops. Reads the record the extract stage rebuilt;
/// a value once marked is no longer contested, so running it twice changes nothing.
/// </summary>
public sealed class SecondReadingStage(IOcrService? ocr) : ISubmissionStage
{
    public string Name => "second-reading";

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        if (ocr is null) return;
        foreach (var discrepancy in DiscrepancyFinder.Find(job.Record, null))
        {
            if (!FieldKeys.TryGet(discrepancy.Field, out var key) || job.Record.Fields[key] is not { } entry) continue;
            if (await Doubted(job, entry.Declared, ct) is { } declared) job.Record.Fields.SetDeclared(key, declared);
            if (await Doubted(job, entry.Evidence, ct) is { } evidence) job.Record.Fields.SetEvidence(key, evidence);
        }
    }

    /// <summary>The value marked low-confidence when its second readings contradict it; null when they do not or cannot.</summary>
    private async Task<FieldValue?> Doubted(SubmissionJob job, FieldValue? value, CancellationToken ct)
    {
        if (value?.Value?.Number is null || value.LowConfidence == true) return null;
        var document = job.Record.Documents.FirstOrDefault(d => d.DocumentId == value.DocumentId);
        if (document?.TextSource is not (TextSource.Ocr or TextSource.Mixed)) return null;
        if (!job.Reads.TryGetValue(document.File, out var read) || read.Document is null) return null;
        var page = read.Document.Pages.FirstOrDefault(p => p.Number == value.Page);
        if (page is not { Source: PageSource.Ocr, ImageRef: { } image } || !File.Exists(image)) return null;
        if (SecondFigureReading.WordOf(page, value) is not { Box: { } box } word) return null;
        try
        {
            // A figure inside a word of Chinese is read again with its line; one of its own, as figures alone.
            var contradicted = SecondFigureReading.HoldsChinese(word)
                ? SecondFigureReading.ContradictsInLine(SecondFigureReading.FigureOf(value)!, await ocr!.ReadLineAgainAsync(image, box, ct))
                : SecondFigureReading.Contradicts(word.Text, await ocr!.ReadFigureAgainAsync(image, box, ct));
            return contradicted ? value with { LowConfidence = true } : null;
        }
        catch (OcrImageException)
        {
            return null;
        }
    }
}
