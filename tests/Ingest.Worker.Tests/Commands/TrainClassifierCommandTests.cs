using System.Text.Json;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;
using ZcIngest.Worker.Commands;

namespace ZcIngest.Worker.Tests.Commands;

public sealed class TrainClassifierCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "zc-train-test-" + Guid.NewGuid().ToString("N"));

    private static readonly (string Type, string[] Titles, string[] Lines)[] Kinds =
    [
        ("lease_contract", ["房屋租赁合同", "场地租赁协议"], ["出租方（甲方）", "承租方（乙方）", "租赁期限", "租金每月人民币", "甲乙双方协商一致"]),
        ("diploma", ["毕业证书", "普通高等学校毕业证书"], ["学生", "在本校学习", "准予毕业", "证书编号", "校长"]),
        ("bank_deposit_proof", ["存款证明书", "资金证明"], ["兹证明", "在我行存款余额", "账号", "开户银行", "特此证明"]),
    ];

    /// <summary>Folder submissions with text "documents" (pages split by form feeds) and the generator's truth.json layout.</summary>
    private string WriteCorpus(int submissions)
    {
        var corpus = Path.Combine(_root, "corpus");
        var rng = new Random(1);
        for (var s = 0; s < submissions; s++)
        {
            var dir = Path.Combine(corpus, $"S{s:00}");
            Directory.CreateDirectory(dir);
            var files = new List<object>();
            foreach (var (type, titles, lines) in Kinds)
            {
                var name = $"{type}.txt";
                var body = Enumerable.Range(0, 5).Select(_ => lines[rng.Next(lines.Length)] + rng.Next(1000));
                File.WriteAllText(Path.Combine(dir, name), titles[rng.Next(titles.Length)] + "\n" + string.Join('\n', body));
                files.Add(new { file = name, type, status = "ok", documents = new[] { new { type, key = "k", pages = new[] { 1 } } } });
            }
            // A bundle: two documents in one file.
            File.WriteAllText(Path.Combine(dir, "bundle.txt"), "房屋租赁合同\n出租方（甲方）\n租金每月人民币\f毕业证书\n学生\n准予毕业");
            files.Add(new { file = "bundle.txt", type = (string?)null, status = "ok", documents = new[]
            {
                new { type = "lease_contract", key = "a", pages = new[] { 1 } },
                new { type = "diploma", key = "b", pages = new[] { 2 } },
            } });
            File.WriteAllText(Path.Combine(dir, "truth.json"), JsonSerializer.Serialize(new { submission_id = $"S{s:00}", files }));
        }
        return corpus;
    }

    private static Task<ReadResult> FakeRead(string path, CancellationToken ct)
    {
        var pages = File.ReadAllText(path).Split('\f').Select((text, i) => new Page
        {
            Number = i + 1,
            Blocks = [new Block { Lines = text.Split('\n').Select(l => new Line { Text = l }).ToList() }],
        }).ToList();
        return Task.FromResult(new ReadResult { Status = ReadStatus.Ok, Document = new ReadDocument { File = Path.GetFileName(path), Pages = pages } });
    }

    [Fact]
    public async Task RunAsync_WritesLoadableModelWithProvenance_SmallLabelledCorpus()
    {
        var corpus = WriteCorpus(12);
        var model = Path.Combine(_root, "models", "doc-classifier.json");
        var export = Path.Combine(_root, "features", "doc");
        var stdout = new StringWriter();
        var code = await new TrainClassifierCommand(FakeRead).RunAsync(
            ["--corpus", corpus, "--out", model, "--seed", "3", "--corpus-seed", "7", "--cache", Path.Combine(_root, "cache"),
             "--export-features", export, "--workers", "1"], stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(CommandLine.ExitOk, code);
        var file = ModelFile.FromJson(await File.ReadAllTextAsync(model));
        Assert.Equal(7, file.Provenance.CorpusSeed);
        Assert.Equal(3, file.Provenance.SplitSeed);
        Assert.StartsWith("train-classifier --corpus", file.Provenance.Command);
        Assert.True(file.Evaluation!.Value.GetProperty("documents").GetProperty("accuracy").GetDouble() > 0.9);
        var classifier = DocumentClassifier.FromModelFile(file);
        var page = new Page { Number = 1, Blocks = [new Block { Lines = [new Line { Text = "毕业证书" }, new Line { Text = "准予毕业" }] }] };
        Assert.Equal(DocumentType.Diploma, classifier.Classify([page]).BestGuess);
        Assert.True(File.Exists(export + ".train.svmlight"));
        Assert.True(File.Exists(export + ".test.svmlight"));
        Assert.Contains("held-out documents: accuracy", stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_ReusesCache_SecondRun()
    {
        var corpus = WriteCorpus(8);
        var cache = Path.Combine(_root, "cache");
        string[] Args(string o) => ["--corpus", corpus, "--out", Path.Combine(_root, o), "--cache", cache, "--workers", "1"];
        await new TrainClassifierCommand(FakeRead).RunAsync(Args("a.json"), new StringWriter(), new StringWriter(), CancellationToken.None);
        var second = new StringWriter();
        var reads = 0;
        await new TrainClassifierCommand((p, ct) => { Interlocked.Increment(ref reads); return FakeRead(p, ct); })
            .RunAsync(Args("b.json"), second, new StringWriter(), CancellationToken.None);
        Assert.Equal(0, reads);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(_root, "a.json")) is { } a ? Weights(a) : null,
            Weights(await File.ReadAllTextAsync(Path.Combine(_root, "b.json"))));
    }

    private static string Weights(string json) => ModelFile.FromJson(json).Models[DocumentClassifier.DocumentModel].Weights;

    [Fact]
    public async Task RunAsync_ThrowsUsage_CorpusMissing()
    {
        await Assert.ThrowsAsync<UsageException>(() => new TrainClassifierCommand(FakeRead).RunAsync(
            ["--corpus", Path.Combine(_root, "nope"), "--out", Path.Combine(_root, "m.json")], new StringWriter(), new StringWriter(), CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
