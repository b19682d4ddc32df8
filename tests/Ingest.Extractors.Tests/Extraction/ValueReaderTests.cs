using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public sealed class ValueReaderTests
{
    [Theory]
    [InlineData("3,470m:", "3,470平方米")]
    [InlineData("800 m?", "800平方米")]
    [InlineData("495m'", "495平方米")]
    [InlineData("120m²", "120m²")]       // a real ² is left for the normaliser
    [InlineData("12mm", "12mm")]         // another unit is not an area
    public void OcrSquareMetre_ReadsOcrVariantsOfSquareMetre(string raw, string expected) =>
        Assert.Equal(expected, ValueReader.OcrSquareMetre(raw));
}
