using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ZcIngest.Worker.Reuse;

/// <summary>The embedded index: one SQLite file (by default <c>&lt;out&gt;/zcingest.db</c>), in WAL mode so readers never block the writer.</summary>
public sealed class SqliteReuseIndex(string connectionString) : AdoReuseIndex
{
    public static SqliteReuseIndex ForFile(string path) => new(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        // Another worker or process holding the write lock is waited for, not reported as an error.
        DefaultTimeout = 60,
    }.ToString());

    protected override string BlobType => "BLOB";

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
