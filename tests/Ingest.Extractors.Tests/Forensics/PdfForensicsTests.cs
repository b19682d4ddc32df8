using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZcIngest.Core.Reports;
using ZcIngest.Extractors.Forensics;
using ZcIngest.Extractors.Tests.TestSupport;
using static ZcIngest.Extractors.Tests.Forensics.PdfIncrement;

namespace ZcIngest.Extractors.Tests.Forensics;

/// <summary>Genuine PDFs made once by real tools: a LibreOffice export and what qpdf makes of it.</summary>
public sealed class ForensicsFixture : IDisposable
{
    public TempFolder Folder { get; } = new();
    public byte[] Exported { get; }
    public byte[] Linearized { get; }
    public byte[] ObjectStreams { get; }
    public byte[] Encrypted { get; }

    public ForensicsFixture()
    {
        var docx = Folder.File("lease.docx");
        DocxBuilder.Write(docx, DocxBuilder.ApplicationFormBody());
        var pdf = Tools.Convert(docx, "pdf", Folder.Path);
        Exported = File.ReadAllBytes(pdf);
        Linearized = Qpdf(pdf, "lin.pdf", "--linearize");
        ObjectStreams = Qpdf(pdf, "os.pdf", "--object-streams=generate");
        Encrypted = Qpdf(pdf, "enc.pdf", "--encrypt", "user", "owner", "256", "--");
    }

    private byte[] Qpdf(string input, string name, params string[] options)
    {
        var output = Folder.File(name);
        Tools.Run("qpdf", [.. options, input, output]);
        return File.ReadAllBytes(output);
    }

