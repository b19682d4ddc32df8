using System.Globalization;
using ZcIngest.SampleGen.Generation;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen;

/// <summary>
/// <c>generate --out &lt;dir&gt; --count N --seed S [--programs id,id…]</c>: writes N realistic submissions with their
/// truth. Same seed, same bytes.
/// </summary>
public static class Program
{
    private const string Usage = "usage: Ingest.SampleGen generate --out <dir> --count <N> --seed <S> [--programs id,id,...] [--jobs N]";

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "generate") return Fail(Usage);
        string? outDir = null;
        int count = 0;
        long seed = 0;
        var jobs = Environment.ProcessorCount;
        var programs = Programs.All;
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--out": outDir = Value(); break;
                    case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = long.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--jobs": jobs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--programs": programs = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Programs.Get).ToList(); break;
                    default: return Fail($"unknown option '{args[i]}'. {Usage}");
                }
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                return Fail(e.Message);
            }
        }
        if (outDir is null || count <= 0) return Fail(Usage);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var truths = new CorpusGenerator(outDir, seed, programs, jobs).Generate(count, (t, elapsed) =>
            Console.Error.WriteLine($"{t.SubmissionId} {t.ProgramId,-28} {t.Files.Count,3} files {elapsed.TotalSeconds,6:0.0} s  {string.Join(',', t.Defects)}"));
        var minutes = clock.Elapsed.TotalMinutes;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine($"generated {truths.Count} submissions in {clock.Elapsed.TotalSeconds:0.0} s wall " +
                          $"({truths.Count / minutes:0.0} per minute, {jobs} jobs; this process's own CPU {cpu.TotalSeconds:0} s, tools excluded) → {outDir}");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
