namespace ZcIngest.Core.Audit;

/// <summary>Levenshtein distance, bounded: names and codes are short, and past the bound the exact figure does not matter.</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int bound = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > bound) return bound + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > bound) return bound + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
