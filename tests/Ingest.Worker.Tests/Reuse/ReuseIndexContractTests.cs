using ZcIngest.Core.Records;
using ZcIngest.Core.Reuse;
using ZcIngest.Worker.Reuse;

namespace ZcIngest.Worker.Tests.Reuse;

/// <summary>The same behaviour from both stores. Ids and keys are unique per test: the PostgreSQL database is shared.</summary>
public abstract class ReuseIndexContractTests
{
    protected abstract IReuseIndex CreateIndex();

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private string Id(string name) => $"{name}-{_run}";

    private IndexedSubmission Submission(string name, string operatorKey, params string[] diplomaNumbers) =>
        new(Id(name), operatorKey, operatorKey + "有限公司", "/out/" + Id(name))
        {
            Keys = diplomaNumbers.Select((n, i) => new IndexedKey(ReuseKeyKind.Diploma, n + _run, "d" + (i + 5), "张三")).ToList(),
            Documents =
            [
                new DocumentFingerprint("d4", DocumentType.LeaseContract, "租赁合同.pdf",
                    TextFingerprint.Of("房屋租赁合同 出租方 甲 承租方 乙 建筑面积860平方米 租期自2020年3月1日起至2025年3月1日止 " + _run),
                    [new PerceptualHash([1UL, 2UL, 3UL, 4UL])]),
            ],
        };

    protected async Task ReplaceAsync_KeepsOnlyTheLatestEntries_WhenASubmissionIsIndexedAgain()
    {
        var index = CreateIndex();
        await index.ReplaceAsync(Submission("A", "甲", "1111111111"), CancellationToken.None);
        await index.ReplaceAsync(Submission("A", "甲", "2222222222"), CancellationToken.None);
        var loaded = await index.LoadAsync(Id("A"), CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(["2222222222" + _run], loaded.Keys.Select(k => k.Key));
        Assert.Single(loaded.Documents);
        Assert.Equal("/out/" + Id("A"), loaded.OutputDirectory);
        var lease = loaded.Documents[0];
        Assert.Equal(DocumentType.LeaseContract, lease.Type);
        Assert.Equal(0, Assert.Single(lease.Pages).Distance(new PerceptualHash([1UL, 2UL, 3UL, 4UL])));
        Assert.NotNull(lease.Text);

        // The key it no longer has finds nothing.
        var probe = Submission("B", "乙", "1111111111");
        var candidates = await index.CandidatesAsync(probe, CancellationToken.None);
        Assert.DoesNotContain(candidates.Keys, k => k.SubmissionId == Id("A"));
    }

    protected async Task CandidatesAsync_FindsOthersSharingAKey_ButNeverItself()
    {
        var index = CreateIndex();
        await index.ReplaceAsync(Submission("A", "甲", "3333333333"), CancellationToken.None);
        var b = Submission("B", "乙", "3333333333");
        await index.ReplaceAsync(b, CancellationToken.None);
        var candidates = await index.CandidatesAsync(b, CancellationToken.None);
        Assert.Equal([Id("A")], candidates.Keys.Select(k => k.SubmissionId).Distinct());
        Assert.Contains(candidates.Documents, d => d.SubmissionId == Id("A"));
        Assert.DoesNotContain(candidates.Documents, d => d.SubmissionId == Id("B"));
        Assert.Equal("甲有限公司", candidates.Submissions[Id("A")].OperatorName);
        Assert.Null(await index.LoadAsync(Id("never"), CancellationToken.None));
    }

    protected async Task ReplaceAsync_LeavesOneConsistentEntry_WhenWorkersIndexAtTheSameTime()
    {
        // Two processes' worth of connections: each task has its own index object on the same database.
        var tasks = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var index = CreateIndex();
            await index.ReplaceAsync(Submission("C", "丙", "44444444" + (i % 2)), CancellationToken.None);
            await index.ReplaceAsync(Submission("D" + i, "丁" + i, "5555555555"), CancellationToken.None);
        })).ToList();
        await Task.WhenAll(tasks);
        var check = CreateIndex();
        var c = await check.LoadAsync(Id("C"), CancellationToken.None);
        Assert.NotNull(c);
        Assert.Single(c.Keys);
        Assert.Single(c.Documents);
        var candidates = await check.CandidatesAsync(Submission("E", "戊", "5555555555"), CancellationToken.None);
        Assert.Equal(8, candidates.Keys.Select(k => k.SubmissionId).Distinct().Count());
    }
}

public sealed class SqliteReuseIndexTests : ReuseIndexContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zcingest-reuse-").FullName;

    protected override IReuseIndex CreateIndex() => ReuseIndexFactory.Create(null, _folder);

    [Fact] public Task ReplaceAsync_KeepsOnlyTheLatestEntries() => ReplaceAsync_KeepsOnlyTheLatestEntries_WhenASubmissionIsIndexedAgain();
    [Fact] public Task CandidatesAsync_FindsOthersButNotItself() => CandidatesAsync_FindsOthersSharingAKey_ButNeverItself();
    [Fact] public Task ReplaceAsync_IsConsistent_WhenConcurrent() => ReplaceAsync_LeavesOneConsistentEntry_WhenWorkersIndexAtTheSameTime();

    [Fact]
    public void Create_UsesAFileUnderTheOutputFolder_WhenNoDbIsGiven()
    {
        Assert.IsType<SqliteReuseIndex>(ReuseIndexFactory.Create(null, _folder));
        Assert.IsType<PostgresReuseIndex>(ReuseIndexFactory.Create("Host=127.0.0.1;Database=x", _folder));
    }

    [Fact]
    public async Task ReplaceAsync_CreatesTheDatabaseFile_WhenMissing()
    {
        await CreateIndex().ReplaceAsync(new IndexedSubmission("X", null, null, null), CancellationToken.None);
        Assert.True(File.Exists(Path.Combine(_folder, ReuseIndexFactory.DefaultFileName)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public sealed class PostgresReuseIndexTests : ReuseIndexContractTests
{
    protected override IReuseIndex CreateIndex() => new PostgresReuseIndex(TestPostgres.ConnectionString);

    [PostgresFact] public Task ReplaceAsync_KeepsOnlyTheLatestEntries() => ReplaceAsync_KeepsOnlyTheLatestEntries_WhenASubmissionIsIndexedAgain();
    [PostgresFact] public Task CandidatesAsync_FindsOthersButNotItself() => CandidatesAsync_FindsOthersSharingAKey_ButNeverItself();
    [PostgresFact] public Task ReplaceAsync_IsConsistent_WhenConcurrent() => ReplaceAsync_LeavesOneConsistentEntry_WhenWorkersIndexAtTheSameTime();
}
