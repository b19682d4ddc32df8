using System.Text;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Reuse;

/// <summary>
/// A document's text as two MinHash signatures of character 5-gram shingles: over all shingles, and over the
/// shingles that contain a digit. Two leases from one template share most of their wording, so the first
/// signature alone cannot tell a copy from a sibling; what makes a lease unique (dates, areas, rent, numbers
/// of certificates and codes) is where the digits are, and a copy agrees there too.
/// </summary>
public sealed record TextFingerprint(uint[] All, uint[] Variable, int ShingleCount, int VariableCount)
{
    public const int ShingleLength = 5;
    public const int AllSize = 128;
    public const int VariableSize = 64;

    /// <summary>Null when the text is too short to say anything (fewer than 40 distinct shingles).</summary>
    public static TextFingerprint? Of(string text)
    {
        var normal = NormaliseForShingles(text);
        var all = new HashSet<ulong>();
        var variable = new HashSet<ulong>();
        for (var i = 0; i + ShingleLength <= normal.Length; i++)
        {
            var shingle = normal.AsSpan(i, ShingleLength);
            var hash = Fnv1a(shingle);
            all.Add(hash);
            if (shingle.IndexOfAnyInRange('0', '9') >= 0) variable.Add(hash);
        }
        if (all.Count < 40) return null;
        return new TextFingerprint(MinHash(all, AllSize, 0), MinHash(variable, VariableSize, 1000), all.Count, variable.Count);
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets.</summary>
    public double SimilarityAll(TextFingerprint other) => Agreement(All, other.All);

    /// <summary>Estimated Jaccard similarity of the digit-bearing shingles; null when either has too few to judge.</summary>
    public double? SimilarityVariable(TextFingerprint other) =>
        VariableCount < 8 || other.VariableCount < 8 ? null : Agreement(Variable, other.Variable);

    /// <summary>
    /// Half-width, lower-case letters and digits and CJK only: spacing, punctuation and line breaks differ
    /// between a text layer and OCR of the same page and say nothing about the content.
    /// </summary>
    public static string NormaliseForShingles(string text)
    {
        var half = TextNormaliser.ToHalfWidth(text);
        var sb = new StringBuilder(half.Length);
        foreach (var c in half)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static double Agreement(uint[] a, uint[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        var same = 0;
        for (var i = 0; i < a.Length; i++)
            if (a[i] == b[i] && a[i] != uint.MaxValue) same++;
        return (double)same / a.Length;
    }

    private static uint[] MinHash(HashSet<ulong> shingles, int size, int seedOffset)
    {
        var signature = new uint[size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
            for (var i = 0; i < size; i++)
            {
                var h = (uint)(Mix(shingle ^ Seed(i + seedOffset)) >> 32);
                if (h < signature[i]) signature[i] = h;
            }
        return signature;
    }

    private static ulong Seed(int i) => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1));

    /// <summary>splitmix64's finaliser: a fixed, well-mixed permutation, the same in every process and version.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv1a(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ (byte)c) * 1099511628211UL;
            h = (h ^ (byte)(c >> 8)) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>The signatures as bytes for storage (little-endian), and back.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[8 + (All.Length + Variable.Length) * 4];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), ShingleCount);
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), VariableCount);
        Buffer.BlockCopy(All, 0, bytes, 8, All.Length * 4);
        Buffer.BlockCopy(Variable, 0, bytes, 8 + All.Length * 4, Variable.Length * 4);
        return bytes;
    }

    public static TextFingerprint? FromBytes(byte[] bytes)
    {
        if (bytes.Length != 8 + (AllSize + VariableSize) * 4) return null;
        var all = new uint[AllSize];
        var variable = new uint[VariableSize];
        Buffer.BlockCopy(bytes, 8, all, 0, AllSize * 4);
        Buffer.BlockCopy(bytes, 8 + AllSize * 4, variable, 0, VariableSize * 4);
        return new TextFingerprint(all, variable, BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4));
    }
}
