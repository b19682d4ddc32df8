using ZcIngest.Core.Ml;

namespace ZcIngest.Core.Tests.Ml;

public class SoftmaxObjectiveTests
{
    private static SoftmaxObjective RandomProblem(Random rng, double lambda)
    {
        const int samples = 30, features = 12, classes = 4;
        var columns = new int[samples][];
        var values = new double[samples][];
        var labels = new int[samples];
        var weights = new double[samples];
        for (var s = 0; s < samples; s++)
        {
            columns[s] = Enumerable.Range(0, features).Where(_ => rng.NextDouble() < 0.4).ToArray();
            values[s] = columns[s].Select(_ => rng.NextDouble() * 2 - 1).ToArray();
            labels[s] = rng.Next(classes);
            weights[s] = 0.5 + rng.NextDouble();
        }
        return new SoftmaxObjective(columns, values, labels, weights, features, classes, lambda);
    }

    [Fact]
    public void Evaluate_GradientMatchesFiniteDifferences_RandomProblem()
    {
        var rng = new Random(3);
        var objective = RandomProblem(rng, lambda: 0.05);
        var theta = Enumerable.Range(0, objective.ParameterCount).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var gradient = new double[theta.Length];
        objective.Evaluate(theta, gradient);

        const double h = 1e-6;
        var scratch = new double[theta.Length];
        for (var i = 0; i < theta.Length; i++)
        {
            var saved = theta[i];
            theta[i] = saved + h;
            var plus = objective.Evaluate(theta, scratch);
            theta[i] = saved - h;
            var minus = objective.Evaluate(theta, scratch);
            theta[i] = saved;
            var numeric = (plus - minus) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[i]) < 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"parameter {i}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Evaluate_IsLogOfClassCount_AtZeroWeights()
    {
        var objective = RandomProblem(new Random(5), lambda: 1);
        var value = objective.Evaluate(new double[objective.ParameterCount], new double[objective.ParameterCount]);
        Assert.Equal(Math.Log(4), value, 12);
    }
}
