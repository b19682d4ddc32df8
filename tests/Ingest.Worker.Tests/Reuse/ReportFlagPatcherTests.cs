using System.Text.Json.Nodes;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Reuse;

namespace ZcIngest.Worker.Tests.Reuse;

public sealed class ReportFlagPatcherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zcingest-patch-").FullName;

    private const string Report = """
        {"schema":"zcingest.report/1","submission_id":"S1","jurisdiction":"xinjiang-2019-makerspace","verdict":"pass",
         "rules":[{"rule_id":"r1","source":"s","field":"total_area_sqm","requirement":">= 500","value":500,"basis":"declared","status":"pass"}],
         "discrepancies":[],"flags":[{"code":"invalid_id_number","severity":"high","message":"x","document_ids":[],"related_submissions":[]}],
         "missing_documents":[],"risk":null,"extra":{"kept":true}}
        """;

    private static readonly Flag Duplicate = new()
    {
        Code = FlagCode.DuplicateDocument, Severity = Severity.High, Message = "同一份租赁合同", DocumentIds = ["d4"], RelatedSubmissions = ["S2"],
    };

    [Fact]
    public async Task ApplyAsync_AddsTheFlagOnce_AndKeepsEverythingElse()
    {
        var path = Path.Combine(_folder, "report.json");
        await File.WriteAllTextAsync(path, Report);
        Assert.True(await ReportFlagPatcher.ApplyAsync(path, [Duplicate], CancellationToken.None));
        Assert.False(await ReportFlagPatcher.ApplyAsync(path, [Duplicate], CancellationToken.None));
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.Equal(["invalid_id_number", "duplicate_document"], root["flags"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()));
        Assert.True(root["extra"]!["kept"]!.GetValue<bool>());
        Assert.Equal("S2", root["flags"]![1]!["related_submissions"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ApplyAsync_TurnsAPassIntoNeedsReview_AndBackWhenTheMatchIsGone()
    {
        var path = Path.Combine(_folder, "report.json");
        await File.WriteAllTextAsync(path, Report.Replace("\"severity\":\"high\",\"message\":\"x\"", "\"severity\":\"low\",\"message\":\"x\""));
        await ReportFlagPatcher.ApplyAsync(path, [Duplicate], CancellationToken.None);
        Assert.Equal("needs_review", JsonNode.Parse(await File.ReadAllTextAsync(path))!["verdict"]!.GetValue<string>());
        await ReportFlagPatcher.ApplyAsync(path, [], CancellationToken.None);
        Assert.Equal("pass", JsonNode.Parse(await File.ReadAllTextAsync(path))!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApplyAsync_RendersTheReviewersPageAgain_WhenTheRecordLiesBeside()
    {
        var path = Path.Combine(_folder, "report.json");
        await File.WriteAllTextAsync(path, Report);
        await File.WriteAllTextAsync(Path.Combine(_folder, "record.json"), IngestJson.Serialize(new SubmissionRecord { SubmissionId = "S1" }));
        var page = Path.Combine(_folder, "report.html");
        await File.WriteAllTextAsync(page, "<html>written before the match</html>");

        await ReportFlagPatcher.ApplyAsync(path, [Duplicate], CancellationToken.None);

        var html = await File.ReadAllTextAsync(page);
        Assert.Contains("同一份租赁合同", html);
        Assert.Contains("S2", html);
    }

    [Fact]
    public async Task ApplyAsync_LeavesAMissingOrForeignFileAlone()
    {
        Assert.False(await ReportFlagPatcher.ApplyAsync(Path.Combine(_folder, "none.json"), [Duplicate], CancellationToken.None));
        var path = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(path, "{not json");
        Assert.False(await ReportFlagPatcher.ApplyAsync(path, [Duplicate], CancellationToken.None));
        Assert.Equal("{not json", await File.ReadAllTextAsync(path));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
