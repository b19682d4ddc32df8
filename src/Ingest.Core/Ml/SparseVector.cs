namespace ZcIngest.Core.Ml;

/// <summary>An immutable sparse feature vector: strictly increasing indices with their values.</summary>
public sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public int[] Indices { get; }
    public double[] Values { get; }

    public SparseVector(int[] indices, double[] values)
    {
        if (indices.Length != values.Length) throw new ArgumentException("indices and values differ in length");
        for (var i = 1; i < indices.Length; i++)
            if (indices[i] <= indices[i - 1]) throw new ArgumentException("indices must be strictly increasing");
        if (indices.Length > 0 && indices[0] < 0) throw new ArgumentException("indices must not be negative");
        Indices = indices;
        Values = values;
    }

    public int Count => Indices.Length;
}

/// <summary>
/// Accumulates feature values by index (hashed n-grams collide and add up) and builds a sorted vector.
/// </summary>
public sealed class SparseVectorBuilder
{
    private readonly Dictionary<int, double> _values = new();

    public void Add(int index, double value)
    {
        if (value == 0) return;
        _values[index] = _values.GetValueOrDefault(index) + value;
    }

    public void AddAll(SparseVector vector, double scale = 1)
    {
        for (var i = 0; i < vector.Count; i++) Add(vector.Indices[i], vector.Values[i] * scale);
    }

    public int Count => _values.Count;

    public SparseVector Build()
    {
        var indices = _values.Where(kv => kv.Value != 0).Select(kv => kv.Key).ToArray();
        Array.Sort(indices);
        var values = new double[indices.Length];
        for (var i = 0; i < indices.Length; i++) values[i] = _values[indices[i]];
        return new SparseVector(indices, values);
    }

    /// <summary>
    /// Sublinear term weighting then unit length: a long document and a short one with the same wording
    /// get similar vectors, and one repeated word does not dominate.
    /// </summary>
    public SparseVector BuildLogScaledUnitNorm(double norm = 1)
    {
        var raw = Build();
        var values = raw.Values.Select(v => Math.Sign(v) * Math.Log(1 + Math.Abs(v))).ToArray();
        var length = Math.Sqrt(values.Sum(v => v * v));
        if (length > 0)
            for (var i = 0; i < values.Length; i++) values[i] = values[i] / length * norm;
        return new SparseVector(raw.Indices, values);
    }
}
