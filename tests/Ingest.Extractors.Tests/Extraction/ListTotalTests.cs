using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class ListTotalTests
{
    [Theory]
    [InlineData("合计：6人，其中专职4人。", 6, 4)]
    [InlineData("合计: 12人，其中专职11人。jp", 12, 11)]
    [InlineData("合计入驻团队和企业16家，其中科技型13家。", 16, 13)]
    [InlineData("共计9人", 9, null)]
    public void Find_ReadsTotalAndPart_SummaryLine(string line, int total, int? part)
    {
        var stated = ListTotal.Find(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("服务人员名单", line).View());

        Assert.NotNull(stated);
        Assert.Equal(total, stated.Total);
        Assert.Equal(part, stated.Part);
        Assert.True(stated.Scanned);
    }

    [Fact]
    public void Find_GivesNothing_TwoDifferentTotals()
    {
        Assert.Null(ListTotal.Find(new DocBuilder().Lines("合计：6人", "合计：7人").View()));
    }
}
