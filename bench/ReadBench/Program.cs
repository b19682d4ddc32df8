using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReadStatus = ZcIngest.Core.Documents.ReadStatus;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Processes;

// Reader throughput: DOCX documents/s and PDF text-layer pages/s through DocumentReader at 1 and 2 parallel
// workers, beside the pdftotext command line alone on the same files at the same parallelism.
// Usage: dotnet run --project bench/ReadBench -c Release -- [--docs 200] [--pdf-pages 100] [--pdf-copies 6] [--repeat 3] [--work <dir>]
var docs = IntArg("--docs", 200);
var pdfPages = IntArg("--pdf-pages", 100);
var pdfCopies = IntArg("--pdf-copies", 6);
var repeat = IntArg("--repeat", 3);
var work = StrArg("--work", Path.Combine(Path.GetTempPath(), "zcingest-readbench"));
Directory.CreateDirectory(work);

Console.WriteLine($"ReadBench  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}  load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}  median of {repeat} runs");
var docxFiles = Enumerable.Range(1, docs).Select(i => Path.Combine(work, $"form-{i:D4}.docx")).ToList();
foreach (var (path, i) in docxFiles.Select((p, i) => (p, i))) if (!File.Exists(path)) Samples.WriteForm(path, i);
var pdfDocx = Path.Combine(work, $"report-{pdfPages}p.docx");
var pdf = Path.ChangeExtension(pdfDocx, ".pdf");
if (!File.Exists(pdf))
{
    Samples.WriteReport(pdfDocx, pdfPages);
    await Samples.ConvertToPdfAsync(pdfDocx, work);
}
var pdfFiles = Enumerable.Range(1, pdfCopies).Select(i =>
{
    var copy = Path.Combine(work, $"report-copy-{i}.pdf");
    File.Copy(pdf, copy, overwrite: true);
    return copy;
}).ToList();

var reader = DocumentReader.CreateDefault(ocr: null);
// Warm-up: tiered JIT (hot methods are recompiled after ~30 calls) and the page cache, so the first measured
// row does not pay for them.
for (var pass = 0; pass < 3; pass++) foreach (var file in docxFiles) await reader.ReadAsync(file);
foreach (var file in pdfFiles.Take(2)) await reader.ReadAsync(file);

var rows = new List<string[]>();
foreach (var workers in new[] { 1, 2 })
{
    var (docSeconds, docPages) = await Measure(docxFiles, workers);
    rows.Add(["DocumentReader docx", workers.ToString(CultureInfo.InvariantCulture), docxFiles.Count.ToString(CultureInfo.InvariantCulture),
        docPages.ToString(CultureInfo.InvariantCulture), F(docSeconds), F(docxFiles.Count / docSeconds) + " docs/s", F(docPages / docSeconds) + " pages/s"]);
    var (pdfSeconds, pages) = await Measure(pdfFiles, workers);
    rows.Add(["DocumentReader pdf text", workers.ToString(CultureInfo.InvariantCulture), pdfFiles.Count.ToString(CultureInfo.InvariantCulture),
        pages.ToString(CultureInfo.InvariantCulture), F(pdfSeconds), F(pdfFiles.Count / pdfSeconds) + " docs/s", F(pages / pdfSeconds) + " pages/s"]);
    var cliSeconds = await MeasureCli(pdfFiles, workers);
    rows.Add(["pdftotext -bbox-layout CLI", workers.ToString(CultureInfo.InvariantCulture), pdfFiles.Count.ToString(CultureInfo.InvariantCulture),
        (pdfFiles.Count * pdfPages).ToString(CultureInfo.InvariantCulture), F(cliSeconds), F(pdfFiles.Count / cliSeconds) + " docs/s",
        F(pdfFiles.Count * pdfPages / cliSeconds) + " pages/s"]);
}
Console.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Print(["what", "workers", "files", "pages", "seconds", "files/s", "pages/s"], rows);
Console.WriteLine($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
Console.WriteLine("targets: text-layer PDF >= 50 pages/s; DOCX >= 50 documents/s");
return 0;

// The machine is shared: each figure is the median of several runs, so one burst of other work does not decide it.
async Task<(double Seconds, int Pages)> Measure(IReadOnlyList<string> files, int workers)
{
    var runs = new List<(double Seconds, int Pages)>();
    for (var r = 0; r < repeat; r++) runs.Add(await MeasureOnce(files, workers));
    return runs.OrderBy(x => x.Seconds).ElementAt(runs.Count / 2);
}

async Task<double> MeasureCli(IReadOnlyList<string> files, int workers)
{
    var runs = new List<double>();
    for (var r = 0; r < repeat; r++) runs.Add(await MeasureCliOnce(files, workers));
    return runs.Order().ElementAt(runs.Count / 2);
}

async Task<(double Seconds, int Pages)> MeasureOnce(IReadOnlyList<string> files, int workers)
{
    var pages = 0;
    var watch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (file, ct) =>
    {
        var result = await reader.ReadAsync(file, ct);
        if (result.Status != ReadStatus.Ok) throw new InvalidOperationException($"{file}: {result.Errors.FirstOrDefault()?.Message}");
        Interlocked.Add(ref pages, result.Document!.Pages.Count);
    });
    return (watch.Elapsed.TotalSeconds, pages);
}

