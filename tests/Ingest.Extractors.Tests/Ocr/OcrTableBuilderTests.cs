using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.Ocr;

public class OcrTableBuilderTests
{
    private const double PageWidth = 1240;

    /// <summary>Cells of a ruled grid: column edges across, row edges down, with 4-pixel rules between cells.</summary>
    private static List<Box> Grid(double[] columns, double[] rows)
    {
        var cells = new List<Box>();
        for (var r = 0; r + 1 < rows.Length; r++)
        for (var c = 0; c + 1 < columns.Length; c++)
            cells.Add(new Box(columns[c] + 2, rows[r] + 2, columns[c + 1] - 2, rows[r + 1] - 2));
        return cells;
    }

    /// <summary>A word standing in a cell, 14 px per character, 20 px tall.</summary>
    private static Word W(string text, double x, double y) =>
        new() { Text = text, Box = new Box(x, y, x + 14 * text.Length, y + 20), Confidence = 0.9 };

    private static readonly double[] ListColumns = [100, 160, 360, 660, 860];
    private static readonly double[] ListRows = [200, 250, 300, 350, 400];

    [Fact]
    public void Build_ReadsEachRowAcross_WordsInColumnOrder()
    {
        // Tesseract gives a scanned list column by column: the order of the words must not matter.
        var words = new[]
        {
            W("序号", 110, 215), W("1", 110, 265), W("2", 110, 315), W("3", 110, 365),
            W("活动日期", 170, 215), W("2017年5月13日", 170, 265), W("2017年6月2日", 170, 315), W("2017年7月9日", 170, 365),
            W("活动名称", 370, 215), W("创业沙龙", 370, 265), W("项目路演", 370, 315), W("政策宣讲会", 370, 365),
            W("地点", 670, 215), W("路演厅", 670, 265), W("三楼会议室", 670, 315),
        };

        var tables = OcrTableBuilder.Build(Grid(ListColumns, ListRows), words, PageWidth);

        var table = Assert.Single(tables);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["序号", "活动日期", "活动名称", "地点"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["2", "2017年6月2日", "项目路演", "三楼会议室"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["3", "2017年7月9日", "政策宣讲会", ""], table.Rows[3].Cells.Select(c => c.Text));
        Assert.Equal([0, 1, 2, 3], table.Rows[3].Cells.Select(c => c.Column));
    }

    [Fact]
    public void Build_GivesNoTable_FormWithMergedValueCells()
    {
        // 名称 | value over three columns; 地址 | value; 负责人 | value | 电话 | value; 面积 | value over three.
        var cells = new List<Box>
        {
            new(102, 202, 298, 248), new(302, 202, 858, 248),
            new(102, 252, 298, 298), new(302, 252, 858, 298),
            new(102, 302, 298, 348), new(302, 302, 498, 348), new(502, 302, 658, 348), new(662, 302, 858, 348),
            new(102, 352, 298, 398), new(302, 352, 858, 398),
        };

        Assert.Empty(OcrTableBuilder.Build(cells, [W("名称", 110, 215), W("太原科信科技有限公司", 310, 215)], PageWidth));
    }

    [Fact]
    public void Build_GivesNoTable_TwoColumnGrid()
    {
        Assert.Empty(OcrTableBuilder.Build(Grid([100, 300, 800], ListRows), [W("名称", 110, 215)], PageWidth));
    }

    [Fact]
    public void Build_SpansMergedCell_RowWithWideRemark()
    {
        var cells = Grid(ListColumns, ListRows);
        // The last row's last two cells are one (a remark written across).
        cells.RemoveAll(c => c.Y0 > 350 && c.X0 > 360);
        cells.Add(new Box(362, 352, 858, 398));

        var table = Assert.Single(OcrTableBuilder.Build(cells, [W("以下空白", 400, 365)], PageWidth));

        var merged = table.Rows[3].Cells.Single(c => c.Text == "以下空白");
        Assert.Equal(2, merged.Column);
        Assert.Equal(2, merged.ColSpan);
    }

    [Fact]
    public void Build_ReadsCellLineByLine_WrappedDateAndTallFirstCharacter()
    {
        var words = new[]
        {
            W("承志", 186, 268), new Word { Text = "文", Box = new Box(170, 262, 185, 287), Confidence = 0.9 },
            W("2017年10月13", 370, 256), W("日", 370, 278),
        };

        var table = Assert.Single(OcrTableBuilder.Build(Grid(ListColumns, ListRows), words, PageWidth));

        Assert.Equal("文承志", table.Rows[1].Cells[1].Text);
        Assert.Equal("2017年10月13日", table.Rows[1].Cells[2].Text);
    }

    [Fact]
    public void Build_KeepsOnlyTheList_FormGridAbove()
    {
        var form = new List<Box> { new(102, 52, 298, 98), new(302, 52, 858, 98), new(102, 102, 298, 148), new(302, 102, 858, 148) };
        var cells = form.Concat(Grid(ListColumns, ListRows)).ToList();

        var table = Assert.Single(OcrTableBuilder.Build(cells, [W("序号", 110, 215), W("名称", 110, 65)], PageWidth));

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("序号", table.Rows[0].Cells[0].Text);
    }
}
