namespace ZcIngest.SampleGen;

/// <summary>
/// The only source of randomness. <see cref="System.Random"/> with a seed uses a fixed algorithm, so the same
/// seed gives the same corpus on every machine; <see cref="Derive"/> gives each submission and document its own
/// stream, so adding a document to one submission does not shift the values of every later one.
/// </summary>
public sealed class Rng
{
    private readonly Random _random;

    public Rng(long seed)
    {
        Seed = seed;
        _random = new Random(unchecked((int)(seed ^ (seed >> 32))));
    }

    public long Seed { get; }

    public Rng Derive(string label)
    {
        // FNV-1a over the label mixed with the parent seed: stable across runs and runtimes (string.GetHashCode is not).
        ulong h = 14695981039346656037UL ^ (ulong)Seed;
        foreach (var c in label) { h ^= c; h *= 1099511628211UL; }
        return new Rng((long)(h & 0x7FFFFFFFFFFFFFFF));
    }

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);
    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);
    public double NextDouble() => _random.NextDouble();
    public double Between(double min, double max) => min + (max - min) * _random.NextDouble();
    public bool Chance(double p) => _random.NextDouble() < p;
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T PickWeighted<T>(params (T Item, double Weight)[] items)
    {
        var total = items.Sum(i => i.Weight);
        var x = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            if (x < weight) return item;
            x -= weight;
        }
        return items[^1].Item;
    }

    public DateOnly DateBetween(DateOnly from, DateOnly to) =>
        from.AddDays(_random.Next(0, Math.Max(1, to.DayNumber - from.DayNumber + 1)));

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    public string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + _random.Next(10));
        return new string(chars);
    }
}
