using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Formats.Pdf;

namespace ZcIngest.Extractors.Tests.Formats.Pdf;

public class RowLayoutTests
{
    private static Word W(string text, double x0, double y0, double x1) => new() { Text = text, Box = new Box(x0, y0, x1, y0 + 12) };

    /// <summary>poppler's order for a two-column table: all labels (one flow), then all values (another flow).</summary>
    private static Page ColumnMajorPage() => new()
    {
        Number = 1, Width = 595, Height = 842, Source = PageSource.PdfText,
        Blocks =
        [
            new Block { Lines = [new Line { Words = [W("单位名称", 90, 100, 138)] }, new Line { Words = [W("注册资本", 90, 120, 138)] }, new Line { Words = [W("成立日期", 90, 140, 138)] }] },
            new Block { Lines = [new Line { Words = [W("某某科技有限公司", 250, 100, 346)] }, new Line { Words = [W("500", 250, 120, 268), W("万元", 271, 120, 295)] }, new Line { Words = [W("2019年3月", 250, 140, 304)] }] },
            new Block { Lines = [new Line { Words = [W("以上信息真实有效。", 90, 200, 198)] }] },
        ],
    };

    [Fact]
    public void Rebuild_PutsLabelsAndValuesOnOneLine_SeparatedByTab()
    {
        var page = RowLayout.Rebuild(ColumnMajorPage());
        Assert.Equal("单位名称\t某某科技有限公司\n注册资本\t500万元\n成立日期\t2019年3月\n以上信息真实有效。", page.Text);
        Assert.Equal(2, page.Blocks.Count); // the sentence after a gap is its own block
    }

    [Fact]
    public void Rebuild_InfersTableCells_FromAlignedSegments()
    {
        var table = Assert.Single(RowLayout.Rebuild(ColumnMajorPage()).Tables);
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal([0, 1], r.Cells.Select(c => c.Column)));
        Assert.Equal("500万元", table.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Rebuild_JoinsLetterSpacedTitle_ButKeepsCellsApart()
    {
        var page = new Page
        {
            Number = 1, Width = 595, Height = 842, Source = PageSource.PdfText,
            Blocks =
            [
                new Block { Lines = [new Line { Words = [W("利", 250, 60, 266), W("润", 290, 60, 306), W("表", 330, 60, 346)] }] },
                new Block { Lines = [new Line { Words = [W("姓名", 90, 100, 114), W("张三", 200, 100, 224), W("男", 300, 100, 312)] }] },
            ],
        };
        Assert.Equal("利润表\n姓名\t张三\t男", RowLayout.Rebuild(page).Text);
    }

    [Fact]
    public void Rebuild_FindsNoTable_InPlainParagraphs()
    {
        var page = new Page
        {
            Number = 1, Width = 595, Height = 842, Source = PageSource.PdfText,
            Blocks = [new Block { Lines = [new Line { Words = [W("第一段文字。", 90, 100, 162)] }, new Line { Words = [W("第二段文字。", 90, 116, 162)] }] }],
        };
        Assert.Empty(RowLayout.Rebuild(page).Tables);
    }
}
