using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Tests.Ocr;

/// <summary>Real Tesseract on rendered scans; one service (one model load) for the class, few pages.</summary>
public sealed class OcrServiceTests(OcrServiceTests.Fixture fixture) : IClassFixture<OcrServiceTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public TestImages Images { get; } = new();
        public OcrService Ocr { get; } = new(new OcrOptions { Workers = 1 });

        public void Dispose()
        {
            Ocr.Dispose();
            Images.Dispose();
        }
    }

    private static string Source => string.Join('\n', TestImages.FormLines);

    [Fact]
    public async Task RecognizeAsync_ReadsChineseTextWithBoxes_WhenScanIsNoisyAndSkewed()
    {
        var image = fixture.Images.Form("skewed.png", 1.5);

        var page = await fixture.Ocr.RecognizeAsync(image, 3, CancellationToken.None);

        Assert.True(CharacterAccuracy.Of(Source, page.Text) >= 0.95, $"accuracy {CharacterAccuracy.Of(Source, page.Text):P1}: {page.Text}");
        Assert.Equal(3, page.Number);
        Assert.Equal(PageSource.Ocr, page.Source);
        Assert.Equal("px", page.Unit);
        Assert.Equal(0, page.Rotation);
        Assert.NotNull(page.Deskew);
        Assert.InRange(Math.Abs(page.Deskew!.Value), 1.0, 2.0);
        Assert.InRange(page.OcrConfidence!.Value, 0.7, 1.0);
        var words = page.Lines.SelectMany(l => l.Words).ToList();
        Assert.All(words, w =>
        {
            Assert.InRange(w.Confidence!.Value, 0, 1);
            var box = w.Box!.Value;
            Assert.True(box.X0 >= 0 && box.Y0 >= 0 && box.X1 <= page.Width && box.Y1 <= page.Height && box.X1 > box.X0 && box.Y1 > box.Y0, $"{w.Text} {box}");
        });
        // Tesseract separates Chinese characters with spaces; the line text must not.
        Assert.Contains(page.Lines, l => l.Text.Contains("太原汇智科技发展有限公司"));
    }

    [Fact]
    public async Task RecognizeAsync_TurnsASparseLowResolutionPageUpright_WhenOrientationDetectionCannotSay()
    {
        var image = fixture.Images.SparseUpsideDown("sparse-upside-down.png");

        var page = await fixture.Ocr.RecognizeAsync(image, 1, CancellationToken.None);

        var source = string.Join('\n', TestImages.SignatureLines);
        Assert.Equal(180, page.Rotation);
        Assert.True(CharacterAccuracy.Of(source, page.Text) >= 0.8, $"accuracy {CharacterAccuracy.Of(source, page.Text):P1}: {page.Text}");
    }

    [Fact]
    public async Task RecognizeAsync_TurnsPageUpright_WhenScanIsUpsideDown()
    {
        var image = fixture.Images.Form("upside-down.png", 180.8);
        var upright = Path.Combine(fixture.Images.Directory, "upside-down-upright.png");

        var page = await fixture.Ocr.RecognizeAsync(image, 1, upright, CancellationToken.None);

        Assert.Equal(180, page.Rotation);
        Assert.True(CharacterAccuracy.Of(Source, page.Text) >= 0.9, page.Text);
        Assert.True(File.Exists(upright));
        // Boxes refer to the upright image: the title line is at the top of it.
        var title = page.Lines.FirstOrDefault(l => l.Text.Contains("备案"));
        Assert.True(title?.Box?.Y1 < page.Height / 3, $"{title?.Box} {page.Height}\n{page.Text}");
    }

    [Fact]
    public async Task RecognizeAsync_ReadsLabelAndValueOnOneRow_WhenTheTableIsRuled()
    {
        var page = await fixture.Ocr.RecognizeAsync(fixture.Images.RuledTable("ruled.png"), 1, CancellationToken.None);

        var lines = page.Lines.Where(l => l.Box is not null).ToList();
        foreach (var (label, value) in TestImages.TableRows)
        {
            var labelLine = Assert.Single(lines, l => l.Text.Replace(" ", "").Contains(label.Replace(" ", "")));
            // The value is read, in its own cell or on the label's line, at the label's height.
            Assert.Contains(lines, l => l.Text.Replace(" ", "").Contains(value)
                && Math.Abs((l.Box!.Value.Y0 + l.Box.Value.Y1) / 2 - (labelLine.Box!.Value.Y0 + labelLine.Box.Value.Y1) / 2) < labelLine.Box.Value.Height);
        }
        // Cell borders are not read as characters.
        Assert.DoesNotContain(lines, l => l.Text.Contains('|'));
    }

    [Fact]
    public async Task ReadFigureAgainAsync_ReadsTheFigureAlone_WordBoxTakesInTheCellBorderBeforeIt()
    {
        var image = fixture.Images.FigureCells("cells.png", "0.9", "1,500,000.00");

        // The first reading's word began on the border (「10.9」); read again, the border is no digit.
        var readings = await fixture.Ocr.ReadFigureAgainAsync(image, new Box(98, 40, 150, 72), CancellationToken.None);

        Assert.Equal(6, readings.Count); // three enlargements, thresholded and grey
        Assert.True(SecondFigureReading.Contradicts("10.9", readings), string.Join(" | ", readings));
        Assert.False(SecondFigureReading.Contradicts("0.9", readings), string.Join(" | ", readings));
    }

    [Fact]
    public async Task ReadFigureAgainAsync_BearsOutAClearAmount_WordBoxCutsIntoItsFirstDigit()
    {
        var image = fixture.Images.FigureCells("cells.png", "0.9", "1,500,000.00");
        var start = 360 + 20; // past the ¥, a little into the 1

        var readings = await fixture.Ocr.ReadFigureAgainAsync(image, new Box(start + 2, 40, 600, 76), CancellationToken.None);

        Assert.False(SecondFigureReading.Contradicts("1,500,000.00", readings), string.Join(" | ", readings));
        Assert.True(SecondFigureReading.Contradicts("4,500,000.00", readings), string.Join(" | ", readings));
    }

    [Fact]
    public async Task ReadLineAgainAsync_GivesTheFigureAmongItsChinese_WordHoldingTheWholeLine()
    {
        var image = fixture.Images.TextLine("line.png", "房屋建筑面积966平方米");

        var readings = await fixture.Ocr.ReadLineAgainAsync(image, new Box(18, 36, 380, 78), CancellationToken.None);

        Assert.Equal(3, readings.Count); // three enlargements
        Assert.False(SecondFigureReading.ContradictsInLine("966", readings), string.Join(" | ", readings));
        Assert.True(SecondFigureReading.ContradictsInLine("66", readings), string.Join(" | ", readings));
    }

    [Fact]
    public void Constructor_NamesTheAptPackage_WhenLanguagePackIsMissing()
    {
        var empty = Directory.CreateDirectory(Path.Combine(fixture.Images.Directory, "no-tessdata")).FullName;

        var e = Assert.Throws<OcrUnavailableException>(() => new OcrService(new OcrOptions { DataPath = empty }));

        Assert.StartsWith("OCR not available", e.Message);
        Assert.Contains("tesseract-ocr-chi-sim", e.Message);
    }

    [Fact]
    public async Task RecognizeAsync_FailsClearly_WhenImageIsDamaged()
    {
        var damaged = Path.Combine(fixture.Images.Directory, "damaged.png");
        var bytes = File.ReadAllBytes(fixture.Images.Form("skewed.png", 1.5));
        File.WriteAllBytes(damaged, bytes[..200]);

        var e = await Assert.ThrowsAsync<OcrImageException>(() => fixture.Ocr.RecognizeAsync(damaged, 1, CancellationToken.None));

        Assert.StartsWith("damaged image", e.Message);
    }
}
