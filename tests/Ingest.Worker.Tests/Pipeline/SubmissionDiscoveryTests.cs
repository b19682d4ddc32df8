using ZcIngest.Worker.Pipeline;

namespace ZcIngest.Worker.Tests.Pipeline;

public sealed class SubmissionDiscoveryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("discovery-test").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Find_ReturnsEachFolderAndZip_ForBatchFolderWithReadme()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "S001"));
        File.WriteAllText(Path.Combine(_dir, "S002.zip"), "");
        File.WriteAllText(Path.Combine(_dir, "S002.truth.json"), "{}");
        File.WriteAllText(Path.Combine(_dir, "README.md"), "# batch");

        var found = SubmissionDiscovery.Find(_dir);

        Assert.Equal(["S001", "S002"], found.Select(f => f.SubmissionId));
    }

    [Fact]
    public void Find_ReturnsFolderItself_WhenItHoldsDocuments()
    {
        var submission = Directory.CreateDirectory(Path.Combine(_dir, "某某众创空间")).FullName;
        File.WriteAllText(Path.Combine(submission, "申请书.docx"), "");
        Directory.CreateDirectory(Path.Combine(submission, "附件"));

        var found = Assert.Single(SubmissionDiscovery.Find(submission));

        Assert.Equal("某某众创空间", found.SubmissionId);
    }

    [Fact]
    public void Find_Throws_ForMissingInput()
    {
        Assert.Throws<ArgumentException>(() => SubmissionDiscovery.Find(Path.Combine(_dir, "nope")));
    }
}
