using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules;

/// <summary>Which required kinds of supporting document the submission lacks (<c>missing_documents</c>).</summary>
public static class MaterialsCheck
{
    /// <summary>
    /// Only documents that were read count: an unreadable lease contract proves nothing. For a requirement met by
    /// any of several types, the first listed is reported as missing.
    /// </summary>
    public static List<DocumentType> Missing(ProgramRules program, FactResolver facts)
    {
        var present = facts.Record.Documents
            .Where(d => d.Status == DocumentStatus.Ok && d.Type is not null)
            .Select(d => d.Type!.Value)
            .ToHashSet();
        var missing = new List<DocumentType>();
        foreach (var material in program.Materials)
        {
            if (Conditions.Evaluate(material.When, facts).Result != Applicability.Applies) continue;
            var types = material.Types.Select(t => { DocumentTypes.TryParse(t, out var type); return type; }).ToList();
            if (types.Any(present.Contains) || missing.Contains(types[0])) continue;
            missing.Add(types[0]);
        }
        return missing;
    }
}
