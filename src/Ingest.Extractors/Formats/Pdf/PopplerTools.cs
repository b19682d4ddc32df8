using ZcIngest.Extractors.Processes;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>Runs poppler's command-line tools under the read's time and memory limits.</summary>
public static class PopplerTools
{
    public const string AptPackage = "poppler-utils";

    public static Task<ChildProcessResult> RunAsync(string tool, IReadOnlyList<string> args, ReadContext context,
        CancellationToken ct)
    {
        var exe = ChildProcess.FindExecutable(tool) ?? throw new ToolNotFoundException(tool, AptPackage);
        return ChildProcess.RunAsync(exe, args, context.Limits.ChildProcessTimeout, context.Limits.ChildProcessMemoryBytes, ct,
            context.WorkDirectory);
    }
}
