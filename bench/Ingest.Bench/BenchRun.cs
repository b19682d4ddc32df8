using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Bench;

/// <summary>
/// The OCR benchmark: the same generated scans through our OcrService (1 and 2 workers), the tesseract
/// command line (1 and 2 in parallel) and ocrmypdf (--jobs 1 and 2), with time, peak memory and character
/// accuracy against the text the scans were rendered from. Optionally a long run for memory growth.
/// </summary>
internal static class BenchRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var pages = int.Parse(Arg(args, "--pages") ?? "12", Inv);
        var leakPages = int.Parse(Arg(args, "--leak-pages") ?? "0", Inv);
        var work = Path.GetFullPath(Arg(args, "--work") ?? Path.Combine(Path.GetTempPath(), "zc-ocr-bench"));
        var root = RepoRoot();
        var scans = Path.Combine(work, "scans");
        if (!File.Exists(Path.Combine(scans, $"page-{pages:00}.jpg")))
        {
            Console.Error.WriteLine($"rendering {pages} scans into {scans}…");
            Run("python3", [Path.Combine(root, "bench/scans/make_scans.py"), scans, pages.ToString(Inv)], null);
        }
        var images = Enumerable.Range(1, pages).Select(i => Path.Combine(scans, $"page-{i:00}.jpg")).ToList();
        var rows = new List<Row>();

        foreach (var mode in new[] { "when-doubtful", "always" })
            foreach (var workers in new[] { 1, 2 })
            {
                var outDir = Path.Combine(work, $"ours-{mode}-{workers}");
                var extra = mode == "always" ? new[] { "--osd-always" } : [];
                var json = Run(SelfCommand()[0], [.. SelfCommand()[1..], "ours", "--workers", workers.ToString(Inv), "--out", outDir, .. extra, .. images], null);
                var r = JsonSerializer.Deserialize<OursResult>(json.Trim().Split('\n')[^1])!;
                rows.Add(new Row($"ours (OSD {mode})", workers, r.Pages, r.Seconds, r.CpuSeconds, r.PeakRssMb,
                    (r.PeakRssMb - r.BaselineRssMb) / workers, Accuracy(images, outDir)));
            }

        foreach (var parallel in new[] { 1, 2 })
        {
            var outDir = Directory.CreateDirectory(Path.Combine(work, $"cli-{parallel}")).FullName;
            var peak = 0.0;
            var cpu = 0.0;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(images, new ParallelOptions { MaxDegreeOfParallelism = parallel }, (image, _) =>
            {
                var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(image));
                var (kb, seconds) = Timed("tesseract", [image, output, "-l", "chi_sim+eng"]);
                lock (outDir) { peak = Math.Max(peak, kb / 1024.0); cpu += seconds; }
                return ValueTask.CompletedTask;
            });
            rows.Add(new Row("tesseract CLI", parallel, images.Count, clock.Elapsed.TotalSeconds, cpu, peak, peak, Accuracy(images, outDir)));
        }

        if (!args.Contains("--skip-ocrmypdf"))
        {
            var pdf = Path.Combine(work, "scans.pdf");
            Run("/usr/bin/python3", ["-c", "import img2pdf,sys; open(sys.argv[1],'wb').write(img2pdf.convert(sys.argv[2:]))", pdf, .. images], null);
            foreach (var jobs in new[] { 1, 2 })
            {
                var outDir = Directory.CreateDirectory(Path.Combine(work, $"ocrmypdf-{jobs}")).FullName;
                var sidecar = Path.Combine(outDir, "sidecar.txt");
                var clock = Stopwatch.StartNew();
                var (kb, cpu) = Timed("ocrmypdf", ["-q", "-l", "chi_sim+eng", "--jobs", jobs.ToString(Inv), "--rotate-pages", "--deskew",
                    "--optimize", "0", "--output-type", "pdf", "--sidecar", sidecar, pdf, Path.Combine(outDir, "out.pdf")]);
                var seconds = clock.Elapsed.TotalSeconds;
                var texts = File.ReadAllText(sidecar).Split('\f');
                for (var i = 0; i < images.Count && i < texts.Length; i++)
                    File.WriteAllText(Path.Combine(outDir, $"page-{i + 1:00}.txt"), texts[i]);
                rows.Add(new Row("ocrmypdf (rotate+deskew)", jobs, images.Count, seconds, cpu, kb / 1024.0, kb / 1024.0, Accuracy(images, outDir)));
            }
        }

        Print(rows, pages);

        if (leakPages > 0) LeakRun(work, images[0], leakPages);
        return 0;
    }

    private static void Print(List<Row> rows, int pages)
    {
        Console.WriteLine($"OCR benchmark: {pages} generated A4 scans, 200 dpi greyscale JPEG, chi_sim+eng, OMP_THREAD_LIMIT=1, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"engine",-26} {"par",3} {"pages",5} {"seconds",8} {"pages/s",8} {"CPU s/page",10} {"peak RSS MB",11} {"MB/worker",9} {"char acc",8}");
        foreach (var r in rows)
            Console.WriteLine($"{r.Engine,-26} {r.Parallel,3} {r.Pages,5} {r.Seconds,8:0.00} {r.Pages / r.Seconds,8:0.000} {r.CpuSeconds / r.Pages,10:0.00} {r.PeakMb,11:0} {r.PerWorkerMb,9:0} {r.Accuracy,8:P2}");
        double Rate(string engine, int p) => rows.Where(r => r.Engine == engine && r.Parallel == p).Select(r => r.Pages / r.Seconds).DefaultIfEmpty(double.NaN).First();
        foreach (var p in new[] { 1, 2 })
        {
            Console.WriteLine($"ours / tesseract CLI at {p}: {Rate("ours (OSD when-doubtful)", p) / Rate("tesseract CLI", p):0.00}x (target >= 1.3x); with OSD always: {Rate("ours (OSD always)", p) / Rate("tesseract CLI", p):0.00}x");
        }
        double Cpu(string engine, int p) => rows.Where(r => r.Engine == engine && r.Parallel == p).Select(r => r.CpuSeconds / r.Pages).DefaultIfEmpty(double.NaN).First();
        Console.WriteLine($"CPU per page, tesseract CLI / ours (load-independent): {Cpu("tesseract CLI", 1) / Cpu("ours (OSD when-doubtful)", 1):0.00}x at 1, {Cpu("tesseract CLI", 2) / Cpu("ours (OSD when-doubtful)", 2):0.00}x at 2; ours CPU per page 2 workers / 1 worker: {Cpu("ours (OSD when-doubtful)", 2) / Cpu("ours (OSD when-doubtful)", 1):0.00}");
        Console.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"ours 2 workers / 1 worker: {Rate("ours (OSD when-doubtful)", 2) / Rate("ours (OSD when-doubtful)", 1):0.00}x (target >= 1.8x)");
    }

    /// <summary>Recognises a strip of one page many times in one process and samples its RSS: flat means no leak.</summary>
    private static void LeakRun(string work, string page, int count)
    {
        var strip = Path.Combine(work, "leak-strip.png");
        Run("convert", [page, "-crop", "1654x700+0+0", "+repage", strip], null);
        var every = Math.Max(1, count / 20);
        var json = Run(SelfCommand()[0], [.. SelfCommand()[1..], "ours", "--workers", "1", "--repeat", count.ToString(Inv), "--sample-every", every.ToString(Inv), strip], null);
        var r = JsonSerializer.Deserialize<OursResult>(json.Trim().Split('\n')[^1])!;
        Console.WriteLine($"leak run: {r.Pages} recognitions of a 1654x700 strip in one process, {r.Seconds:0.0} s; RSS after model load {r.LoadedRssMb:0} MB; every {every} pages: {string.Join(' ', r.RssSamplesMb.Select(v => v.ToString("0", Inv)))} MB; peak {r.PeakRssMb:0} MB");
        var half = r.RssSamplesMb.Count / 2;
        if (half > 0)
            Console.WriteLine($"leak run: mean RSS first half {r.RssSamplesMb.Take(half).Average():0.0} MB, second half {r.RssSamplesMb.Skip(half).Average():0.0} MB");
    }

    private static double Accuracy(List<string> images, string outDir)
    {
        long edits = 0, length = 0;
        foreach (var image in images)
        {
            var source = File.ReadAllText(Path.ChangeExtension(image, ".txt"));
            var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(image) + ".txt");
            var (e, n) = CharacterAccuracy.Counts(source, File.Exists(output) ? File.ReadAllText(output) : "");
            edits += e;
            length += n;
        }
        return Math.Max(0, 1 - (double)edits / length);
    }

    /// <summary>Runs a tool under GNU time: its peak resident set in KB and its CPU seconds (user + system, children included).</summary>
    private static (long PeakKb, double CpuSeconds) Timed(string tool, string[] args)
    {
        var marker = Path.GetTempFileName();
        try
        {
            Run("/usr/bin/time", ["-f", "%M %U %S", "-o", marker, tool, .. args], new() { ["OMP_THREAD_LIMIT"] = "1" });
            var f = File.ReadAllText(marker).Trim().Split('\n')[^1].Split(' ');
            return (long.Parse(f[0], Inv), double.Parse(f[1], Inv) + double.Parse(f[2], Inv));
        }
        finally { File.Delete(marker); }
    }

    private static string Run(string file, string[] args, Dictionary<string, string>? env)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? []) start.Environment[k] = v;
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} exited {p.ExitCode}: {stderr.Result}");
        return stdout;
    }

    private static string[] SelfCommand()
    {
        var self = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(self) == "dotnet" ? [self, typeof(BenchRun).Assembly.Location] : [self];
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ZcIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the ZcIngest checkout");
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record Row(string Engine, int Parallel, int Pages, double Seconds, double CpuSeconds, double PeakMb, double PerWorkerMb, double Accuracy);
}
