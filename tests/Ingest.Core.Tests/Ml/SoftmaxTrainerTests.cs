using ZcIngest.Core.Ml;

namespace ZcIngest.Core.Tests.Ml;

public class SoftmaxTrainerTests
{
    private static readonly string[] Classes = ["a", "b", "c"];

    /// <summary>Three clusters in a 6-dimensional sparse space, one dominant feature pair per class plus noise.</summary>
    internal static List<LabeledSample> Clusters(int perClass, int seed, double noise = 0.3)
    {
        var rng = new Random(seed);
        var samples = new List<LabeledSample>();
        for (var i = 0; i < perClass; i++)
            for (var c = 0; c < 3; c++)
            {
                var b = new SparseVectorBuilder();
                b.Add(100 * c + 7, 1 + rng.NextDouble());
                b.Add(100 * c + 8, 0.5 + rng.NextDouble());
                b.Add(1000 + rng.Next(5), noise * rng.NextDouble());
                samples.Add(new LabeledSample(b.Build(), c));
            }
        return samples;
    }

    private static readonly SoftmaxTrainerOptions Options = new() { Lambda = 1e-3 };

    [Fact]
    public void Train_LearnsSeparableDataPerfectly_Clusters()
    {
        var (model, summary) = SoftmaxTrainer.Train(Clusters(20, 1), Classes, Options);
        var test = Clusters(20, 2);
        var correct = test.Count(s => model.PredictBest(s.Features).ClassIndex == s.Label);
        Assert.Equal(test.Count, correct);
        Assert.True(summary.FinalLoss < 0.2, $"loss {summary.FinalLoss}");
    }

    [Fact]
    public void Train_GivesIdenticalWeights_SameDataTwice()
    {
        var (first, _) = SoftmaxTrainer.Train(Clusters(15, 4), Classes, Options);
        var (second, _) = SoftmaxTrainer.Train(Clusters(15, 4), Classes, Options);
        Assert.Equal(first.FeatureIds, second.FeatureIds);
        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void Predict_ProbabilitiesSumToOne_AnyInput()
    {
        var (model, _) = SoftmaxTrainer.Train(Clusters(10, 6), Classes, Options);
        foreach (var s in Clusters(5, 7).Append(new LabeledSample(SparseVector.Empty, 0)))
        {
            var p = model.Predict(s.Features);
            Assert.Equal(1.0, p.Sum(), 12);
            Assert.All(p, v => Assert.InRange(v, 0, 1));
        }
    }

    [Fact]
    public void Train_ShrinksWeights_StrongerRegularisation()
    {
        var data = Clusters(10, 8);
        var (weak, _) = SoftmaxTrainer.Train(data, Classes, new SoftmaxTrainerOptions { Lambda = 1e-4 });
        var (strong, _) = SoftmaxTrainer.Train(data, Classes, new SoftmaxTrainerOptions { Lambda = 1 });
        Assert.True(strong.Weights.Sum(w => w * w) < weak.Weights.Sum(w => w * w));
    }

    [Fact]
    public void Train_Throws_LabelOutOfRange()
    {
        var bad = new[] { new LabeledSample(SparseVector.Empty, 5) };
        Assert.Throws<ArgumentException>(() => SoftmaxTrainer.Train(bad, Classes, Options));
    }

    [Fact]
    public void Contributions_NamesTheDecisiveFeatureFirst_ClusterSample()
    {
        var (model, _) = SoftmaxTrainer.Train(Clusters(20, 9), Classes, Options);
        var b = new SparseVectorBuilder();
        b.Add(207, 1.5);
        b.Add(1001, 0.1);
        var top = model.Contributions(b.Build(), 2)[0];
        Assert.Equal(207, top.FeatureId);
        Assert.True(top.Contribution > 0);
    }
}
