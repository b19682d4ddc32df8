using System.Data.Common;
using System.Globalization;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reuse;

namespace ZcIngest.Worker.Reuse;

/// <summary>
/// The reuse index in plain SQL shared by SQLite and PostgreSQL. Tables are prefixed <c>zc_reuse_</c> (the job
/// store shares the database) and versioned in <c>zc_reuse_meta</c>. Replacing a submission first upserts its row,
/// which locks it, so two workers re-indexing the same id one after the other never leave both versions behind.
/// </summary>
public abstract class AdoReuseIndex : IReuseIndex
{
    public const int SchemaVersion = 1;

    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaReady;

    /// <summary>The column type for bytes: BLOB in SQLite, BYTEA in PostgreSQL.</summary>
    protected abstract string BlobType { get; }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Serialises schema creation between processes (CREATE … IF NOT EXISTS alone races in PostgreSQL).</summary>
    protected virtual Task LockSchemaAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) => Task.CompletedTask;

    public async Task ReplaceAsync(IndexedSubmission submission, CancellationToken ct)
    {
        await using var connection = await ReadyAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, ct, """
            INSERT INTO zc_reuse_submission (submission_id, operator_key, operator_name, output_dir, indexed_at)
            VALUES (@id, @operator_key, @operator_name, @output_dir, @at)
            ON CONFLICT (submission_id) DO UPDATE SET operator_key = excluded.operator_key,
                operator_name = excluded.operator_name, output_dir = excluded.output_dir, indexed_at = excluded.indexed_at
            """,
            ("id", submission.SubmissionId), ("operator_key", submission.OperatorKey), ("operator_name", submission.OperatorName),
            ("output_dir", submission.OutputDirectory), ("at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        await ExecuteAsync(connection, tx, ct, "DELETE FROM zc_reuse_key WHERE submission_id = @id", ("id", submission.SubmissionId));
        await ExecuteAsync(connection, tx, ct, "DELETE FROM zc_reuse_document WHERE submission_id = @id", ("id", submission.SubmissionId));
        foreach (var key in submission.Keys)
            await ExecuteAsync(connection, tx, ct, """
                INSERT INTO zc_reuse_key (submission_id, kind, key_value, document_id, label, is_primary)
                VALUES (@id, @kind, @key, @doc, @label, @primary)
                """,
                ("id", submission.SubmissionId), ("kind", key.Kind.ToString()), ("key", key.Key), ("doc", key.DocumentId),
                ("label", key.Label), ("primary", key.Primary ? 1 : 0));
        foreach (var document in submission.Documents)
            await ExecuteAsync(connection, tx, ct, """
                INSERT INTO zc_reuse_document (submission_id, document_id, document_type, file, text_fp, page_hashes)
                VALUES (@id, @doc, @type, @file, @text, @pages)
                """,
                ("id", submission.SubmissionId), ("doc", document.DocumentId), ("type", document.Type.ToString()), ("file", document.File),
                ("text", document.Text?.ToBytes()), ("pages", document.Pages.SelectMany(p => p.ToBytes()).ToArray()));
        await tx.CommitAsync(ct);
    }

    public async Task<IndexedSubmission?> LoadAsync(string submissionId, CancellationToken ct)
    {
        await using var connection = await ReadyAsync(ct);
        var info = await SubmissionAsync(connection, submissionId, ct);
        if (info is null) return null;
        var keys = await KeysAsync(connection, "submission_id = @id", ct, ("id", submissionId));
        var documents = await DocumentsAsync(connection, "submission_id = @id", ct, ("id", submissionId));
        return new IndexedSubmission(info.SubmissionId, info.OperatorKey, info.OperatorName, info.OutputDirectory)
        {
            Keys = keys.Select(k => k.Key).ToList(),
            Documents = documents.Select(d => d.Document).ToList(),
        };
    }

    public async Task<ReuseCandidates> CandidatesAsync(IndexedSubmission submission, CancellationToken ct)
    {
        await using var connection = await ReadyAsync(ct);
        var keys = new List<(string, IndexedKey)>();
        foreach (var (kind, key) in submission.Keys.Where(k => k.Kind != ReuseKeyKind.Person).Select(k => (k.Kind, k.Key)).Distinct())
            keys.AddRange(await KeysAsync(connection, "kind = @kind AND key_value = @key AND submission_id <> @id", ct,
                ("kind", kind.ToString()), ("key", key), ("id", submission.SubmissionId)));
        var documents = new List<(string, DocumentFingerprint)>();
        foreach (var type in submission.Documents.Select(d => d.Type).Where(ReuseMatcher.IsFingerprinted).Distinct())
            documents.AddRange(await DocumentsAsync(connection, "document_type = @type AND submission_id <> @id", ct,
                ("type", type.ToString()), ("id", submission.SubmissionId)));
        var submissions = new Dictionary<string, SubmissionInfo>(StringComparer.Ordinal);
        foreach (var id in keys.Select(k => k.Item1).Concat(documents.Select(d => d.Item1)).Distinct())
            if (await SubmissionAsync(connection, id, ct) is { } info) submissions[id] = info;
        return new ReuseCandidates(keys, documents, submissions);
    }

    private async Task<DbConnection> ReadyAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        if (_schemaReady) return connection;
        await _schemaLock.WaitAsync(ct);
        try
        {
            if (!_schemaReady)
            {
                await EnsureSchemaAsync(connection, ct);
                _schemaReady = true;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        finally { _schemaLock.Release(); }
        return connection;
    }

    private async Task EnsureSchemaAsync(DbConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await LockSchemaAsync(connection, tx, ct);
        await ExecuteAsync(connection, tx, ct, "CREATE TABLE IF NOT EXISTS zc_reuse_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        var found = await ScalarAsync(connection, tx, ct, "SELECT value FROM zc_reuse_meta WHERE name = 'schema_version'");
        if (found is string text && int.TryParse(text, CultureInfo.InvariantCulture, out var version) && version > SchemaVersion)
            throw new InvalidOperationException(
                $"reuse index schema version {version} is newer than this program's {SchemaVersion}：数据库由更新版本的程序创建，请升级后再运行");
        foreach (var statement in SchemaStatements())
            await ExecuteAsync(connection, tx, ct, statement);
        await ExecuteAsync(connection, tx, ct, """
            INSERT INTO zc_reuse_meta (name, value) VALUES ('schema_version', @v)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """, ("v", SchemaVersion.ToString(CultureInfo.InvariantCulture)));
        await tx.CommitAsync(ct);
    }

    private IEnumerable<string> SchemaStatements() =>
    [
        """
        CREATE TABLE IF NOT EXISTS zc_reuse_submission (
            submission_id TEXT PRIMARY KEY, operator_key TEXT, operator_name TEXT, output_dir TEXT, indexed_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS zc_reuse_key (
            submission_id TEXT NOT NULL, kind TEXT NOT NULL, key_value TEXT NOT NULL, document_id TEXT NOT NULL,
            label TEXT, is_primary INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS zc_reuse_key_lookup ON zc_reuse_key (kind, key_value)",
        "CREATE INDEX IF NOT EXISTS zc_reuse_key_submission ON zc_reuse_key (submission_id)",
        $"""
        CREATE TABLE IF NOT EXISTS zc_reuse_document (
            submission_id TEXT NOT NULL, document_id TEXT NOT NULL, document_type TEXT NOT NULL, file TEXT NOT NULL,
            text_fp {BlobType}, page_hashes {BlobType}, PRIMARY KEY (submission_id, document_id))
        """,
        "CREATE INDEX IF NOT EXISTS zc_reuse_document_type ON zc_reuse_document (document_type)",
    ];

    private static async Task<SubmissionInfo?> SubmissionAsync(DbConnection connection, string id, CancellationToken ct)
    {
        await using var command = Command(connection, null,
            "SELECT submission_id, operator_key, operator_name, output_dir FROM zc_reuse_submission WHERE submission_id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new SubmissionInfo(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3));
    }

    private static async Task<List<(string, IndexedKey Key)>> KeysAsync(DbConnection connection, string where, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var command = Command(connection, null,
            $"SELECT submission_id, kind, key_value, document_id, label, is_primary FROM zc_reuse_key WHERE {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<(string, IndexedKey)>();
        while (await reader.ReadAsync(ct))
            if (Enum.TryParse<ReuseKeyKind>(reader.GetString(1), out var kind))
                list.Add((reader.GetString(0), new IndexedKey(kind, reader.GetString(2), reader.GetString(3), NullableString(reader, 4),
                    Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture) != 0)));
        return list;
    }

    private static async Task<List<(string, DocumentFingerprint Document)>> DocumentsAsync(DbConnection connection, string where,
        CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, null,
            $"SELECT submission_id, document_id, document_type, file, text_fp, page_hashes FROM zc_reuse_document WHERE {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<(string, DocumentFingerprint)>();
        while (await reader.ReadAsync(ct))
        {
            if (!Enum.TryParse<DocumentType>(reader.GetString(2), out var type)) continue;
            var text = reader.IsDBNull(4) ? null : TextFingerprint.FromBytes((byte[])reader.GetValue(4));
            var pageBytes = reader.IsDBNull(5) ? [] : (byte[])reader.GetValue(5);
            var size = PerceptualHash.Bits / 8;
            var pages = Enumerable.Range(0, pageBytes.Length / size)
                .Select(i => PerceptualHash.FromBytes(pageBytes[(i * size)..((i + 1) * size)])!).ToList();
            list.Add((reader.GetString(0), new DocumentFingerprint(reader.GetString(1), type, reader.GetString(3), text, pages)));
        }
        return list;
    }

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct, string sql,
        params (string, object?)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct, string sql)
    {
        await using var command = Command(connection, tx, sql);
        return await command.ExecuteScalarAsync(ct);
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
