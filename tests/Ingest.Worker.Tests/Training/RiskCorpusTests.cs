using System.Text.Json.Nodes;
using ZcIngest.Worker.Training;

namespace ZcIngest.Worker.Tests.Training;

public sealed class RiskCorpusTests
{
    private static JsonObject Truth(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void IsFalsified_True_ForAPlantedFlag() =>
        Assert.True(RiskCorpus.IsFalsified(Truth("""{ "flags": [ { "code": "name_mismatch" } ], "discrepancies": [] }""")));

    [Fact]
    public void IsFalsified_True_ForAContradictedDeclaration() =>
        Assert.True(RiskCorpus.IsFalsified(Truth("""{ "flags": [], "discrepancies": [ { "field": "total_area_sqm" } ] }""")));

    [Fact]
    public void IsFalsified_False_ForAPoorScanAlone() =>
        Assert.False(RiskCorpus.IsFalsified(Truth("""{ "flags": [ { "code": "low_ocr_confidence" } ], "discrepancies": [] }""")));
}
