namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Matches the names on certificates to the names on the roster. Exact after normalising (spaces, width,
/// 「·」); failing that, a certificate read by OCR with one character wrong (杜夭 for 杜磊) matches the one
/// rostered name of the same length that differs in exactly one character — the same surname for two-character
/// names — provided no other certificate names that person exactly and no other rostered name fits as well.
/// </summary>
public static class NameMatcher
{
    /// <summary>Certificate holder name → the rostered name it belongs to (holders that match nobody are absent).</summary>
    public static Dictionary<string, string> Resolve(IEnumerable<string> holders, IEnumerable<string> roster)
    {
        var rosterKeys = roster.Select(TextPatterns.NameKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var holderKeys = holders.Select(TextPatterns.NameKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in holderKeys.Where(rosterKeys.Contains)) result[h] = h;
        var taken = result.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var h in holderKeys.Where(h => !result.ContainsKey(h)))
        {
            var candidates = rosterKeys.Where(r => !taken.Contains(r) && OneOff(h, r)).ToList();
            if (candidates.Count != 1) continue;
            result[h] = candidates[0];
            taken.Add(candidates[0]);
        }
        return result;
    }

    private static bool OneOff(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 2) return false;
        if (a.Length == 2 && a[0] != b[0]) return false;
        var diff = 0;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i] && ++diff > 1) return false;
        return diff == 1;
    }
}
