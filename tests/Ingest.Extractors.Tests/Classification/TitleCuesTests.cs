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
    [InlineData("关于申请太原市众创空间认定的报告", DocumentType.ApplicationForm)]   // an application written as a letter
    [InlineData("关于申请许昌市众创空间备案的请示", DocumentType.ApplicationForm)]
    [InlineData("汾河湾创客空间建设运营情况报告", DocumentType.OperatingReport)]
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

    [Fact]
    public void Of_TakesTheTitleAtTheHead_OverEvidenceNamesInTheFormsTable()
    {
        // A self-evaluation table names the evidence each condition rests on; the paper is still the form its title says.
        var lines = new[] { "自治区众创空间备案申请表", "众创空间名称", "汇创创客空间", "备案条件自评表", "营业执照", "租赁合同", "存款证明" }
            .Select((t, i) => At(t, 100 + 40 * i)).ToList();
        Assert.Equal(DocumentType.ApplicationForm, TitleCues.Of([new Page { Source = PageSource.PdfText, Blocks = [new Block { Lines = lines }] }]));

        // Without a title at the head, several papers named further down name none.
        var untitled = lines.Skip(1).Select((l, i) => At(l.Text, 100 + 40 * i)).ToList();
        Assert.Null(TitleCues.Of([new Page { Source = PageSource.PdfText, Blocks = [new Block { Lines = untitled }] }]));
    }

    [Fact]
    public void OfFileName_NamesTheApplication_LetterOfApplication() =>
        Assert.Equal(DocumentType.ApplicationForm, TitleCues.OfFileName("备案申请报告.docx"));
}
