using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.Ocr;

public class LineRereaderTests
{
    private static readonly Box LineBox = new(440, 770, 1000, 815);

    private static Word W(string text, double x0, double x1, double conf) =>
        new() { Text = text, Box = new Box(x0, 775, x1, 810), Confidence = conf };

    private static List<Block> Page(params Word[] words) =>
        [new Block { Lines = [new Line { Box = LineBox, Words = [.. words], Text = string.Concat(words.Select(w => w.Text)) }] }];

    private static LineRereader.ReadLine Reader(List<Box> asked, params (string Text, double Conf)[] words) => area =>
    {
        asked.Add(area);
        var x = area.X0 + 10;
        var fresh = words.Select(w =>
        {
            var word = new Word { Text = w.Text, Box = new Box(x, 776, x + 30 * w.Text.Length, 809), Confidence = w.Conf };
            x += 30 * w.Text.Length + 5;
            return word;
        }).ToList();
        return [new Block { Lines = [new Line { Words = fresh, Text = string.Concat(fresh.Select(w => w.Text)) }] }];
    };

    [Fact]
    public void Refine_TakesSurerRead_LineWithDoubtfulCharacter()
    {
        var blocks = Page(W("山西省太原市", 443, 620, 0.93), W("查", 620, 650, 0.01), W("花岭区并州路18号", 650, 1000, 0.92));
        var asked = new List<Box>();

        var result = LineRereader.Refine(blocks, Reader(asked, ("山西省太原市杏花岭区并州路18号", 0.9)));

        var line = Assert.Single(result.SelectMany(b => b.Lines));
        Assert.Equal("山西省太原市杏花岭区并州路18号", line.Text);
        Assert.Equal(LineBox, line.Box);
        // The line's own height plus a little: a strip of the next line would spoil a single-line read.
        var area = Assert.Single(asked);
        Assert.True(area.Y0 >= LineBox.Y0 - LineBox.Height / 5 && area.Y1 <= LineBox.Y1 + LineBox.Height / 5, area.ToString());
    }

    [Fact]
    public void Refine_LeavesPageAlone_NoDoubtfulWord()
    {
        var blocks = Page(W("山西省太原市杏花岭区", 443, 700, 0.93), W("并州路18号", 700, 1000, 0.9));
        var asked = new List<Box>();

        var result = LineRereader.Refine(blocks, Reader(asked, ("x", 0.99)));

        Assert.Same(blocks, result);
        Assert.Empty(asked);
    }

    [Fact]
    public void Refine_KeepsLine_RereadNoSurerOfDoubtfulWord()
    {
        var blocks = Page(W("法定代表人", 443, 600, 0.9), W("吕坝", 620, 680, 0.39));

        var result = LineRereader.Refine(blocks, Reader([], ("法定代表人", 0.95), ("而", 0.04)));

        Assert.Same(blocks, result);
    }

    [Fact]
    public void Refine_KeepsLine_RereadMuchShorter()
    {
        // A confident read of half the line (the rest lost to the crop) is no better reading of the line.
        var blocks = Page(W("科技企业", 443, 560, 0.9), W("角", 560, 590, 0.2), W("化服务众创空间经营管理", 590, 1000, 0.9));

        var result = LineRereader.Refine(blocks, Reader([], ("科技企业孵化", 0.97)));

        Assert.Same(blocks, result);
    }

    [Fact]
    public void Refine_KeepsLine_RereadLosesDigit()
    {
        var blocks = Page(W("总面积", 443, 540, 0.9), W("9743.6", 560, 700, 0.3), W("平方米", 700, 800, 0.9));

        var result = LineRereader.Refine(blocks, Reader([], ("总面积743.6平方米", 0.95)));

        Assert.Same(blocks, result);
    }

    [Fact]
    public void Refine_StopsAtBudget_PageFullOfDoubtfulLines()
    {
        var lines = Enumerable.Range(0, LineRereader.MaxRereads + 10).Select(i => new Line
        {
            Box = new Box(100, 40 * i, 600, 40 * i + 30),
            Words = [new Word { Text = "某某", Box = new Box(100, 40 * i, 160, 40 * i + 30), Confidence = 0.1 }],
            Text = "某某",
        }).ToList();
        var asked = 0;

        LineRereader.Refine([new Block { Lines = lines }], _ => { asked++; return []; });

        Assert.Equal(LineRereader.MaxRereads, asked);
    }
}
