namespace ZcIngest.Worker.Reuse;

/// <summary>The contract's <c>--db</c>: absent → an SQLite file under the output folder; a PostgreSQL connection string
/// (<c>Host=…;Database=…</c>) → that server; otherwise an SQLite file path or <c>Data Source=…</c> string.</summary>
public static class ReuseIndexFactory
{
    public const string DefaultFileName = "zcingest.db";

    public static AdoReuseIndex Create(string? db, string outputDirectory)
    {
        if (string.IsNullOrWhiteSpace(db)) return SqliteReuseIndex.ForFile(Path.Combine(outputDirectory, DefaultFileName));
        if (IsPostgres(db)) return new PostgresReuseIndex(db);
        if (db.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)) return new SqliteReuseIndex(db);
        return SqliteReuseIndex.ForFile(Path.GetFullPath(db));
    }

    public static bool IsPostgres(string db) =>
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase);
}
