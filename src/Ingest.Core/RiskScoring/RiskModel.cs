using System.Text.Json;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.RiskScoring;

/// <summary>
/// The trained risk score: two-class logistic regression (genuine / falsified) over <see cref="RiskFeatures"/>.
/// A factor's contribution is its share of the log-odds towards "falsified" (weight difference × value), so the
/// factors a reviewer sees are exactly what moved the score, largest first.
/// </summary>
public sealed class RiskModel
{
    public const string Kind = "risk-score";
    public const string ModelName = "risk";
    public static readonly string[] Classes = ["genuine", "falsified"];
    private const int MaxFactors = 3;

    private readonly SoftmaxModel _model;

    public RiskModel(SoftmaxModel model)
    {
        if (!model.Classes.SequenceEqual(Classes)) throw new InvalidDataException("risk model classes must be genuine, falsified");
        _model = model;
    }

    public SoftmaxModel Softmax => _model;

    /// <summary>Loads a model file written by <c>train-risk</c>; refuses one whose features differ from this build's.</summary>
    public static RiskModel FromJson(string json)
    {
        var file = ModelFile.FromJson(json);
        if (file.Kind != Kind) throw new InvalidDataException($"not a risk model (kind '{file.Kind}')");
        var ids = file.FeatureSettings?.TryGetProperty("features", out var f) == true
            ? f.EnumerateArray().Select(e => e.GetString()).ToList()
            : [];
        if (!ids.SequenceEqual(RiskFeatures.All.Select(r => r.Id)))
            throw new InvalidDataException("risk model was trained on other features than this build computes: retrain it (train-risk)");
        return new RiskModel(file.Model(ModelName));
    }

    public static SparseVector ToVector(double[] features)
    {
        var builder = new SparseVectorBuilder();
        for (var i = 0; i < features.Length; i++) if (features[i] != 0) builder.Add(i, features[i]);
        return builder.Build();
    }

    public double Probability(double[] features) => _model.Predict(ToVector(features))[1];

    public Risk Score(SubmissionRecord record, SubmissionReport report)
    {
        var x = RiskFeatures.Extract(record, report);
        var factors = new List<RiskFactor>();
        foreach (var (i, contribution) in Contributions(x).Where(c => c.Contribution > 0).Take(MaxFactors))
            factors.Add(new RiskFactor(RiskFeatures.All[i].Describe(x[i]), Math.Round(contribution, 2)));
        return new Risk { Score = Math.Round(Probability(x), 3), Factors = factors };
    }

    /// <summary>Each non-zero feature's push towards "falsified" in log-odds, largest first.</summary>
    public IEnumerable<(int Feature, double Contribution)> Contributions(double[] x)
    {
        var towardsFalsified = _model.Contributions(ToVector(x), 1).ToDictionary(c => c.FeatureId, c => c.Contribution);
        var towardsGenuine = _model.Contributions(ToVector(x), 0).ToDictionary(c => c.FeatureId, c => c.Contribution);
        return Enumerable.Range(0, x.Length)
            .Where(i => x[i] != 0)
            .Select(i => (i, towardsFalsified.GetValueOrDefault(i) - towardsGenuine.GetValueOrDefault(i)))
            .OrderByDescending(c => c.Item2).ThenBy(c => c.i);
    }

    /// <summary>The weights by feature name, for the model file: auditors can read what the score rewards.</summary>
    public IReadOnlyDictionary<string, double> WeightsByFeature()
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < RiskFeatures.All.Count; i++)
        {
            var unit = new double[RiskFeatures.All.Count];
            unit[i] = 1;
            result[RiskFeatures.All[i].Id] = Math.Round(Contributions(unit).FirstOrDefault().Contribution, 4);
        }
        return result;
    }

    public static JsonElement FeatureSettings() =>
        ModelFile.ToElement(new { features = RiskFeatures.All.Select(f => f.Id).ToArray() });
}
