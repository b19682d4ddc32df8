using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.Ocr;

public class SecondFigureReadingTests
{
    [Theory]
    [InlineData("10.9", new[] { "0.9", "0.9", "0.9" }, true)]          // the border read as a leading 1
    [InlineData("4.5", new[] { ".5", "41.5", ".5" }, true)]            // none reads 4.5 again
    [InlineData("4.5", new[] { "1.5", "4.5", ".5" }, true)]            // one in three is no confirmation
    [InlineData("9170m2", new[] { "91702", "91702", "9170" }, false)]  // the unit's 2 comes and goes
    [InlineData("1,500,000.00", new[] { "41,500,000.00", "1,500,000.00", "1500000.00" }, false)] // a glyph beside read as a digit
    [InlineData("14", new[] { "14", "14", "4" }, false)]               // two of three agree
    [InlineData("8", new[] { "", "", "/" }, false)]                    // nothing read: nothing said
    [InlineData("1200.00", new[] { "1200.00534", "1200.0052", "1200.0057" }, false)] // 平 of 平方米 beside read as digits
    [InlineData("47", new[] { "17", "17", "17" }, true)]               // the first reading took a 1 for a 4
    [InlineData("14", new[] { "11", "33", "11" }, true)]
    [InlineData("26", new[] { "", "", "28" }, false)]                  // one reading is not enough to doubt
    [InlineData("1", new[] { "10", "10", "10", "", "", "" }, true)]     // a count's word box held the 0 the first reading lost
    [InlineData("866", new[] { "8662", "866", "8662" }, false)]         // the unit's 2 beside an area
    public void Contradicts_OnlyWhenMostReadingsDisagree(string first, string[] readings, bool expected) =>
        Assert.Equal(expected, SecondFigureReading.Contradicts(first, readings));

    private static Page PageWith(params (string Text, Box Box)[] words) => new()
    {
        Number = 2, Source = PageSource.Ocr,
        Blocks = [new Block { Lines = [.. words.Select(w => new Line { Text = w.Text, Box = w.Box, Words = [new Word { Text = w.Text, Box = w.Box }] })] }],
    };

    [Fact]
    public void WordOf_FindsTheFigureInsideTheValuesBox_SameDigitsElsewhereOnThePage()
    {
        var page = PageWith(("平均每月活动场次", new Box(156, 1763, 355, 1786)), ("10.9", new Box(589, 1766, 633, 1799)),
            ("10.9", new Box(589, 1900, 633, 1930)));
        var value = new FieldValue { Value = ScalarValue.Of(10.9m), Box = new Box(156, 1762, 633, 1799), Page = 2 };

        Assert.Equal(new Box(589, 1766, 633, 1799), SecondFigureReading.WordOf(page, value)?.Box);
    }

    [Fact]
    public void WordOf_UsesTheRawReading_AmountNormalisedToWan()
    {
        var page = PageWith(("1,800,000.00", new Box(1000, 520, 1191, 544)));
        var value = new FieldValue { Value = ScalarValue.Of(180m), Raw = "¥1,800,000.00", Box = new Box(510, 520, 1191, 544) };

        Assert.Equal("1,800,000.00", SecondFigureReading.WordOf(page, value)?.Text);
    }

    [Fact]
    public void WordOf_FindsTheWordHoldingChineseToo_LineReadAgainAsOneWord()
    {
        // A figures-only reading would turn 建筑面积 into digits: the word is read again as a line instead.
        var page = PageWith(("共有宗地面积3505.00m' /房屋建筑面积66m2", new Box(495, 918, 1177, 970)));
        var value = new FieldValue { Value = ScalarValue.Of(66m), Raw = "66m2", Box = new Box(495, 918, 1177, 970) };

        var word = SecondFigureReading.WordOf(page, value);

        Assert.NotNull(word);
        Assert.True(SecondFigureReading.HoldsChinese(word));
        Assert.Equal("66", SecondFigureReading.FigureOf(value));
    }

    [Theory]
    [InlineData("66", new[] { "共有宗地面积3505.00m /房屋建筑面积966m2", "共有宗地面积3505.00m /房屋建筑面积966ms", "共有宗地面积3505.00m' /房屋建筑面积966ms2" }, true)]
    [InlineData("1", new[] { "10家", "10家", "10家" }, true)]
    [InlineData("966", new[] { "共有宗地面积3505.00m /房屋建筑面积966m2", "房屋建筑面积66m2", "共有宗地面积3,505.00m' 房屋建筑面积966ms2" }, false)]
    [InlineData("1,073.6", new[] { "建筑面积1073.6平方米", "建筑面积1073.6平方米", "" }, false)]
    [InlineData("10", new[] { "地", "os", "|" }, false)]                // no figure read: nothing said
    public void ContradictsInLine_WhenMostLineReadingsGiveAnotherFigure(string figure, string[] readings, bool expected) =>
        Assert.Equal(expected, SecondFigureReading.ContradictsInLine(figure, readings));

    [Fact]
    public void WordOf_GivesNone_FigureSplitOverTwoWords()
    {
        var page = PageWith(("1,800,", new Box(1000, 520, 1080, 544)), ("000.00", new Box(1085, 520, 1191, 544)));
        var value = new FieldValue { Value = ScalarValue.Of(180m), Raw = "¥1,800,000.00", Box = new Box(510, 520, 1191, 544) };

        Assert.Null(SecondFigureReading.WordOf(page, value));
    }
}
