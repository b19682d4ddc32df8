using ZcIngest.Core.Documents;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Formats;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline;

public sealed class ReadResultCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("read-cache-test").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A PDF reader that counts its reads and returns one page with a word and a kept page image.</summary>
    private sealed class CountingReader(string? failWith = null) : IFormatReader
    {
        public int Reads;
        public IReadOnlyCollection<FileFormat> Formats { get; } = [FileFormat.Pdf];

        public async Task<ReadResult> ReadAsync(string path, ReadContext context, CancellationToken ct)
        {
            Interlocked.Increment(ref Reads);
            string? image = null;
            if (context.PageImageDirectory is { } pages)
            {
                Directory.CreateDirectory(pages);
                image = Path.Combine(pages, "scan-p0001.png");
                await File.WriteAllBytesAsync(image, [1, 2, 3], ct);
            }
            var page = new Page
            {
                Number = 1, Width = 100, Height = 200, Unit = "px", Source = PageSource.Ocr, OcrConfidence = 0.9,
                ImageRef = image,
                Blocks = [new Block { Lines = [new Line { Text = "营业执照", Words = [new Word { Text = "营业执照", Confidence = 0.9 }] }] }],
            };
            return new ReadResult
            {
                Status = failWith is null ? ReadStatus.Ok : ReadStatus.Partial,
                Document = new ReadDocument { File = Path.GetFileName(path), Format = "pdf", Pages = [page] },
                Errors = failWith is null ? [] : [new ReadError("scan.pdf p.1", failWith)],
            };
        }
    }

    private string Pdf(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, "%PDF-1.4\n" + body);
        return path;
    }

    private SubmissionJob Job(string id, params string[] files)
    {
        var job = new SubmissionJob
        {
            SubmissionId = id, SourcePath = _dir, OutputDirectory = Path.Combine(_dir, "out", id),
            WorkDirectory = Path.Combine(_dir, "work", id),
        };
        foreach (var f in files) job.Files.Add(new SubmittedFile(Path.GetFileName(f), f));
        return job;
    }

    private ReadResultCache Cache(string identity = "readers-test") => new(Path.Combine(_dir, "cache"), identity);

    [Fact]
    public async Task Run_ReadsOnce_WhenTheSameContentIsProcessedAgain()
    {
        var fake = new CountingReader();
        var stage = new ReadStage(new DocumentReader([fake], ocr: null), Cache());
        var file = Pdf("scan.pdf", "a");

        var first = Job("S1", file);
        await stage.RunAsync(first, CancellationToken.None);
        var second = Job("S2", file);
        await stage.RunAsync(second, CancellationToken.None);

        Assert.Equal(1, fake.Reads);
        Assert.Equal(0, first.ReadCacheHits);
        Assert.Equal(1, second.ReadCacheHits);
        var page = second.Reads["scan.pdf"].Document!.Pages.Single();
        Assert.Equal("营业执照", page.Text);
        Assert.Equal(0.9, page.Lines.Single().Words.Single().Confidence);
        // The page image is the second job's own copy, not the first job's or the cache's file.
        Assert.Equal(Path.Combine(second.WorkDirectory, "pages", "scan-p0001.png"), page.ImageRef);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(page.ImageRef!));
    }

    [Fact]
    public async Task Run_ReadsAgain_WhenTheContentOrTheReadersDiffer()
    {
        var fake = new CountingReader();
        var reader = new DocumentReader([fake], ocr: null);
        await new ReadStage(reader, Cache()).RunAsync(Job("S1", Pdf("a.pdf", "one")), CancellationToken.None);
        await new ReadStage(reader, Cache()).RunAsync(Job("S2", Pdf("b.pdf", "two")), CancellationToken.None);
        await new ReadStage(reader, Cache("readers-newer")).RunAsync(Job("S3", Pdf("c.pdf", "one")), CancellationToken.None);

        Assert.Equal(3, fake.Reads);
    }

    [Fact]
    public async Task Run_ReadsAgainAndRepairs_WhenTheEntryIsCorrupt()
    {
        var fake = new CountingReader();
        var cache = Cache();
        var stage = new ReadStage(new DocumentReader([fake], ocr: null), cache);
        var file = Pdf("scan.pdf", "a");
        await stage.RunAsync(Job("S1", file), CancellationToken.None);
        var entry = Directory.GetFiles(cache.Directory, "*.json").Single();

        foreach (var damage in new[] { "{\"file_sha256\":", "null", "[]", "{\"file_sha256\":\"x\",\"identity\":\"readers-test\"}" })
        {
            await File.WriteAllTextAsync(entry, damage);
            var job = Job("S2", file);
            await stage.RunAsync(job, CancellationToken.None);
            Assert.Equal(0, job.ReadCacheHits);
            Assert.Equal("营业执照", job.Reads["scan.pdf"].Document!.Text);
        }
        Assert.Equal(5, fake.Reads);

        var repaired = Job("S3", file);
        await stage.RunAsync(repaired, CancellationToken.None);
        Assert.Equal(1, repaired.ReadCacheHits);
        Assert.Equal(5, fake.Reads);
    }

    [Fact]
    public async Task Run_ReadsAgain_WhenAKeptPageImageIsMissingFromTheCache()
    {
        var fake = new CountingReader();
        var cache = Cache();
        var stage = new ReadStage(new DocumentReader([fake], ocr: null), cache);
        var file = Pdf("scan.pdf", "a");
        await stage.RunAsync(Job("S1", file), CancellationToken.None);
        foreach (var image in Directory.GetFiles(cache.Directory, "*.png", SearchOption.AllDirectories)) File.Delete(image);

        await stage.RunAsync(Job("S2", file), CancellationToken.None);

        Assert.Equal(2, fake.Reads);
    }

    [Fact]
    public async Task Run_DoesNotKeep_WhenOcrFailedOnAPage()
    {
        var fake = new CountingReader(ReadMessages.OcrFailed("timeout"));
        var stage = new ReadStage(new DocumentReader([fake], ocr: null), Cache());
        var file = Pdf("scan.pdf", "a");
        await stage.RunAsync(Job("S1", file), CancellationToken.None);
        await stage.RunAsync(Job("S2", file), CancellationToken.None);

        Assert.Equal(2, fake.Reads);
    }

    [Fact]
    public async Task Run_KeepsFailures_ThatDependOnTheFileAlone()
    {
        var fake = new CountingReader();
        var stage = new ReadStage(new DocumentReader([fake], ocr: null), Cache());
        var empty = Path.Combine(_dir, "empty.pdf");
        File.WriteAllBytes(empty, []);

        var job = Job("S2", empty);
        await stage.RunAsync(Job("S1", empty), CancellationToken.None);
        await stage.RunAsync(job, CancellationToken.None);

        Assert.Equal(1, job.ReadCacheHits);
        Assert.Equal(ReadStatus.Failed, job.Reads["empty.pdf"].Status);
        Assert.StartsWith("file is empty", job.Reads["empty.pdf"].Errors.Single().Message);
    }

    [Fact]
    public void Put_Throws_WhenTheKeyIsNotADigest()
    {
        var result = ReadResult.Failed("x", ReadMessages.FileEmpty);
        Assert.Throws<ArgumentException>(() => Cache().Put("../../etc/passwd", result));
    }
}
