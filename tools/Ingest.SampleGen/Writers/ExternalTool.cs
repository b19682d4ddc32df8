using System.Diagnostics;

namespace ZcIngest.SampleGen.Writers;

/// <summary>Runs poppler, ImageMagick or qpdf; a failure stops generation with the tool's own message.</summary>
public static class ExternalTool
{
    /// <summary>The real ImageMagick (a stand-in script may shadow <c>convert</c> on PATH).</summary>
    public const string Convert = "/usr/bin/convert";

    public static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // One thread: ImageMagick's seeded noise is only reproducible when a single thread draws it.
        psi.Environment["MAGICK_THREAD_LIMIT"] = "1";
        psi.Environment["OMP_NUM_THREADS"] = "1";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(true);
            throw new TimeoutException($"{file} took longer than two minutes");
        }
        // qpdf exits 3 for warnings only.
        if (p.ExitCode != 0 && !(file.EndsWith("qpdf") && p.ExitCode == 3))
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr.Result.Trim()}");
    }
}
