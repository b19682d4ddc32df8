using System.IO.Compression;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Lists the files of a submission folder, or takes them out of a submission .zip safely: entries that
/// would escape the folder (<c>../</c>, absolute paths), nested archives, and zip bombs are refused and
/// recorded as unreadable files while the rest is unpacked.
/// </summary>
public sealed class UnpackStage : ISubmissionStage
{
    private const long MaxTotalBytes = 2L << 30;
    private const int MaxEntries = 2000;

    public string Name => "unpack";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        job.Files.Clear();
        if (Directory.Exists(job.SourcePath))
        {
            foreach (var path in Directory.EnumerateFiles(job.SourcePath, "*", SearchOption.AllDirectories)
                         .Where(p => !IsHidden(Path.GetRelativePath(job.SourcePath, p)))
                         .Order(StringComparer.Ordinal))
                job.Files.Add(new SubmittedFile(Path.GetRelativePath(job.SourcePath, path), path));
        }
        else
        {
            Unzip(job, ct);
        }
        return Task.CompletedTask;
    }

    /// <summary>Operating-system litter (.DS_Store, __MACOSX, Thumbs.db) is not part of what was submitted.</summary>
    public static bool IsHidden(string relativePath) =>
        relativePath.Split('/', '\\').Any(part => (part.StartsWith('.') && part is not "." and not "..") || part == "__MACOSX")
        || Path.GetFileName(relativePath).Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase);

    private static void Unzip(SubmissionJob job, CancellationToken ct)
    {
        var target = Path.Combine(job.WorkDirectory, "unpacked");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;

        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(job.SourcePath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            job.Files.Add(new SubmittedFile(Path.GetFileName(job.SourcePath), null,
                "corrupt zip：压缩包已损坏，无法打开，请重新提交"));
            return;
        }
        using (archive)
        {
            long total = 0;
            var entries = archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)).ToList();
            if (entries.Count > MaxEntries)
            {
                job.Files.Add(new SubmittedFile(Path.GetFileName(job.SourcePath), null,
                    $"too many files in zip：压缩包内文件超过 {MaxEntries} 个，请拆分后提交"));
                return;
            }
            foreach (var entry in entries)
            {
                ct.ThrowIfCancellationRequested();
                var name = entry.FullName.Replace('\\', '/');
                if (IsHidden(name)) continue;
                var destination = Path.GetFullPath(Path.Combine(target, name));
                if (name.StartsWith('/') || name.Contains(':') || !destination.StartsWith(root, StringComparison.Ordinal))
                {
                    job.Files.Add(new SubmittedFile(name, null,
                        "unsafe zip entry：压缩包内的文件路径指向包外（如 ../），已拒绝解压该文件"));
                    continue;
                }
                total += entry.Length;
                if (total > MaxTotalBytes)
                {
                    job.Files.Add(new SubmittedFile(name, null,
                        "zip too large：压缩包解压后超过 2 GB，已停止解压其余文件"));
                    break;
                }
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    entry.ExtractToFile(destination, overwrite: true);
                    job.Files.Add(new SubmittedFile(name, destination));
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    job.Files.Add(new SubmittedFile(name, null, "corrupt zip entry：压缩包内该文件已损坏，无法解压"));
                }
            }
        }
    }
}
