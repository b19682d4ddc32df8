using ZcIngest.Core.Reuse;

namespace ZcIngest.Core.Tests.Reuse;

public sealed class TextFingerprintTests
{
    /// <summary>A lease template with its variable parts (parties, address, area, rent, dates) filled in.</summary>
    internal static string Lease(string lessor, string lessee, string address, int area, int rent, int year, int month) => $"""
        房屋租赁合同
        出租方（甲方）：{lessor}
        承租方（乙方）：{lessee}
        根据《中华人民共和国民法典》及有关规定，为明确甲、乙双方的权利义务关系，经双方协商一致，签订本合同。
        第一条 甲方将坐落于{address}的房屋出租给乙方使用，建筑面积{area}平方米，用途为众创空间办公及孵化服务。
        第二条 租赁期限自{year}年{month}月1日起至{year + 5}年{month}月1日止，共计五年。
        第三条 租金为每年人民币{rent}元整，按季度支付，乙方应于每季度首月十日前支付当季租金。
        第四条 甲方应保证出租房屋的结构安全，负责房屋主体结构的维修；乙方应合理使用房屋及其附属设施。
        第五条 租赁期间，乙方不得擅自改变房屋结构和用途，不得将房屋转租他人；如需装修，应事先征得甲方书面同意。
        第六条 租赁期满，乙方如需续租，应提前三个月书面通知甲方，同等条件下乙方享有优先承租权。
        第七条 本合同未尽事宜，由双方协商解决；协商不成的，可向房屋所在地人民法院起诉。
        第八条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
        甲方（盖章）：{lessor}    乙方（盖章）：{lessee}
        签订日期：{year}年{month}月1日
        """;

    private static readonly string Original = Lease("太原市晋阳置业有限公司", "山西创客汇科技服务有限公司", "太原市小店区长治路227号高新国际大厦12层", 860, 412800, 2020, 3);

    [Fact]
    public void Similarity_IsHigh_ForTheSameLeaseWithOcrNoiseAndOtherLineBreaks()
    {
        // OCR of a re-scanned copy: a few characters misread, spaces and line breaks differ.
        var noisy = Original.Replace("协商一致", "协商一玫").Replace("附属设施", "附属设旅").Replace("\n", "\n ").Replace("：", ":");
        var a = TextFingerprint.Of(Original)!;
        var b = TextFingerprint.Of(noisy)!;
        Assert.True(a.SimilarityAll(b) >= ReuseThresholds.SameTextAll, $"all {a.SimilarityAll(b)}");
        Assert.True(a.SimilarityVariable(b) >= ReuseThresholds.SameTextVariable, $"variable {a.SimilarityVariable(b)}");
    }

    [Fact]
    public void SimilarityVariable_IsLow_ForAnotherApplicantsLeaseOfTheSameTemplate()
    {
        var sibling = Lease("许昌市魏都区国有资产经营有限公司", "许昌智汇众创空间管理有限公司", "许昌市魏都区七一路189号创业大厦3层", 640, 256000, 2021, 7);
        var a = TextFingerprint.Of(Original)!;
        var b = TextFingerprint.Of(sibling)!;
        // The wording is shared, so the overall similarity alone would call them the same…
        Assert.True(a.SimilarityAll(b) > 0.4, $"all {a.SimilarityAll(b)}");
        // …but the digits (area, rent, dates) say they are not.
        Assert.True(a.SimilarityVariable(b) < ReuseThresholds.ImageMatchMinTextVariable, $"variable {a.SimilarityVariable(b)}");
    }

    [Fact]
    public void Of_ReturnsNull_ForTooLittleText() => Assert.Null(TextFingerprint.Of("房屋租赁合同 第1页"));

    [Fact]
    public void FromBytes_RoundTrips_ToBytes()
    {
        var a = TextFingerprint.Of(Original)!;
        var b = TextFingerprint.FromBytes(a.ToBytes())!;
        Assert.Equal(1.0, a.SimilarityAll(b));
        Assert.Equal(a.VariableCount, b.VariableCount);
        Assert.Null(TextFingerprint.FromBytes([1, 2, 3]));
    }
}
