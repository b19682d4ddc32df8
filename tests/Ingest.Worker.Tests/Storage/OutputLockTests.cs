using System.Text.Json.Nodes;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Reuse;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Tests.Storage;

public sealed class OutputLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zcingest-lock-").FullName;

    [Fact]
    public async Task AcquireAsync_FailsWithAClearMessage_WhileAnotherWriterHoldsTheFolder()
    {
        using (await OutputLock.AcquireAsync(_folder, CancellationToken.None))
        {
            var e = await Assert.ThrowsAsync<IOException>(() =>
                OutputLock.AcquireAsync(_folder, CancellationToken.None, TimeSpan.FromMilliseconds(100)));
            Assert.StartsWith("output folder locked: ", e.Message);
            Assert.Contains("正被另一个处理任务写入", e.Message);
        }
        using var again = await OutputLock.AcquireAsync(_folder, CancellationToken.None, TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task ReportFlagPatcher_WaitsForTheOwnRun_AndPatchesTheReportItWrote()
    {
        var path = Path.Combine(_folder, "report.json");
        await File.WriteAllTextAsync(path, """{"submission_id":"S1","verdict":"pass","rules":[],"discrepancies":[],"flags":[],"missing_documents":[],"version":"old"}""");
        var flag = new Flag { Code = FlagCode.DuplicateDocument, Severity = Severity.High, Message = "同一份租赁合同", RelatedSubmissions = ["S2"] };

        Task<bool> patching;
        using (await OutputLock.AcquireAsync(_folder, CancellationToken.None))
        {
            patching = ReportFlagPatcher.ApplyAsync(path, [flag], CancellationToken.None);
            await Task.Delay(300);
            Assert.False(patching.IsCompleted); // it must not have read the report the own run is about to replace
            await File.WriteAllTextAsync(path, """{"submission_id":"S1","verdict":"pass","rules":[],"discrepancies":[],"flags":[],"missing_documents":[],"version":"new"}""");
        }
        Assert.True(await patching);

        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.Equal("new", root["version"]!.GetValue<string>());
        Assert.Equal("duplicate_document", root["flags"]![0]!["code"]!.GetValue<string>());
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
