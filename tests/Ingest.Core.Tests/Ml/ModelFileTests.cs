using System.Text.Json;
using ZcIngest.Core.Ml;

namespace ZcIngest.Core.Tests.Ml;

public class ModelFileTests
{
    [Fact]
    public void FromJson_GivesIdenticalPredictions_RoundTrip()
    {
        var classes = new[] { "a", "b", "c" };
        var (model, _) = SoftmaxTrainer.Train(SoftmaxTrainerTests.Clusters(10, 11), classes, new SoftmaxTrainerOptions());
        var file = new ModelFile
        {
            Kind = "test",
            Provenance = new ModelProvenance { Command = "train", CorpusSeed = 7, TrainedAt = DateTimeOffset.UnixEpoch },
            FeatureSettings = ModelFile.ToElement(new { buckets = 16 }),
            Evaluation = ModelFile.ToElement(new { accuracy = 1.0 }),
            Models = { ["main"] = SerializedSoftmax.From(model) },
        };
        var loaded = ModelFile.FromJson(file.ToJson());
        var reloaded = loaded.Model("main");

        Assert.Equal(7, loaded.Provenance.CorpusSeed);
        Assert.Equal(16, loaded.FeatureSettings!.Value.GetProperty("buckets").GetInt32());
        foreach (var s in SoftmaxTrainerTests.Clusters(5, 12))
            Assert.Equal(model.Predict(s.Features), reloaded.Predict(s.Features));
    }

    [Fact]
    public void FromJson_ThrowsInvalidData_WrongFormatVersion()
    {
        var json = new ModelFile { Kind = "x" }.ToJson().Replace("\"format_version\": 1", "\"format_version\": 99");
        var e = Assert.Throws<InvalidDataException>(() => ModelFile.FromJson(json));
        Assert.Contains("99", e.Message);
    }

    [Fact]
    public void FromJson_ThrowsInvalidData_NotJson()
    {
        Assert.Throws<InvalidDataException>(() => ModelFile.FromJson("{ truncated"));
    }

    [Fact]
    public void ToModel_ThrowsInvalidData_TruncatedWeights()
    {
        var m = new SerializedSoftmax
        {
            Classes = ["a", "b"], FeatureCount = 1,
            FeatureIds = Convert.ToBase64String(BitConverter.GetBytes(3)),
            Weights = Convert.ToBase64String(new byte[6]), Bias = [0, 0],
        };
        Assert.Throws<InvalidDataException>(() => m.ToModel());
    }
}
