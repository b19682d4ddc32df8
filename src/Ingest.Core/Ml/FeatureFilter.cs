namespace ZcIngest.Core.Ml;

/// <summary>Feature selection done before training, so the trainer and any reference check see the same matrix.</summary>
public static class FeatureFilter
{
    /// <summary>
    /// Features that occur in fewer than <paramref name="minSamples"/> samples (names, addresses, one
    /// document's typos) are dropped: they cannot generalise and would only fatten the model file.
    /// Indices listed in <paramref name="keep"/> (dense layout features) always stay.
    /// </summary>
    public static IReadOnlyList<LabeledSample> DropRare(IReadOnlyList<LabeledSample> samples, int minSamples,
        Func<int, bool>? keep = null)
    {
        if (minSamples <= 1) return samples;
        var counts = new Dictionary<int, int>();
        foreach (var s in samples)
            foreach (var i in s.Features.Indices) counts[i] = counts.GetValueOrDefault(i) + 1;
        return samples.Select(s =>
        {
            var idx = new List<int>(s.Features.Count);
            var val = new List<double>(s.Features.Count);
            for (var j = 0; j < s.Features.Count; j++)
            {
                var i = s.Features.Indices[j];
                if (counts[i] < minSamples && keep?.Invoke(i) != true) continue;
                idx.Add(i);
                val.Add(s.Features.Values[j]);
            }
            return s with { Features = new SparseVector(idx.ToArray(), val.ToArray()) };
        }).ToList();
    }
}
