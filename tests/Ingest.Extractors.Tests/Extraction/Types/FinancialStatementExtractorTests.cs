using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction.Types;
using ZcIngest.Extractors.Tests.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction.Types;

public class FinancialStatementExtractorTests
{
    [Theory]
    [InlineData("17,675,000.00", true)]    // the column's border read as a leading 1: its 其中 row says 7,675,000.00
    [InlineData("7,675,000.00", null)]
    public void Extract_MarksScannedTotal_ItsOwnPartDisagrees(string total, bool? lowConfidence)
    {
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line("利润表")
            .Cells(1, (50, "编制单位：某某众创空间管理有限公司 单位：元"))
            .Cells(1, (50, "项目"), (300, "行次"), (400, "本年金额"), (600, "上年金额"))
            .Cells(1, (50, "一、营业总收入"), (300, "1"), (400, total), (600, "4,765,900.00"))
            .Cells(1, (50, "其中：营业收入"), (300, "2"), (400, "7,675,000.00"), (600, "4,765,900.00"));
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.FinancialStatement };

        new FinancialStatementExtractor().Extract(doc.View("d2"), facts);

        Assert.Equal(lowConfidence, facts.Fields[FieldKeys.RevenueWan].LowConfidence);
    }

    [Fact]
    public void Extract_ReadsEveryThousandsCommaReadAsAPoint()
    {
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line("利润表")
            .Cells(1, (50, "编制单位：某某众创空间管理有限公司 单位：元"))
            .Cells(1, (50, "项目"), (300, "行次"), (400, "本年金额"), (600, "上年金额"))
            .Cells(1, (50, "营业总成本"), (300, "3"), (400, "5.364.500.00"), (600, "4,339,900.00"));
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.FinancialStatement };

        new FinancialStatementExtractor().Extract(doc.View("d2"), facts);

        Assert.Equal(536.45m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void Extract_TakesCurrentColumn_ScanReadLabelTogetherWithLastYear()
    {
        // The page read joined the label to the far column (last year) and read this year's column on its own.
        var gap = new string(' ', 48);
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line("利润表")
            .Cells(1, (50, "编制单位：太原恒信星火众创空间管理有限公司 单位：元"))
            .Cells(1, (50, "项目"), (300, "行次"), (400, "本年金额"), (600, "上年金额"))
            .Cells(1, (50, "一、营业总收入" + gap + "2,395,400.00"), (400, "3,236,500.00"))
            .Cells(1, (50, "二、营业总成本" + gap + "1,323,000.00"), (300, "3"), (400, "1,787,500.00"));
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.FinancialStatement };

        new FinancialStatementExtractor().Extract(doc.View("d2"), facts);

        Assert.Equal(323.65m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(178.75m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void Extract_OrdersPeriodColumnsByPlace_ScanListsLastYearHeaderFirst()
    {
        // The read found 「上年金额」 (right) before 「本年金额」 (left): the text order would swap the columns.
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line("利润表")
            .Cells(1, (50, "编制单位：许昌汇智融创企业管理有限公司 2016年度 单位：元"))
            .Cells(1, (600, "上年金额"), (400, "本年金额"), (50, "项目"), (300, "行次"))
            .Cells(1, (50, "一、营业总收入"), (400, "6,853,300.00"), (600, "4,319,000.00"));
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.FinancialStatement };

        new FinancialStatementExtractor().Extract(doc.View("d2"), facts);

        Assert.Equal(685.33m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
    }
}
