using ZcIngest.Worker.Commands;

namespace ZcIngest.Worker.Tests.Commands;

public class CommandLineTests
{
    [Fact]
    public async Task RunAsync_ReturnsUsageError_ForUnknownCommand()
    {
        var err = new StringWriter();
        var code = await CommandLine.RunAsync(["frobnicate"], new StringWriter(), err);
        Assert.Equal(CommandLine.ExitUsage, code);
        Assert.Single(err.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void OneLine_JoinsMultilineMessages()
    {
        Assert.Equal("a b", CommandLine.OneLine("a\n  b\r\n"));
    }
}
