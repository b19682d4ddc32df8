namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// Finds the submissions of a <c>process</c> input: a folder whose sub-folders and .zip files are
/// submissions (one applicant each), or one submission folder or zip.
/// </summary>
public static class SubmissionDiscovery
{
    public sealed record Found(string SubmissionId, string Path);

    /// <summary>The contract's document kinds; only used to tell a submission folder from a batch folder.</summary>
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".docx", ".doc", ".wps", ".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff" };

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
            .Any(p => DocumentExtensions.Contains(System.IO.Path.GetExtension(p))
                      && !Stages.UnpackStage.IsHidden(System.IO.Path.GetFileName(p)));
        // A folder holding documents itself is one submission (its sub-folders are its attachments); one
        // holding only folders and zips (and perhaps a README or a list) is a batch of submissions.
        if (looseDocuments || children.Count == 0)
            return [new Found(System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(input))), input)];
        return children
            .Select(p => new Found(Directory.Exists(p) ? System.IO.Path.GetFileName(p) : System.IO.Path.GetFileNameWithoutExtension(p), p))
            .ToList();
    }
}
