using System.Text.RegularExpressions;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Audit;

public enum NameAgreement { Same, LikelyOcrSlip, Different }

/// <summary>
/// Whether a name on a supporting document (license holder, lessee, account holder) is the operator. Legal-form
/// spellings, brackets, width and spaces are folded by <see cref="CompanyNames"/>; a name read from a scan may
/// differ by a misread character or two from the typed one without being another company, while a person's
/// name, a 「（筹）」 entity or a different company differs by far more.
/// </summary>
public static partial class OrganisationNames
{
    /// <summary>At most one misread character per this many characters of name counts as the same name on a scan.</summary>
    private const int CharactersPerSlip = 8;

    public static string Key(string name)
    {
        var key = CompanyNames.ForComparison(name);
        key = SealMark().Replace(key, "");
        return key.TrimEnd('。', ',', ';', ':', '、');
    }

    public static NameAgreement Compare(string operatorName, string other, bool otherFromOcr)
    {
        var a = Key(operatorName);
        var b = Key(other);
        if (a.Length == 0 || b.Length == 0) return NameAgreement.Same;
        if (a == b) return NameAgreement.Same;
        if (!otherFromOcr || LooksLikePerson(b) || a.Length < 6) return NameAgreement.Different;
        var allowed = Math.Max(1, a.Length / CharactersPerSlip);
        return EditDistance.Between(a, b, allowed) <= allowed ? NameAgreement.LikelyOcrSlip : NameAgreement.Different;
    }

    /// <summary>A bare personal name (2–4 Han characters, or a minority name with 「·」): the legal representative himself, not the company.</summary>
    public static bool LooksLikePerson(string key) => PersonName().IsMatch(key);

    [GeneratedRegex(@"\((?:盖章|公章|章|签章|签字|签名|盖章处)\)$")]
    private static partial Regex SealMark();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}$|^[\p{IsCJKUnifiedIdeographs}]{1,6}·[\p{IsCJKUnifiedIdeographs}]{1,8}$")]
    private static partial Regex PersonName();
}
