using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Ocr;

// Scan-reading accuracy against the generated truth: every scanned licence and application form of the given
// submission folders is read the way `process` reads it (DocumentReader + in-process OCR), and every value the
// truth says the file carries (evidence values of a licence, declared values of a form) is looked for in the
// page text. Per value: found verbatim (whitespace ignored), and the edit distance of the best-matching substring.
// `--cli` reads the same images with the tesseract command line instead (reference).
var sets = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsValue(args, a)).ToList();
if (sets.Count == 0)
{
    Console.Error.WriteLine("usage: ScanBench <set-dir>... [--cli] [--types business_license,application_form] [--misses] [--line-scale F] [--var name=value]... [--work DIR]");
    return 2;
}
var types = (Arg("--types") ?? "business_license,application_form").Split(',');
var cli = args.Contains("--cli");
var work = Arg("--work") ?? Path.Combine(Path.GetTempPath(), "zc-scanbench");
Directory.CreateDirectory(work);

var options = new OcrOptions();
if (Arg("--line-scale") is { } lineScale) options = options with { LineRereadScale = double.Parse(lineScale, CultureInfo.InvariantCulture) };
var variables = args.Select((a, i) => (a, i)).Where(x => x.a == "--var" && x.i + 1 < args.Length).Select(x => args[x.i + 1].Split('=', 2))
    .ToDictionary(kv => kv[0], kv => kv[1]);
if (variables.Count > 0) options = options with { TesseractVariables = variables };
using var ocr = cli ? null : new OcrService(options);
var reader = DocumentReader.CreateDefault(ocr);
var clock = Stopwatch.StartNew();
Console.WriteLine($"{"set",-28} {"files",5} {"values",6} {"found",7} {"char acc",8} {"seconds",7} {"cpu s",6}");
foreach (var set in sets)
{
    var items = Items(set).Where(i => types.Contains(i.Type)).ToList();
    var setClock = Stopwatch.StartNew();
    // CPU time of this process (our OCR runs in it; the tesseract CLI does not): comparable under a shared machine's load.
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var results = new List<(Item Item, string Text)>();
    using var gate = new SemaphoreSlim(2);
    var tasks = items.Select(async item =>
    {
        await gate.WaitAsync();
        try { return (item, cli ? await CliTextAsync(item.Path) : await OursTextAsync(item.Path)); }
        finally { gate.Release(); }
    }).ToList();
    foreach (var t in tasks) results.Add(await t);
    int values = 0, found = 0, edits = 0, length = 0;
    foreach (var (item, text) in results)
    {
        var page = Regex.Replace(CharacterAccuracy.Normalise(text), @"(?<=\d),(?=\d{3})", "");
        foreach (var (field, expected) in item.Expected)
        {
            var want = CharacterAccuracy.Normalise(expected);
            var distance = BestSubstringDistance(want, page);
            values++;
            length += want.Length;
            edits += distance;
            if (distance == 0) found++;
            else if (args.Contains("--misses"))
                Console.WriteLine($"  miss {item.Submission} {Path.GetFileName(item.Path)} {field}: {expected} (d={distance}) ~ {Closest(want, page)}");
        }
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Path.GetFileName(set.TrimEnd('/')),-28} {items.Count,5} {values,6} {100.0 * found / Math.Max(1, values),6:0.0}% {100.0 * (1 - (double)edits / Math.Max(1, length)),7:0.00}% {setClock.Elapsed.TotalSeconds,7:0} {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds,6:0}"));
}
Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0} s");
return 0;

async Task<string> OursTextAsync(string path)
{
    var result = await reader.ReadAsync(path);
    return result.Document?.Text ?? "";
}

