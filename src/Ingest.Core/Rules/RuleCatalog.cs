using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZcIngest.Core.Rules.Model;

namespace ZcIngest.Core.Rules;

/// <summary>A rule file that does not load or validate; the message names the file and the problem.</summary>
public sealed class RuleFileException(string message) : Exception(message);

/// <summary>A program id no rule file defines.</summary>
public sealed class UnknownProgramException(string programId, IEnumerable<string> known)
    : Exception($"unknown program id '{programId}'：未知的申报项目，可用：{string.Join(", ", known)}")
{
    public string ProgramId { get; } = programId;
}

/// <summary>
/// The rule files embedded in this assembly (<c>rules/&lt;program-id&gt;.json</c>), loaded and validated once.
/// A file that fails validation stops the load: checking against a half-read rule set would be worse.
/// </summary>
public sealed class RuleCatalog
{
    /// <summary>The program ids the output contract defines.</summary>
    public static IReadOnlyList<string> ContractProgramIds => ZcIngest.Core.Programs.ProgramIds.All;

    /// <summary>The five policy documents a rule may cite.</summary>
    public static readonly IReadOnlyList<string> SeedFiles =
    [
        "000_9d159ad4b61970a3.txt", "001_a6595dd4da0b6e82.txt", "002_eb622a551183ec4a.txt",
        "003_ade5fcfc1e7c4bb8.txt", "004_3217b5cc20f73700.txt",
    ];

    private static readonly Lazy<RuleCatalog> Embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly Dictionary<string, ProgramRules> _programs;

    private RuleCatalog(Dictionary<string, ProgramRules> programs) => _programs = programs;

    /// <summary>The catalog of the rule files shipped with the product.</summary>
    public static RuleCatalog Default => Embedded.Value;

    public IReadOnlyList<string> ProgramIds => _programs.Keys.Order(StringComparer.Ordinal).ToList();

    public IEnumerable<ProgramRules> Programs => ProgramIds.Select(id => _programs[id]);

    public bool Contains(string programId) => _programs.ContainsKey(programId);

    public ProgramRules Get(string programId) =>
        _programs.TryGetValue(programId, out var rules) ? rules : throw new UnknownProgramException(programId, ProgramIds);

    /// <summary>Loads and validates rule files given as (file name, JSON text).</summary>
    public static RuleCatalog Load(IEnumerable<(string FileName, string Json)> files)
    {
        var programs = new Dictionary<string, ProgramRules>(StringComparer.Ordinal);
        foreach (var (fileName, json) in files)
        {
            ProgramRules rules;
            try
            {
                rules = JsonSerializer.Deserialize<ProgramRules>(json, FileOptions)
                        ?? throw new RuleFileException($"{fileName}: the file is JSON null");
            }
            catch (JsonException e)
            {
                throw new RuleFileException($"{fileName}: not a valid rule file: {e.Message}");
            }
            var errors = RuleFileValidator.Validate(rules, fileName);
            if (errors.Count > 0) throw new RuleFileException($"{fileName}: {string.Join("; ", errors)}");
            if (!programs.TryAdd(rules.ProgramId, rules))
                throw new RuleFileException($"{fileName}: program '{rules.ProgramId}' is defined twice");
        }
        return new RuleCatalog(programs);
    }

    private static RuleCatalog LoadEmbedded()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name["rules/".Length..], reader.ReadToEnd()));
        }
        return Load(files);
    }
}
