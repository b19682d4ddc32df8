using System.Collections.Concurrent;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.TestSupport;

/// <summary>
/// A stand-in OCR service for reader tests: it records which page images it was given (and that they exist)
/// and answers with one marked line, so tests see exactly which pages were sent to OCR.
/// </summary>
public sealed class RecordingOcr : IOcrService
{
    public ConcurrentBag<(string ImagePath, int Page, long Bytes)> Calls { get; } = [];

    public Task<Page> RecognizeAsync(string imagePath, int pageNumber, CancellationToken ct)
    {
        Calls.Add((imagePath, pageNumber, new FileInfo(imagePath).Length));
        var line = new Line { Text = $"OCR page {pageNumber}", Box = new Box(10, 10, 200, 40), Words = [new Word { Text = "OCR", Confidence = 0.9 }] };
        return Task.FromResult(new Page
        {
            Number = pageNumber, Width = 1000, Height = 1400, Unit = "px", Source = PageSource.Ocr,
            OcrConfidence = 0.9, Blocks = [new Block { Lines = [line] }],
        });
    }
}
