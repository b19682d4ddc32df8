using System.Text.Json.Nodes;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.RiskScoring;

namespace ZcIngest.Worker.Training;

/// <summary>
/// Pairs what <c>process</c> wrote for each submission (record.json, report.json) with the generator's truth
/// to make risk-score samples. The label comes from the truth only; the features only from the outputs.
/// </summary>
public static class RiskCorpus
{
    /// <summary>
    /// Falsified: the truth plants any flag other than a poor scan (a poor scan is bad luck, not deceit), or a
    /// declared value that its own evidence contradicts.
    /// </summary>
    public static bool IsFalsified(JsonObject truth)
    {
        var flags = truth["flags"]?.AsArray() ?? [];
        if (flags.Any(f => (string?)f?["code"] is { } code && code != "low_ocr_confidence")) return true;
        return (truth["discrepancies"]?.AsArray().Count ?? 0) > 0;
    }

    public static IReadOnlyList<RiskSample> Load(string outputDirectory, string truthDirectory, TextWriter log)
    {
        var truths = Directory.EnumerateFiles(truthDirectory, "truth.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(truthDirectory, "*.truth.json", SearchOption.TopDirectoryOnly))
            .Select(p => JsonNode.Parse(File.ReadAllText(p))!.AsObject())
            .ToDictionary(t => (string)t["submission_id"]!, StringComparer.Ordinal);
        var samples = new List<RiskSample>();
        foreach (var (id, truth) in truths.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var recordPath = Path.Combine(outputDirectory, id, "record.json");
            var reportPath = Path.Combine(outputDirectory, id, "report.json");
            if (!File.Exists(recordPath) || !File.Exists(reportPath))
            {
                log.WriteLine($"{id}: not processed in {outputDirectory}, skipped");
                continue;
            }
            var record = IngestJson.Deserialize<SubmissionRecord>(File.ReadAllText(recordPath));
            var report = IngestJson.Deserialize<SubmissionReport>(File.ReadAllText(reportPath));
            samples.Add(new RiskSample(id, RiskFeatures.Extract(record, report), IsFalsified(truth)));
        }
        return samples;
    }
}
