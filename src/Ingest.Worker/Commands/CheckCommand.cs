using System.Text.Json;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports.Html;
using ZcIngest.Core.Rules;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>check &lt;record.json&gt; [--jurisdiction &lt;id&gt;] [--out &lt;report.json&gt;] [--html &lt;report.html&gt;]</c>: runs the rules
/// checker alone on a record and writes the report (stdout by default), and with <c>--html</c> the reviewer's page. Bad input is a <see cref="UsageException"/> (exit 2).
/// </summary>
public sealed class CheckCommand(RulesEngine? engine = null) : ICommand
{
    // Built on first use: listing the commands (usage, other commands) must not load the rule files.
    private RulesEngine? _engine = engine;
    private RulesEngine Engine => _engine ??= new RulesEngine();

    public string Name => "check";
    public string Usage => "check <record.json> [--jurisdiction <id>] [--out <report.json>] [--html <report.html>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, ["--jurisdiction", "--out", "--html"]);
        if (options.Positional.Count != 1) throw new UsageException($"需要且只需要一个记录文件；用法：{Usage}");
        var path = options.Positional[0];

        var record = await ReadRecordAsync(path, ct);
        var programId = ProgramId(options.Get("--jurisdiction"), record);
        var report = Engine.Evaluate(record, programId);
        var json = IngestJson.Serialize(report);

        if (options.Get("--html") is { } htmlPath)
            await WriteAsync(htmlPath, ReportPage.Render(record, report, Engine.Catalog), ct);
        if (options.Get("--out") is { } outPath) await WriteAsync(outPath, json + "\n", ct);
        else await stdout.WriteLineAsync(json);
        return CommandLine.ExitOk;
    }

    private static async Task WriteAsync(string path, string content, CancellationToken ct)
    {
        try
        {
            await File.WriteAllTextAsync(path, content, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"无法写入报告文件 {path}：{e.Message}");
        }
    }

    private static async Task<SubmissionRecord> ReadRecordAsync(string path, CancellationToken ct)
    {
        if (Directory.Exists(path)) throw new UsageException($"{path} 是文件夹，check 需要一个 record.json 文件");
        if (!File.Exists(path)) throw new UsageException($"找不到记录文件：{path}");
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法读取记录文件 {path}：{e.Message}");
        }
        if (text.Trim().Length == 0) throw new UsageException($"file is empty：记录文件 {path} 为空");
        try
        {
            return IngestJson.Deserialize<SubmissionRecord>(text);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException
                                       or FormatException or OverflowException)
        {
            throw new UsageException($"记录文件 {path} 不是有效的 record.json：{e.Message}");
        }
    }

    /// <summary>An explicit --jurisdiction wins over the record's own; "auto" means "the record's".</summary>
    private string ProgramId(string? option, SubmissionRecord record)
    {
        var id = option is null or "auto" ? record.Jurisdiction : option;
        if (string.IsNullOrWhiteSpace(id))
            throw new UsageException($"记录未写明申报项目（jurisdiction），请用 --jurisdiction 指定：{string.Join(", ", Engine.Catalog.ProgramIds)}");
        if (!Engine.Catalog.Contains(id))
            throw new UsageException($"unknown program id '{id}'：未知的申报项目，可用：{string.Join(", ", Engine.Catalog.ProgramIds)}");
        return id;
    }
}
