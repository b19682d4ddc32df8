namespace ZcIngest.Core.Ml;

/// <summary>
/// The L2-regularised multinomial log-loss over a training set whose feature indices were compacted to
/// 0..U-1: mean(-log p(y|x)) + λ/2·‖W‖² with unpenalised biases (as scikit-learn's lbfgs solver, whose
/// C equals 1 / (λ·N)). Parameters: W feature-major (u·K + k), then K biases.
/// </summary>
public sealed class SoftmaxObjective
{
    // A fixed number of chunks (not the core count) keeps the summation order, and so the result,
    // identical on every machine.
    private const int Chunks = 4;

    private readonly int[][] _columns;
    private readonly double[][] _values;
    private readonly int[] _labels;
    private readonly double[] _sampleWeights;
    private readonly double _totalWeight;

    public int FeatureCount { get; }
    public int ClassCount { get; }
    public double Lambda { get; }
    public int ParameterCount => FeatureCount * ClassCount + ClassCount;

    public SoftmaxObjective(int[][] columns, double[][] values, int[] labels, double[] sampleWeights,
        int featureCount, int classCount, double lambda)
    {
        _columns = columns;
        _values = values;
        _labels = labels;
        _sampleWeights = sampleWeights;
        _totalWeight = sampleWeights.Sum();
        if (_totalWeight <= 0) throw new ArgumentException("the training set has no weight");
        FeatureCount = featureCount;
        ClassCount = classCount;
        Lambda = lambda;
    }

    public double Evaluate(double[] theta, double[] gradient)
    {
        var n = _labels.Length;
        var partialLoss = new double[Chunks];
        var partialGradients = new double[Chunks][];
        Parallel.For(0, Chunks, chunk =>
        {
            var grad = new double[ParameterCount];
            var from = (int)((long)n * chunk / Chunks);
            var to = (int)((long)n * (chunk + 1) / Chunks);
            partialLoss[chunk] = Accumulate(theta, grad, from, to);
            partialGradients[chunk] = grad;
        });

        var loss = 0.0;
        Array.Clear(gradient);
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            loss += partialLoss[chunk];
            var grad = partialGradients[chunk];
            for (var i = 0; i < gradient.Length; i++) gradient[i] += grad[i];
        }
        loss /= _totalWeight;
        for (var i = 0; i < gradient.Length; i++) gradient[i] /= _totalWeight;

        var weightCount = FeatureCount * ClassCount;
        var penalty = 0.0;
        for (var i = 0; i < weightCount; i++)
        {
            penalty += theta[i] * theta[i];
            gradient[i] += Lambda * theta[i];
        }
        return loss + 0.5 * Lambda * penalty;
    }

    private double Accumulate(double[] theta, double[] grad, int from, int to)
    {
        var k = ClassCount;
        var biasOffset = FeatureCount * k;
        var scores = new double[k];
        var loss = 0.0;
        for (var s = from; s < to; s++)
        {
            var cols = _columns[s];
            var vals = _values[s];
            for (var c = 0; c < k; c++) scores[c] = theta[biasOffset + c];
            for (var j = 0; j < cols.Length; j++)
            {
                var offset = cols[j] * k;
                var v = vals[j];
                for (var c = 0; c < k; c++) scores[c] += theta[offset + c] * v;
            }
            var max = scores.Max();
            var sum = 0.0;
            for (var c = 0; c < k; c++) sum += Math.Exp(scores[c] - max);
            var logSumExp = max + Math.Log(sum);
            var w = _sampleWeights[s];
            loss += w * (logSumExp - scores[_labels[s]]);
            for (var c = 0; c < k; c++)
                scores[c] = w * (Math.Exp(scores[c] - logSumExp) - (c == _labels[s] ? 1 : 0));
            for (var j = 0; j < cols.Length; j++)
            {
                var offset = cols[j] * k;
                var v = vals[j];
                for (var c = 0; c < k; c++) grad[offset + c] += scores[c] * v;
            }
            for (var c = 0; c < k; c++) grad[biasOffset + c] += scores[c];
        }
        return loss;
    }
}
