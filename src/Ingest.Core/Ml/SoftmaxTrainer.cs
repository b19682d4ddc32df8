namespace ZcIngest.Core.Ml;

/// <summary>One training example: a feature vector, its class index and an optional weight.</summary>
public sealed record LabeledSample(SparseVector Features, int Label, double Weight = 1);

public sealed record SoftmaxTrainerOptions
{
    /// <summary>L2 strength on the mean loss; scikit-learn's C is 1 / (λ·N).</summary>
    public double Lambda { get; init; } = 1e-4;
    public LbfgsOptions Optimizer { get; init; } = new();
}

public sealed record TrainingSummary(int Samples, int Features, int Classes, double FinalLoss, int Iterations,
    int Evaluations, string StopReason);

/// <summary>
/// Trains a <see cref="SoftmaxModel"/> by L-BFGS from zero weights. Deterministic: the same samples in the
/// same order with the same options give the same weights bit for bit. Used by the document classifier and
/// by the risk score (two classes).
/// </summary>
public static class SoftmaxTrainer
{
    public static (SoftmaxModel Model, TrainingSummary Summary) Train(IReadOnlyList<LabeledSample> samples,
        IReadOnlyList<string> classes, SoftmaxTrainerOptions options)
    {
        if (samples.Count == 0) throw new ArgumentException("no training samples");
        if (classes.Count < 2) throw new ArgumentException("a classifier needs at least two classes");
        if (options.Lambda < 0) throw new ArgumentOutOfRangeException(nameof(options), "lambda must not be negative");
        foreach (var s in samples)
            if (s.Label < 0 || s.Label >= classes.Count) throw new ArgumentException($"label {s.Label} is not a class index");

        // Only features that occur get parameters: 2^18 hash buckets × 14 classes would otherwise cost
        // L-BFGS hundreds of megabytes of history.
        var featureIds = samples.SelectMany(s => s.Features.Indices).Distinct().Order().ToArray();
        var column = new Dictionary<int, int>(featureIds.Length);
        for (var u = 0; u < featureIds.Length; u++) column[featureIds[u]] = u;

        var columns = samples.Select(s => s.Features.Indices.Select(i => column[i]).ToArray()).ToArray();
        var values = samples.Select(s => s.Features.Values).ToArray();
        var objective = new SoftmaxObjective(columns, values, samples.Select(s => s.Label).ToArray(),
            samples.Select(s => s.Weight).ToArray(), featureIds.Length, classes.Count, options.Lambda);

        var theta = new double[objective.ParameterCount];
        var result = Lbfgs.Minimize(objective.Evaluate, theta, options.Optimizer);

        var k = classes.Count;
        var weights = new float[featureIds.Length * k];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)theta[i];
        var bias = new float[k];
        for (var c = 0; c < k; c++) bias[c] = (float)theta[featureIds.Length * k + c];

        var model = new SoftmaxModel(classes.ToArray(), featureIds, weights, bias);
        return (model, new TrainingSummary(samples.Count, featureIds.Length, k, result.Value, result.Iterations,
            result.Evaluations, result.StopReason));
    }
}
