namespace ZcIngest.Worker.Commands;

/// <summary>The worker's commands, in the order the usage text lists them. Adding one is one line here.</summary>
public static class CommandTable
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new ProcessCommand(),
        new CheckCommand(),
        new ReadCommand(),
        new EvalCommand(),
        new TrainClassifierCommand(),
        new TrainRiskCommand(),
    ];
}
