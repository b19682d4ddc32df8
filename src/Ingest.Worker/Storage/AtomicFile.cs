namespace ZcIngest.Worker.Storage;

/// <summary>
/// Writes a file so that a reader — a reviewer's browser, another worker, the next run — never sees half of it:
/// the content goes to a uniquely named file beside the target, which is then renamed over it. Two writers of the
/// same path each rename a whole file; the last one wins.
/// </summary>
public static class AtomicFile
{
    public static Task WriteAllTextAsync(string path, string content, CancellationToken ct) =>
        ReplaceAsync(path, temp => File.WriteAllTextAsync(temp, content, ct));

    public static void WriteAllText(string path, string content) =>
        Replace(path, temp => File.WriteAllText(temp, content));

    public static void Copy(string source, string path) => Replace(path, temp => File.Copy(source, temp));

    public static void Replace(string path, Action<string> writeTemp) =>
        ReplaceAsync(path, temp => { writeTemp(temp); return Task.CompletedTask; }).GetAwaiter().GetResult();

    public static async Task ReplaceAsync(string path, Func<string, Task> writeTemp)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await writeTemp(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
