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
    public void Extract_ReadsTerm_ScannedChineseDatesWithMisreadDayMark(string line, string start, string end)
    {
        var facts = Run("房屋租赁合同", "第二条 租赁期限", line);

        Assert.Equal(DateOnly.Parse(start), facts.Fields[FieldKeys.LeaseStartDate].Value?.Date);
        Assert.Equal(DateOnly.Parse(end), facts.Fields[FieldKeys.LeaseEndDate].Value?.Date);
    }

    [Fact]
    public void Extract_ReadsArea_ChineseNumeralsWithSquareMetreSignLost()
    {
        var facts = Run("房屋租赁合同", "甲方将房屋出租给乙方使用，房屋建筑面积四百九十五m\"，用途为办公及创新创业孵化服务。");

        Assert.Equal(495m, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
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
}
