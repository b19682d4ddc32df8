namespace ZcIngest.Bench; internal static class BenchRun { public static Task<int> RunAsync(string[] a) => Task.FromResult(1); }
