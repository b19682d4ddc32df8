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
}
