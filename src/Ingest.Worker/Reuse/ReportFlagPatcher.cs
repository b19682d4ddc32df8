using System.Text.Json;
using System.Text.Json.Nodes;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Reports.Html;
using ZcIngest.Core.Reuse;
using ZcIngest.Core.RiskScoring;
using ZcIngest.Core.Rules;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Reuse;

/// <summary>
/// Brings an already written report.json up to date with the reuse flags the index now implies (a later
/// applicant submitted the same diploma). Only the reuse flags and what they weigh on change (the verdict, and the
/// risk score when a model is given and record.json lies beside the report), and report.html is rendered again
/// from the patched report when record.json lies beside it; every other key is kept as written,
/// including ones this program does not know. Writing the same flags twice changes nothing.
/// </summary>
public static class ReportFlagPatcher
{
    /// <returns>True when the file was changed.</returns>
    public static async Task<bool> ApplyAsync(string reportPath, IReadOnlyList<Flag> reuseFlags, CancellationToken ct,
        RiskModel? risk = null, RuleCatalog? catalog = null)
    {
        if (!File.Exists(reportPath)) return false;
        var directory = Path.GetDirectoryName(Path.GetFullPath(reportPath)) ?? ".";
        // Read, change and write as one step: the submission's own run must not rename a newer report in between.
        using var writing = await OutputLock.AcquireAsync(directory, ct);
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
        var record = await TryReadRecordAsync(Path.Combine(directory, "record.json"), ct);
        if (risk is not null && record is not null)
            root["risk"] = JsonNode.Parse(IngestJson.Serialize(risk.Score(record, report)));
        await AtomicFile.WriteAllTextAsync(reportPath, root.ToJsonString(IngestJson.Options) + "\n", ct);
        // The reviewer reads the page, not the JSON: it must show the new flags too.
        if (record is not null)
        {
            var patched = IngestJson.Deserialize<SubmissionReport>(root.ToJsonString());
            await AtomicFile.WriteAllTextAsync(Path.Combine(directory, "report.html"),
                ReportPage.Render(record, patched, catalog ?? RuleCatalog.Default) + "\n", ct);
        }
        return true;
    }

    private static async Task<SubmissionRecord?> TryReadRecordAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return IngestJson.Deserialize<SubmissionRecord>(await File.ReadAllTextAsync(path, ct));
        }
        catch (JsonException)
        {
            return null; // the report is still patched; only the page and the risk stay as they were
        }
    }
}
