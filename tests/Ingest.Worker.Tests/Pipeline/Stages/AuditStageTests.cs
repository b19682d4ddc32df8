using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline.Stages;

public sealed class AuditStageTests
{
    private static SubmissionJob Job()
    {
        var job = new SubmissionJob { SubmissionId = "T", SourcePath = "T", OutputDirectory = "out/T", WorkDirectory = "work/T" };
        job.Record = new SubmissionRecord { SubmissionId = "T" };
        job.Record.Documents.Add(new DocumentEntry
        {
            DocumentId = "d1", File = "存款证明.jpg", Pages = [1], Type = DocumentType.BankDepositProof,
            TextSource = TextSource.Ocr, OcrConfidence = 0.1,
        });
        job.Reads["存款证明.jpg"] = new ReadResult
        {
            Status = ReadStatus.Ok,
            Document = new ReadDocument { File = "存款证明.jpg", Pages = [new Page { Number = 1, Source = PageSource.Ocr, OcrConfidence = 0.1 }] },
        };
        job.Extraction = new ExtractionResult();
        return job;
    }

    [Fact]
    public async Task Run_ReplacesItsOwnFlags_WhenRunTwice()
    {
        var job = Job();
        var stage = new AuditStage();
        await stage.RunAsync(job, CancellationToken.None);
        await stage.RunAsync(job, CancellationToken.None);
        var flag = Assert.Single(job.Flags);
        Assert.Equal(FlagCode.LowOcrConfidence, flag.Code);
        Assert.Equal(["d1"], flag.DocumentIds);
    }

    [Fact]
    public async Task Run_KeepsOtherStagesFlags()
    {
        var job = Job();
        var reuse = new Flag { Code = FlagCode.DuplicateCertificate, Severity = Severity.High, DocumentIds = ["d1"], RelatedSubmissions = ["S9"] };
        var forensics = new Flag { Code = FlagCode.PdfModified, Severity = Severity.High, DocumentIds = ["d1"] };
        job.Flags.AddRange([reuse, forensics]);
        await new AuditStage().RunAsync(job, CancellationToken.None);
        Assert.Contains(reuse, job.Flags);
        Assert.Contains(forensics, job.Flags);
        Assert.Equal(3, job.Flags.Count);
    }

    /// <summary>A greyscale PGM page: white, or covered in grey noise like a degraded scan.</summary>
    private static string PageImage(string directory, bool noisy)
    {
        const int side = 200;
        var pixels = new byte[side * side];
        var random = new Random(7);
        for (var i = 0; i < pixels.Length; i++) pixels[i] = noisy ? (byte)random.Next(120, 256) : (byte)250;
        for (var i = 0; i < 60; i++) pixels[side * 100 + 70 + i] = 30; // a stroke of a seal or signature
        var path = Path.Combine(directory, noisy ? "noisy.pgm" : "blank.pgm");
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"P5\n{side} {side}\n255\n"));
        file.Write(pixels);
        return path;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Run_FlagsLowOcr_UnlessThePageIsBlank(bool noisy, bool flagged)
    {
        var directory = Directory.CreateTempSubdirectory("audit-stage-").FullName;
        try
        {
            var job = Job();
            var page = job.Reads["存款证明.jpg"].Document!.Pages[0];
            job.Reads["存款证明.jpg"].Document!.Pages[0] = page with { OcrConfidence = 0.0, ImageRef = PageImage(directory, noisy) };
            await new AuditStage().RunAsync(job, CancellationToken.None);
            Assert.Equal(flagged, job.Flags.Any(f => f.Code == FlagCode.LowOcrConfidence));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
