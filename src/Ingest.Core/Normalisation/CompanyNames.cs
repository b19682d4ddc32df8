namespace ZcIngest.Core.Normalisation;

/// <summary>
/// A comparison key for organisation names, so that the name on a licence and the name typed into a form
/// match despite width, spaces and the two spellings of the limited-company suffix.
/// </summary>
public static class CompanyNames
{
    // 有限责任公司 and 有限公司 name the same legal form; forms and licences use them interchangeably.
    private static readonly (string From, string To)[] Equivalents =
    [
        ("有限责任公司", "有限公司"),
        ("[", "("), ("]", ")"), ("【", "("), ("】", ")"), ("〔", "("), ("〕", ")"),
    ];

    public static string ForComparison(string name)
    {
        var key = TextNormaliser.WithoutSpaces(name);
        foreach (var (from, to) in Equivalents)
            key = key.Replace(from, to, StringComparison.Ordinal);
        return key.ToUpperInvariant();
    }

    public static bool AreSame(string a, string b) =>
        string.Equals(ForComparison(a), ForComparison(b), StringComparison.Ordinal);
}
