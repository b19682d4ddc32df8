using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.Ocr;

public sealed class CjkTextTests
{
    [Theory]
    [InlineData(new[] { "注", "册", "资", "本", "：", "100", "万", "元" }, "注册资本：100万元")]
    [InlineData(new[] { "Tesseract", "OCR", "5.3" }, "Tesseract OCR 5.3")]
    [InlineData(new[] { "统", "一", "代", "码", "91140AB", "12" }, "统一代码91140AB 12")]
    public void JoinWords_JoinsWithoutSpaces_OnlyWhereASideIsCjk(string[] words, string expected) =>
        Assert.Equal(expected, CjkText.JoinWords(words));

    [Fact]
    public void CharacterAccuracy_CountsEditsOverSourceLength_IgnoringSpacesAndWidth()
    {
        Assert.Equal(1.0, CharacterAccuracy.Of("面积：800平方米", "面 积 : 800 平 方 米"));
        Assert.Equal(0.5, CharacterAccuracy.Of("租赁合同", "租货合"), 3); // one substitution, one deletion
    }
}
