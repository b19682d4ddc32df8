using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.Ocr;

public class CellRereaderTests
{
    private static readonly Box LabelCell = new(100, 100, 400, 150);
    private static readonly Box ValueCell = new(400, 100, 700, 150);

    private static Word W(string text, double x0, double x1, double conf) =>
        new() { Text = text, Box = new Box(x0, 112, x1, 138), Confidence = conf };

    private static List<Block> Page(params Word[] words) =>
        [new Block { Lines = [new Line { Words = [.. words], Text = string.Concat(words.Select(w => w.Text)) }] }];

    private static CellRereader.ReadRectangle Reader(string text, double conf, List<Box>? asked = null) => (area, _, _, _) =>
    {
        asked?.Add(area);
        return Page(W(text, area.X0 + 5, area.X0 + 5 + 14 * text.Length, conf));
    };

    [Fact]
    public void Refine_FillsEmptyInkedCell_FigureLostByPageLayout()
    {
        var blocks = Page(W("服务人员数量", 110, 260, 0.95));

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 115, 440, 135) : new Box(110, 115, 260, 135), Reader("5", 0.97));

        var lines = result.SelectMany(b => b.Lines).Select(l => l.Text).ToList();
        Assert.Contains("服务人员数量", lines);
        Assert.Contains("5", lines);
    }

    [Fact]
    public void Refine_ReplacesShortMisread_ValueReadWithItsLabel()
    {
        // One page line ran label and value together and read 八 as 人.
        var blocks = Page(W("创业工位数", 110, 260, 0.95), W("人", 420, 440, 0.9));

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => new Box(box.X0 + 20, 115, box.X0 + 40, 135), Reader("八", 0.93));

        var text = string.Concat(result.SelectMany(b => b.Lines).Select(l => l.Text));
        Assert.Contains("八", text);
        Assert.DoesNotContain("人", text);
    }

    [Fact]
    public void Refine_LeavesPageAlone_CellsReadConfidently()
    {
        var blocks = Page(W("服务人员数量", 110, 260, 0.95), W("12.50", 420, 480, 0.93));
        var asked = new List<Box>();

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box, Reader("x", 0.9, asked));

        Assert.Same(blocks, result);
        Assert.Empty(asked);
    }

    [Fact]
    public void Refine_KeepsPageRead_CellReadIsUnsure()
    {
        var blocks = Page(W("服务人员数量", 110, 260, 0.95), W("12", 420, 450, 0.7));

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => new Box(box.X0 + 20, 115, box.X0 + 50, 135), Reader("洛", 0.1));

        Assert.Same(blocks, result);
    }

    [Fact]
    public void Refine_SkipsBlankCell_NoInk()
    {
        var blocks = Page(W("服务人员数量", 110, 260, 0.95));
        var asked = new List<Box>();

        CellRereader.Refine(blocks, [LabelCell, ValueCell], (_, _) => null, Reader("5", 0.97, asked));

        Assert.Empty(asked);
    }

    [Fact]
    public void Refine_DropsCollapsedNeighbour_WordWithDegenerateBox()
    {
        // The page read gave 「太原」 a 6×1 box outside the cell, between the label and the rest of the name.
        var blocks = Page(W("名称", 110, 160, 0.6),
            new Word { Text = "太原", Box = new Box(372, 102, 378, 103), Confidence = 0.6 },
            W("科信从城", 420, 480, 0.1));

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 115, 520, 135) : null, Reader("太原科信莲城", 0.93));

        var text = string.Concat(result.SelectMany(b => b.Lines).Select(l => l.Text));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "太原"));
        Assert.Contains("太原科信莲城", text);
    }

    /// <summary>A reader answering by alphabet and scale, recording what it was asked.</summary>
    private static CellRereader.ReadRectangle ByAlphabet(Func<CellRereader.Alphabet, double, (string Text, double Conf)?> answer,
        List<(CellRereader.Alphabet, double)>? asked = null) => (area, _, alphabet, scale) =>
    {
        asked?.Add((alphabet, scale));
        return answer(alphabet, scale) is { } a ? Page(W(a.Text, area.X0 + 5, area.X0 + 5 + 12 * a.Text.Length, a.Conf)) : [];
    };

    private static List<string> Texts(List<Block> blocks) => blocks.SelectMany(b => b.Lines).Select(l => l.Text).ToList();

    [Fact]
    public void Refine_ReadsLoneDigitAsFigure_ModelSureOfALookAlike()
    {
        var blocks = Page(W("专职人员", 110, 260, 0.95));
        var read = ByAlphabet((alphabet, scale) => alphabet == CellRereader.Alphabet.Figures ? scale >= 2 ? ("7", 0.96) : null : ("了", 0.95));

        // A glyph two thirds of the page's character height and narrower than tall: a digit's shape.
        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 116, 432, 133) : null, read);

        Assert.Contains("7", Texts(result));
        Assert.DoesNotContain("了", Texts(result));
    }

    [Fact]
    public void Refine_KeepsSureCharacter_FullHeightGlyph()
    {
        var blocks = Page(W("场地来源", 110, 260, 0.95));
        var asked = new List<(CellRereader.Alphabet, double)>();
        var read = ByAlphabet((alphabet, _) => alphabet == CellRereader.Alphabet.Figures ? ("7", 0.96) : ("租", 0.95), asked);

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 113, 444, 137) : null, read);

        Assert.Contains("租", Texts(result));
        Assert.DoesNotContain((CellRereader.Alphabet.Figures, 1.0), asked);
    }

    [Fact]
    public void Refine_EnlargesFigureTrial_OnlyForFigureHighWriting()
    {
        var asked = new List<(CellRereader.Alphabet, double)>();
        var read = ByAlphabet((alphabet, scale) => alphabet == CellRereader.Alphabet.Figures && scale == 2 ? ("72", 0.89) : ("3", 0.0), asked);

        var figureHigh = CellRereader.Refine(Page(W("投资额度", 110, 260, 0.95)), [LabelCell, ValueCell],
            (box, _) => box.X0 >= 400 ? new Box(420, 116, 446, 133) : null, read);
        var fullHigh = CellRereader.Refine(Page(W("投资额度", 110, 260, 0.95)), [LabelCell, ValueCell],
            (box, _) => box.X0 >= 400 ? new Box(420, 113, 470, 137) : null, read);

        Assert.Contains("72", Texts(figureHigh));
        Assert.DoesNotContain("72", Texts(fullHigh));
    }

    [Fact]
    public void Refine_TakesUppercaseAmount_TwoSizesAgree()
    {
        var blocks = Page(W("种子基金规模", 110, 260, 0.95), W("项佰万元整", 420, 480, 0.7));
        var read = ByAlphabet((alphabet, scale) => alphabet == CellRereader.Alphabet.UppercaseMoney ? ("贰佰万元整", 0.7) : ("项佰万元整", 0.83));

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 113, 480, 137) : null, read);

        Assert.Contains("贰佰万元整", Texts(result));
    }

    [Theory]
    [InlineData("贰万元整", "贰万元整")] // a character dropped at every size: 贰佰万元整 must not become 贰万元整
    [InlineData("贰佰万元整", null)] // read at one size only
    public void Refine_KeepsPageRead_AmountReadNotConfirmed(string atOneSize, string? atOthers)
    {
        var blocks = Page(W("种子基金规模", 110, 260, 0.95), W("项佰万元整", 420, 480, 0.7));
        var read = ByAlphabet((alphabet, scale) => alphabet != CellRereader.Alphabet.UppercaseMoney ? ("项佰万元整", 0.83)
            : scale == 1 ? (atOneSize, 0.7) : atOthers is null ? null : (atOthers, 0.7));

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 113, 480, 137) : null, read);

        Assert.DoesNotContain(atOneSize, Texts(result));
    }

    [Fact]
    public void Refine_PlacesValueAtItsInk_CollapsedWordBox()
    {
        var blocks = Page(W("管理人员数量", 110, 260, 0.95));
        CellRereader.ReadRectangle read = (_, _, _, _) =>
            [new Block { Lines = [new Line { Words = [new Word { Text = "6", Box = new Box(421, 120, 427, 125), Confidence = 0.97 }], Text = "6" }] }];

        var result = CellRereader.Refine(blocks, [LabelCell, ValueCell], (box, _) => box.X0 >= 400 ? new Box(420, 116, 433, 133) : null, read);

        var six = result.SelectMany(b => b.Lines).Single(l => l.Text == "6");
        Assert.Equal(new Box(420, 116, 433, 133), six.Box);
    }
}
