using ZcIngest.Core.Json;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>Writes record.json and report.json of one submission, each atomically (write, then rename).</summary>
public sealed class WriteOutputsStage : ISubmissionStage
{
    public string Name => "write-outputs";

    public async Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        Directory.CreateDirectory(job.OutputDirectory);
        await WriteAtomicallyAsync(Path.Combine(job.OutputDirectory, "record.json"), IngestJson.Serialize(job.Record), ct);
        if (job.Report is { } report)
            await WriteAtomicallyAsync(Path.Combine(job.OutputDirectory, "report.json"), IngestJson.Serialize(report), ct);
    }

    public static async Task WriteAtomicallyAsync(string path, string content, CancellationToken ct)
    {
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, content + "\n", ct);
        File.Move(temp, path, overwrite: true);
    }
}
