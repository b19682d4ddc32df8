using ZcIngest.Tests.Shared;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.RiskScoring;

namespace ZcIngest.Core.Tests.RiskScoring;

/// <summary>The risk model in models/ must load with today's features and carry its provenance and cross-validated figures.</summary>
public sealed class CommittedRiskModelTests
{
    private static string ModelPath() => RepositoryRoot.Combine("models", "risk-model.json");

    [Fact]
    public void Load_ScoresAForgedPdfHigh_AndAClearSubmissionLow()
    {
        var json = File.ReadAllText(ModelPath());
        var file = ModelFile.FromJson(json);
        Assert.StartsWith("train-risk", file.Provenance.Command);
        Assert.True(file.Evaluation!.Value.GetProperty("cross_validated").GetProperty("metrics").GetProperty("samples").GetInt32() >= 100);

        var model = RiskModel.FromJson(json);
        var record = new SubmissionRecord { Jurisdiction = "shanxi-2022-makerspace" };
        var forged = model.Score(record, new SubmissionReport { Flags = [new Flag { Code = FlagCode.PdfModified, Severity = Severity.High }] });
        var clear = model.Score(record, new SubmissionReport());
        Assert.True(forged.Score > 0.5, $"forged {forged.Score}");
        Assert.True(clear.Score < 0.5, $"clear {clear.Score}");
        Assert.Contains(forged.Factors, f => f.Name.Contains("PDF"));
    }
}
