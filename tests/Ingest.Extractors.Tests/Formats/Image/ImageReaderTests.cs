using System.Buffers.Binary;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Formats.Image;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Extractors.Tests.Ocr;

namespace ZcIngest.Extractors.Tests.Formats.Image;

public sealed class ImageReaderTests : IDisposable
{
    private readonly TestImages _images = new();
    private readonly RecordingOcr _ocr = new();

    private ReadContext Context(IOcrService? ocr) => new() { WorkDirectory = _images.Directory, Ocr = ocr };

    [Fact]
    public async Task ReadAsync_RefusesWithoutDecoding_WhenPngClaimsTooManyPixels()
    {
        var flood = _images.PathOf("flood.png");
        File.WriteAllBytes(flood, PixelFloodPng(30000, 30000));

        var result = await new ImageReader().ReadAsync(flood, Context(_ocr), CancellationToken.None);

        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.StartsWith("image too large：", result.Errors.Single().Message);
        Assert.Contains("30000×30000", result.Errors.Single().Message);
        Assert.Empty(_ocr.Calls);
    }

    [Fact]
    public async Task ReadAsync_FailsWithOcrNotAvailable_WhenContextHasNoOcr()
    {
        var image = _images.Form("plain.png", 0);

        var result = await new ImageReader().ReadAsync(image, Context(null), CancellationToken.None);

        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.StartsWith("OCR not available：", result.Errors.Single().Message);
    }

    [Fact]
    public async Task ReadAsync_FailsClearly_WhenHeaderIsTruncated()
    {
        var truncated = _images.PathOf("truncated.png");
        File.WriteAllBytes(truncated, PixelFloodPng(100, 100)[..14]);

        var result = await new ImageReader().ReadAsync(truncated, Context(_ocr), CancellationToken.None);

        Assert.Equal(ReadStatus.Failed, result.Status);
        Assert.StartsWith("damaged image：", result.Errors.Single().Message);
        Assert.Empty(_ocr.Calls);
    }

    [Fact]
    public async Task ReadAsync_RecognisesEveryPage_WhenTiffHasSeveralPages()
    {
        var one = _images.Form("tiff-a.png", 0);
        TestImages.Convert("-size", "500x300", "xc:white", _images.PathOf("tiff-b.png"));
        var tiff = _images.PathOf("two-pages.tif");
        TestImages.Convert(one, _images.PathOf("tiff-b.png"), tiff);

        var result = await new ImageReader().ReadAsync(tiff, Context(_ocr), CancellationToken.None);

        Assert.True(result.Status == ReadStatus.Ok, string.Join("; ", result.Errors));
        Assert.Equal([1, 2], result.Document!.Pages.Select(p => p.Number));
        Assert.Equal("tiff", result.Document.Format);
        Assert.Equal(2, _ocr.Calls.Distinct().Count());
        Assert.All(_ocr.Calls, c => Assert.Equal(FileFormat.Png, ImageHeader.Sniff(File.ReadAllBytes(c))));
        Assert.Equal([(1400L, 560L), (500L, 300L)], _ocr.Calls.Select(c => ImageHeader.Read(c, FileFormat.Png, 1).Single()).Select(s => (s.Width, s.Height)));
    }

    [Fact]
    public async Task ReadAsync_ReturnsOcrText_WhenImageIsAJpegScan()
    {
        var png = _images.Form("jpeg-source.png", 0.5);
        var jpeg = _images.PathOf("scan.jpg");
        TestImages.Convert(png, "-quality", "75", jpeg);
        using var ocr = new OcrService(new OcrOptions { Workers = 1 });

        var result = await new ImageReader().ReadAsync(jpeg, Context(ocr), CancellationToken.None);

        Assert.Equal(ReadStatus.Ok, result.Status);
        var text = result.Document!.Text;
        Assert.True(CharacterAccuracy.Of(string.Join('\n', TestImages.FormLines), text) >= 0.9, text);
    }

    /// <summary>A well-formed PNG header claiming the given size, followed by ~100 KB of junk image data.</summary>
    private static byte[] PixelFloodPng(int width, int height)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth; colour type 0 = grey
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", new byte[100_000]);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        s.Write(word);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        s.Write(word);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    public void Dispose() => _images.Dispose();

    private sealed class RecordingOcr : IOcrService
    {
        public List<string> Calls { get; } = [];

        public Task<Page> RecognizeAsync(string imagePath, int pageNumber, CancellationToken ct)
        {
            lock (Calls) Calls.Add(imagePath);
            return Task.FromResult(new Page { Number = pageNumber, Source = PageSource.Ocr, Unit = "px" });
        }
    }
}
