using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Tests.Reports.Html;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Browser.Tests.Reports;

/// <summary>
/// The reviewer's page as a browser shows and prints it: written by the real write-outputs stage, opened in
/// chromium from disk, looked at, then printed to an A4 PDF.
/// </summary>
public sealed class ReportPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    // A4 is 210 mm wide; less the page's 12 mm side margins that leaves 186 mm, 703 CSS pixels at 96 per inch.
    private const int A4ContentWidthPx = 703;

    private readonly string _dir = Directory.CreateTempSubdirectory("zcingest-browser-").FullName;

    /// <summary>Set to a folder to keep the pages and PDFs the tests made, to look at them.</summary>
    public const string KeepVariable = "ZCINGEST_KEEP_PAGES";

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in Directory.EnumerateFiles(_dir, "report.*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
        }
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(string Path, SubmissionReport Report)> WriteReportAsync()
    {
        var record = ReportSamples.Record();
        var report = ReportSamples.Report(record);
        var job = new SubmissionJob
        {
            SubmissionId = record.SubmissionId, SourcePath = "in", OutputDirectory = Path.Combine(_dir, record.SubmissionId),
            WorkDirectory = Path.Combine(_dir, "work"), Record = record, Report = report,
        };
        await new WriteOutputsStage().RunAsync(job, CancellationToken.None);
        return (Path.Combine(job.OutputDirectory, "report.html"), report);
    }

    private sealed record Opened(IPage Page, List<string> Problems);

    private async Task<Opened> OpenAsync(string path, int width = 1200)
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 1600 } });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add($"console {m.Type}: {m.Text}"); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Dialog += async (_, d) => { problems.Add("dialog: " + d.Message); await d.DismissAsync(); };
        page.Request += (_, r) => { if (!r.Url.StartsWith("file:", StringComparison.Ordinal)) problems.Add("request: " + r.Url); };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new Opened(page, problems);
    }

    [Fact]
    public async Task Page_ShowsVerdictAndRules_WithoutConsoleErrorsOrScripts()
    {
        var (path, report) = await WriteReportAsync();
        Assert.False(File.Exists(path + ".tmp"));
        var (page, problems) = await OpenAsync(path);

        var verdict = page.Locator("section.verdict .word");
        Assert.True(await verdict.IsVisibleAsync());
        Assert.Equal("不通过", (await verdict.InnerTextAsync()).Trim());
        var fontSize = await verdict.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 32, fontSize);

        var rules = page.Locator("table.rules");
        Assert.True(await rules.IsVisibleAsync());
        Assert.Equal(report.Rules.Count, await rules.Locator("tbody tr").CountAsync());
        Assert.Equal("条件与出处", (await rules.Locator("thead th").Nth(1).InnerTextAsync()).Trim());

        // The hostile file name is shown as text, and ran nothing.
        Assert.True(await page.GetByText(ReportSamples.HostileFile).First.IsVisibleAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length + document.images.length"));
        Assert.Equal(9, await page.Locator("table.flags tbody tr").CountAsync());
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Page_PrintsToA4_WithNothingCutOffAtTheRightEdge()
    {
        var (path, _) = await WriteReportAsync();
        var (page, problems) = await OpenAsync(path, A4ContentWidthPx);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var wide = await page.EvaluateAsync<string[]>(@"() => [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || e.scrollWidth > e.clientWidth + 1)
            .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' sw' + e.scrollWidth + ' cw' + e.clientWidth + ': ' + e.textContent.slice(0, 40)).concat(['doc cw' + document.documentElement.clientWidth + ' sw' + document.documentElement.scrollWidth + ' body sw' + document.body.scrollWidth])");
        Assert.True(overflow <= 0, $"the printed page is {overflow}px wider than A4's printable width: {string.Join(" | ", wide)}");

        var pdf = Path.Combine(_dir, "report.pdf");
        var bytes = await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Empty(problems);
        await page.CloseAsync();

        var info = Run("pdfinfo", pdf);
        Assert.Matches(@"Page size:\s+595\.\d+ x 84[12]\.\d+ pts \(A4\)", info);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 2, 12);
        var text = Run("pdftotext", "-layout", pdf, "-");
        foreach (var expected in new[] { "不通过", "条件逐条核对", "申报与证明材料不一致", "风险标记", "提交材料清单", "<script>" })
            Assert.Contains(expected, text);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{tool} did not finish");
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
