using ZcIngest.Core.Audit;

namespace ZcIngest.Core.Tests.Audit;

public class PageInkTests
{
    private static byte[] Page(int width, int height, byte background) => Enumerable.Repeat(background, width * height).ToArray();

    [Fact]
    public void Coverage_CountsPixelsOffTheBackground_OnWhitePage()
    {
        var grey = Page(100, 100, 250);
        for (var i = 0; i < 300; i++) grey[i] = 20;
        Assert.Equal(0.03, PageInk.Coverage(grey, 100, 100)!.Value, 6);
    }

    [Fact]
    public void Coverage_IgnoresAGreyBackground_CountsFaintText()
    {
        var grey = Page(100, 100, 200);
        for (var i = 0; i < 500; i++) grey[i] = 150;
        for (var i = 500; i < 1500; i++) grey[i] = 190;
        Assert.Equal(0.05, PageInk.Coverage(grey, 100, 100)!.Value, 6);
    }

    [Fact]
    public void Coverage_ReturnsNull_ImageSmallerThanStated() =>
        Assert.Null(PageInk.Coverage(new byte[10], 100, 100));
}
