using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction.Types;
using ZcIngest.Extractors.Tests.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction.Types;

public class LeaseContractExtractorTests
{
    private static DocumentFacts Run(params string[] lines)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.LeaseContract };
        new LeaseContractExtractor().Extract(new DocBuilder().Lines(lines).View("d2"), facts);
        return facts;
    }

    [Theory]
    [InlineData("租赁期限为59个月，自二〇一九年一月二十七明起至二〇二三年十二月二十六日止。", "2019-01-27", "2023-12-26")]
    [InlineData("租赁期限为8年，自二〇一九年四月十二月起至二O〇二七年四月十一昌止。", "2019-04-12", "2027-04-11")]
    [InlineData("租期八年，自2014年04月03晶起算，至2022年04月02月届满。租赁期满，乙方如需续租，应提前", "2014-04-03", "2022-04-02")]
    [InlineData("租期十年，自2014年08月18日起算，至2024年08月17朋店满。", "2014-08-18", "2024-08-17")]
    public void Extract_ReadsTerm_ScannedChineseDatesWithMisreadDayMark(string line, string start, string end)
    {
        var facts = Run("房屋租赁合同", "第二条 租赁期限", line);

        Assert.Equal(DateOnly.Parse(start), facts.Fields[FieldKeys.LeaseStartDate].Value?.Date);
        Assert.Equal(DateOnly.Parse(end), facts.Fields[FieldKeys.LeaseEndDate].Value?.Date);
    }

    [Theory]
    [InlineData("承租方〈乙方) :许昌笑元投资控股有限公司")]   // a scan's angle bracket for （
    [InlineData("承租方《乙方》;许昌笑元投资控股有限公司")]
    [InlineData("承租方（乙方）：许昌笑元投资控股有限公司")]
    public void Extract_ReadsLessee_PartyNoteInAScansBrackets(string line)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.LeaseContract };
        new LeaseContractExtractor().Extract(new DocBuilder().Page(ZcIngest.Core.Documents.PageSource.Ocr, 0.9)
            .Lines("房屋租赁合同", "合同编号: ZL-2016-705", "出租方〈甲方》;许昌市星火科技园开发有限公司", "法定代表入:汤辉", line, "法定代表人:葛振东")
            .View("d2"), facts);

        Assert.Equal("许昌笑元投资控股有限公司", facts.Lease?.Lessee?.Value?.Text);
        Assert.Equal("许昌市星火科技园开发有限公司", facts.Lease?.Lessor?.Value?.Text);
    }

    [Fact]
    public void Extract_ReadsArea_ChineseNumeralsWithSquareMetreSignLost()
    {
        var facts = Run("房屋租赁合同", "甲方将房屋出租给乙方使用，房屋建筑面积四百九十五m\"，用途为办公及创新创业孵化服务。");

        Assert.Equal(495m, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
    }

    [Theory]
    [InlineData("甲方将位于太原市平阳路44号的房屋出租给乙方使用，租赁面积（建筑面积）为1120平方米。", 1120)]
    [InlineData("甲方将位于太原市平阳路44号的房屋出租给乙方使用，租赁面积〈建筑面积)为1120平方米。", 1120)] // a scan's bracket
    public void Extract_ReadsArea_BracketedWordAfterTheLabel(string line, int expected)
    {
        var facts = Run("房屋租赁合同", "第一条 房屋基本情况", line);

        Assert.Equal(expected, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
    }

    [Theory]
    [InlineData("甲方将房屋出租给乙方使用，房屋建筑面积L276m，用途为办公及创新创业孵化服务。", 1276)]   // the leading 1 read as L
    [InlineData("甲方将房屋出租给乙方使用，房屋建筑面积L376m2,用途为办公及创新创业孵化服务。", 1376)]
    public void Extract_ReadsArea_LeadingOneReadAsALetter(string line, int expected)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.LeaseContract };
        new LeaseContractExtractor().Extract(new DocBuilder().Page(Core.Documents.PageSource.Ocr, 0.9).Lines("房屋租赁合同", line).View("d2"), facts);

        Assert.Equal((decimal)expected, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
    }

    [Theory]
    [InlineData("租金标准为每日每平方米1.80元，年租金为人民币808,110.00元。", 1230)]    // 1.80 × 365 × 1230
    [InlineData("租金标准为每月每平方米45元，月租金为人民币10,350元。", 230)]           // 45 × 230
    [InlineData("租金标准为2.5元/平方米/日，年租金为人民币1,000,000.00元。", null)]    // neither 230 nor 1230 fits
    public void Extract_ReadsAreaFromTheRent_FirstDigitReadAsBracket(string rentLine, int? expected)
    {
        var facts = Run("房屋租赁合同", "甲方将位于太原市小店区的房屋出租给乙方使用，房 屋 建 筑 面积 [230m' ， 用 途 为 办 公 及 创新 创业 和 孵化 服务 。",
            "第三条 租金及支付方式", rentLine);

        Assert.Equal(expected, (int?)facts.Fields.GetValueOrDefault(FieldKeys.TotalAreaSqm)?.Value?.Number);
    }
}
