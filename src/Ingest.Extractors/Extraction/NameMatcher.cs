namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Matches the names on certificates to the names on the roster, step by step: exactly, after normalising
/// (spaces, width, 「·」); then a certificate read by OCR with one character wrong (杜夭 for 杜磊) matches the
/// one rostered name of the same length that differs in exactly one character — first among names with the same
/// surname, then any (OCR misreads a surname as easily as a given name: 能帆 for 熊帆, 束龙 for 袁龙), always only
/// when exactly one not yet matched rostered name fits, and the file name (「毕业证书-袁华.jpg」 for a scan read as
/// 素华), when it names exactly one rostered person, before a differing surname. A rostered person is matched by at most one holder name.
/// </summary>
public static class NameMatcher
{
    /// <summary>Certificate holder name → the rostered name it belongs to (holders that match nobody are absent).</summary>
    public static Dictionary<string, string> Resolve(IEnumerable<string> holders, IEnumerable<string> roster) =>
        Resolve(holders.Select(h => (h, (string?)null)), roster);

    public static Dictionary<string, string> Resolve(IEnumerable<(string Holder, string? File)> holders, IEnumerable<string> roster)
    {
        var rosterKeys = roster.Select(TextPatterns.NameKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var pending = holders.Select(h => (Key: TextPatterns.NameKey(h.Holder), File: h.File is null ? "" : LabelText.Compact(Path.GetFileNameWithoutExtension(h.File))))
            .Where(h => h.Key.Length > 0).DistinctBy(h => h.Key).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in pending.Where(h => rosterKeys.Contains(h.Key))) result[h.Key] = h.Key;
        var taken = result.Values.ToHashSet(StringComparer.Ordinal);
        Match(r => pending.Where(h => !result.ContainsKey(h.Key)), (h, r) => OneOff(h.Key, r, sameSurname: true));
        Match(r => pending.Where(h => !result.ContainsKey(h.Key) && h.File.Length > 0), (h, r) => h.File.Contains(r, StringComparison.Ordinal));
        Match(r => pending.Where(h => !result.ContainsKey(h.Key)), (h, r) => OneOff(h.Key, r, sameSurname: false));
        return result;

        void Match(Func<int, IEnumerable<(string Key, string File)>> open, Func<(string Key, string File), string, bool> fits)
        {
            foreach (var h in open(0).ToList())
            {
                var candidates = rosterKeys.Where(r => !taken.Contains(r) && fits(h, r)).ToList();
                if (candidates.Count != 1) continue;
                result[h.Key] = candidates[0];
                taken.Add(candidates[0]);
            }
        }
    }

    /// <summary>
    /// One character misread (杜夭 for 杜磊), or one too many or too few (史慧人敏 for 史慧敏, 有田阳 for 田阳: OCR
    /// splits a character or reads a mark beside the name as one). Names are never shorter than two characters.
    /// </summary>
    private static bool OneOff(string a, string b, bool sameSurname)
    {
        if (Math.Min(a.Length, b.Length) < 2) return false;
        if (a.Length != b.Length)
        {
            if (Math.Abs(a.Length - b.Length) != 1) return false;
            var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
            for (var skip = 0; skip < longer.Length; skip++)
                if (string.CompareOrdinal(longer.Remove(skip, 1), shorter) == 0)
                    return !sameSurname || longer[0] == shorter[0];
            return false;
        }
        if (sameSurname && a.Length == 2 && a[0] != b[0]) return false;
        var diff = 0;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i] && ++diff > 1) return false;
        return diff == 1;
    }
}
