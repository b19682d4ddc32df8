using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

public class ClassifierTextTests
{
    [Fact]
    public void Normalize_MapsFullWidthAndCollapsesDigits_MixedText()
    {
        Assert.Equal("面积:#平方米,abc#", ClassifierText.Normalize("面积：１２０ 平方米，ＡＢＣ 2021"));
    }

    [Fact]
    public void Normalize_IgnoresSpacing_OcrSpacedText()
    {
        Assert.Equal(ClassifierText.Normalize("租赁合同"), ClassifierText.Normalize("租 赁\t合 同\n"));
    }

    [Theory]
    [InlineData("第 2 页 共 5 页", 2, 5)]
    [InlineData("第１页，共３页", 1, 3)]
    [InlineData("第3页/共3页", 3, 3)]
    [InlineData("第 4 页", 4, null)]
    public void PageOf_ParsesFooter_CommonForms(string text, int page, int? of)
    {
        Assert.Equal((page, of), ClassifierText.PageOf(text));
    }

    [Theory]
    [InlineData("第5页 共3页")]
    [InlineData("第一章 总则")]
    [InlineData("")]
    public void PageOf_ReturnsNull_NoValidFooter(string text)
    {
        Assert.Null(ClassifierText.PageOf(text));
    }

    [Fact]
    public void TopDown_PutsTitleFirst_WhenOcrBlockOrderStartsAtPageFoot()
    {
        // Tesseract's first block on a scanned list was the row numbers at the page's foot.
        static Line At(string text, double y) => new() { Text = text, Box = new Box(100, y, 400, y + 30) };
        var page = new Page
        {
            Source = PageSource.Ocr,
            Blocks = [new Block { Lines = [At("16", 1580), At("17", 1660)] }, new Block { Lines = [At("创新创业活动开展情况", 150), At("序号", 260)] }],
        };

        Assert.Equal(["创新创业活动开展情况", "序号", "16", "17"], ClassifierText.TopDown(page).Select(l => l.Text));
    }

    [Fact]
    public void TopDown_KeepsOrder_LinesWithoutBoxes()
    {
        var page = new Page { Blocks = [new Block { Lines = [new Line { Text = "b" }, new Line { Text = "a" }] }] };

        Assert.Equal(["b", "a"], ClassifierText.TopDown(page).Select(l => l.Text));
    }
}
