using System.Diagnostics;
using System.Text;

namespace ZcIngest.Extractors.Processes;

/// <summary>What a child process left behind.</summary>
public sealed record ChildProcessResult(int ExitCode, string StdOut, string StdErr, bool TimedOut, TimeSpan Elapsed)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}

/// <summary>The tool to run was not found on this machine.</summary>
public sealed class ToolNotFoundException(string tool, string aptPackage)
    : Exception($"{tool} not found (apt package {aptPackage})")
{
    public string Tool { get; } = tool;
    public string AptPackage { get; } = aptPackage;
}

/// <summary>
/// Runs a native tool (poppler, LibreOffice) on untrusted input: argument lists (never a shell string),
/// a wall-time limit that kills the whole process tree, an address-space limit through util-linux
/// <c>prlimit</c> when present, and both output streams drained concurrently so a chatty tool cannot
/// deadlock on a full pipe.
/// </summary>
public static class ChildProcess
{
    /// <summary>Output beyond this many characters per stream is dropped: a hostile file must not fill memory.</summary>
    public const int MaxCapturedChars = 64 << 20;

    private static readonly Lazy<string?> PrlimitPath = new(() => FindExecutable("prlimit"));

    public static string? FindExecutable(string name)
    {
        if (name.Contains('/')) return File.Exists(name) ? name : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':'))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <param name="memoryBytes">Address-space limit; 0 or less for none.</param>
    /// <param name="environment">Extra environment variables for the child.</param>
    public static async Task<ChildProcessResult> RunAsync(string executable, IReadOnlyList<string> arguments,
        TimeSpan timeout, long memoryBytes, CancellationToken ct,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? "",
        };
        if (memoryBytes > 0 && PrlimitPath.Value is { } prlimit)
        {
            psi.FileName = prlimit;
            psi.ArgumentList.Add($"--as={memoryBytes}");
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(executable);
        }
        else psi.FileName = executable;
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.Start();
        process.StandardInput.Close();
        var stdout = DrainAsync(process.StandardOutput);
        var stderr = DrainAsync(process.StandardError);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !ct.IsCancellationRequested;
            KillTree(process);
            // The kill is asynchronous; wait for the exit so no zombie and no open pipe outlive the call.
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            if (!timedOut)
            {
                await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
            }
        }
        // A grandchild that escaped the tree may still hold the pipes open: do not wait for it forever.
        await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None))
            .ConfigureAwait(false);
        var output = stdout.IsCompletedSuccessfully ? stdout.Result : "";
        var error = stderr.IsCompletedSuccessfully ? stderr.Result : "";
        return new ChildProcessResult(process.ExitCode, output, error, timedOut, watch.Elapsed);
    }

    private static void KillTree(Process process)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already exited
    }

    private static async Task<string> DrainAsync(StreamReader reader)
    {
        var sb = new StringBuilder();
        var buffer = new char[16384];
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (sb.Length < MaxCapturedChars) sb.Append(buffer, 0, Math.Min(n, MaxCapturedChars - sb.Length));
        }
        return sb.ToString();
    }
}
