using System.Diagnostics;
using Npgsql;

namespace ZcIngest.Worker.Tests.Reuse;

/// <summary>
/// The local PostgreSQL cluster of scripts/start-postgres.sh (CI runs it before the suite; here it is started on
/// first use if it is not running). <c>ZCINGEST_TEST_PG</c> overrides the connection string the script prints.
/// </summary>
public static class TestPostgres
{
    public const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=zcingest;Password=zcingest;Database=zcingest_test;Timeout=5";

    public static string ConnectionString => Environment.GetEnvironmentVariable("ZCINGEST_TEST_PG") is { Length: > 0 } s ? s : DefaultConnection;

    private static readonly Lazy<string?> Unavailable = new(Check);

    /// <summary>Null when the server answers, else why not.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    private static string? Check()
    {
        if (TryConnect() is null) return null;
        var script = FindScript();
        if (script is null) return "scripts/start-postgres.sh not found";
        try
        {
            using var p = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var err = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(60_000)) { p.Kill(true); return "start-postgres.sh timed out"; }
            if (p.ExitCode != 0) return "start-postgres.sh failed: " + err.Result.Trim();
        }
        catch (Exception e) { return "start-postgres.sh could not run: " + e.Message; }
        return TryConnect();
    }

    private static string? TryConnect()
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) { return e.Message; }
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "scripts", "start-postgres.sh");
            if (File.Exists(script)) return script;
        }
        return null;
    }
}

/// <summary>A test against the real server; skipped, saying why, only when the server cannot be started at all.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.WhyUnavailable is { } why) Skip = "PostgreSQL is not available (scripts/start-postgres.sh): " + why;
    }
}