async Task<double> MeasureCliOnce(IReadOnlyList<string> files, int workers)
{
    var watch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (file, ct) =>
    {
        var output = Path.ChangeExtension(file, ".bbox.html");
        var run = await ChildProcess.RunAsync("/usr/bin/pdftotext", ["-bbox-layout", "-enc", "UTF-8", file, output],
            TimeSpan.FromMinutes(5), 0, ct);
        if (!run.Succeeded) throw new InvalidOperationException(run.StdErr);
        File.Delete(output);
    });
    return watch.Elapsed.TotalSeconds;
}

static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

static void Print(string[] header, List<string[]> rows)
{
    var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
    string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
    Console.WriteLine(Line(header));
    Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
    foreach (var row in rows) Console.WriteLine(Line(row));
}

int IntArg(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

string StrArg(string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

/// <summary>Bench inputs: application-form-like DOCX files and a long Chinese report converted to PDF.</summary>
static class Samples
{
    private static readonly string[] Sentences =
    [
        "本众创空间位于太原市小店区，服务场地面积800平方米，其中公共服务面积300平方米。",
        "2021年共举办创新创业活动24场，开展创业培训12次，服务入驻团队和企业36家。",
        "空间配备专职服务人员8名，其中本科及以上学历6名，取得创业导师资格3名。",
        "运营主体为太原某某科技有限公司，统一社会信用代码91140100MA0XXXXXXX。",
    ];

    public static void WriteForm(string path, int seed)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body(Para("众创空间备案申请表"), Para($"申报编号：ZC-{seed:D4}"));
        var table = new Table(new TableGrid(new GridColumn { Width = "2500" }, new GridColumn { Width = "2500" }, new GridColumn { Width = "3000" }));
        for (var r = 0; r < 20; r++)
            table.Append(new TableRow(Cell($"项目{r + 1}"), Cell(Sentences[r % 4][..8]), Cell((seed * 7 + r).ToString(CultureInfo.InvariantCulture))));
        body.Append(table);
        for (var i = 0; i < 30; i++) body.Append(Para(Sentences[(seed + i) % Sentences.Length]));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        for (var i = 0; i < 30; i++) body.Append(Para(Sentences[(seed + i + 1) % Sentences.Length]));
        doc.AddMainDocumentPart().Document = new Document(body);
    }

    public static void WriteReport(string path, int pages)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        for (var p = 0; p < pages; p++)
        {
            if (p > 0) body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Para($"第{p + 1}页 建设运营报告"));
            for (var i = 0; i < 20; i++) body.Append(Para(Sentences[(p + i) % Sentences.Length]));
        }
        doc.AddMainDocumentPart().Document = new Document(body);
    }

    public static async Task ConvertToPdfAsync(string docx, string outDir)
    {
        var profile = new Uri(Path.Combine(outDir, "lo-profile") + "/").AbsoluteUri;
        var run = await ChildProcess.RunAsync("/usr/bin/soffice",
            ["--headless", "--norestore", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", outDir, docx],
            TimeSpan.FromMinutes(10), 0, CancellationToken.None);
        if (!File.Exists(Path.ChangeExtension(docx, ".pdf"))) throw new InvalidOperationException("LibreOffice failed: " + run.StdErr);
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
}
