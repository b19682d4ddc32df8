using System.Globalization;
using System.Text.Json.Nodes;
using ZcIngest.Core.Discrepancies;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Worker.Evaluation;

/// <summary>Tallies of one comparison: what truth holds, what was output, and what agreed.</summary>
public sealed class Tally
{
    public int Expected { get; set; }
    public int Predicted { get; set; }
    public int Correct { get; set; }
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
}

/// <summary>
/// Compares process output (<c>record.json</c>) with the generator's truth: per-field precision and recall of
/// declared and evidence values, document-type accuracy per logical document and per bundle page, and
/// whether unreadable files were reported as such. Every disagreement is listed, one per line.
/// </summary>
public sealed class RecordEvaluator
{
    public Dictionary<string, Tally> Declared { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Tally> Evidence { get; } = new(StringComparer.Ordinal);
    public Tally DocumentTypes { get; } = new();
    public Tally BundlePages { get; } = new();
    public Tally UnreadableReported { get; } = new();
    public List<string> Failures { get; } = [];

    public Tally Total(Dictionary<string, Tally> side) => new()
    {
        Expected = side.Values.Sum(t => t.Expected),
        Predicted = side.Values.Sum(t => t.Predicted),
        Correct = side.Values.Sum(t => t.Correct),
    };

    public void Add(TruthFile truth, SubmissionRecord? record)
    {
        var id = truth.SubmissionId;
        if (record is null) Failures.Add($"{id}: no record.json in the output");
        CompareFields(truth, record, id);
        CompareDocuments(truth, record, id);
    }

    private void CompareFields(TruthFile truth, SubmissionRecord? record, string id)
    {
        var keys = truth.Fields.Keys.Concat(record?.Fields.Select(f => f.Key.Name) ?? []).Distinct().Where(k => FieldKeys.TryGet(k, out _));
        foreach (var name in keys)
        {
            var key = FieldKeys.Get(name);
            truth.Fields.TryGetValue(name, out var expected);
            var entry = record?.Fields[key];
            Compare(Declared, id, "declared", key, expected.Declared, entry?.Declared);
            Compare(Evidence, id, "evidence", key, expected.Evidence, entry?.Evidence);
        }
    }

    private void Compare(Dictionary<string, Tally> side, string id, string sideName, FieldKey key, JsonNode? expected, FieldValue? actual)
    {
        var tally = side.TryGetValue(key.Name, out var t) ? t : side[key.Name] = new Tally();
        var got = actual?.Value;
        if (expected is not null) tally.Expected++;
        if (got is not null) tally.Predicted++;
        if (expected is null && got is null) return;
        if (expected is not null && got is { } value && Matches(key, expected, value))
        {
            tally.Correct++;
            return;
        }
        var where = actual?.DocumentId is { } doc ? $" ({doc} p{actual.Page})" : "";
        Failures.Add($"{id} {sideName} {key.Name}: expected {expected?.ToJsonString(ZcIngest.Core.Json.IngestJson.Compact) ?? "nothing"}, got {(got is null ? "nothing" : got.Value.ToString())}{where}");
    }

    public static bool Matches(FieldKey key, JsonNode expected, ScalarValue actual)
    {
        if (key.Kind.IsNumeric())
        {
            if (actual.Number is not { } n || expected.GetValueKind() != System.Text.Json.JsonValueKind.Number) return false;
            // Derived figures (events per month, fractional years) are compared to the cent, as written.
            return Math.Round(n, 2) == Math.Round(expected.GetValue<decimal>(), 2);
        }
        var text = expected.GetValueKind() == System.Text.Json.JsonValueKind.String ? expected.GetValue<string>() : expected.ToJsonString();
        return TextNormalization.ForComparison(text) == TextNormalization.ForComparison(actual.ToString());
    }

    private void CompareDocuments(TruthFile truth, SubmissionRecord? record, string id)
    {
        var documents = record?.Documents ?? [];
        foreach (var file in truth.Files)
        {
            var entries = documents.Where(d => d.File == file.File || Path.GetFileName(d.File) == file.File).ToList();
            if (file.Status == "error")
            {
                UnreadableReported.Expected++;
                if (entries.Count > 0) UnreadableReported.Predicted++;
                if (entries.Any(e => e.Status == DocumentStatus.Error)) UnreadableReported.Correct++;
                else Failures.Add($"{id} {file.File}: should be reported unreadable, was {(entries.Count == 0 ? "missing" : "read")}");
                continue;
            }
            if (file.PageTypes.Count > 1 && file.PageTypes.Distinct().Count() > 1)
                ComparePages(file, entries, id);
            foreach (var (type, firstPage) in LogicalDocuments(file))
            {
                DocumentTypes.Expected++;
                var entry = entries.FirstOrDefault(e => e.Pages.Count == 0 || e.Pages.Contains(firstPage)) ?? entries.FirstOrDefault();
                if (entry is not null) DocumentTypes.Predicted++;
                var got = entry?.Type?.JsonName();
                if (got == type) DocumentTypes.Correct++;
                else Failures.Add($"{id} {file.File} p{firstPage}: type expected {type}, got {got ?? "nothing"}");
            }
        }
    }

    private void ComparePages(TruthFile.FileTruth file, List<DocumentEntry> entries, string id)
    {
        for (var i = 0; i < file.PageTypes.Count; i++)
        {
            var page = i + 1;
            BundlePages.Expected++;
            var got = entries.FirstOrDefault(e => e.Pages.Contains(page))?.Type?.JsonName();
            if (got is not null) BundlePages.Predicted++;
            if (got == file.PageTypes[i]) BundlePages.Correct++;
            else Failures.Add($"{id} {file.File} page {page}: bundle page expected {file.PageTypes[i]}, got {got ?? "nothing"}");
        }
    }

    /// <summary>A file's logical documents as (type, first page); a file without a page breakdown is one document.</summary>
    private static IEnumerable<(string Type, int FirstPage)> LogicalDocuments(TruthFile.FileTruth file)
    {
        if (file.PageTypes.Count == 0)
        {
            if (file.Type is not null) yield return (file.Type, 1);
            yield break;
        }
        string? previous = null;
        for (var i = 0; i < file.PageTypes.Count; i++)
        {
            if (file.PageTypes[i] is { } type && type != previous) yield return (type, i + 1);
            previous = file.PageTypes[i];
        }
    }

    public static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
