using ZcIngest.Extractors.Processes;

namespace ZcIngest.Extractors.Tests.Processes;

public class ChildProcessTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunAsync_PassesArgumentsVerbatim_WithoutShell()
    {
        var result = await ChildProcess.RunAsync("/bin/echo", ["a b", "$HOME", "; rm -rf x"], Generous, 0, CancellationToken.None);
        Assert.True(result.Succeeded);
        Assert.Equal("a b $HOME ; rm -rf x\n", result.StdOut);
    }

    [Fact]
    public async Task RunAsync_DrainsBothStreams_WhenToolWritesMegabytesToEach()
    {
        // 2 MB on each pipe: far beyond a pipe buffer, so sequential reading would deadlock.
        var result = await ChildProcess.RunAsync("/bin/bash",
            ["-c", "head -c 2000000 /dev/zero | tr '\\0' a; head -c 2000000 /dev/zero | tr '\\0' b >&2"], Generous, 0, CancellationToken.None);
        Assert.True(result.Succeeded);
        Assert.Equal(2_000_000, result.StdOut.Length);
        Assert.Equal(2_000_000, result.StdErr.Length);
    }

    [Fact]
    public async Task RunAsync_KillsProcessTree_WhenWallTimeLimitPasses()
    {
        // The child of bash (sleep) must die too, or the pipes would stay open and the call would hang.
        var result = await ChildProcess.RunAsync("/bin/bash", ["-c", "sleep 300 & sleep 300; echo never"],
            TimeSpan.FromMilliseconds(300), 0, CancellationToken.None);
        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain("never", result.StdOut);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(30), $"took {result.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_ChildFailsToAllocate_BeyondMemoryLimit()
    {
        Assert.NotNull(ChildProcess.FindExecutable("prlimit"));
        // 400 MB allocation under a 200 MB address-space limit.
        var result = await ChildProcess.RunAsync("python3", ["-c", "x = bytearray(400 * 1024 * 1024); print('allocated')"],
            Generous, 200L << 20, CancellationToken.None);
        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("allocated", result.StdOut);
        Assert.Contains("MemoryError", result.StdErr);
    }

    [Fact]
    public async Task RunAsync_ChildSucceeds_WithinMemoryLimit()
    {
        var result = await ChildProcess.RunAsync("python3", ["-c", "x = bytearray(20 * 1024 * 1024); print('allocated')"],
            Generous, 200L << 20, CancellationToken.None);
        Assert.True(result.Succeeded, result.StdErr);
        Assert.Contains("allocated", result.StdOut);
    }
}