// The image the product OCRs: a PDF page rendered at its largest image's pixel size (at least 2000 px long, as
// PdfReader does before any change of this branch); an image file as it is.
async Task<string> CliTextAsync(string path)
{
    if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return await TesseractAsync(path);
    var pages = int.Parse(Regex.Match(await RunAsync("pdfinfo", [path]), @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    var texts = new List<string>();
    for (var p = 1; p <= pages; p++)
    {
        var n = p.ToString(CultureInfo.InvariantCulture);
        var list = await RunAsync("pdfimages", ["-list", "-f", n, "-l", n, path]);
        var longSide = list.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 4).Select(c => Math.Max(int.Parse(c[3], CultureInfo.InvariantCulture), int.Parse(c[4], CultureInfo.InvariantCulture)))
            .DefaultIfEmpty(3508).Max();
        longSide = Math.Clamp(longSide, 2000, 4961);
        var prefix = Path.Combine(work, Guid.NewGuid().ToString("N"));
        await RunAsync("pdftoppm", ["-gray", "-scale-to", longSide.ToString(CultureInfo.InvariantCulture), "-singlefile", "-f", n, "-l", n, path, prefix]);
        texts.Add(await TesseractAsync(prefix + ".pgm"));
        File.Delete(prefix + ".pgm");
    }
    return string.Join('\f', texts);
}

async Task<string> TesseractAsync(string image) => await RunAsync("tesseract", [image, "stdout", "-l", "chi_sim"]);

static async Task<string> RunAsync(string tool, string[] arguments)
{
    var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) start.ArgumentList.Add(a);
    start.Environment["OMP_THREAD_LIMIT"] = "1";
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    await stderr;
    return await stdout;
}

// Scanned licences and forms with the values the truth puts on them. Dates (written 2021年6月26日 on paper) and
// enum codes (never written as such) are left out; everything else must appear as the truth spells it.
static IEnumerable<Item> Items(string set)
{
    var truths = Directory.GetDirectories(set).Select(d => (Dir: d, Truth: Path.Combine(d, "truth.json")))
        .Concat(Directory.GetFiles(set, "*.truth.json").Select(t => (Dir: "", Truth: t)))
        .Where(x => File.Exists(x.Truth) && x.Dir != "").OrderBy(x => x.Dir, StringComparer.Ordinal);
    foreach (var (dir, truthPath) in truths)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        var root = truth.RootElement;
        var fields = root.GetProperty("fields");
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            var type = file.TryGetProperty("type", out var t) ? t.GetString() : null;
            var rendering = file.TryGetProperty("rendering", out var r) ? r.GetString() : null;
            if (type is null || rendering is not ("scan" or "image")) continue;
            var name = file.GetProperty("file").GetString()!;
            var expected = new List<(string, string)>();
            foreach (var field in fields.EnumerateObject())
            {
                var isEvidence = field.Value.TryGetProperty("evidence_files", out var ef) && ef.EnumerateArray().Any(e => e.GetString() == name);
                var key = type == "application_form" ? "declared" : isEvidence ? "evidence" : null;
                if (key is null || !field.Value.TryGetProperty(key, out var value)) continue;
                var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
                if (text is null || Regex.IsMatch(text, @"^\d{4}-\d\d-\d\d$|^[a-z_]+$")) continue;
                expected.Add((field.Name, text));
            }
            if (expected.Count > 0) yield return new Item(Path.GetFileName(dir), Path.Combine(dir, name), type, expected);
        }
    }
}

// Sellers' approximate substring match: the least edits turning `want` into some substring of `text`.
static int BestSubstringDistance(string want, string text)
{
    var previous = new int[text.Length + 1];
    var current = new int[text.Length + 1];
    for (var i = 1; i <= want.Length; i++)
    {
        current[0] = i;
        for (var j = 1; j <= text.Length; j++)
            current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (want[i - 1] == text[j - 1] ? 0 : 1));
        (previous, current) = (current, previous);
    }
    return want.Length == 0 ? 0 : previous.Min();
}

static string Closest(string want, string text)
{
    var best = (Distance: int.MaxValue, Start: 0);
    for (var s = 0; s + want.Length <= text.Length; s++)
    {
        var d = 0;
        for (var k = 0; k < want.Length; k++) if (want[k] != text[s + k]) d++;
        if (d < best.Distance) best = (d, s);
    }
    return best.Distance == int.MaxValue ? "" : text.Substring(best.Start, want.Length);
}

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
static bool IsValue(string[] all, string a) => Array.IndexOf(all, a) is var i and > 0 && all[i - 1] is "--types" or "--work" or "--var" or "--line-scale";

internal sealed record Item(string Submission, string Path, string Type, List<(string Field, string Value)> Expected);
