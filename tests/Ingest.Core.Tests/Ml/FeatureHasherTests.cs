using ZcIngest.Core.Ml;

namespace ZcIngest.Core.Tests.Ml;

public class FeatureHasherTests
{
    [Fact]
    public void StableHash_IsFixedValue_KnownInput()
    {
        // Pinned (computed independently in Python): a change here silently invalidates every saved model.
        Assert.Equal(0x7fe51897u, FeatureHasher.StableHash("租赁", 0));
        Assert.Equal(0x4e976838u, FeatureHasher.StableHash("abc", 0));
    }

    [Fact]
    public void AddCharNgrams_CountsEveryNgram_ShortText()
    {
        var hasher = new FeatureHasher(20);
        var b = new SparseVectorBuilder();
        hasher.AddCharNgrams(b, "合同书", 1, 3, 1);
        // 3 unigrams + 2 bigrams + 1 trigram, all distinct, no collisions expected in 2^20 buckets.
        Assert.Equal(6, b.Count);
    }

    [Fact]
    public void Add_SeparatesNamespaces_SameText()
    {
        var hasher = new FeatureHasher(20);
        var body = new SparseVectorBuilder();
        var title = new SparseVectorBuilder();
        hasher.Add(body, "合同", FeatureHasher.NamespaceSeed("body"));
        hasher.Add(title, "合同", FeatureHasher.NamespaceSeed("title"));
        Assert.NotEqual(body.Build().Indices[0], title.Build().Indices[0]);
    }

    [Fact]
    public void BuildLogScaledUnitNorm_HasUnitLength_RepeatedFeatures()
    {
        var b = new SparseVectorBuilder();
        b.Add(1, 5); b.Add(2, -3); b.Add(9, 1);
        var v = b.BuildLogScaledUnitNorm();
        Assert.Equal(1.0, Math.Sqrt(v.Values.Sum(x => x * x)), 12);
        Assert.True(v.Values[1] < 0);
    }
}
