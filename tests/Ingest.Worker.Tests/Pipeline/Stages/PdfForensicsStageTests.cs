using System.Globalization;
using System.Text;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline.Stages;

public sealed class PdfForensicsStageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zcingest-forensics-" + Guid.NewGuid().ToString("N"));

    public PdfForensicsStageTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Two pages, each its own content stream, made by a word processor (objects 1–7, Info 7).</summary>
    private static string Original()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Count 2 /Kids [3 0 R 4 0 R] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>",
            "<< /Length 8 >>\nstream\n0 0 m S\n\nendstream",
            "<< /Length 8 >>\nstream\n1 1 m S\n\nendstream",
            "<< /Producer (Microsoft Word 2016) /CreationDate (D:20220301100000+08'00') /ModDate (D:20220301100000+08'00') >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return sb.ToString();
    }

    /// <summary>Page 2 redrawn by an editor a month later, saved as an incremental update.</summary>
    private static string EditedOnPageTwo()
    {
        var sb = new StringBuilder(Original());
        var prev = Original().LastIndexOf("xref\n0 ", StringComparison.Ordinal);
        var content = sb.Length;
        sb.Append("8 0 obj\n<< /Length 9 >>\nstream\n2 2 m S\n\nendstream\nendobj\n");
        var page = sb.Length;
        sb.Append("4 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [6 0 R 8 0 R] >>\nendobj\n");
        var info = sb.Length;
        sb.Append("7 0 obj\n<< /Producer (Foxit PhantomPDF 10.1) /CreationDate (D:20220301100000+08'00') /ModDate (D:20220405160000+08'00') >>\nendobj\n");
        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture,
            $"xref\n0 1\n0000000000 65535 f \n4 1\n{page:D10} 00000 n \n7 2\n{info:D10} 00000 n \n{content:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size 9 /Root 1 0 R /Info 7 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n");
        return sb.ToString();
    }

    private SubmissionJob Job(string pdfText, string name = "bundle.pdf")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(pdfText));
        var job = new SubmissionJob { SubmissionId = "T", SourcePath = _folder, OutputDirectory = _folder, WorkDirectory = _folder };
        job.Files.Add(new SubmittedFile(name, path));
        job.Files.Add(new SubmittedFile("lost.pdf", null, "corrupt zip entry"));
        job.Record.Documents =
        [
            new DocumentEntry { DocumentId = "d1", File = name, Pages = [1] },
            new DocumentEntry { DocumentId = "d2", File = name, Pages = [2] },
        ];
        return job;
    }

    [Fact]
    public async Task Run_FlagsTheDocumentWhosePageWasEdited_WithHighSeverity()
    {
        var job = Job(EditedOnPageTwo());

        await new PdfForensicsStage().RunAsync(job, CancellationToken.None);

        var flag = Assert.Single(job.Flags);
        Assert.Equal(FlagCode.PdfModified, flag.Code);
        Assert.Equal(Severity.High, flag.Severity);
        Assert.Equal(["d2"], flag.DocumentIds);
        Assert.StartsWith("bundle.pdf：文件在生成后被增量修改过 1 次（2 个 %%EOF", flag.Message);
        Assert.Contains("第 2 页的页面内容", flag.Message);
        Assert.Contains("修改工具：Foxit PhantomPDF 10.1", flag.Message);
        Assert.Contains("修改时间 2022-04-05 16:00 晚于创建时间 2022-03-01 10:00", flag.Message);
    }

    [Fact]
    public async Task Run_ReplacesOnlyItsOwnFlags_WhenRunTwice()
    {
        var job = Job(EditedOnPageTwo());
        var other = new Flag { Code = FlagCode.InvalidCreditCode, Severity = Severity.High, Message = "校验位错误" };
        job.Flags.Add(other);
        var stage = new PdfForensicsStage();

        await stage.RunAsync(job, CancellationToken.None);
        await stage.RunAsync(job, CancellationToken.None);

        Assert.Equal(2, job.Flags.Count);
        Assert.Single(job.Flags, f => f.Code == FlagCode.PdfModified);
        Assert.Contains(other, job.Flags);
    }

    [Fact]
    public async Task Run_RaisesNothing_ForAnUneditedPdfOrAFileThatIsNoPdf()
    {
        var job = Job(Original());
        var notPdf = Path.Combine(_folder, "notes.docx");
        await File.WriteAllTextAsync(notPdf, "trailer startxref %%EOF %%EOF");
        job.Files.Add(new SubmittedFile("notes.docx", notPdf));

        await new PdfForensicsStage().RunAsync(job, CancellationToken.None);

        Assert.Empty(job.Flags);
    }
}
