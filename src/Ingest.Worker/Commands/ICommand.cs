namespace ZcIngest.Worker.Commands;

/// <summary>One sub-command of the worker (<c>process</c>, <c>check</c>, <c>read</c>…).</summary>
public interface ICommand
{
    string Name { get; }
    /// <summary>One line for the usage text.</summary>
    string Usage { get; }
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct);
}

/// <summary>Bad arguments or unreadable input: the dispatcher prints the message as one line and exits 2.</summary>
public sealed class UsageException(string message) : Exception(message);
