using Xunit.Abstractions;

namespace ZcIngest.Extractors.Tests.Fingerprints;

/// <summary>Test output, and when ZCINGEST_MEASURE names a file, the same lines appended there (for the figures in the report).</summary>
internal static class Measure
{
    public static void Log(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("ZCINGEST_MEASURE") is { Length: > 0 } file)
            lock (typeof(Measure)) File.AppendAllText(file, line + "\n");
    }
}
