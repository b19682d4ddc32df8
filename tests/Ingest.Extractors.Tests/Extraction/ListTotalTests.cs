using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class ListTotalTests
{
    [Theory]
    [InlineData("合计：6人，其中专职4人。", 6, 4)]
    [InlineData("合计: 12人，其中专职11人。jp", 12, 11)]
    [InlineData("合计入驻团队和企业16家，其中科技型13家。", 16, 13)]
    [InlineData("共计9人", 9, null)]
    [InlineData("11 人 ， 其 中 专职 10 人 。", 11, 10)]   // the scan lost 合计
    public void Find_ReadsTotalAndPart_SummaryLine(string line, int total, int? part)
    {
        var stated = ListTotal.Find(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("服务人员名单", line).View());

        Assert.NotNull(stated);
        Assert.Equal(total, stated.Total);
        Assert.Equal(part, stated.Part);
        Assert.True(stated.Scanned);
    }

    [Fact]
    public void LastRowNumber_ReadsTheScansRowNumbers_AsLinesOrAsARowsFirstWord()
    {
        var scan = new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "管理服务人员名单", "序号 姓名 性别 学历", "1 黄永红 男 大专", "2", "3 曹博 男 中专", "5", "6 蒋佳琪 女 本科", "8", "10 杨晓东 男 本科",
            "2016年6月").View();
        Assert.Equal(10, ListTotal.LastRowNumber(scan));

        // Too few of the numbers up to 10 (a figure in a cell is no row number), a text layer, or no numbers at all.
        Assert.Equal(3, ListTotal.LastRowNumber(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("1 张伟", "2 李娜", "3 王强", "10").View()));
        Assert.Null(ListTotal.LastRowNumber(new DocBuilder().Lines("1 张伟", "2 李娜", "3 王强").View()));
        Assert.Null(ListTotal.LastRowNumber(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("序号 姓名", "张伟", "李娜").View()));
    }

    [Fact]
    public void Find_GivesNothing_APartWithoutItsTotal()
    {
        Assert.Null(ListTotal.Find(new DocBuilder().Lines("其中专职10人。").View()));
    }

    [Fact]
    public void Find_GivesNothing_TwoDifferentTotals()
    {
        Assert.Null(ListTotal.Find(new DocBuilder().Lines("合计：6人", "合计：7人").View()));
    }

    [Fact]
    public void Find_ReadsThePart_WhenAStraySpeckStandsBeforeIt()
    {
        var stated = ListTotal.Find(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("人员名单", "合计:5人.,其中专职5人。").View());

        Assert.Equal(5, stated!.Part);
    }

    [Fact]
    public void ReadingOrder_JoinsASentenceSplitIntoTwoBlocks_RowByRow()
    {
        // OCR gave the total's two halves as separate blocks with a column of other text read in between.
        Span Line(string text, double x0, double y0, double x1) => new(text, 1, new Box(x0, y0, x1, y0 + 26), 0.9, true);
        var lines = new[] { Line("合计:5人", 148, 707, 266), Line("高中", 406, 476, 450), Line("，其中专职5人。", 279, 707, 449) };

        Assert.Equal(["高中", "合计:5人", "，其中专职5人。"], ListTotal.ReadingOrder(lines).Select(l => l.Text));
    }

    [Fact]
    public void ReadingOrder_KeepsTheOrder_OfTextLayerLines()
    {
        var lines = new[] { new Span("b", 1, new Box(0, 100, 10, 110), null, false), new Span("a", 1, new Box(0, 0, 10, 10), null, false) };

        Assert.Equal(["b", "a"], ListTotal.ReadingOrder(lines).Select(l => l.Text));
    }
}
