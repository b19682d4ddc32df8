using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZcIngest.Core.Rules.Model;

/// <summary>
/// One program's rule file (<c>Rules/Programs/&lt;program-id&gt;.json</c>): the policy it comes from, the rules
/// and the required materials, each citing the seed file and article. See <c>Rules/README.md</c>.
/// </summary>
public sealed record ProgramRules
{
    public string ProgramId { get; init; } = "";
    /// <summary>Chinese title of the program, as a reviewer names it.</summary>
    public string Title { get; init; } = "";
    public string SeedFile { get; init; } = "";
    public string Issuer { get; init; } = "";
    public string? DocumentNumber { get; init; }
    /// <summary>The date the policy took effect; null when the seed states none (see <see cref="EffectiveDateNote"/>).</summary>
    public DateOnly? EffectiveDate { get; init; }
    public string? EffectiveDateNote { get; init; }
    public int Version { get; init; }
    /// <summary>Interpretation decisions a reviewer should know about, in prose.</summary>
    public List<string> Notes { get; init; } = [];
    public List<Rule> Rules { get; init; } = [];
    public List<Material> Materials { get; init; } = [];
}

/// <summary>
/// One condition of a policy. Either a comparison (<see cref="Value"/>/<see cref="Operator"/>/<see cref="Threshold"/>),
/// an OR of comparisons (<see cref="Alternatives"/>), or <c>operator: "manual"</c> for a qualitative condition.
/// </summary>
public sealed record Rule
{
    /// <summary><c>&lt;program-id&gt;/&lt;slug&gt;</c>.</summary>
    public string Id { get; init; } = "";
    /// <summary>Seed file and article, e.g. <c>001_a6595dd4da0b6e82.txt 一(一)3</c>.</summary>
    public string Source { get; init; } = "";
    /// <summary>The seed's own words this rule rests on, verbatim (tests check they occur in the seed).</summary>
    public string Quote { get; init; } = "";
    /// <summary>The field the report names (for derived values and alternatives: the contract's main field).</summary>
    public string? Field { get; init; }
    /// <summary>What is compared: a glossary key or a derived value name (<c>operating_months</c>…).</summary>
    public string? Value { get; init; }
    public string Operator { get; init; } = "";
    /// <summary>A number, or for ratios a text such as <c>"90%"</c> or <c>"2/3"</c>.</summary>
    public JsonElement? Threshold { get; init; }
    public string? Unit { get; init; }
    /// <summary><c>hard</c>, or <c>soft</c> for 原则上/一般 (a failed soft rule is a warning).</summary>
    public string Level { get; init; } = "hard";
    /// <summary>OR group: the rule passes when any one of these comparisons does.</summary>
    public List<Check>? Alternatives { get; init; }
    /// <summary>All must hold for the rule to apply; a rule whose conditions fail is not reported.</summary>
    public List<Condition>? When { get; init; }
    /// <summary>For manual rules: the condition in Chinese, shown to the reviewer as the requirement.</summary>
    public string? Requirement { get; init; }
    public string? Note { get; init; }

    public bool IsManual => Operator == Operators.OperatorTable.Manual;
    public bool IsSoft => Level == "soft";

    /// <summary>The comparisons of this rule: its alternatives, or the single inline comparison.</summary>
    public IReadOnlyList<Check> Checks =>
        Alternatives ?? (IsManual ? [] : [new Check { Value = Value, Operator = Operator, Threshold = Threshold, Unit = Unit }]);
}

/// <summary>One comparison: <c>value operator threshold</c>.</summary>
public sealed record Check
{
    public string? Value { get; init; }
    public string Operator { get; init; } = "";
    public JsonElement? Threshold { get; init; }
    public string? Unit { get; init; }
}

/// <summary>
/// Applicability of a rule or material on an enum field: <c>equals</c>, <c>not_equals</c> or <c>absent</c>.
/// <see cref="Default"/> stands in when the record does not state the field (host_type → other).
/// </summary>
public sealed record Condition
{
    public string Field { get; init; } = "";
    [JsonPropertyName("equals")] public string? EqualTo { get; init; }
    [JsonPropertyName("not_equals")] public string? NotEqualTo { get; init; }
    /// <summary>True: holds exactly when the record does not state the field.</summary>
    public bool? Absent { get; init; }
    public string? Default { get; init; }
    /// <summary>
    /// <c>"skip"</c>: when the record does not state the field (and there is no default) the rule simply does not
    /// apply, instead of being undecidable. Used for rules that add a requirement only in one case (leases).
    /// </summary>
    public string? IfAbsent { get; init; }
}

/// <summary>A required kind of supporting document; any one of <see cref="Types"/> satisfies it.</summary>
public sealed record Material
{
    public List<string> Types { get; init; } = [];
    public string Source { get; init; } = "";
    public string Quote { get; init; } = "";
    public List<Condition>? When { get; init; }
    public string? Note { get; init; }
}
