namespace ZcIngest.Core.Ml;

/// <summary>
/// A trained multinomial logistic-regression model: one weight per (feature, class) for the features seen
/// in training, and one bias per class. Weights are single precision so that a saved and reloaded model
/// predicts exactly what the trained one did.
/// </summary>
public sealed class SoftmaxModel
{
    public IReadOnlyList<string> Classes { get; }
    /// <summary>Sorted feature indices that have weights; any other index contributes nothing.</summary>
    public int[] FeatureIds { get; }
    /// <summary>Feature-major: the weight of feature <c>FeatureIds[u]</c> for class k is at <c>u * K + k</c>.</summary>
    public float[] Weights { get; }
    public float[] Bias { get; }

    public SoftmaxModel(IReadOnlyList<string> classes, int[] featureIds, float[] weights, float[] bias)
    {
        if (classes.Count < 2) throw new ArgumentException("a classifier needs at least two classes");
        if (weights.Length != featureIds.Length * classes.Count) throw new ArgumentException("weights do not match features × classes");
        if (bias.Length != classes.Count) throw new ArgumentException("one bias per class");
        for (var i = 1; i < featureIds.Length; i++)
            if (featureIds[i] <= featureIds[i - 1]) throw new ArgumentException("feature ids must be strictly increasing");
        Classes = classes;
        FeatureIds = featureIds;
        Weights = weights;
        Bias = bias;
    }

    public int ClassCount => Classes.Count;

    public double[] Scores(SparseVector x)
    {
        var k = ClassCount;
        var scores = new double[k];
        for (var c = 0; c < k; c++) scores[c] = Bias[c];
        for (var i = 0; i < x.Count; i++)
        {
            var u = Array.BinarySearch(FeatureIds, x.Indices[i]);
            if (u < 0) continue;
            var v = x.Values[i];
            var offset = u * k;
            for (var c = 0; c < k; c++) scores[c] += Weights[offset + c] * v;
        }
        return scores;
    }

    /// <summary>Class probabilities, in the order of <see cref="Classes"/>; they sum to 1.</summary>
    public double[] Predict(SparseVector x) => Softmax(Scores(x));

    public (int ClassIndex, double Probability) PredictBest(SparseVector x)
    {
        var p = Predict(x);
        var best = 0;
        for (var c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return (best, p[best]);
    }

    /// <summary>Each feature's share of class <paramref name="classIndex"/>'s score (weight × value), largest first.</summary>
    public IReadOnlyList<(int FeatureId, double Contribution)> Contributions(SparseVector x, int classIndex)
    {
        var result = new List<(int, double)>();
        for (var i = 0; i < x.Count; i++)
        {
            var u = Array.BinarySearch(FeatureIds, x.Indices[i]);
            if (u < 0) continue;
            var contribution = Weights[u * ClassCount + classIndex] * x.Values[i];
            if (contribution != 0) result.Add((x.Indices[i], contribution));
        }
        return result.OrderByDescending(t => Math.Abs(t.Item2)).ThenBy(t => t.Item1).ToList();
    }

    public static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var p = new double[scores.Length];
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++) { p[c] = Math.Exp(scores[c] - max); sum += p[c]; }
        for (var c = 0; c < scores.Length; c++) p[c] /= sum;
        return p;
    }
}
