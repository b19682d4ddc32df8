using System.Text.Json;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.RiskScoring;

namespace ZcIngest.Core.Tests.RiskScoring;

public sealed class RiskModelTests
{
    // Falsified submissions carry a name mismatch or a modified PDF; genuine ones at most a poor scan. The
    // noise (a genuine one with a spurious flag, a falsified one without) keeps the problem from being separable.
    private static List<RiskSample> Samples()
    {
        var random = new Random(7);
        var samples = new List<RiskSample>();
        for (var i = 0; i < 200; i++)
        {
            var falsified = i % 2 == 0;
            var x = new double[RiskFeatures.All.Count];
            if (falsified && random.NextDouble() < 0.9) x[RiskFeatures.IndexOf(random.NextDouble() < 0.5 ? "flag_name_mismatch" : "flag_pdf_modified")] = 1;
            if (!falsified && random.NextDouble() < 0.1) x[RiskFeatures.IndexOf("flag_name_mismatch")] = 1;
            if (random.NextDouble() < 0.3) x[RiskFeatures.IndexOf("flag_low_ocr_confidence")] = 1;
            samples.Add(new RiskSample($"S{i:000}", x, falsified));
        }
        return samples;
    }

    [Fact]
    public void Train_LearnsWhichFlagsMeanFalsified()
    {
        var samples = Samples();
        var (model, _) = RiskTraining.Train(samples, lambda: 0.01);
        var metrics = RiskTraining.Evaluate(model, samples);
        Assert.True(metrics.Auc > 0.85, $"AUC {metrics.Auc}");
        var weights = model.WeightsByFeature();
        Assert.True(weights["flag_pdf_modified"] > 1, "a modified PDF should weigh towards falsified");
        Assert.True(Math.Abs(weights["flag_low_ocr_confidence"]) < weights["flag_pdf_modified"] / 2, "a poor scan is noise here");
    }

    [Fact]
    public void CrossValidate_ScoresEverySubmissionOnce_WithAModelThatNeverSawIt()
    {
        var samples = Samples();
        var metrics = RiskTraining.CrossValidate(samples, lambda: 0.01, folds: 5, foldOf: id => int.Parse(id[1..]) % 5);
        Assert.Equal(samples.Count, metrics.Samples);
        Assert.InRange(metrics.Auc, 0.8, 0.99); // the noise keeps unseen figures below perfect

        // Labels shuffled against the features: unseen scores must fall to chance, which training figures would not show.
        var coin = new Random(11);
        var shuffled = samples.Select(s => s with { Falsified = coin.NextDouble() < 0.5 }).ToList();
        var chance = RiskTraining.CrossValidate(shuffled, lambda: 0.01, folds: 5, foldOf: id => int.Parse(id[1..]) % 5);
        Assert.InRange(chance.Auc, 0.3, 0.7);
    }

    [Fact]
    public void Score_NamesTheFactorsThatPushedIt_InChinese()
    {
        var (model, _) = RiskTraining.Train(Samples(), lambda: 0.01);
        var report = new SubmissionReport { Flags = [new Flag { Code = FlagCode.PdfModified, Severity = Severity.High }] };
        var risk = model.Score(new SubmissionRecord { Jurisdiction = "shanxi-2022-makerspace" }, report);
        Assert.InRange(risk.Score, 0.5, 1);
        var factor = Assert.Single(risk.Factors);
        Assert.Contains("PDF", factor.Name);
        Assert.True(factor.Contribution > 0);

        var clean = model.Score(new SubmissionRecord { Jurisdiction = "shanxi-2022-makerspace" }, new SubmissionReport());
        Assert.True(clean.Score < 0.5);
        Assert.Empty(clean.Factors);
    }

    [Fact]
    public void FromJson_RoundTripsAndRefusesOtherFeatures()
    {
        var (model, _) = RiskTraining.Train(Samples(), lambda: 0.01);
        var file = new ModelFile
        {
            Kind = RiskModel.Kind,
            FeatureSettings = RiskModel.FeatureSettings(),
            Models = new() { [RiskModel.ModelName] = SerializedSoftmax.From(model.Softmax) },
        };
        var loaded = RiskModel.FromJson(file.ToJson());
        var x = Samples()[0].Features;
        Assert.Equal(model.Probability(x), loaded.Probability(x), 12);

        var stale = new ModelFile
        {
            Kind = RiskModel.Kind,
            FeatureSettings = ModelFile.ToElement(new { features = new[] { "flag_pdf_modified" } }),
            Models = file.Models,
        };
        Assert.Throws<InvalidDataException>(() => RiskModel.FromJson(stale.ToJson()));
    }

    [Fact]
    public void Auc_CountsTiesAsHalf()
    {
        Assert.Equal(1.0, RiskTraining.Auc([0.9, 0.8, 0.1], [true, true, false]));
        Assert.Equal(0.5, RiskTraining.Auc([0.5, 0.5], [true, false]));
        Assert.Equal(0.0, RiskTraining.Auc([0.1, 0.9], [true, false]));
    }
}
