using System.Text.Json.Nodes;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;
using ZcIngest.Worker.Reuse;

namespace ZcIngest.Worker.Tests.Reuse;

/// <summary>The stage end to end on the embedded store: the second applicant flags both reports, re-runs change nothing twice.</summary>
public sealed class ReuseStageTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("zcingest-reuse-stage-").FullName;

    private SubmissionJob Job(string id, string operatorName, string diplomaNo, string holder)
    {
        var job = new SubmissionJob
        {
            SubmissionId = id, SourcePath = id, OutputDirectory = Path.Combine(_out, id), WorkDirectory = Path.Combine(_out, ".work", id),
        };
        job.Record = new SubmissionRecord { SubmissionId = id };
        job.Record.Fields.SetDeclared(FieldKeys.OperatorName, new FieldValue { Value = ScalarValue.Of(operatorName) });
        job.Extraction = new ExtractionResult();
        job.Extraction.For("d6", DocumentType.Diploma).Diploma = new DiplomaFacts(
            new FieldValue { Value = ScalarValue.Of(holder) }, EducationLevel.Bachelor, "本科", null,
            new FieldValue { Value = ScalarValue.Of(diplomaNo) }, null);
        return job;
    }

    /// <summary>What check-rules and write-outputs would do: the flags into report.json, plus a key of someone else's.</summary>
    private static async Task WriteReportAsync(SubmissionJob job)
    {
        Directory.CreateDirectory(job.OutputDirectory);
        var report = new SubmissionReport { SubmissionId = job.SubmissionId, Verdict = Verdict.NeedsReview, Flags = [.. job.Flags] };
        var node = JsonNode.Parse(IngestJson.Serialize(report))!.AsObject();
        node["risk_note"] = "kept as written";
        await File.WriteAllTextAsync(Path.Combine(job.OutputDirectory, "report.json"), node.ToJsonString());
    }

    private List<JsonNode> FlagsInReport(string id) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(_out, id, "report.json")))!["flags"]!.AsArray().Select(f => f!).ToList();

    [Fact]
    public async Task Run_FlagsBothReports_WhenASecondApplicantArrivesWithTheSameDiploma()
    {
        var index = ReuseIndexFactory.Create(null, _out);
        var stage = new ReuseStage(index);
        var a = Job("S003", "太原创客汇科技有限公司", "127671201606394844", "邓帆");
        await stage.RunAsync(a, CancellationToken.None);
        Assert.Empty(a.Flags);
        await WriteReportAsync(a);

        // Weeks later.
        var b = Job("S004", "晋中众创空间管理有限公司", "127671201606394844", "邓帆");
        await stage.RunAsync(b, CancellationToken.None);
        var flag = Assert.Single(b.Flags);
        Assert.Equal(FlagCode.DuplicateCertificate, flag.Code);
        Assert.Equal(["S003"], flag.RelatedSubmissions);
        Assert.Contains("太原创客汇科技有限公司", flag.Message);
        await WriteReportAsync(b);

        var earlier = Assert.Single(FlagsInReport("S003"));
        Assert.Equal("duplicate_certificate", earlier["code"]!.GetValue<string>());
        Assert.Equal("S004", earlier["related_submissions"]![0]!.GetValue<string>());
        Assert.Equal(["d6"], earlier["document_ids"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("kept as written", JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "S003", "report.json")))!["risk_note"]!.GetValue<string>());

        // B again: neither report gains a second flag, and B does not match its own earlier entry.
        b.Flags.Clear();
        await stage.RunAsync(b, CancellationToken.None);
        Assert.Single(b.Flags);
        Assert.Single(FlagsInReport("S003"));

        // A corrected and re-run without that diploma: the match disappears from B's report as well.
        var corrected = Job("S003", "太原创客汇科技有限公司", "127671201606000001", "李明");
        await stage.RunAsync(corrected, CancellationToken.None);
        Assert.Empty(corrected.Flags);
        Assert.Empty(FlagsInReport("S004"));
    }

    [Fact]
    public async Task Run_RaisesNothing_WhenTheSameOperatorAppliesTwice()
    {
        var stage = new ReuseStage(ReuseIndexFactory.Create(null, _out));
        await stage.RunAsync(Job("S020", "太原创客汇科技有限公司", "127671201606394844", "邓帆"), CancellationToken.None);
        var again = Job("S021", "太原创客汇科技有限责任公司", "127671201606394844", "邓帆");
        await stage.RunAsync(again, CancellationToken.None);
        Assert.Empty(again.Flags);
    }

    [Fact]
    public async Task Run_ReplacesOnlyItsOwnFlags_LeavingOtherAuditFlags()
    {
        var stage = new ReuseStage(ReuseIndexFactory.Create(null, _out));
        var job = Job("S030", "甲公司", "127671201606394844", "邓帆");
        job.Flags.Add(new Flag { Code = FlagCode.InvalidCreditCode, Severity = Severity.High, Message = "校验位错误" });
        job.Flags.Add(new Flag { Code = FlagCode.DuplicateDocument, Severity = Severity.High, Message = "stale" });
        await stage.RunAsync(job, CancellationToken.None);
        Assert.Equal([FlagCode.InvalidCreditCode], job.Flags.Select(f => f.Code));
    }

    [Fact]
    public async Task RefreshStage_FlagsTheEarlierReport_WhenTheOtherApplicantMatchedBeforeItWasWritten()
    {
        // Two runs side by side: B indexes the shared diploma after A's reuse stage looked and before A's report exists.
        var index = ReuseIndexFactory.Create(null, _out);
        var stage = new ReuseStage(index);
        var a = Job("S040", "太原创客汇科技有限公司", "127671201606394844", "邓帆");
        await stage.RunAsync(a, CancellationToken.None);
        var b = Job("S041", "晋中众创空间管理有限公司", "127671201606394844", "邓帆");
        await stage.RunAsync(b, CancellationToken.None);
        Assert.Single(b.Flags);
        await WriteReportAsync(a);
        Assert.Empty(FlagsInReport("S040"));
        a.Report = new SubmissionReport { SubmissionId = "S040" };

        await new RefreshReuseFlagsStage(index).RunAsync(a, CancellationToken.None);

        Assert.Equal("duplicate_certificate", Assert.Single(FlagsInReport("S040"))["code"]!.GetValue<string>());
        Assert.Equal(FlagCode.DuplicateCertificate, Assert.Single(a.Report.Flags).Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_out, recursive: true); } catch (IOException) { }
    }
}
