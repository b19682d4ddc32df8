using ZcIngest.Core.Programs;

namespace ZcIngest.Core.Tests.Programs;

public class ProgramDetectorTests
{
    [Theory]
    [InlineData("山西省省级众创空间认定申请书", null, ProgramIds.ShanxiMakerspace)]
    [InlineData("山西省省级众创空间认定申请书", "specialized", ProgramIds.ShanxiSpecialized)]
    [InlineData("山西省省级专业化众创空间认定申请书", null, ProgramIds.ShanxiSpecialized)]
    [InlineData("太原市科技企业孵化器认定申请表", null, ProgramIds.TaiyuanIncubator)]
    [InlineData("太原市众创空间认定申请表", null, ProgramIds.TaiyuanMakerspace)]
    [InlineData("朔州市众创空间认定申请书", null, ProgramIds.ShuozhouMakerspace)]
    [InlineData("许昌市众创空间备案申请表（技术支撑类）", null, ProgramIds.XuchangTechSupport)]
    [InlineData("许昌市众创空间备案申请表", "investment_driven", ProgramIds.XuchangInvestment)]
    [InlineData("许昌市专业化众创空间备案申请表", null, ProgramIds.XuchangSpecialized)]
    [InlineData("许昌市众创空间备案申请表", "comprehensive", ProgramIds.XuchangComprehensive)]
    [InlineData("自治区众创空间备案申请表", null, ProgramIds.XinjiangMakerspace)]
    [InlineData("新疆维吾尔自治区 众创空间 备案 申请表", null, ProgramIds.XinjiangMakerspace)]
    public void Detect_ReturnsProgram_FromFormTitle(string title, string? category, string expected)
    {
        Assert.Equal(expected, ProgramDetector.Detect(["", title, "众创空间名称：某某空间"], category));
    }

    [Fact]
    public void Detect_IgnoresAddresses_ThatNameAProvince()
    {
        Assert.Equal(ProgramIds.TaiyuanMakerspace,
            ProgramDetector.Detect(["运营场所地址：山西省太原市小店区长治路1号", "太原市众创空间认定申请表"]));
    }

    [Fact]
    public void Detect_ReturnsNull_WhenNoFormTitle()
    {
        Assert.Null(ProgramDetector.Detect(["房屋租赁合同", "山西省太原市"]));
    }

    [Theory]
    [InlineData("载体名称：某某科技企业孵化器")]
    [InlineData("载体名称:极客丝路科技企业钱化器")]
    public void Detect_ReturnsTaiyuanIncubator_WhenOnlyTheFormBodyNamesAnIncubator(string line)
    {
        Assert.Equal(ProgramIds.TaiyuanIncubator, ProgramDetector.Detect(["一、基本信息表"], null, ["一、基本信息表", line]));
    }

    [Fact]
    public void Detect_IgnoresIncubatorWord_OutsideApplicationForms()
    {
        Assert.Null(ProgramDetector.Detect(["本空间依托科技企业孵化器建设"], null, []));
    }

    [Theory]
    [InlineData("翔州市众创空间认定申请书", "朔州市科学技术局", ProgramIds.ShuozhouMakerspace)]
    [InlineData("众创空间认定申请书", "山西省科学技术厅", ProgramIds.ShanxiMakerspace)]
    [InlineData("自沿区众创空间备案申请表", "新疆维吾尔自治区科学技术厅", ProgramIds.XinjiangMakerspace)]
    public void Detect_ReadsThePlaceFromTheIssuerLine_WhenTheTitleLacksIt(string title, string issuer, string expected)
    {
        Assert.Equal(expected, ProgramDetector.Detect([title, "众创空间名称：某某空间", "推荐部门：太原市小店区科技局", issuer, "2017年制"]));
    }

    [Fact]
    public void Detect_IgnoresTheRecommendingBureau_ForThePlace()
    {
        // 推荐部门 names a district bureau of another city than the issuer; it is labelled, so it is not the issuer.
        Assert.Equal(ProgramIds.ShanxiMakerspace,
            ProgramDetector.Detect(["山西省省级众创空间认定申请书", "推荐部门：太原市杏花岭区科技局", "山西省科学技术厅"]));
        Assert.Null(ProgramDetector.Detect(["众创空间认定申请书", "推荐部门：太原市杏花岭区科技局"]));
    }

    [Fact]
    public void Detect_StaysUndecided_WhenTheTitleNamesXuchangButNoCategoryIsKnown()
    {
        // The body mentions incubation, which alone would mean Taiyuan's incubator program; the title says otherwise.
        Assert.Null(ProgramDetector.Detect(["许昌市众创空间备案申请表", "许昌市科学技术局"], null,
            ["许昌市众创空间备案申请表", "本空间与科技企业孵化器合作", "许昌市科学技术局"]));
    }

    [Fact]
    public void Detect_TakesXuchang_FromACategoryOnlyItsPolicyHas_WhenTheFormHasNoTitle()
    {
        Assert.Equal(ProgramIds.XuchangTechSupport, ProgramDetector.Detect(["一、众创空间基本信息表"], "tech_support", ["一、众创空间基本信息表"]));
        Assert.Null(ProgramDetector.Detect(["一、众创空间基本信息表"], "comprehensive", ["一、众创空间基本信息表"]));
    }

    [Fact]
    public void Detect_IgnoresAnOperatorNamedIncubator_OnAFormHeadedAsAMakerspaces()
    {
        Assert.Null(ProgramDetector.Detect(["一、众创空间基本信息表"], null,
            ["一、众创空间基本信息表", "运营机构：许昌拓维领航孵化器管理有限公司"]));
    }
}
