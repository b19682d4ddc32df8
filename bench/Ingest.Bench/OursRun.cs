using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Bench;

/// <summary>
/// Child-process side of the benchmark: recognises the given images with our OcrService and prints one JSON
/// line. Run in its own process so its peak memory is its own.
/// </summary>
internal static class OursRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var workers = int.Parse(Arg(args, "--workers") ?? "1", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Arg(args, "--repeat") ?? "1", CultureInfo.InvariantCulture);
        var sampleEvery = int.Parse(Arg(args, "--sample-every") ?? "0", CultureInfo.InvariantCulture);
        var outDir = Arg(args, "--out");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a)).ToList();
        if (outDir is not null) Directory.CreateDirectory(outDir);

        var baseline = Memory.CurrentRssMb();
        using var ocr = new OcrService(new OcrOptions { Workers = workers, DetectOrientation = !args.Contains("--no-osd"), Deskew = !args.Contains("--no-deskew"),
            OrientationCheck = args.Contains("--osd-always") ? OrientationCheck.Always : OrientationCheck.WhenDoubtful });
        // Load every worker's model before the clock starts: the figure is steady-state throughput.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(i => ocr.RecognizeAsync(files[i % files.Count], 0, CancellationToken.None)));
        var afterLoad = Memory.CurrentRssMb();

        var jobs = Enumerable.Range(0, repeat).SelectMany(_ => files).ToList();
        var samples = new List<double>();
        var done = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(workers * 2);
        var tasks = jobs.Select(async (file, index) =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await ocr.RecognizeAsync(file, index + 1, CancellationToken.None);
                if (outDir is not null && index < files.Count)
                    await File.WriteAllTextAsync(Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".txt"), page.Text);
                if (args.Contains("--verbose")) Console.Error.WriteLine($"{Path.GetFileName(file)} rot={page.Rotation} deskew={page.Deskew} conf={page.OcrConfidence} words={page.Lines.Sum(l => l.Words.Count)}");
                if (args.Contains("--lines")) foreach (var l in page.Lines) Console.Error.WriteLine($"  {l.Box} {l.Text}");
                var n = Interlocked.Increment(ref done);
                if (sampleEvery > 0 && n % sampleEvery == 0)
                    lock (samples) samples.Add(Math.Round(Memory.CurrentRssMb(), 1));
            }
            finally { gate.Release(); }
        }).ToList();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new OursResult(workers, jobs.Count, seconds, cpu, baseline, afterLoad,
            Memory.PeakRssMb(), samples)));
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static bool IsOptionValue(string[] args, string a)
    {
        var i = Array.IndexOf(args, a);
        return i > 0 && args[i - 1] is "--workers" or "--repeat" or "--sample-every" or "--out";
    }
}

internal sealed record OursResult(int Workers, int Pages, double Seconds, double CpuSeconds, double BaselineRssMb, double LoadedRssMb,
    double PeakRssMb, List<double> RssSamplesMb);

internal static class Memory
{
    public static double CurrentRssMb() => StatusKb("VmRSS:") / 1024.0;
    public static double PeakRssMb() => StatusKb("VmHWM:") / 1024.0;

    private static long StatusKb(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(key, StringComparison.Ordinal))
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return 0;
    }
}
