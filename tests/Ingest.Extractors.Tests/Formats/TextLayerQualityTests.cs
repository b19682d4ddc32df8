using ZcIngest.Extractors.Formats;

namespace ZcIngest.Extractors.Tests.Formats;

public class TextLayerQualityTests
{
    [Theory]
    [InlineData("众创空间建设运营报告：本空间服务场地面积 800 平方米，其中公共服务面积 300 平方米。", TextLayerVerdict.Good)]
    [InlineData("Lease contract between the lessor and the lessee, term five years.", TextLayerVerdict.Good)]
    [InlineData("   \n\n ", TextLayerVerdict.Empty)]
    [InlineData("第 3 页", TextLayerVerdict.Sparse)]
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 申请 \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", TextLayerVerdict.Garbage)]
    [InlineData("\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012\uE013\uE014\uE015", TextLayerVerdict.Garbage)]
    [InlineData("ÂÐÓÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö", TextLayerVerdict.Garbage)]
    public void Judge_ReturnsVerdict_ForTextLayer(string text, TextLayerVerdict expected)
    {
        Assert.Equal(expected, TextLayerQuality.Judge(text));
    }
}
