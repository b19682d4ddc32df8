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
}
