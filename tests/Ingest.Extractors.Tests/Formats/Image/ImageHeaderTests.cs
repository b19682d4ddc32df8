using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Formats.Image;
using ZcIngest.Extractors.Tests.Ocr;

namespace ZcIngest.Extractors.Tests.Formats.Image;

public sealed class ImageHeaderTests : IDisposable
{
    private readonly TestImages _images = new();

    [Theory]
    [InlineData("a.jpg", FileFormat.Jpeg)]
    [InlineData("a.png", FileFormat.Png)]
    [InlineData("a.tif", FileFormat.Tiff)]
    public void Read_ReturnsDeclaredSize_ForEachFormat(string name, FileFormat format)
    {
        var path = _images.PathOf(name);
        TestImages.Convert("-size", "321x123", "xc:gray", path);

        Assert.Equal(format, ImageHeader.Sniff(File.ReadAllBytes(path)));
        Assert.Equal(new ImageSize(321, 123), ImageHeader.Read(path, format, 10).Single());
    }

    [Fact]
    public void Read_ReturnsEveryPage_WhenTiffHasSeveralPages()
    {
        var path = _images.PathOf("multi.tif");
        TestImages.Convert("-size", "40x30", "xc:white", "-size", "50x20", "xc:black", "-size", "60x10", "xc:gray", path);

        Assert.Equal([new(40, 30), new(50, 20), new(60, 10)], ImageHeader.Read(path, FileFormat.Tiff, 10));
        Assert.Throws<InvalidDataException>(() => ImageHeader.Read(path, FileFormat.Tiff, 2));
    }

    [Fact]
    public void Read_Throws_WhenTiffPageChainLoops()
    {
        // Little-endian TIFF whose only IFD points back to itself.
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0, 8, 0, 0, 0];
        var path = _images.PathOf("loop.tif");
        File.WriteAllBytes(path, tiff);

        Assert.Throws<InvalidDataException>(() => ImageHeader.Read(path, FileFormat.Tiff, 100));
    }

    public void Dispose() => _images.Dispose();
}
