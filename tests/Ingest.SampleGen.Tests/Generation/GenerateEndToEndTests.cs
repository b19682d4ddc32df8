using System.Security.Cryptography;
using System.Text.Json;
using ZcIngest.SampleGen.Generation;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Tests.Generation;

/// <summary>One real submission rendered twice: the slowest test here (external tools), and the one that matters.</summary>
public class GenerateEndToEndTests
{
    [Fact]
    public void Generate_WritesIdenticalBytes_ForTheSameSeed_AndTruthDescribesEveryFile()
    {
        var root = Path.Combine(Path.GetTempPath(), $"sg-e2e-{Guid.NewGuid():N}");
        try
        {
            var programs = new[] { Programs.Get("shuozhou-2016-makerspace") };
            new CorpusGenerator(Path.Combine(root, "a"), 5, programs, jobs: 1).Generate(1);
            new CorpusGenerator(Path.Combine(root, "b"), 5, programs, jobs: 1).Generate(1);
            var a = Snapshot(Path.Combine(root, "a"));
            var b = Snapshot(Path.Combine(root, "b"));
            Assert.Equal(a.Keys, b.Keys);
            foreach (var (name, hash) in a) Assert.Equal(hash, b[name]);

            var dir = Path.Combine(root, "a", "S001");
            using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "truth.json")));
            var files = truth.RootElement.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(Directory.GetFiles(dir).Length - 1, files.Count);
            foreach (var f in files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(dir, f.GetProperty("file").GetString()!));
                Assert.Equal(f.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
            Assert.Equal("shuozhou-2016-makerspace", truth.RootElement.GetProperty("program_id").GetString());
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, true);
        }
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
}
