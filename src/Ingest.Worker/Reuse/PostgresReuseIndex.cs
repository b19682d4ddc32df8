using System.Data.Common;
using Npgsql;

namespace ZcIngest.Worker.Reuse;

/// <summary>The index on a shared PostgreSQL server, for several processes or machines indexing at once.</summary>
public sealed class PostgresReuseIndex(string connectionString) : AdoReuseIndex, IAsyncDisposable
{
    /// <summary>Any fixed number: the advisory lock every process takes while creating the zc_reuse_ tables.</summary>
    private const long SchemaLockKey = 0x7A635F7265757365; // "zc_reuse"

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    protected override string BlobType => "BYTEA";

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct) => await _source.OpenConnectionAsync(ct);

    protected override async Task LockSchemaAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        await using var command = Command(connection, tx, "SELECT pg_advisory_xact_lock(@k)", ("k", SchemaLockKey));
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
