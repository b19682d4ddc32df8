using System.Text.Json;
using System.Text.Json.Nodes;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Reuse;
using ZcIngest.Core.RiskScoring;
using ZcIngest.Core.Rules;

namespace ZcIngest.Worker.Reuse;

/// <summary>
/// Brings an already written report.json up to date with the reuse flags the index now implies (a later
/// applicant submitted the same diploma). Only the reuse flags and what they weigh on change (the verdict, and the
/// risk score when a model is given and record.json lies beside the report); every other key is kept as written,
/// including ones this program does not know. Writing the same flags twice changes nothing.
/// </summary>
public static class ReportFlagPatcher
{
    /// <returns>True when the file was changed.</returns>
    public static async Task<bool> ApplyAsync(string reportPath, IReadOnlyList<Flag> reuseFlags, CancellationToken ct,
        RiskModel? risk = null)
    {
        if (!File.Exists(reportPath)) return false;
        JsonObject root;
        try
        {
            root = JsonNode.Parse(await File.ReadAllTextAsync(reportPath, ct)) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return false; // someone else's half-written or foreign file: leave it alone
        }
        var owned = ReuseMatcher.OwnedCodes.Select(c => IngestJson.SnakeCase(c.ToString())).ToHashSet();
        var flags = root["flags"] as JsonArray ?? [];
        var kept = flags.Where(f => f?["code"]?.GetValue<string>() is not { } code || !owned.Contains(code)).Select(f => f?.DeepClone()).ToList();
        var added = reuseFlags.Select(f => JsonNode.Parse(IngestJson.Serialize(f))).ToList();
        var updated = new JsonArray([.. kept, .. added]);
        if (JsonNode.DeepEquals(updated, flags)) return false;
        root["flags"] = updated;

        var report = IngestJson.Deserialize<SubmissionReport>(root.ToJsonString());
        if (report.Rules.Count > 0)
            root["verdict"] = IngestJson.SnakeCase(Verdicts.Decide(report.Rules, report.Discrepancies, report.Flags).ToString());
        var recordPath = Path.Combine(Path.GetDirectoryName(reportPath) ?? ".", "record.json");
        if (risk is not null && File.Exists(recordPath))
        {
            var record = IngestJson.Deserialize<SubmissionRecord>(await File.ReadAllTextAsync(recordPath, ct));
            root["risk"] = JsonNode.Parse(IngestJson.Serialize(risk.Score(record, report)));
        }
        var temp = reportPath + ".reuse.tmp";
        await File.WriteAllTextAsync(temp, root.ToJsonString(IngestJson.Options) + "\n", ct);
        File.Move(temp, reportPath, overwrite: true);
        return true;
    }
}
