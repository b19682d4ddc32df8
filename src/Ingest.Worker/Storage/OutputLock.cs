namespace ZcIngest.Worker.Storage;

/// <summary>
/// One writer at a time for a submission's output folder, across threads and processes: the submission's own run
/// writing its report, and the run of a later applicant re-flagging it. Without it, a re-flag that read the report
/// just before the own run renamed a new one over it would write the older report back. The lock is an exclusive
/// open of a lock file in the folder (on Linux .NET takes an advisory <c>flock</c> for <see cref="FileShare.None"/>),
/// released when the handle is disposed, also when the process dies.
/// </summary>
public static class OutputLock
{
    public const string FileName = ".write.lock";

    /// <summary>How long a writer waits for another to finish before giving up with a clear error.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IDisposable> AcquireAsync(string directory, CancellationToken ct, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(25, ct);
            }
            catch (IOException e)
            {
                throw new IOException($"output folder locked: 输出文件夹 {directory} 正被另一个处理任务写入，等待 " +
                                      $"{(timeout ?? DefaultTimeout).TotalSeconds:0} 秒仍未释放，请稍后重试", e);
            }
        }
    }
}
