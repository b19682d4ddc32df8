using System.Globalization;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Worker.Evaluation;

/// <summary>Precision and recall of one flag code: a truth flag is found, and an output flag is right, when the other side has the same code on a common file.</summary>
public sealed class FlagTally
{
    public int Expected { get; set; }
    public int Predicted { get; set; }
    public int Found { get; set; }
    public int Right { get; set; }
    public double Precision => Predicted == 0 ? 1 : (double)Right / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;
}

/// <summary>
/// Compares <c>report.json</c> with the truth's <c>flags</c> (per code, matched by code and file) and
/// <c>discrepancies</c> (per submission and field), listing every miss and every flag the truth does not hold.
/// </summary>
public sealed class AuditEvaluator
{
    public SortedDictionary<string, FlagTally> Flags { get; } = new(StringComparer.Ordinal);
    public Tally Discrepancies { get; } = new();
    public List<string> Failures { get; } = [];

    /// <summary>
    /// The submissions of the evaluated run. A reuse flag whose other applicants are all outside it cannot be found
    /// (the copy was never seen), so it is counted apart instead of as a miss; null counts every flag.
    /// </summary>
    public IReadOnlySet<string>? Processed { get; init; }
    public int UnfindableReuseFlags { get; private set; }

    public FlagTally AllFlags => new()
    {
        Expected = Flags.Values.Sum(t => t.Expected), Predicted = Flags.Values.Sum(t => t.Predicted),
        Found = Flags.Values.Sum(t => t.Found), Right = Flags.Values.Sum(t => t.Right),
    };

    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    public void Add(TruthFile truth, SubmissionRecord? record, SubmissionReport? report)
    {
        var id = truth.SubmissionId;
        var files = (record?.Documents ?? []).ToDictionary(d => d.DocumentId, d => Path.GetFileName(d.File), StringComparer.Ordinal);
        var output = (report?.Flags ?? [])
            .Select(f => (Code: IngestJson.SnakeCase(f.Code.ToString()), Files: f.DocumentIds.Select(d => files.GetValueOrDefault(d, d)).ToHashSet(StringComparer.Ordinal), Flag: f))
            .ToList();
        bool Same(string code, IReadOnlyCollection<string> truthFiles, (string Code, HashSet<string> Files, Flag Flag) o) =>
            o.Code == code && (truthFiles.Count == 0 || truthFiles.Any(t => o.Files.Contains(Path.GetFileName(t))));

        foreach (var t in truth.Flags)
        {
            if (Processed is not null && t.RelatedSubmissions.Count > 0 && !t.RelatedSubmissions.Any(Processed.Contains))
            {
                UnfindableReuseFlags++;
                continue;
            }
            var tally = TallyOf(t.Code);
            tally.Expected++;
            if (output.Any(o => Same(t.Code, t.Files, o))) tally.Found++;
            else Failures.Add($"{id} flag {t.Code} {string.Join(",", t.Files)}: missed ({t.Detail})");
        }
        foreach (var o in output)
        {
            var tally = TallyOf(o.Code);
            tally.Predicted++;
            if (truth.Flags.Any(t => Same(t.Code, t.Files, o))) tally.Right++;
            else Failures.Add($"{id} flag {o.Code} {string.Join(",", o.Files)}: not in truth ({o.Flag.Message})");
        }

        var expected = truth.DiscrepancyFields.ToHashSet(StringComparer.Ordinal);
        var found = (report?.Discrepancies ?? []).Select(d => d.Field).ToHashSet(StringComparer.Ordinal);
        Discrepancies.Expected += expected.Count;
        Discrepancies.Predicted += found.Count;
        Discrepancies.Correct += expected.Intersect(found).Count();
        foreach (var miss in expected.Except(found)) Failures.Add($"{id} discrepancy {miss}: missed");
        foreach (var extra in found.Except(expected))
        {
            var d = report!.Discrepancies.First(x => x.Field == extra);
            Failures.Add($"{id} discrepancy {extra}: not in truth (declared {d.Declared}, evidence {d.Evidence})");
        }
    }

    private FlagTally TallyOf(string code) => Flags.TryGetValue(code, out var t) ? t : Flags[code] = new FlagTally();

    public static string Ratio(double value, int n) => n == 0 ? "-" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture);

    public static SubmissionReport? LoadReport(string path) =>
        File.Exists(path) ? IngestJson.Deserialize<SubmissionReport>(File.ReadAllText(path)) : null;
}
