using ZcIngest.Core.Json;
using ZcIngest.Core.Programs;
using ZcIngest.Core.Reports;
using ZcIngest.Core.RiskScoring;
using ZcIngest.Core.Rules;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Classification;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;
using ZcIngest.Worker.Reuse;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>process &lt;input&gt; --out &lt;dir&gt; [--jurisdiction auto|&lt;id&gt;] [--db &lt;connection&gt;] [--workers N]
/// [--read-cache &lt;dir&gt;|--no-read-cache]</c>: runs the pipeline on every submission and writes the per-submission
/// outputs and summary.csv. Reads are cached under <c>&lt;out&gt;/.cache/reads</c> unless another folder is given
/// (several runs may share one), so processing the same files again does not OCR them again.
/// </summary>
public sealed class ProcessCommand : ICommand
{
    public string Name => "process";
    public string Usage => "process <input> --out <dir> [--jurisdiction auto|<id>] [--db <connection>] [--workers N] [--read-cache <dir>|--no-read-cache]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, ["--out", "--jurisdiction", "--db", "--workers", "--read-cache"], ["--no-read-cache"]);
        if (options.Positional.Count != 1) throw new UsageException("process needs exactly one <input> folder or zip");
        var output = options.Get("--out") ?? throw new UsageException("process needs --out <dir>");
        var jurisdiction = options.Get("--jurisdiction") is { } j && j != "auto" ? j : null;
        if (jurisdiction is not null && !ProgramIds.IsKnown(jurisdiction))
            throw new UsageException($"unknown program id '{jurisdiction}' (known: {string.Join(", ", ProgramIds.All)})");
        var workers = options.Get("--workers") is { } w
            ? int.TryParse(w, out var n) && n is > 0 and <= 64 ? n : throw new UsageException("--workers must be a number from 1 to 64")
            : Environment.ProcessorCount;

        IReadOnlyList<SubmissionDiscovery.Found> submissions;
        try
        {
            submissions = SubmissionDiscovery.Find(options.Positional[0]);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var classifier = LoadClassifier();
        Directory.CreateDirectory(output);
        var workRoot = Path.Combine(output, ".work");
        // One OCR engine per worker, loaded once for the whole run; without Tesseract the run goes on and
        // scanned pages are reported as unreadable instead.
        using var ocr = OcrService.TryCreate(new OcrOptions { Workers = workers }, out var ocrUnavailable);
        if (ocrUnavailable is not null) stderr.WriteLine("warning: " + CommandLine.OneLine(ocrUnavailable));
        var readCache = options.Has("--no-read-cache") ? null
            : new ReadResultCache(options.Get("--read-cache") ?? Path.Combine(output, ".cache", "reads"),
                ReadResultCache.DescribeReaders(ocr?.Options));
        var reuse = ReuseIndexFactory.Create(options.Get("--db"), output);
        await using var _ = reuse as IAsyncDisposable;
        var riskModel = LoadRiskModel(stderr);
        var pipeline = new SubmissionPipeline(
            PipelineDefinition.Default(DocumentReader.CreateDefault(ocr), classifier, new RulesEngine(),
                readCache: readCache, risk: riskModel, reuse: reuse), stderr);
        var jobs = submissions.Select(s => new SubmissionJob
        {
            SubmissionId = s.SubmissionId,
            SourcePath = s.Path,
            OutputDirectory = Path.Combine(output, s.SubmissionId),
            WorkDirectory = Path.Combine(workRoot, s.SubmissionId),
            JurisdictionOverride = jurisdiction,
        }).ToList();

        // Largest first: a long scanned volume started last would leave the other workers idle at the end.
        await Parallel.ForEachAsync(jobs.OrderByDescending(j => SizeOf(j.SourcePath)).ToList(), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct },
            async (job, token) =>
            {
                Directory.CreateDirectory(job.WorkDirectory);
                job.Record.SubmissionId = job.SubmissionId;
                await pipeline.RunAsync(job, token);
                lock (stdout)
                    stdout.WriteLine($"{job.SubmissionId}: {job.Record.Documents.Count} documents, " +
                                     $"program {job.Record.Jurisdiction ?? "unknown"}, " +
                                     $"verdict {job.Report?.Verdict.ToString() ?? "-"}" +
                                     (job.StageErrors.Count > 0 ? $", {job.StageErrors.Count} stage errors" : ""));
            });

        await AtomicFile.WriteAllTextAsync(Path.Combine(output, "summary.csv"),
            SummaryCsv.Write(jobs.Select(j => (j.Record, j.Report, (IReadOnlyList<string>)j.StageErrors))) + "\n", ct);
        stdout.WriteLine($"processed {jobs.Count} submissions → {output}");
        if (readCache is not null)
            stderr.WriteLine($"read cache: {jobs.Sum(j => j.ReadCacheHits)} of {jobs.Sum(j => j.Reads.Count)} files reused ({readCache.Directory})");
        return CommandLine.ExitOk;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return Directory.Exists(path)
                ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
                : new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The trained model ships beside the worker (models/ in the repository).</summary>
    internal static DocumentClassifier LoadClassifier()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "doc-classifier.json");
        if (!File.Exists(path))
            throw new UsageException($"document classifier model not found at {path}：缺少文档分类模型，请重新构建（models/doc-classifier.json）");
        return DocumentClassifier.Load(path);
    }

    /// <summary>The risk model ships beside the worker too; a missing or stale one leaves risk null with a warning.</summary>
    internal static RiskModel? LoadRiskModel(TextWriter stderr)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "risk-model.json");
        try
        {
            return RiskModel.FromJson(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"warning: risk model not usable ({CommandLine.OneLine(e.Message)}): reports will have risk null");
            return null;
        }
    }
}
