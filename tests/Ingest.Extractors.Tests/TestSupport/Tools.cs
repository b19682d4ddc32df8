using System.Diagnostics;

namespace ZcIngest.Extractors.Tests.TestSupport;

/// <summary>Runs the converters the fixtures are made with (LibreOffice, qpdf); failures fail the fixture loudly.</summary>
public static class Tools
{
    public static void Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"{exe} timed out"); }
        // qpdf exits 3 for warnings; anything above is a failure.
        if (p.ExitCode != 0 && !(exe == "qpdf" && p.ExitCode == 3))
            throw new InvalidOperationException($"{exe} {string.Join(' ', args)} failed ({p.ExitCode}): {err.Result} {output.Result}");
    }

    /// <summary>Converts with LibreOffice into <paramref name="outDir"/> using a private profile.</summary>
    public static string Convert(string input, string format, string outDir)
    {
        var profile = Path.Combine(outDir, "lo-profile-" + Guid.NewGuid().ToString("N"));
        Run("soffice", "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri,
            "--convert-to", format, "--outdir", outDir, input);
        var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + format.Split(':')[0]);
        if (!File.Exists(result)) throw new InvalidOperationException($"LibreOffice did not write {result}");
        return result;
    }
}
