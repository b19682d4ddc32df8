using ZcIngest.Core.Ml;

namespace ZcIngest.Core.RiskScoring;

/// <summary>A submission's risk features with its label: did the truth say it holds falsified material.</summary>
public sealed record RiskSample(string SubmissionId, double[] Features, bool Falsified);

/// <summary>Held-out figures of a risk model, and those of the simplest rule it must beat ("any flag").</summary>
public sealed record RiskMetrics(int Samples, int Falsified, double Accuracy, double Auc, double LogLoss,
    double Precision, double Recall, double BaselineAnyFlagAccuracy);

public static class RiskTraining
{
    public static (RiskModel Model, TrainingSummary Summary) Train(IReadOnlyList<RiskSample> samples, double lambda)
    {
        var labeled = samples.Select(s => new LabeledSample(RiskModel.ToVector(s.Features), s.Falsified ? 1 : 0)).ToList();
        var (model, summary) = SoftmaxTrainer.Train(labeled, RiskModel.Classes, new SoftmaxTrainerOptions { Lambda = lambda });
        return (new RiskModel(model), summary);
    }

    public static RiskMetrics Evaluate(RiskModel model, IReadOnlyList<RiskSample> samples) =>
        Measure(samples, samples.Select(s => model.Probability(s.Features)).ToArray());

    /// <summary>
    /// k-fold cross-validation: each submission is scored by the model trained on the other folds, and the figures are
    /// taken over all those out-of-fold scores at once. On a corpus of a hundred or two, one held-out share is too small
    /// to tell a good model from a lucky split; this uses every submission once as unseen.
    /// </summary>
    /// <param name="foldOf">The fold (0 … folds−1) of a submission id; stable, so a submission's fold never depends on the others.</param>
    public static RiskMetrics CrossValidate(IReadOnlyList<RiskSample> samples, double lambda, int folds, Func<string, int> foldOf)
    {
        var scores = new double[samples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var test = Enumerable.Range(0, samples.Count).Where(i => foldOf(samples[i].SubmissionId) == fold).ToList();
            var train = Enumerable.Range(0, samples.Count).Except(test).Select(i => samples[i]).ToList();
            if (test.Count == 0) continue;
            if (train.All(x => x.Falsified) || train.All(x => !x.Falsified))
                throw new ArgumentException($"fold {fold} leaves only one class to train on");
            var (model, _) = Train(train, lambda);
            foreach (var i in test) scores[i] = model.Probability(samples[i].Features);
        }
        return Measure(samples, scores);
    }

    private static RiskMetrics Measure(IReadOnlyList<RiskSample> samples, double[] p)
    {
        if (samples.Count == 0) return new RiskMetrics(0, 0, 0, 0, 0, 0, 0, 0);
        var y = samples.Select(s => s.Falsified).ToArray();
        int tp = 0, fp = 0, fn = 0, correct = 0, baseline = 0;
        var logLoss = 0.0;
        var flagCount = RiskFeatures.All.Count(f => f.Id.StartsWith("flag_", StringComparison.Ordinal));
        for (var i = 0; i < p.Length; i++)
        {
            var predicted = p[i] >= 0.5;
            if (predicted == y[i]) correct++;
            if (predicted && y[i]) tp++;
            if (predicted && !y[i]) fp++;
            if (!predicted && y[i]) fn++;
            logLoss -= Math.Log(Math.Clamp(y[i] ? p[i] : 1 - p[i], 1e-12, 1));
            var anyFlag = samples[i].Features.Take(flagCount).Any(v => v > 0);
            if (anyFlag == y[i]) baseline++;
        }
        return new RiskMetrics(p.Length, y.Count(v => v), (double)correct / p.Length, Auc(p, y), logLoss / p.Length,
            tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), (double)baseline / p.Length);
    }

    /// <summary>Area under the ROC curve by ranks (ties count half): the chance a falsified one scores above a genuine one.</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        double pairs = 0, wins = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (!positive[i]) continue;
            for (var j = 0; j < scores.Count; j++)
            {
                if (positive[j]) continue;
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? double.NaN : wins / pairs;
    }
}
