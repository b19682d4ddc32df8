using ZcIngest.Core.Fields;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules;

/// <summary>Whether a rule applies: yes, no, or unknown because the record does not state the field it depends on.</summary>
public enum Applicability { Applies, DoesNotApply, Unknown }

public static class Conditions
{
    /// <summary>All conditions must hold; any false one wins over an unknown one (the rule then simply does not apply).</summary>
    public static (Applicability Result, FieldKey? UnknownField) Evaluate(IReadOnlyList<Condition>? conditions, FactResolver facts)
    {
        FieldKey? unknown = null;
        foreach (var c in conditions ?? [])
        {
            var key = FieldKeys.Get(c.Field);
            var stated = facts.EnumCode(key);
            bool? holds;
            if (c.Absent == true) holds = stated is null;
            else if (stated is null && c.Default is null && c.IfAbsent == "skip") holds = false;
            else
            {
                var value = stated ?? c.Default;
                holds = value is null ? null : c.EqualTo is not null ? value == c.EqualTo : value != c.NotEqualTo;
            }
            if (holds == false) return (Applicability.DoesNotApply, null);
            if (holds is null) unknown ??= key;
        }
        return unknown is null ? (Applicability.Applies, null) : (Applicability.Unknown, unknown);
    }
}