    /// <summary>The first page's object number and dictionary, as qpdf resolves them (also inside object streams).</summary>
    public (int Number, string Dict) FirstPage(byte[] pdf)
    {
        var path = Folder.Write("page-" + Guid.NewGuid().ToString("N") + ".pdf", pdf);
        var pages = Capture("qpdf", "--show-pages", path);
        var number = int.Parse(pages.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return (number, Capture("qpdf", "--show-object=" + number, path).Trim());
    }

    private static string Capture(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    public void Dispose() => Folder.Dispose();
}

public sealed class PdfForensicsTests(ForensicsFixture fixture) : IClassFixture<ForensicsFixture>
{
    /// <summary>What an editor writes when a figure on page 1 is changed: a new content stream and the page pointing at it.</summary>
    private byte[] EditPageOne(byte[] pdf, string producerLiteral, string modDate, string? creationDate = null)
    {
        var (page, dict) = fixture.FirstPage(pdf);
        var content = NextObjectNumber(pdf);
        var info = content + 1;
        var newDict = dict.Replace("/Contents", $"/Contents [ {content} 0 R ").Replace(" /MediaBox", " ] /MediaBox");
        if (!newDict.Contains("] /MediaBox", StringComparison.Ordinal)) throw new InvalidOperationException("unexpected page dictionary: " + dict);
        var created = creationDate is null ? "" : $"/CreationDate ({creationDate}) ";
        return Append(pdf,
        [
            (content, Stream("", "q 1 1 1 rg 100 700 80 14 re f Q BT /F1 12 Tf 100 702 Td (900) Tj ET")),
            (page, Body(newDict)),
            (info, Body($"<< /Producer {producerLiteral} {created}/ModDate ({modDate}) >>")),
        ], info);
    }

    [Fact]
    public void Analyze_FindsNothing_ForALibreOfficeExport()
    {
        var report = PdfForensics.Analyze(fixture.Exported);
        Assert.Null(report.Error);
        Assert.Equal(1, report.Revisions);
        Assert.Equal(1, report.XrefTables);
        Assert.StartsWith("LibreOffice", report.Info?.Producer);
        Assert.NotNull(report.Info?.CreationDate);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_CountsOneRevision_ForALinearizedFileWithTwoEofMarkers()
    {
        var report = PdfForensics.Analyze(fixture.Linearized);
        Assert.True(report.Linearized);
        Assert.Equal(2, report.EofMarkers);
        Assert.Equal(1, report.Revisions);
        Assert.Empty(report.Updates);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_ReadsCompressedObjects_WhenTheFileUsesObjectStreams()
    {
        var report = PdfForensics.Analyze(fixture.ObjectStreams);
        Assert.Equal(1, report.XrefStreams);
        Assert.Equal(0, report.XrefTables);
        Assert.StartsWith("LibreOffice", report.Info?.Producer);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_ReportsAHighFinding_WhenAnEditorChangedPageContentIncrementally()
    {
        var edited = EditPageOne(fixture.Exported, Utf16("福昕高级PDF编辑器 11.0"), "D:20240305101500+08'00'");

        var report = PdfForensics.Analyze(edited);

        var update = Assert.Single(report.Updates);
        Assert.Equal(UpdateKind.Content, update.Kind);
        Assert.Equal([1], update.Pages);
        Assert.Equal("福昕高级PDF编辑器 11.0", update.Tool);
        Assert.Equal(2, report.EofMarkers);
        Assert.Equal(1, report.PrevLinks);
        var finding = Assert.IsType<PdfModificationFinding>(report.Finding);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("增量修改过 1 次（2 个 %%EOF", finding.Message);
        Assert.Contains("修改工具：福昕高级PDF编辑器 11.0", finding.Message);
        Assert.Contains("原生成工具：", finding.Message);
        Assert.Contains("LibreOffice", finding.Message);
        Assert.Equal([1], finding.Pages);
    }

    [Fact]
    public void Analyze_FindsTheUpdate_WhenTheFileUsesAnXrefStream()
    {
        var edited = EditPageOne(fixture.ObjectStreams, "(PDF-XChange Editor 9.5)", "D:20240305101500Z");

        var report = PdfForensics.Analyze(edited);

        Assert.Equal(2, report.XrefStreams);
        Assert.Equal(UpdateKind.Content, Assert.Single(report.Updates).Kind);
        Assert.Equal(Severity.High, report.Finding?.Severity);
        Assert.Contains("PDF-XChange Editor 9.5", report.Finding!.Message);
    }

    [Fact]
    public void Analyze_FindsTheUpdate_WhenALinearizedFileWasEditedAfterwards()
    {
        var edited = EditPageOne(fixture.Linearized, "(Adobe Acrobat Pro \\(64-bit\\) 23.1)", "D:20240305101500+08'00'");

        var report = PdfForensics.Analyze(edited);

        Assert.Equal(3, report.EofMarkers);
        Assert.Equal(2, report.Revisions);
        Assert.Equal(Severity.High, report.Finding?.Severity);
        Assert.Contains("Adobe Acrobat Pro (64-bit) 23.1", report.Finding!.Message);
        Assert.Contains("线性化", report.Finding.Message);
    }

    [Fact]
    public void Analyze_ReportsAMediumFinding_WhenOnlyTheMetadataWasRewritten()
    {
        var info = NextObjectNumber(fixture.Exported);
        var edited = Append(fixture.Exported,
            [(info, Body("<< /Producer (LibreOffice 7.4) /Author (\\345\\274\\240\\344\\270\\211) /ModDate (D:20300101090000+08'00') >>"))],
            info);

        var report = PdfForensics.Analyze(edited);

        Assert.Equal(UpdateKind.Metadata, Assert.Single(report.Updates).Kind);
        var finding = Assert.IsType<PdfModificationFinding>(report.Finding);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("文档元数据", finding.Message);
        Assert.Contains("修改时间 2030-01-01 09:00 晚于创建时间", finding.Message);
    }

    [Fact]
    public void Analyze_DoesNotCountASignatureAsAnEdit_EvenWhenTheSignerRewroteTheMetadata()
    {
        var (page, dict) = fixture.FirstPage(fixture.Exported);
        var sig = NextObjectNumber(fixture.Exported);
        var widget = sig + 1;
        var form = sig + 2;
        var signed = Append(fixture.Exported,
        [
            (sig, Body("<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 100 200 300] /Contents <3082> /M (D:20240305101500+08'00') >>")),
            (widget, Body($"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V {sig} 0 R /P {page} 0 R /Rect [0 0 0 0] >>")),
            (form, Body($"<< /Fields [{widget} 0 R] /SigFlags 3 >>")),
            (page, Body(dict.Replace("/Type /Page", $"/Annots [{widget} 0 R] /Type /Page"))),
            // Signing in Acrobat also rewrites the metadata: its name and a later date.
            (sig + 3, Body("<< /Producer (Adobe Acrobat Pro DC 21.1) /ModDate (D:20300305101500+08'00') >>")),
        ], info: sig + 3);

        var report = PdfForensics.Analyze(signed);

        Assert.Equal(UpdateKind.Signature, Assert.Single(report.Updates).Kind);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_ReportsAnEditMadeAfterASignature()
    {
        var sig = NextObjectNumber(fixture.Exported);
        var signed = Append(fixture.Exported,
            [(sig, Body("<< /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 100 200 300] /Contents <3082> >>"))]);
        var edited = EditPageOne(signed, "(Foxit PhantomPDF 10.1)", "D:20240305101500+08'00'");

        var report = PdfForensics.Analyze(edited);

        Assert.Equal([UpdateKind.Signature, UpdateKind.Content], report.Updates.Select(u => u.Kind));
        Assert.Equal(Severity.High, report.Finding?.Severity);
        Assert.Contains("数字签名之后", report.Finding!.Message);
    }

    [Fact]
    public void Analyze_TakesAnUpdateWrittenAtCreationBySameProgram_AsPartOfMakingTheFile()
    {
        var original = PdfForensics.Analyze(fixture.Exported).Info!;
        var (producer, created) = (original.Producer!, original.CreationDate!.Value);
        var stamp = "D:" + created.AddSeconds(20).ToString("yyyyMMddHHmmsszzz", CultureInfo.InvariantCulture).Replace(":", "'") + "'";
        var edited = EditPageOne(fixture.Exported, Utf16(producer), stamp);

        var report = PdfForensics.Analyze(edited);

        Assert.Equal(UpdateKind.AtCreation, Assert.Single(report.Updates).Kind);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_ReportsAMediumFinding_WhenAnEditorResavedTheWholeFileLater()
    {
        var pdf = WithInfo("(iLovePDF)", "(Microsoft Word 2016)", "D:20210301100000+08'00'", "D:20210415100000+08'00'");

        var report = PdfForensics.Analyze(pdf);

        Assert.Empty(report.Updates);
        var finding = Assert.IsType<PdfModificationFinding>(report.Finding);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("未发现增量更新", finding.Message);
        Assert.Contains("iLovePDF", finding.Message);
        Assert.Contains("原生成工具：Microsoft Word 2016", finding.Message);
    }

    [Theory]
    [InlineData("(Foxit PhantomPDF Printer Version 9.0)", "D:20210415100000+08'00'")] // a virtual printer makes new files
    [InlineData("(Adobe Acrobat Pro DC 21.1)", "D:20210301100000+08'00'")] // an editor's own file, never saved again
    [InlineData("(Canon iR-ADV C5535)", "D:20210415100000+08'00'")]
    public void Analyze_FindsNothing_WhenTheMetadataNamesNoLaterEdit(string producer, string modified)
    {
        var pdf = WithInfo(producer, "(Writer)", "D:20210301100000+08'00'", modified);
        Assert.Null(PdfForensics.Analyze(pdf).Finding);
    }

    [Fact]
    public void Analyze_ReportsTypedTextOverAScannedPage()
    {
        var scan = MinimalPdf.Build(new MinimalPdf.PageSpec("900", FullPageImage: true));
        var report = PdfForensics.Analyze(WithScannerInfo(scan));

        var overlay = Assert.Single(report.TextOverImages);
        Assert.Equal(1, overlay.Page);
        Assert.Equal("900", overlay.Sample);
        Assert.Equal(Severity.Medium, report.Finding?.Severity);
        Assert.Contains("第 1 页整页扫描图像", report.Finding!.Message);
    }

    [Fact]
    public void Analyze_IgnoresAnInvisibleOcrLayerOverAScannedPage()
    {
        var scan = MinimalPdf.Build(new MinimalPdf.PageSpec("900", FullPageImage: true));
        var text = Encoding.Latin1.GetString(scan).Replace("BT /F1 12 Tf", "BT 3 Tr /F1 12 Tf");
        var report = PdfForensics.Analyze(WithScannerInfo(Encoding.Latin1.GetBytes(FixLengths(text))));

        Assert.Empty(report.TextOverImages);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_IgnoresFullyTransparentTextOverAScannedPage()
    {
        var scan = MinimalPdf.Build(new MinimalPdf.PageSpec("900", FullPageImage: true));
        var text = Encoding.Latin1.GetString(scan)
            .Replace("BT /F1 12 Tf", "/GS0 gs BT /F1 12 Tf")
            .Replace("/Font << /F1 3 0 R >>", "/Font << /F1 3 0 R >> /ExtGState << /GS0 << /ca 0 >> >>");
        var report = PdfForensics.Analyze(WithScannerInfo(Encoding.Latin1.GetBytes(FixLengths(text))));

        Assert.Empty(report.TextOverImages);
    }

    [Fact]
    public void Analyze_DoesNotSplitRevisions_AtAnEofMarkerInsideStreamData()
    {
        var pdf = MinimalPdf.Build(new MinimalPdf.PageSpec("startxref 12 %%EOF appears in the text"));
        var report = PdfForensics.Analyze(pdf);
        Assert.Equal(1, report.Revisions);
        Assert.Equal(1, report.EofMarkers);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_ReadsNoMetadata_WhenTheFileIsEncrypted()
    {
        var report = PdfForensics.Analyze(fixture.Encrypted);
        Assert.Null(report.Error);
        Assert.True(report.Encrypted);
        Assert.Null(report.Info);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_ReturnsAnError_WhenTheFileIsOverTheSizeLimit()
    {
        var path = fixture.Folder.Write("big.pdf", fixture.Exported);
        var report = PdfForensics.Analyze(path, maxBytes: 1000);
        Assert.Contains("文件过大", report.Error);
        Assert.Null(report.Finding);
    }

    [Fact]
    public void Analyze_NeverThrows_OnDamagedCopies()
    {
        var edited = EditPageOne(fixture.ObjectStreams, "(Nitro Pro 13)", "D:20240305101500+08'00'");
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var damaged = (byte[])edited.Clone();
            if (i % 3 == 0) damaged = damaged[..random.Next(16, damaged.Length)];
            for (var k = 0; k < 1 + i % 20; k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            var report = PdfForensics.Analyze(damaged);
            Assert.NotNull(report);
        }
        Assert.NotNull(PdfForensics.Analyze(Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n" + new string('[', 100_000))));
        Assert.NotNull(PdfForensics.Analyze(Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj << /Length 999999999 >>\nstream\nabc")));
        Assert.Equal("不是 PDF 文件", PdfForensics.Analyze([]).Error);
        var endless = "%PDF-1.4\n" + string.Concat(Enumerable.Range(1, 5000).Select(n => $"{n} 0 obj\n<< /A {n} >>\nendobj\nstartxref\n0\n%%EOF\n"));
        Assert.Contains("过于复杂", PdfForensics.Analyze(Encoding.Latin1.GetBytes(endless)).Error);
    }

    private static byte[] WithInfo(string producer, string creator, string created, string modified) =>
        AddInfo(MinimalPdf.Build(new MinimalPdf.PageSpec("Lease")),
            $"<< /Producer {producer} /Creator {creator} /CreationDate ({created}) /ModDate ({modified}) >>");

    private static byte[] WithScannerInfo(byte[] pdf) =>
        AddInfo(pdf, "<< /Creator (EPSON Scan 2) /Producer (PDFsharp 6.5) /CreationDate (D:20210301100000+08'00') /ModDate (D:20210301100000+08'00') >>");

    /// <summary>Adds an information dictionary within the file's only revision, as its maker would have.</summary>
    private static byte[] AddInfo(byte[] pdf, string dictionary)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var info = NextObjectNumber(pdf);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var rebuilt = text[..xref] + $"{info} 0 obj\n{dictionary}\nendobj\n" + text[xref..]
            .Replace($"/Size {info}", $"/Size {info + 1}")
            .Replace("/Root 1 0 R", $"/Root 1 0 R /Info {info} 0 R");
        return Encoding.Latin1.GetBytes(FixXref(rebuilt, info));
    }

    /// <summary>Rewrites the cross-reference table and startxref after objects moved or were added in one revision.</summary>
    private static string FixXref(string text, int size)
    {
        var offsets = new SortedDictionary<int, int>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"(?m)^(\d+) 0 obj"))
            offsets[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Index;
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var trailer = text.IndexOf("trailer", xref, StringComparison.Ordinal);
        var table = new StringBuilder($"xref\n0 {size + 1}\n0000000000 65535 f \n");
        for (var n = 1; n <= size; n++) table.Append(CultureInfo.InvariantCulture, $"{offsets.GetValueOrDefault(n):D10} 00000 n \n");
        var rest = text[trailer..];
        rest = rest[..(rest.IndexOf("startxref", StringComparison.Ordinal) + 9)] + $"\n{xref}\n%%EOF\n";
        return text[..xref] + table + rest;
    }

    /// <summary>Corrects the /Length of content streams after their text was changed in place.</summary>
    private static string FixLengths(string text)
    {
        var fixedText = System.Text.RegularExpressions.Regex.Replace(text, @"<< /Length (\d+) >>\nstream\n(.*?)\nendstream",
            m => $"<< /Length {m.Groups[2].Value.Length} >>\nstream\n{m.Groups[2].Value}\nendstream",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        var size = NextObjectNumber(Encoding.Latin1.GetBytes(fixedText)) - 1;
        return FixXref(fixedText, size);
    }
}
