using ZcIngest.Bench;

return args.FirstOrDefault() switch
{
    "ours" => await OursRun.RunAsync(args[1..]),
    "run" => await BenchRun.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Ingest.Bench run [--pages N] [--work DIR] [--leak-pages N] | ours --workers N [--repeat R] [--out DIR] [--sample-every K] images…");
    return 2;
}
