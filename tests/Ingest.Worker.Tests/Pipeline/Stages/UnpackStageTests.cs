using System.IO.Compression;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline.Stages;

public sealed class UnpackStageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("unpack-test").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SubmissionJob Job(string source) => new()
    {
        SubmissionId = "S1", SourcePath = source,
        OutputDirectory = Path.Combine(_dir, "out"), WorkDirectory = Path.Combine(_dir, "work"),
    };

    [Fact]
    public async Task RunAsync_RefusesEntryEscapingFolder_AndUnpacksTheRest()
    {
        var zip = Path.Combine(_dir, "S1.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(archive.CreateEntry("申请书.txt").Open())) w.Write("ok");
            using (var w = new StreamWriter(archive.CreateEntry("../../evil.sh").Open())) w.Write("rm -rf /");
        }
        var job = Job(zip);
        Directory.CreateDirectory(job.WorkDirectory);

        await new UnpackStage().RunAsync(job, CancellationToken.None);

        var good = Assert.Single(job.Files, f => f.Error is null);
        Assert.Equal("申请书.txt", good.Name);
        Assert.True(File.Exists(good.Path));
        var bad = Assert.Single(job.Files, f => f.Error is not null);
        Assert.StartsWith("unsafe zip entry", bad.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "evil.sh")));
    }

    [Fact]
    public async Task RunAsync_RecordsCorruptZip_WithoutThrowing()
    {
        var zip = Path.Combine(_dir, "S1.zip");
        await File.WriteAllBytesAsync(zip, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var job = Job(zip);
        Directory.CreateDirectory(job.WorkDirectory);

        await new UnpackStage().RunAsync(job, CancellationToken.None);

        Assert.StartsWith("corrupt zip", Assert.Single(job.Files).Error);
    }

    [Fact]
    public async Task RunAsync_ListsFolderFiles_SkippingSystemLitter()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "S1")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "营业执照.pdf"), "x");
        await File.WriteAllTextAsync(Path.Combine(folder, ".DS_Store"), "x");

        var job = Job(folder);
        await new UnpackStage().RunAsync(job, CancellationToken.None);

        Assert.Equal("营业执照.pdf", Assert.Single(job.Files).Name);
    }
}
