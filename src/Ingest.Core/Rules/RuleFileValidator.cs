using System.Text.Json;
using System.Text.RegularExpressions;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Operators;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules;

/// <summary>
/// Checks a rule file against what the engine understands: known field keys, derived values and operators,
/// parseable thresholds, sources citing a seed file, ids in the program's namespace. Returns every problem found.
/// </summary>
public static partial class RuleFileValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static IReadOnlyList<string> Validate(ProgramRules program, string fileName)
    {
        var errors = new List<string>();
        if (Path.GetFileNameWithoutExtension(fileName) != program.ProgramId)
            errors.Add($"program_id '{program.ProgramId}' does not match the file name");
        if (!RuleCatalog.SeedFiles.Contains(program.SeedFile)) errors.Add($"unknown seed_file '{program.SeedFile}'");
        if (string.IsNullOrWhiteSpace(program.Title)) errors.Add("title is empty");
        if (string.IsNullOrWhiteSpace(program.Issuer)) errors.Add("issuer is empty");
        if (program.Version < 1) errors.Add("version must be 1 or more");
        if (program.EffectiveDate is null && string.IsNullOrWhiteSpace(program.EffectiveDateNote))
            errors.Add("effective_date is null without an effective_date_note saying why");
        if (program.Rules.Count == 0) errors.Add("no rules");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in program.Rules)
        {
            var where = $"rule '{rule.Id}'";
            if (!ids.Add(rule.Id)) errors.Add($"{where}: duplicate id");
            var prefix = program.ProgramId + "/";
            if (!rule.Id.StartsWith(prefix, StringComparison.Ordinal) || !Slug().IsMatch(rule.Id[prefix.Length..]))
                errors.Add($"{where}: id must be '{prefix}<slug>' with a lower-case slug");
            CheckSource(rule.Source, program.SeedFile, where, errors);
            if (string.IsNullOrWhiteSpace(rule.Quote)) errors.Add($"{where}: quote is empty");
            if (rule.Level is not ("hard" or "soft")) errors.Add($"{where}: level must be hard or soft");
            CheckConditions(rule.When, where, errors);
            if (rule.Field is not null && !FieldKeys.TryGet(rule.Field, out _))
                errors.Add($"{where}: unknown field '{rule.Field}'");
            if (rule.IsManual) CheckManual(rule, where, errors);
            else CheckComparison(rule, where, errors);
        }

        foreach (var material in program.Materials)
        {
            var where = $"material [{string.Join(",", material.Types)}]";
            if (material.Types.Count == 0) errors.Add($"{where}: no types");
            foreach (var type in material.Types)
                if (!DocumentTypes.TryParse(type, out var t) || t == DocumentType.Other)
                    errors.Add($"{where}: unknown document type '{type}'");
            CheckSource(material.Source, program.SeedFile, where, errors);
            if (string.IsNullOrWhiteSpace(material.Quote)) errors.Add($"{where}: quote is empty");
            CheckConditions(material.When, where, errors);
        }
        return errors;
    }

    private static void CheckSource(string source, string seedFile, string where, List<string> errors)
    {
        var space = source.IndexOf(' ');
        if (space <= 0 || source[..space] != seedFile || source[(space + 1)..].Trim().Length == 0)
            errors.Add($"{where}: source '{source}' must be '{seedFile} <article>'");
    }

    private static void CheckManual(Rule rule, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(rule.Requirement)) errors.Add($"{where}: a manual rule needs a requirement text");
        if (rule.Value is not null || rule.Threshold is not null || rule.Alternatives is not null)
            errors.Add($"{where}: a manual rule has no value, threshold or alternatives");
    }

    private static void CheckComparison(Rule rule, string where, List<string> errors)
    {
        if (rule.Alternatives is not null)
        {
            if (rule.Alternatives.Count < 2) errors.Add($"{where}: alternatives need at least two comparisons");
            if (rule.Value is not null || rule.Threshold is not null || rule.Operator.Length > 0 && rule.Operator != "any")
                errors.Add($"{where}: a rule with alternatives has operator 'any' and no value or threshold of its own");
        }
        else if (!OperatorTable.TryGet(rule.Operator, out _))
            errors.Add($"{where}: unknown operator '{rule.Operator}'");
        foreach (var check in rule.Checks) CheckOne(check, where, errors);
        if (rule.Checks.Count > 0 && rule.Checks[0].Value is { } first && MainField(first) is { } main && rule.Field != main.Name)
            errors.Add($"{where}: field must be '{main.Name}', the main field of '{first}'");
    }

    private static void CheckOne(Check check, string where, List<string> errors)
    {
        if (check.Value is null || MainField(check.Value) is null)
            errors.Add($"{where}: value '{check.Value}' is neither a numeric field key nor a derived value");
        if (!OperatorTable.TryGet(check.Operator, out _)) errors.Add($"{where}: unknown operator '{check.Operator}'");
        if (ThresholdOf(check) is null) errors.Add($"{where}: threshold must be a number or a text like \"90%\" or \"2/3\"");
        if (string.IsNullOrWhiteSpace(check.Unit)) errors.Add($"{where}: unit is empty");
    }

    private static void CheckConditions(List<Condition>? conditions, string where, List<string> errors)
    {
        foreach (var c in conditions ?? [])
        {
            if (!FieldKeys.TryGet(c.Field, out var key) || key.Kind != ValueKind.Enum)
            {
                errors.Add($"{where}: condition field '{c.Field}' is not an enum field");
                continue;
            }
            var forms = (c.EqualTo is null ? 0 : 1) + (c.NotEqualTo is null ? 0 : 1) + (c.Absent == true ? 1 : 0);
            if (forms != 1) errors.Add($"{where}: a condition has exactly one of equals, not_equals, absent");
            if (c.IfAbsent is not (null or "skip")) errors.Add($"{where}: if_absent must be \"skip\" or left out");
            foreach (var v in new[] { c.EqualTo, c.NotEqualTo, c.Default })
                if (v is not null && !key.EnumValues.Contains(v))
                    errors.Add($"{where}: '{v}' is not a value of {c.Field}");
        }
    }

    /// <summary>The field a comparison's value reports under: the key itself, or a derived value's main field.</summary>
    public static FieldKey? MainField(string value)
    {
        if (DerivedValues.TryGet(value, out var derived)) return derived.MainField;
        return FieldKeys.TryGet(value, out var key) && key.Kind.IsNumeric() ? key : null;
    }

    /// <summary>The threshold as an exact quantity, or null when it is neither a number nor a ratio text.</summary>
    public static Quantity? ThresholdOf(Check check)
    {
        if (check.Threshold is not { } t) return null;
        if (t.ValueKind == JsonValueKind.Number && t.TryGetDecimal(out var n)) return Quantity.Of(n);
        if (t.ValueKind == JsonValueKind.String && Quantity.TryParse(t.GetString()!, out var q)) return q;
        return null;
    }
}
