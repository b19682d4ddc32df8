using ZcIngest.Core.Documents;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline.Stages;

public sealed class SecondReadingStageTests : IDisposable
{
    private readonly string _image = Path.Combine(Path.GetTempPath(), $"zc-second-{Guid.NewGuid():N}.png");

    public SecondReadingStageTests() => File.WriteAllBytes(_image, [0x89, 0x50, 0x4E, 0x47]);

    public void Dispose() => File.Delete(_image);

    /// <summary>Answers every second reading with the same texts and counts the words it was asked about.</summary>
    private sealed class FixedReadings(params string[] readings) : IOcrService
    {
        public List<Box> Asked { get; } = [];
        public List<Box> AskedAsLines { get; } = [];

        public Task<IReadOnlyList<string>> ReadLineAgainAsync(string imagePath, Box word, CancellationToken ct)
        {
            AskedAsLines.Add(word);
            return Task.FromResult<IReadOnlyList<string>>(readings);
        }

        public Task<Page> RecognizeAsync(string imagePath, int pageNumber, CancellationToken ct) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> ReadFigureAgainAsync(string imagePath, Box word, CancellationToken ct)
        {
            Asked.Add(word);
            return Task.FromResult<IReadOnlyList<string>>(readings);
        }
    }

    /// <summary>A scanned form declaring 10.9 events a month against activity records proving 0.9.</summary>
    private SubmissionJob Job(decimal evidence = 0.9m, string wordText = "10.9")
    {
        var job = new SubmissionJob { SubmissionId = "T", SourcePath = "T", OutputDirectory = "out/T", WorkDirectory = "work/T" };
        job.Record = new SubmissionRecord { SubmissionId = "T" };
        job.Record.Documents.Add(new DocumentEntry { DocumentId = "d1", File = "申请书.pdf", Pages = [1, 2], Type = DocumentType.ApplicationForm, TextSource = TextSource.Ocr });
        job.Record.Documents.Add(new DocumentEntry { DocumentId = "d9", File = "活动.docx", Pages = [1], Type = DocumentType.ActivityRecord, TextSource = TextSource.Docx });
        var word = new Word { Text = wordText, Box = new Box(589, 1766, 633, 1799), Confidence = 0.91 };
        var page = new Page
        {
            Number = 2, Source = PageSource.Ocr, ImageRef = _image,
            Blocks = [new Block { Lines = [new Line { Text = "平均每月活动场次 10.9", Box = new Box(156, 1762, 633, 1799), Words = [new Word { Text = "平均每月活动场次", Box = new Box(156, 1763, 355, 1786) }, word] }] }],
        };
        job.Reads["申请书.pdf"] = new ReadResult { Status = ReadStatus.Ok, Document = new ReadDocument { File = "申请书.pdf", Pages = [new Page { Number = 1, Source = PageSource.Ocr }, page] } };
        job.Record.Fields.SetDeclared(FieldKeys.EventsPerMonth, new FieldValue
        {
            Value = ScalarValue.Of(10.9m), DocumentId = "d1", Page = 2, Box = new Box(156, 1762, 633, 1799), Snippet = "平均每月活动场次 10.9", Confidence = 0.91,
        });
        job.Record.Fields.SetEvidence(FieldKeys.EventsPerMonth, new FieldValue { Value = ScalarValue.Of(evidence), DocumentId = "d9", Page = 1, Confidence = 0.9 });
        return job;
    }

    [Fact]
    public async Task Run_MarksScannedFigureLowConfidence_SecondReadingsDisagree()
    {
        var job = Job();
        var ocr = new FixedReadings("0.9", "0.9", "0.9");

        await new SecondReadingStage(ocr).RunAsync(job, CancellationToken.None);
        await new SecondReadingStage(ocr).RunAsync(job, CancellationToken.None);

        Assert.True(job.Record.Fields[FieldKeys.EventsPerMonth]!.Declared!.LowConfidence);
        Assert.Null(job.Record.Fields[FieldKeys.EventsPerMonth]!.Evidence!.LowConfidence);
        Assert.Equal([new Box(589, 1766, 633, 1799)], ocr.Asked); // once: the second run finds nothing contested
    }

    [Fact]
    public async Task Run_KeepsTheFigure_SecondReadingsBearItOut()
    {
        var job = Job();

        await new SecondReadingStage(new FixedReadings("10.9", "10.9", "0.9")).RunAsync(job, CancellationToken.None);

        Assert.Null(job.Record.Fields[FieldKeys.EventsPerMonth]!.Declared!.LowConfidence);
    }

    [Fact]
    public async Task Run_ReadsNothingAgain_SidesAgree()
    {
        var job = Job(evidence: 10.9m);
        var ocr = new FixedReadings("0.9", "0.9", "0.9");

        await new SecondReadingStage(ocr).RunAsync(job, CancellationToken.None);

        Assert.Empty(ocr.Asked);
        Assert.Null(job.Record.Fields[FieldKeys.EventsPerMonth]!.Declared!.LowConfidence);
    }

    [Fact]
    public async Task Run_ReadsTheLineAgain_FigureInAWordWithChinese()
    {
        // The line re-reading joined the figure and its unit into one word: a figures-only reading would turn 场 into
        // digits, so the word is read again as a line with the page's language.
        var job = Job(wordText: "10.9场");
        var ocr = new FixedReadings("0.9场", "0.9场", "10.9场");

        await new SecondReadingStage(ocr).RunAsync(job, CancellationToken.None);

        Assert.True(job.Record.Fields[FieldKeys.EventsPerMonth]!.Declared!.LowConfidence);
        Assert.Empty(ocr.Asked);
        Assert.Equal([new Box(589, 1766, 633, 1799)], ocr.AskedAsLines);
    }
}
