namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// Finds the submissions of a <c>process</c> input: a folder whose sub-folders and .zip files are
/// submissions (one applicant each), or one submission folder or zip.
/// </summary>
public static class SubmissionDiscovery
{
    public sealed record Found(string SubmissionId, string Path);

    public static IReadOnlyList<Found> Find(string input)
    {
        if (File.Exists(input))
        {
            if (!input.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"input '{input}' is a file but not a .zip submission");
            return [new Found(System.IO.Path.GetFileNameWithoutExtension(input), input)];
        }
        if (!Directory.Exists(input)) throw new ArgumentException($"input '{input}' does not exist");

        var children = Directory.EnumerateFileSystemEntries(input)
            .Where(p => !Stages.UnpackStage.IsHidden(System.IO.Path.GetFileName(p)))
            .Where(p => Directory.Exists(p) || p.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var looseDocuments = Directory.EnumerateFiles(input)
            .Any(p => !p.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                      && !Stages.UnpackStage.IsHidden(System.IO.Path.GetFileName(p)));
        // A folder holding documents itself is one submission; one holding only folders/zips is a batch.
        if (looseDocuments || children.Count == 0)
            return [new Found(System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(input))), input)];
        return children
            .Select(p => new Found(Directory.Exists(p) ? System.IO.Path.GetFileName(p) : System.IO.Path.GetFileNameWithoutExtension(p), p))
            .ToList();
    }
}
