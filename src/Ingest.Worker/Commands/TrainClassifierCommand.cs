using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZcIngest.Core.Ml;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Extractors.Classification;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Training;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>train-classifier --corpus &lt;dir&gt; --out &lt;model.json&gt; [--seed S] …</c>: reads a labelled corpus
/// (the generator's submissions with truth.json), trains the document, page and boundary models on the
/// submissions outside the held-out share, evaluates on the held-out ones, and writes the model with its
/// provenance and figures.
/// </summary>
public sealed class TrainClassifierCommand(ReadFile? reader = null) : ICommand
{
    public string Name => "train-classifier";
    public string Usage => "train-classifier --corpus <dir> --out <model.json> [--seed S] [--corpus-seed S] [--test-share 0.25] " +
                           "[--cache <dir>] [--export-features <prefix>] [--workers N] [--no-ocr]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, ["--corpus", "--out", "--seed", "--corpus-seed", "--test-share", "--cache", "--export-features", "--workers"], ["--no-ocr"]);
        if (options.Positional.Count > 0) throw new UsageException($"unexpected argument '{options.Positional[0]}'");
        var corpus = options.Get("--corpus") ?? throw new UsageException("train-classifier needs --corpus <dir>");
        var output = options.Get("--out") ?? throw new UsageException("train-classifier needs --out <model.json>");
        var seed = Int(options, "--seed") ?? 1;
        var corpusSeed = Int(options, "--corpus-seed");
        var testShare = options.Get("--test-share") is { } ts
            ? double.TryParse(ts, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 1 ? v
                : throw new UsageException("--test-share must be a number between 0 and 1")
            : 0.25;
        var workers = Int(options, "--workers") ?? Math.Max(1, Environment.ProcessorCount);
        if (workers is < 1 or > 64) throw new UsageException("--workers must be a number from 1 to 64");
        var cachePath = options.Get("--cache") ?? Path.Combine(Path.GetTempPath(), "zcingest-reads");

        IReadOnlyList<CorpusSubmission> submissions;
        try
        {
            submissions = CorpusTruth.Find(corpus);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var total = Stopwatch.StartNew();
        var workRoot = Path.Combine(Path.GetTempPath(), "zcingest-train-" + Guid.NewGuid().ToString("N"));
        LabeledCorpusReader.Outcome read;
        // OCR is loaded only when a file is not in the cache: retraining on a cached corpus needs no Tesseract.
        // --no-ocr reads text layers only, under its own cache identity (scans are then unreadable): for a quick model.
        var ocr = new Lazy<OcrService>(() => new OcrService(new OcrOptions { Workers = workers }));
        try
        {
            // The same identity as process with default OCR settings, so a processed corpus's cache serves training.
            var cache = new ReadResultCache(cachePath, reader is not null ? "injected-reader"
                : ReadResultCache.DescribeReaders(options.Has("--no-ocr") ? null : new OcrOptions()));
            stderr.WriteLine($"reading {submissions.Count} submissions (read cache {cachePath})");
            var documentReader = new Lazy<DocumentReader>(() => DocumentReader.CreateDefault(options.Has("--no-ocr") ? null : ocr.Value));
            ReadFile defaultRead = (path, token) => documentReader.Value.ReadAsync(path, token);
            read = await new LabeledCorpusReader(reader ?? defaultRead, cache, stderr).ReadAsync(submissions, workRoot, workers, ct);
        }
        catch (OcrUnavailableException e)
        {
            throw new UsageException(e.Message);
        }
        finally
        {
            if (ocr.IsValueCreated) ocr.Value.Dispose();
            if (Directory.Exists(workRoot)) Directory.Delete(workRoot, recursive: true);
        }
        var readSeconds = total.Elapsed.TotalSeconds;
        stdout.WriteLine($"corpus: {submissions.Count} submissions, {read.Files.Count} labelled files " +
                         $"({read.Read} read, {read.FromCache} from cache, {read.Failed} unreadable, {read.Unlabelled} without truth) in {readSeconds:0.0} s");

        var test = read.Files.Where(f => IsHeldOut(f.Group, seed, testShare)).ToList();
        var train = read.Files.Except(test).ToList();
        if (train.Count == 0 || test.Count == 0) throw new UsageException("the corpus is too small to hold out a test share");

        var settings = new DocumentClassifierSettings();
        var trainingOptions = new DocumentClassifierTrainingOptions();
        var classes = DocumentClassifierTrainer.ClassesOf(train);
        var featurizer = new DocumentFeaturizer(settings.Features);
        var watch = Stopwatch.StartNew();
        var samples = DocumentClassifierTrainer.BuildSamples(train, classes, featurizer);
        var featureSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var trained = DocumentClassifierTrainer.Train(samples, settings, trainingOptions);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        var evaluation = ClassifierEvaluation.Evaluate(trained.Classifier, test, classes);

        var testGroups = test.Select(f => f.Group).Distinct().Count();
        stdout.WriteLine($"split (seed {seed}, test share {testShare}): train {train.Count} files of {train.Select(f => f.Group).Distinct().Count()} submissions, " +
                         $"test {test.Count} files of {testGroups} submissions");
        stdout.WriteLine($"training: {samples.Documents.Count} documents, {samples.Pages.Count} pages, {samples.Boundaries.Count} boundary samples; " +
                         $"features {featureSeconds:0.0} s, optimisation {trainSeconds:0.0} s");
        foreach (var (name, s) in trained.Summaries)
            stdout.WriteLine($"  {name}: {s.Samples} samples, {s.Features} features, {s.Classes} classes, loss {s.FinalLoss:0.0000}, {s.Iterations} iterations ({s.StopReason})");
        Print(stdout, evaluation);

        if (options.Get("--export-features") is { } prefix)
            ExportFeatures(prefix, samples, test, classes, featurizer, trained, trainingOptions, stdout);

        var file = new ModelFile
        {
            Kind = DocumentClassifier.Kind,
            Provenance = new ModelProvenance
            {
                Command = "train-classifier " + string.Join(' ', args),
                Corpus = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpus))),
                CorpusSeed = corpusSeed,
                SplitSeed = seed,
                TrainedAt = DateTimeOffset.UtcNow,
                TrainingSeconds = Math.Round(featureSeconds + trainSeconds, 1),
                Settings = new Dictionary<string, JsonElement>
                {
                    ["training"] = ModelFile.ToElement(trainingOptions),
                    ["test_share"] = ModelFile.ToElement(testShare),
                    ["train_files"] = ModelFile.ToElement(train.Count),
                    ["test_files"] = ModelFile.ToElement(test.Count),
                },
            },
            FeatureSettings = ModelFile.ToElement(settings),
            Evaluation = ModelFile.ToElement(evaluation),
            Models =
            {
                [DocumentClassifier.DocumentModel] = SerializedSoftmax.From(trained.Document),
                [DocumentClassifier.PageModel] = SerializedSoftmax.From(trained.Page),
            },
        };
        if (trained.Boundary is not null) file.Models[DocumentClassifier.BoundaryModel] = SerializedSoftmax.From(trained.Boundary);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(directory);
        await AtomicFile.WriteAllTextAsync(output, file.ToJson() + "\n", ct);
        stdout.WriteLine($"model written to {output} ({new FileInfo(output).Length / 1024} KiB) in {total.Elapsed.TotalSeconds:0.0} s in all");
        return CommandLine.ExitOk;
    }

    private static void Print(TextWriter stdout, ClassifierEvaluation e)
    {
        stdout.WriteLine($"held-out documents: accuracy {e.Documents.Accuracy:P2} ({e.Documents.Correct}/{e.Documents.Samples}), routed to other {e.RoutedToOtherShare:P1}");
        stdout.WriteLine($"held-out pages:     accuracy {e.Pages.Accuracy:P2} ({e.Pages.Correct}/{e.Pages.Samples})");
        stdout.WriteLine($"held-out bundles:   {e.BundlePages} pages, right type {e.BundlePageAccuracy:P2}; {e.BundleDocumentsFound}/{e.BundleDocuments} documents found with exact page range and type");
        stdout.WriteLine($"  {"class",-22} {"support",7} {"precision",9} {"recall",7} {"f1",6}");
        foreach (var c in e.Documents.PerClass)
            stdout.WriteLine($"  {c.Class,-22} {c.Support,7} {c.Precision,9:0.000} {c.Recall,7:0.000} {c.F1,6:0.000}");
        foreach (var failure in e.Failures) stdout.WriteLine("  failure: " + failure);
    }

    /// <summary>
    /// The document model's exact training matrix (after dropping rare features) and the held-out matrix,
    /// plus the matching scikit-learn C and our held-out predictions, for scripts/compare-sklearn.py.
    /// </summary>
    private static void ExportFeatures(string prefix, ClassifierSamples samples, IReadOnlyList<LabeledFile> test,
        IReadOnlyList<string> classes, DocumentFeaturizer featurizer, ClassifierTrainingResult trained,
        DocumentClassifierTrainingOptions options, TextWriter stdout)
    {
        var trainSet = FeatureFilter.DropRare(samples.Documents, options.MinFeatureSamples, featurizer.IsLayoutFeature);
        var testSamples = DocumentClassifierTrainer.BuildSamples(test.Where(f => f.Parts.Count == 1).ToList(), classes, featurizer).Documents;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(prefix))!);
        SvmLightExport.Write(prefix + ".train.svmlight", trainSet);
        SvmLightExport.Write(prefix + ".test.svmlight", testSamples);
        var ours = testSamples.Select(s => trained.Document.PredictBest(s.Features).ClassIndex).ToList();
        var meta = new
        {
            classes,
            n_features = featurizer.Dimension,
            lambda = options.Document.Lambda,
            sklearn_c = 1 / (options.Document.Lambda * trainSet.Count),
            ours_test_predictions = ours,
            ours_test_accuracy = testSamples.Count == 0 ? 0 : (double)ours.Where((p, i) => p == testSamples[i].Label).Count() / testSamples.Count,
        };
        File.WriteAllText(prefix + ".json", JsonSerializer.Serialize(meta, Core.Json.IngestJson.Options));
        stdout.WriteLine($"features exported: {prefix}.train.svmlight ({trainSet.Count}), {prefix}.test.svmlight ({testSamples.Count}), {prefix}.json");
    }

    /// <summary>Held out by submission, so that no applicant's documents are on both sides.</summary>
    public static bool IsHeldOut(string group, int seed, double share) =>
        FeatureHasher.StableHash(group, (uint)seed) % 10_000 < share * 10_000;

    private static int? Int(Options options, string name) => options.Get(name) is { } s
        ? int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"{name} must be a whole number")
        : null;
}
