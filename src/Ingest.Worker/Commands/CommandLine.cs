namespace ZcIngest.Worker.Commands;

public static class CommandLine
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(UsageText());
            return args.Length == 0 ? ExitUsage : ExitOk;
        }
        var command = CommandTable.All.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"error: unknown command '{args[0]}' (commands: {string.Join(", ", CommandTable.All.Select(c => c.Name))})");
            return ExitUsage;
        }
        try
        {
            return await command.RunAsync(args.Skip(1).ToArray(), stdout, stderr, ct);
        }
        catch (UsageException e)
        {
            stderr.WriteLine("error: " + OneLine(e.Message));
            return ExitUsage;
        }
    }

    public static string UsageText() =>
        "usage: Ingest.Worker <command> [options]\n" +
        string.Join('\n', CommandTable.All.Select(c => "  " + c.Usage));

    /// <summary>The contract promises one line on stderr; exception messages may carry several.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
