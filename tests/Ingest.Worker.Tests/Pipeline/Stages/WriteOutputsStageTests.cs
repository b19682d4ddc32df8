using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline.Stages;

public sealed class WriteOutputsStageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("zcingest-write-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SubmissionJob Job(SubmissionReport? report) => new()
    {
        SubmissionId = "S01", SourcePath = "in", OutputDirectory = Path.Combine(_dir, "S01"), WorkDirectory = Path.Combine(_dir, "work"),
        Record = new SubmissionRecord
        {
            SubmissionId = "S01", Jurisdiction = "xinjiang-2019-makerspace",
            Documents = [new DocumentEntry { DocumentId = "d1", File = "<b>申请表</b>.docx", Type = DocumentType.ApplicationForm }],
        },
        Report = report,
    };

    [Fact]
    public async Task Run_WritesReportHtmlBesideTheJson_WithNoTemporaryFileLeft()
    {
        var job = Job(new SubmissionReport { SubmissionId = "S01", Jurisdiction = "xinjiang-2019-makerspace", Verdict = Verdict.NeedsReview });
        await new WriteOutputsStage().RunAsync(job, CancellationToken.None);
        var files = Directory.GetFiles(job.OutputDirectory).Select(Path.GetFileName).Order().ToList();
        // The folder's write lock stays (deleting it would let two writers lock different files); no temporary file does.
        Assert.Equal([".write.lock", "record.json", "report.html", "report.json"], files);
        var html = await File.ReadAllTextAsync(Path.Combine(job.OutputDirectory, "report.html"));
        Assert.Contains("需人工复核", html);
        Assert.Contains("新疆", html); // the program's Chinese title from the rule catalog
        Assert.Contains("&lt;b&gt;申请表&lt;/b&gt;.docx", html);
    }

    [Fact]
    public async Task Run_WritesNoPage_WhenThereIsNoReport()
    {
        var job = Job(null);
        await new WriteOutputsStage().RunAsync(job, CancellationToken.None);
        Assert.Equal([".write.lock", "record.json"], Directory.GetFiles(job.OutputDirectory).Select(Path.GetFileName).Order());
    }
}
