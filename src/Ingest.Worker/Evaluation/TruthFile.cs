using System.Text.Json.Nodes;

namespace ZcIngest.Worker.Evaluation;

/// <summary>
/// The parts of a sample's <c>truth.json</c> (written by tools/Ingest.SampleGen) that evaluation compares:
/// declared and evidence value per glossary key, the document type of every file and page, the flags the product
/// should raise (code and files) and the fields whose declared and evidence values contradict each other.
/// </summary>
public sealed record TruthFile(
    string SubmissionId,
    string? ProgramId,
    IReadOnlyDictionary<string, (JsonNode? Declared, JsonNode? Evidence)> Fields,
    IReadOnlyList<TruthFile.FileTruth> Files)
{
    public sealed record FileTruth(string File, string? Type, string Status, IReadOnlyList<string?> PageTypes);

    public sealed record FlagTruth(string Code, IReadOnlyList<string> Files, string? Detail)
    {
        /// <summary>For reuse flags: the other applicants that hold the same material.</summary>
        public IReadOnlyList<string> RelatedSubmissions { get; init; } = [];
    }

    public IReadOnlyList<FlagTruth> Flags { get; init; } = [];
    /// <summary>Glossary keys of the truth's <c>discrepancies</c>.</summary>
    public IReadOnlyList<string> DiscrepancyFields { get; init; } = [];

    /// <summary>Finds truth files in a sample folder: <c>&lt;id&gt;/truth.json</c> and <c>&lt;id&gt;.truth.json</c> beside zips.</summary>
    public static IReadOnlyList<TruthFile> LoadAll(string truthDirectory)
    {
        var paths = Directory.EnumerateFiles(truthDirectory, "truth.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(truthDirectory, "*.truth.json", SearchOption.TopDirectoryOnly));
        return paths.Order(StringComparer.Ordinal).Select(p => Parse(JsonNode.Parse(File.ReadAllText(p))!.AsObject())).ToList();
    }

    public static TruthFile Parse(JsonObject root)
    {
        var fields = new Dictionary<string, (JsonNode?, JsonNode?)>(StringComparer.Ordinal);
        foreach (var (key, node) in root["fields"]?.AsObject() ?? [])
            fields[key] = (node?["declared"], node?["evidence"]);
        var files = new List<FileTruth>();
        foreach (var f in root["files"]?.AsArray() ?? [])
        {
            if (f is null) continue;
            var pageTypes = (f["page_details"]?.AsArray() ?? []).Select(p => (string?)p?["type"]).ToList();
            files.Add(new FileTruth((string)f["file"]!, (string?)f["type"], (string?)f["status"] ?? "ok", pageTypes));
        }
        var flags = (root["flags"]?.AsArray() ?? []).OfType<JsonNode>()
            .Select(f => new FlagTruth((string)f["code"]!,
                (f["files"]?.AsArray() ?? []).Select(x => (string?)x).OfType<string>().ToList(), (string?)f["detail"])
            {
                RelatedSubmissions = (f["related_submissions"]?.AsArray() ?? []).Select(x => (string?)x).OfType<string>().ToList(),
            })
            .ToList();
        var discrepancies = (root["discrepancies"]?.AsArray() ?? []).OfType<JsonNode>()
            .Select(d => (string?)d["field"]).OfType<string>().ToList();
        return new TruthFile((string)root["submission_id"]!, (string?)root["program_id"], fields, files)
        {
            Flags = flags,
            DiscrepancyFields = discrepancies,
        };
    }
}
