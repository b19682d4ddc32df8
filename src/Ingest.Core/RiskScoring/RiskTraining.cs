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

    public static RiskMetrics Evaluate(RiskModel model, IReadOnlyList<RiskSample> samples)
    {
        if (samples.Count == 0) return new RiskMetrics(0, 0, 0, 0, 0, 0, 0, 0);
        var p = samples.Select(s => model.Probability(s.Features)).ToArray();
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
