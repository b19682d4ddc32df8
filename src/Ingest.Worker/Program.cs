using ZcIngest.Worker.Commands;

// Composition root of the command-line host: every command is listed in CommandTable.
return await CommandLine.RunAsync(args, Console.Out, Console.Error);
