using System.Text.Json;
using System.Text.Json.Serialization;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Worker.Training;

/// <summary>The part of the generator's truth.json that the classifier learns from: each file's documents and pages.</summary>
public sealed class TruthFile
{
    [JsonPropertyName("submission_id")] public string SubmissionId { get; init; } = "";
    public List<TruthFileEntry> Files { get; init; } = [];
}

public sealed class TruthFileEntry
{
    public string File { get; init; } = "";
    public string? Type { get; init; }
    public string Status { get; init; } = "ok";
    public string? Rendering { get; init; }
    public List<TruthDocument> Documents { get; init; } = [];
}

public sealed class TruthDocument
{
    public string Type { get; init; } = "";
    public List<int> Pages { get; init; } = [];
}

/// <summary>A submission of a labelled corpus: where its files are and what they truly are.</summary>
public sealed record CorpusSubmission(string Id, string SourcePath, TruthFile Truth);

public static class CorpusTruth
{
    private static readonly JsonSerializerOptions Lenient = new(IngestJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    /// <summary>
    /// Finds <c>&lt;id&gt;/truth.json</c> (a folder submission) and <c>&lt;id&gt;.truth.json</c> beside <c>&lt;id&gt;.zip</c>,
    /// in name order.
    /// </summary>
    public static IReadOnlyList<CorpusSubmission> Find(string corpus)
    {
        if (!Directory.Exists(corpus)) throw new ArgumentException($"corpus folder not found: {corpus}");
        var found = new List<CorpusSubmission>();
        foreach (var dir in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var truth = Path.Combine(dir, "truth.json");
            if (File.Exists(truth)) found.Add(new CorpusSubmission(Path.GetFileName(dir), dir, Load(truth)));
        }
        foreach (var truth in Directory.EnumerateFiles(corpus, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(truth)[..^".truth.json".Length];
            var zip = Path.Combine(corpus, id + ".zip");
            if (File.Exists(zip)) found.Add(new CorpusSubmission(id, zip, Load(truth)));
        }
        if (found.Count == 0) throw new ArgumentException($"no truth.json found under {corpus}");
        return found.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    public static TruthFile Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<TruthFile>(File.ReadAllText(path), Lenient)
                   ?? throw new ArgumentException($"{path} is JSON null");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{path} is not a valid truth file: {e.Message}");
        }
    }

    /// <summary>The true parts of one file, or null when the file is not a readable labelled document.</summary>
    public static IReadOnlyList<TruthPart>? PartsOf(TruthFileEntry entry, int pageCount)
    {
        if (entry.Status != "ok") return null;
        var parts = new List<TruthPart>();
        foreach (var doc in entry.Documents.Where(d => d.Pages.Count > 0).OrderBy(d => d.Pages.Min()))
        {
            if (!DocumentTypes.TryParse(doc.Type, out var type)) return null;
            parts.Add(new TruthPart(type, doc.Pages.Min(), doc.Pages.Max()));
        }
        if (parts.Count == 0 && entry.Type is { } single && DocumentTypes.TryParse(single, out var t))
            parts.Add(new TruthPart(t, 1, Math.Max(1, pageCount)));
        return parts.Count == 0 ? null : parts;
    }
}
