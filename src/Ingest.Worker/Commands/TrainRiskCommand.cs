using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZcIngest.Core.Ml;
using ZcIngest.Core.RiskScoring;
using ZcIngest.Worker.Training;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>train-risk &lt;output-dir&gt; --truth &lt;dir&gt; --out &lt;model.json&gt;</c>: trains the risk score on submissions that
/// <c>process</c> already handled (their reports hold the flags and discrepancies the features come from), holding
/// out a share by submission id, and writes the model with its provenance and held-out figures.
/// </summary>
public sealed class TrainRiskCommand : ICommand
{
    public string Name => "train-risk";
    public string Usage => "train-risk <output-dir> --truth <dir> --out <model.json> [--seed S] [--test-share 0.3] [--lambda 0.001] [--folds 5]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, ["--truth", "--out", "--seed", "--test-share", "--lambda", "--folds"]);
        if (options.Positional.Count != 1) throw new UsageException("train-risk needs exactly one <output-dir> (what process wrote)");
        var outputs = options.Positional[0];
        var truth = options.Get("--truth") ?? throw new UsageException("train-risk needs --truth <dir>");
        var modelPath = options.Get("--out") ?? throw new UsageException("train-risk needs --out <model.json>");
        if (!Directory.Exists(outputs)) throw new UsageException($"output folder not found: {outputs}");
        if (!Directory.Exists(truth)) throw new UsageException($"truth folder not found: {truth}");
        var seed = options.Get("--seed") is { } s ? ParseInt(s, "--seed") : 1;
        var testShare = Number(options.Get("--test-share") ?? "0.3", "--test-share");
        // 0.001: the best 5-fold log loss of 0.001, 0.003, 0.01, 0.03, 0.1 on 150 corpus500 submissions (models/README.md).
        var lambda = Number(options.Get("--lambda") ?? "0.001", "--lambda");
        if (testShare is <= 0 or >= 1) throw new UsageException("--test-share must be between 0 and 1");
        var folds = options.Get("--folds") is { } f ? ParseInt(f, "--folds") : 5;
        if (folds is < 2 or > 20) throw new UsageException("--folds must be a whole number from 2 to 20");

        var samples = RiskCorpus.Load(outputs, truth, stderr);
        var test = samples.Where(x => TrainClassifierCommand.IsHeldOut(x.SubmissionId, seed, testShare)).ToList();
        var train = samples.Except(test).ToList();
        if (train.Count == 0 || train.All(x => x.Falsified) || train.All(x => !x.Falsified))
            throw new UsageException($"train-risk needs genuine and falsified submissions to learn from (found {train.Count(x => x.Falsified)} falsified of {train.Count})");

        var clock = Stopwatch.StartNew();
        var (model, summary) = RiskTraining.Train(train, lambda);
        var seconds = clock.Elapsed.TotalSeconds;
        var trainMetrics = RiskTraining.Evaluate(model, train);
        var testMetrics = RiskTraining.Evaluate(model, test);
        stdout.WriteLine($"samples: {samples.Count} ({samples.Count(x => x.Falsified)} falsified); train {train.Count}, held out {test.Count}");
        stdout.WriteLine($"training: {summary.Iterations} iterations, loss {summary.FinalLoss:0.0000}, {summary.StopReason}");
        Print(stdout, "train", trainMetrics);
        Print(stdout, "held-out", testMetrics);
        RiskMetrics crossValidated;
        try
        {
            crossValidated = RiskTraining.CrossValidate(samples, lambda, folds, id => FoldOf(id, seed, folds));
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"train-risk cannot cross-validate: {e.Message}");
        }
        Print(stdout, $"{folds}-fold", crossValidated);
        foreach (var (feature, weight) in model.WeightsByFeature().OrderByDescending(w => w.Value))
            stdout.WriteLine($"  {feature,-34} {weight,8:0.000}");

        var file = new ModelFile
        {
            Kind = RiskModel.Kind,
            Provenance = new ModelProvenance
            {
                Command = "train-risk " + string.Join(' ', args),
                Corpus = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(truth))),
                SplitSeed = seed,
                TrainedAt = DateTimeOffset.UtcNow,
                TrainingSeconds = Math.Round(seconds, 2),
                Settings = new Dictionary<string, JsonElement>
                {
                    ["lambda"] = ModelFile.ToElement(lambda),
                    ["test_share"] = ModelFile.ToElement(testShare),
                    ["label"] = ModelFile.ToElement("falsified = the truth plants a flag other than low_ocr_confidence, or a declared value its evidence contradicts"),
                    ["weights_by_feature"] = ModelFile.ToElement(model.WeightsByFeature()),
                },
            },
            FeatureSettings = RiskModel.FeatureSettings(),
            Evaluation = ModelFile.ToElement(new { train = trainMetrics, held_out = testMetrics, cross_validated = new { folds, metrics = crossValidated } }),
            Models = new Dictionary<string, SerializedSoftmax> { [RiskModel.ModelName] = SerializedSoftmax.From(model.Softmax) },
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        await AtomicFile.WriteAllTextAsync(modelPath, file.ToJson() + "\n", ct);
        stdout.WriteLine($"model written to {modelPath}");
        return CommandLine.ExitOk;
    }

    /// <summary>A stable fold from the id alone, hashed apart from the held-out split (another seed).</summary>
    private static int FoldOf(string submissionId, int seed, int folds) =>
        (int)(FeatureHasher.StableHash(submissionId, (uint)seed + 1) % (uint)folds);

    private static void Print(TextWriter stdout, string name, RiskMetrics m) =>
        stdout.WriteLine($"{name}: {m.Samples} submissions ({m.Falsified} falsified): accuracy {m.Accuracy:P1}, AUC {m.Auc:0.000}, " +
                         $"log loss {m.LogLoss:0.000}, precision {m.Precision:P1}, recall {m.Recall:P1}; " +
                         $"rule \"any flag\" accuracy {m.BaselineAnyFlagAccuracy:P1}");

    private static double Number(string text, string name) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new UsageException($"{name} must be a number");

    private static int ParseInt(string text, string name) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new UsageException($"{name} must be a whole number");
}
