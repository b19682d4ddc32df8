using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Classification;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Training;

public delegate Task<ReadResult> ReadFile(string path, CancellationToken ct);

/// <summary>
/// Reads every labelled, readable file of a corpus into the document model, through the same read cache as
/// <c>process</c>: a corpus once processed trains without OCR, and a reader change (a new cache identity) is never
/// trained on stale text.
/// </summary>
public sealed class LabeledCorpusReader(ReadFile readFile, ReadResultCache cache, TextWriter log)
{
    public sealed record Outcome(IReadOnlyList<LabeledFile> Files, int Read, int FromCache, int Failed, int Unlabelled);

    public async Task<Outcome> ReadAsync(IReadOnlyList<CorpusSubmission> submissions, string workRoot, int workers,
        CancellationToken ct)
    {
        var work = new List<(CorpusSubmission Submission, SubmittedFile File, TruthFileEntry Truth)>();
        var unlabelled = 0;
        foreach (var submission in submissions)
        {
            var job = new SubmissionJob
            {
                SubmissionId = submission.Id, SourcePath = submission.SourcePath,
                OutputDirectory = Path.Combine(workRoot, "out"), WorkDirectory = Path.Combine(workRoot, submission.Id),
            };
            Directory.CreateDirectory(job.WorkDirectory);
            await new UnpackStage().RunAsync(job, ct);
            foreach (var file in job.Files.Where(f => f.Path is not null))
            {
                var truth = submission.Truth.Files.FirstOrDefault(t => t.File == file.Name)
                            ?? submission.Truth.Files.FirstOrDefault(t => Path.GetFileName(t.File) == Path.GetFileName(file.Name));
                if (truth is null || truth.Status != "ok") { unlabelled++; continue; }
                work.Add((submission, file, truth));
            }
        }

        var results = new LabeledFile?[work.Count];
        int read = 0, fromCache = 0, failed = 0, done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct }, async (i, token) =>
            {
                var (submission, file, truth) = work[i];
                var key = ReadResultCache.HashFile(file.Path!);
                var result = cache.TryGet(key, file.Name, pageImageDirectory: null);
                if (result is not null) Interlocked.Increment(ref fromCache);
                else
                {
                    result = await readFile(file.Path!, token);
                    cache.Put(key, result);
                    Interlocked.Increment(ref read);
                }
                if (result.Document is not { } document || result.Status == ReadStatus.Failed)
                {
                    Interlocked.Increment(ref failed);
                    lock (log) log.WriteLine($"  unreadable {submission.Id}/{file.Name}: {result.Errors.FirstOrDefault()?.Message}");
                    return;
                }
                var parts = CorpusTruth.PartsOf(truth, document.Pages.Count);
                if (parts is null || document.Pages.Count == 0) { Interlocked.Increment(ref failed); return; }
                results[i] = new LabeledFile(submission.Id, file.Name, document.Pages, parts);
                var n = Interlocked.Increment(ref done);
                if (n % 50 == 0) lock (log) log.WriteLine($"  {n}/{work.Count} files read");
            });
        return new Outcome(results.OfType<LabeledFile>().ToList(), read, fromCache, failed, unlabelled);
    }
}
