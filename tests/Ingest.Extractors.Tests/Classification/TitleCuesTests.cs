using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

public class TitleCuesTests
{
    private static Line At(string text, double y) => new() { Text = text, Box = new Box(100, y, 600, y + 30) };

    [Theory]
    [InlineData("聚能领航众创空间创新创业活动开展情况", DocumentType.ActivityRecord)]
    [InlineData("2021年度活动记录", DocumentType.ActivityRecord)]
    [InlineData("入驻企业名单", DocumentType.ResidentList)]
    public void Of_NamesType_TitleAtTop(string title, DocumentType expected)
    {
        var page = new Page { Source = PageSource.Ocr, Blocks = [new Block { Lines = [At(title, 150), At("序号", 260)] }] };

        Assert.Equal(expected, TitleCues.Of([page]));
    }

    [Fact]
    public void Of_FindsTitle_WhenOcrGaveFortyRowLinesBeforeIt()
    {
        // Block order put a column of row numbers first; the title is still the top line of the page.
        var rows = Enumerable.Range(1, 40).Select(i => At(i.ToString(), 300 + 40 * i)).ToList();
        var page = new Page
        {
            Source = PageSource.Ocr,
            Blocks = [new Block { Lines = rows }, new Block { Lines = [At("创新创业活动开展情况", 150)] }],
        };

        Assert.Equal(DocumentType.ActivityRecord, TitleCues.Of([page]));
    }
}
