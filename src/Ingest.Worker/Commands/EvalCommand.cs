using System.Globalization;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Worker.Evaluation;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>eval &lt;output-dir&gt; &lt;truth-dir&gt; [--min-declared R] [--min-evidence R] [--min-types R] [--min-flag-precision R]</c>: compares
/// process output with the samples' truth and prints per-field precision/recall, document-type accuracy and
/// every disagreement; then per flag code precision/recall against the truth's flags and the discrepancy fields'
/// precision/recall/F1 (from report.json). With minimums given, exits 1 when a figure falls below its minimum (CI uses this).
/// </summary>
public sealed class EvalCommand : ICommand
{
    public string Name => "eval";
    public string Usage => "eval <output-dir> <truth-dir> [--min-declared R] [--min-evidence R] [--min-types R] [--min-flag-precision R]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, ["--min-declared", "--min-evidence", "--min-types", "--min-flag-precision"]);
        if (options.Positional.Count != 2) throw new UsageException("eval needs <output-dir> <truth-dir>");
        var (output, truthDir) = (options.Positional[0], options.Positional[1]);
        if (!Directory.Exists(output)) throw new UsageException($"output folder not found: {output}");
        if (!Directory.Exists(truthDir)) throw new UsageException($"truth folder not found: {truthDir}");

        var truths = TruthFile.LoadAll(truthDir);
        if (truths.Count == 0) throw new UsageException($"no truth.json found under {truthDir}");
        var evaluator = new RecordEvaluator();
        var audit = new AuditEvaluator
        {
            Processed = truths.Select(t => t.SubmissionId).Where(id => File.Exists(Path.Combine(output, id, "report.json"))).ToHashSet(StringComparer.Ordinal),
        };
        foreach (var truth in truths)
        {
            var path = Path.Combine(output, truth.SubmissionId, "record.json");
            SubmissionRecord? record = File.Exists(path)
                ? IngestJson.Deserialize<SubmissionRecord>(await File.ReadAllTextAsync(path, ct))
                : null;
            evaluator.Add(truth, record);
            audit.Add(truth, record, AuditEvaluator.LoadReport(Path.Combine(output, truth.SubmissionId, "report.json")));
        }

        stdout.WriteLine($"{"field",-26} {"declared P",10} {"R",7} {"n",4}   {"evidence P",10} {"R",7} {"n",4}");
        foreach (var name in evaluator.Declared.Keys.Union(evaluator.Evidence.Keys).Order(StringComparer.Ordinal))
        {
            var d = evaluator.Declared.GetValueOrDefault(name) ?? new Tally();
            var e = evaluator.Evidence.GetValueOrDefault(name) ?? new Tally();
            stdout.WriteLine($"{name,-26} {Fmt(d.Precision, d.Predicted),10} {Fmt(d.Recall, d.Expected),7} {d.Expected,4}   " +
                             $"{Fmt(e.Precision, e.Predicted),10} {Fmt(e.Recall, e.Expected),7} {e.Expected,4}");
        }
        var declared = evaluator.Total(evaluator.Declared);
        var evidence = evaluator.Total(evaluator.Evidence);
        stdout.WriteLine();
        stdout.WriteLine($"submissions: {truths.Count}");
        stdout.WriteLine($"declared values: recall {RecordEvaluator.Percent(declared.Recall)} ({declared.Correct}/{declared.Expected}), precision {RecordEvaluator.Percent(declared.Precision)}");
        stdout.WriteLine($"evidence values: recall {RecordEvaluator.Percent(evidence.Recall)} ({evidence.Correct}/{evidence.Expected}), precision {RecordEvaluator.Percent(evidence.Precision)}");
        stdout.WriteLine($"document types: {RecordEvaluator.Percent(evaluator.DocumentTypes.Recall)} ({evaluator.DocumentTypes.Correct}/{evaluator.DocumentTypes.Expected})");
        stdout.WriteLine($"bundle pages: {RecordEvaluator.Percent(evaluator.BundlePages.Recall)} ({evaluator.BundlePages.Correct}/{evaluator.BundlePages.Expected})");
        stdout.WriteLine($"unreadable files reported: {evaluator.UnreadableReported.Correct}/{evaluator.UnreadableReported.Expected}");
        stdout.WriteLine();
        stdout.WriteLine($"{"flag",-28} {"P",7} {"R",7} {"truth",6} {"output",7}");
        foreach (var (code, t) in audit.Flags)
            stdout.WriteLine($"{code,-28} {AuditEvaluator.Ratio(t.Precision, t.Predicted),7} {AuditEvaluator.Ratio(t.Recall, t.Expected),7} {t.Expected,6} {t.Predicted,7}");
        var flags = audit.AllFlags;
        if (audit.UnfindableReuseFlags > 0)
            stdout.WriteLine($"({audit.UnfindableReuseFlags} reuse flags of the truth not counted: the other applicant is not in this run)");
        var disc = audit.Discrepancies;
        stdout.WriteLine($"flags: recall {RecordEvaluator.Percent(flags.Recall)} ({flags.Found}/{flags.Expected}), precision {RecordEvaluator.Percent(flags.Precision)} ({flags.Right}/{flags.Predicted})");
        stdout.WriteLine($"discrepancy fields: precision {RecordEvaluator.Percent(disc.Precision)}, recall {RecordEvaluator.Percent(disc.Recall)} ({disc.Correct}/{disc.Expected}), " +
                         $"F1 {RecordEvaluator.Percent(AuditEvaluator.F1(disc.Precision, disc.Recall))}");
        stdout.WriteLine();
        stdout.WriteLine($"failures ({evaluator.Failures.Count}):");
        foreach (var failure in evaluator.Failures) stdout.WriteLine("  " + failure);
        stdout.WriteLine($"flag and discrepancy failures ({audit.Failures.Count}):");
        foreach (var failure in audit.Failures) stdout.WriteLine("  " + failure);

        var below = new List<string>();
        Check(options.Get("--min-declared"), declared.Recall, "declared", below);
        Check(options.Get("--min-evidence"), evidence.Recall, "evidence", below);
        Check(options.Get("--min-types"), evaluator.DocumentTypes.Recall, "document types", below);
        Check(options.Get("--min-flag-precision"), flags.Precision, "flag precision", below);
        foreach (var line in below) stderr.WriteLine(line);
        return below.Count == 0 ? CommandLine.ExitOk : CommandLine.ExitFailure;
    }

    private static string Fmt(double ratio, int n) => n == 0 ? "-" : (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static void Check(string? minimum, double actual, string what, List<string> below)
    {
        if (minimum is null) return;
        if (!double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) || min is < 0 or > 1)
            throw new UsageException($"minimum for {what} must be a ratio between 0 and 1, not '{minimum}'");
        if (actual < min) below.Add($"below target: {what} {RecordEvaluator.Percent(actual)} < {RecordEvaluator.Percent(min)}");
    }
}
