using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ZcIngest.Worker.Commands;

namespace ZcIngest.Worker.Tests.Commands;

public sealed class ReadCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zcingest-read-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteDocx(params string[] pages)
    {
        var path = Path.Combine(_folder, "申请表.docx");
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var body = new Body();
        for (var i = 0; i < pages.Length; i++)
        {
            if (i > 0) body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(new Paragraph(new Run(new Text(pages[i]))));
        }
        doc.AddMainDocumentPart().Document = new Document(body);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Read_PrintsPagesSeparatedByFormFeed()
    {
        var (code, output, error) = await Run("read", WriteDocx("第一页", "第二页"));
        Assert.Equal(0, code);
        Assert.Equal("第一页\f第二页\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Read_PrintsDocumentModel_WithJsonSwitch()
    {
        var (code, output, _) = await Run("read", WriteDocx("第一页"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("docx", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        var page = json.RootElement.GetProperty("pages")[0];
        Assert.Equal("docx", page.GetProperty("source").GetString());
        Assert.Equal("第一页", page.GetProperty("blocks")[0].GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Read_ExitsWithUsageErrorAndOneLine_ForEmptyFile()
    {
        var path = Path.Combine(_folder, "空.pdf");
        File.WriteAllBytes(path, []);
        var (code, output, error) = await Run("read", path);
        Assert.Equal(CommandLine.ExitUsage, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("file is empty", line);
    }

    [Fact]
    public async Task Read_ExitsWithUsageError_ForMissingFile()
    {
        var (code, _, error) = await Run("read", Path.Combine(_folder, "nope.pdf"));
        Assert.Equal(CommandLine.ExitUsage, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
