namespace ZcIngest.Core.Ml;

/// <summary>
/// Signed feature hashing of character n-grams into a fixed number of buckets. The hash is our own
/// (FNV-1a over UTF-16 code units, finished with MurmurHash3's mixer) because <c>string.GetHashCode</c>
/// is randomised per process and a saved model must map the same n-gram to the same bucket forever.
/// The sign bit halves the bias that collisions add (Weinberger et al., 2009).
/// </summary>
public sealed class FeatureHasher
{
    public int Buckets { get; }
    private readonly int _mask;

    public FeatureHasher(int bucketBits)
    {
        if (bucketBits is < 4 or > 28) throw new ArgumentOutOfRangeException(nameof(bucketBits), "4 to 28 bits");
        Buckets = 1 << bucketBits;
        _mask = Buckets - 1;
    }

    public static uint StableHash(ReadOnlySpan<char> text, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in text)
        {
            h ^= (byte)c;
            h *= 16777619u;
            h ^= (byte)(c >> 8);
            h *= 16777619u;
        }
        // fmix32: FNV alone spreads short strings poorly over the low bits we keep.
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Namespaces keep a title-line n-gram apart from the same n-gram in the body text.</summary>
    public static uint NamespaceSeed(string name) => StableHash(name, 0x9747b28cu);

    public void Add(SparseVectorBuilder builder, ReadOnlySpan<char> feature, uint namespaceSeed, double value = 1)
    {
        var h = StableHash(feature, namespaceSeed);
        var sign = (h & 0x80000000u) != 0 ? -1.0 : 1.0;
        builder.Add((int)(h & (uint)_mask), sign * value);
    }

    /// <summary>Adds every character n-gram of <paramref name="text"/> for n in [minN, maxN].</summary>
    public void AddCharNgrams(SparseVectorBuilder builder, string text, int minN, int maxN, uint namespaceSeed,
        double value = 1)
    {
        for (var n = minN; n <= maxN; n++)
            for (var i = 0; i + n <= text.Length; i++)
                Add(builder, text.AsSpan(i, n), namespaceSeed, value);
    }
}
