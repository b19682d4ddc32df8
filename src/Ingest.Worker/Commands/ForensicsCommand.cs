using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using ZcIngest.Extractors.Forensics;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>forensics &lt;pdf|folder&gt; [--all]</c>: the PDF forensic verdict of one file, or of every PDF in a sample folder
/// (sub-folders and zips) compared with the <c>pdf_modified</c> flags of its truth files: one line per flagged,
/// expected or (with <c>--all</c>) every PDF, then true/false positives and negatives.
/// </summary>
public sealed class ForensicsCommand : ICommand
{
    private const long MaxZipEntryBytes = 256L << 20;

    public string Name => "forensics";
    public string Usage => "forensics <pdf|folder> [--all]    PDF modification verdicts (against truth.json pdf_modified flags for a folder)";

    public Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, [], ["--all"]);
        if (options.Positional.Count != 1) throw new UsageException("forensics needs one PDF or folder");
        var path = options.Positional[0];
        if (File.Exists(path))
        {
            stdout.WriteLine(Describe(PdfForensics.Analyze(path)));
            return Task.FromResult(CommandLine.ExitOk);
        }
        if (!Directory.Exists(path)) throw new UsageException($"{path}: not found：找不到该文件或文件夹");

        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (submission, files, expected) in Submissions(path))
        {
            ct.ThrowIfCancellationRequested();
            foreach (var (name, bytes) in files)
            {
                var report = PdfForensics.Analyze(bytes);
                var flagged = report.Finding is not null;
                var truth = expected.Contains(name);
                (tp, fp, fn, tn) = (tp + (flagged && truth ? 1 : 0), fp + (flagged && !truth ? 1 : 0),
                    fn + (!flagged && truth ? 1 : 0), tn + (!flagged && !truth ? 1 : 0));
                if (flagged || truth || options.Has("--all"))
                    stdout.WriteLine($"{(flagged == truth ? "ok " : flagged ? "FP " : "FN ")} {submission}/{name}: {Describe(report)}");
            }
        }
        var precision = tp + fp == 0 ? double.NaN : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? double.NaN : (double)tp / (tp + fn);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pdf_modified per file: TP {tp}  FP {fp}  FN {fn}  TN {tn}  precision {precision:0.000}  recall {recall:0.000}"));
        return Task.FromResult(CommandLine.ExitOk);
    }

    private static string Describe(PdfForensicReport r)
    {
        if (r.Error is not null) return "not analysed: " + r.Error;
        var facts = $"[eof {r.EofMarkers}, revisions {r.Revisions}, xref {r.XrefTables}t/{r.XrefStreams}s{(r.Linearized ? ", linearized" : "")}"
                    + $"{(r.Encrypted ? ", encrypted" : "")}, updates {string.Join(",", r.Updates.Select(u => u.Kind))}, producer {r.Info?.Producer ?? r.Xmp?.Producer ?? "-"}]";
        return r.Finding is { } f ? $"{f.Severity.ToString().ToLowerInvariant()} {facts} {f.Message}" : "clean " + facts;
    }

    /// <summary>Each submission's PDFs (by name as submitted) and the file names its truth flags as pdf_modified.</summary>
    private static IEnumerable<(string Id, IEnumerable<(string Name, byte[] Bytes)> Files, HashSet<string> Expected)> Submissions(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(dir, f), File.ReadAllBytes(f)));
            yield return (Path.GetFileName(dir), files, Expected(Path.Combine(dir, "truth.json")));
        }
        foreach (var zip in Directory.EnumerateFiles(root, "*.zip").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(zip);
            yield return (id, ZipPdfs(zip), Expected(Path.Combine(root, id + ".truth.json")));
        }
    }

    private static IEnumerable<(string, byte[])> ZipPdfs(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && e.Length <= MaxZipEntryBytes))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (entry.FullName, copy.ToArray());
        }
    }

    private static HashSet<string> Expected(string truthPath)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(truthPath)) return names;
        var root = JsonNode.Parse(File.ReadAllText(truthPath));
        foreach (var flag in root?["flags"]?.AsArray() ?? [])
            if ((string?)flag?["code"] == "pdf_modified")
                foreach (var f in flag["files"]?.AsArray() ?? []) names.Add((string)f!);
        return names;
    }
}
