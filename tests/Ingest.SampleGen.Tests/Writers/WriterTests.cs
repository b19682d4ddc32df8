using System.Diagnostics;
using ZcIngest.SampleGen.Content;
using ZcIngest.SampleGen.Writers;

namespace ZcIngest.SampleGen.Tests.Writers;

public class WriterTests
{
    private static DocContent Sample() => new DocContent { DocTitle = "测试", CreatedAt = new DateTime(2022, 5, 30, 9, 0, 0, DateTimeKind.Utc) }
        .Title("山西省省级众创空间认定申请书")
        .Para("服务场地面积（m²）：1,200.00　种子基金规模：壹佰万元整　填报时间：二〇二二年五月三十日")
        .Table([["众创空间名称", "星火众创空间", "创办时间", "2019.6.1"], ["通讯地址", "太原市小店区长治路249号"]], [1, 1, 1, 1])
        .Stamp("太原星火科技有限公司");

    [Fact]
    public void PdfTextWriter_WritesSameBytes_ForSameSeed()
    {
        var a = new PdfTextWriter().Write(Sample(), new Rng(1), "WPS 文字");
        var b = new PdfTextWriter().Write(Sample(), new Rng(1), "WPS 文字");
        Assert.Equal(a, b);
    }

    [Fact]
    public void PdfTextWriter_EmbedsFont_SoPopplerReadsTheChineseBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sg-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, new PdfTextWriter().Write(Sample(), new Rng(1), "WPS 文字"));
        try
        {
            var text = Run("pdftotext", path, "-");
            Assert.Contains("山西省省级众创空间认定申请书", text);
            Assert.Contains("1,200.00", text);
            Assert.Contains("壹佰万元整", text);
            Assert.Contains("太原市小店区长治路249号", text);
            Assert.Contains("Zen Hei", Run("pdffonts", path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void DocxWriter_WritesSameBytes_AndAReadablePackage()
    {
        var a = new DocxWriter().Write(Sample());
        var b = new DocxWriter().Write(Sample());
        Assert.Equal(a, b);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(a), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("星火众创空间", text);
        Assert.Equal("测试", doc.PackageProperties.Title);
    }

    [Fact]
    public void IncrementalUpdate_AppendsASecondRevision_ThatPopplerAndQpdfAccept()
    {
        var original = new PdfTextWriter().Write(Sample(), new Rng(2), "WPS 文字");
        var edited = IncrementalUpdate.Apply(original, new DateTime(2022, 6, 20, 15, 30, 0), "Adobe Acrobat Pro DC 21.1.20155");
        Assert.Equal(original, edited[..original.Length]);
        var text = System.Text.Encoding.Latin1.GetString(edited);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, "%%EOF").Count);
        Assert.Contains("/Prev ", text);
        var path = Path.Combine(Path.GetTempPath(), $"sg-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, edited);
        try
        {
            var info = Run("pdfinfo", path);
            Assert.Contains("Adobe Acrobat", info);
            Assert.Contains("2022", info.Split('\n').First(l => l.StartsWith("ModDate")));
            // qpdf exits 2 on errors; PDFsharp's own output already draws warnings (3), which the update must not worsen.
            Assert.NotEqual(2, Exit("qpdf", "--check", path));
            Assert.Contains("Pages:", info);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ScanWriter_ProducesSameJpeg_ForSameSeed()
    {
        var pdf = new PdfTextWriter().Write(Sample(), new Rng(3), "scan");
        var dir = Path.Combine(Path.GetTempPath(), $"sg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var profile = new ScanProfile(100, 1.5, 0.3, 0.5, 50, 0.5);
            var a = new ScanWriter(dir).Scan(pdf, new Rng(7), profile);
            var b = new ScanWriter(dir).Scan(pdf, new Rng(7), profile);
            Assert.Single(a);
            Assert.Equal(a[0].Jpeg, b[0].Jpeg);
            Assert.Equal(a[0].Angle, b[0].Angle);
            Assert.Equal(0xFF, a[0].Jpeg[0]);
            Assert.Equal(0xD8, a[0].Jpeg[1]);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void TrueTypeCollection_ExtractFace_ReturnsStandaloneSfnt()
    {
        var ttc = File.ReadAllBytes(CjkFontResolver.Candidates[0]);
        var face = TrueTypeCollection.ExtractFace(ttc, 0);
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, face[..4]);
        Assert.True(face.Length < ttc.Length);
    }

    private static int Exit(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode;
    }

    internal static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return output;
    }
}
