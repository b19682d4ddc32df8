using System.Text.Json;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Json;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Worker.Commands;

/// <summary>
/// <c>read &lt;file&gt; [--json]</c>: the text of one file, pages separated by a form feed like pdftotext, or the
/// document model as JSON (the document's own keys, plus <c>status</c>, <c>errors</c> and <c>timings_ms</c>).
/// A file that cannot be read at all is a usage error: exit 2 and one line on stderr.
/// </summary>
public sealed class ReadCommand(Func<IOcrService?> ocrFactory) : ICommand
{
    /// <summary>Reads with the in-process Tesseract service; when it is not installed, scanned pages are reported instead.</summary>
    public ReadCommand() : this(() => OcrService.TryCreate(null, out _)) { }

    public string Name => "read";
    public string Usage => "read <file> [--json]    print a file's text (pages separated by \\f), or its document model";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var options = Options.Parse(args, [], ["--json"]);
        if (options.Positional.Count != 1) throw new UsageException("read needs exactly one file: read <file> [--json]");
        var path = options.Positional[0];
        if (Directory.Exists(path)) throw new UsageException($"{path}: is a folder, not a file");
        if (!File.Exists(path)) throw new UsageException($"{path}: file not found：找不到该文件");

        var ocr = ocrFactory();
        ReadResult result;
        try
        {
            result = await DocumentReader.CreateDefault(ocr).ReadAsync(path, ct).ConfigureAwait(false);
        }
        finally
        {
            (ocr as IDisposable)?.Dispose();
        }
        if (result.Status == ReadStatus.Failed || result.Document is null)
            throw new UsageException($"{Path.GetFileName(path)}: {result.Errors.FirstOrDefault()?.Message ?? "read failed"}");

        if (options.Has("--json")) await stdout.WriteLineAsync(ToJson(result)).ConfigureAwait(false);
        else
        {
            await stdout.WriteAsync(result.Document.Text).ConfigureAwait(false);
            await stdout.WriteLineAsync().ConfigureAwait(false);
            // A partial read still prints what was read; what was missed goes to stderr.
            foreach (var error in result.Errors)
                await stderr.WriteLineAsync($"warning: {error.Part}: {CommandLine.OneLine(error.Message)}").ConfigureAwait(false);
        }
        return CommandLine.ExitOk;
    }

    public static string ToJson(ReadResult result)
    {
        var node = JsonSerializer.SerializeToNode(result.Document, IngestJson.Options)!.AsObject();
        node["status"] = JsonSerializer.SerializeToNode(result.Status, IngestJson.Options);
        node["errors"] = JsonSerializer.SerializeToNode(result.Errors, IngestJson.Options);
        node["timings_ms"] = JsonSerializer.SerializeToNode(result.TimingsMs.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 1)), IngestJson.Options);
        return node.ToJsonString(IngestJson.Options);
    }
}
