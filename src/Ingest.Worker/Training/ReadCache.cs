using System.Security.Cryptography;
using System.Text.Json;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Json;

namespace ZcIngest.Worker.Training;

/// <summary>
/// Read documents kept as JSON lines keyed by the file's SHA-256, so that training again on the same corpus
/// does not OCR it again. Appends as it goes: an interrupted run keeps what it read.
/// </summary>
public sealed class ReadCache : IDisposable
{
    private sealed record Entry(string Sha256, string File, ReadDocument Document);

    private readonly Dictionary<string, ReadDocument> _documents = new(StringComparer.Ordinal);
    private readonly StreamWriter? _writer;

    public ReadCache(string? path)
    {
        if (path is null) return;
        if (File.Exists(path))
            foreach (var line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    var e = JsonSerializer.Deserialize<Entry>(line, IngestJson.Compact);
                    if (e is not null) _documents[e.Sha256] = e.Document;
                }
                catch (JsonException)
                {
                    // A line cut off by an interrupted run: that file is simply read again.
                }
            }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = new StreamWriter(path, append: true) { AutoFlush = true };
    }

    public int Count => _documents.Count;

    public static string Key(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public ReadDocument? Get(string key)
    {
        lock (_documents) return _documents.GetValueOrDefault(key);
    }

    public void Put(string key, string file, ReadDocument document)
    {
        lock (_documents)
        {
            _documents[key] = document;
            _writer?.WriteLine(JsonSerializer.Serialize(new Entry(key, file, document), IngestJson.Compact));
        }
    }

    public void Dispose() => _writer?.Dispose();
}
