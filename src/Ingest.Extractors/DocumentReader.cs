using System.Diagnostics;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Extractors.Processes;

namespace ZcIngest.Extractors;

/// <summary>
/// The one entry point for reading a submitted file: size limit, format from the content, dispatch to the
/// registered reader, and every failure turned into a <see cref="ReadResult"/> a clerk can understand.
/// Never throws for a bad file; only cancellation by the caller propagates.
/// </summary>
public sealed class DocumentReader
{
    private readonly Dictionary<FileFormat, IFormatReader> _readers = new();
    private readonly IOcrService? _ocr;
    private readonly ReadLimits _limits;

    public DocumentReader(IEnumerable<IFormatReader> readers, IOcrService? ocr, ReadLimits? limits = null)
    {
        foreach (var reader in readers)
            foreach (var format in reader.Formats)
                _readers[format] = reader;
        _ocr = ocr;
        _limits = limits ?? new ReadLimits();
    }

    /// <summary>The readers of <see cref="FormatRegistry.Default"/>, with OCR when a service is given.</summary>
    public static DocumentReader CreateDefault(IOcrService? ocr, ReadLimits? limits = null) =>
        new(FormatRegistry.Default(), ocr, limits);

    public IReadOnlyCollection<FileFormat> SupportedFormats => _readers.Keys;

    /// <summary>The recogniser scanned pages are read with; null when OCR is not available here.</summary>
    public IOcrService? Ocr => _ocr;

    /// <param name="pageImageDirectory">Where rendered images of scanned pages are kept for reviewers; null to discard them.</param>
    public async Task<ReadResult> ReadAsync(string path, CancellationToken ct = default, string? pageImageDirectory = null)
    {
        var file = Path.GetFileName(path);
        // Tools run inside the work directory: a relative path would point into it.
        path = Path.GetFullPath(path);
        var total = Stopwatch.StartNew();
        var workDirectory = Path.Combine(Path.GetTempPath(), "zcingest-read-" + Guid.NewGuid().ToString("N"));
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Failed(file, "file not found：找不到该文件");
            if (info.Length == 0) return ReadResult.Failed(file, ReadMessages.FileEmpty);
            if (info.Length > _limits.MaxFileBytes) return ReadResult.Failed(file, ReadMessages.TooLarge(info.Length, _limits.MaxFileBytes));

            var watch = Stopwatch.StartNew();
            var format = FormatSniffer.Sniff(path);
            var sniffMs = watch.Elapsed.TotalMilliseconds;
            if (Refusal(format, path) is { } refusal) return ReadResult.Failed(file, refusal);
            if (!_readers.TryGetValue(format, out var reader))
                return ReadResult.Failed(file, format is FileFormat.Png or FileFormat.Jpeg or FileFormat.Tiff
                    ? ReadMessages.ImageNotSupported
                    : ReadMessages.UnknownFormat);

            Directory.CreateDirectory(workDirectory);
            var context = new ReadContext
            {
                WorkDirectory = workDirectory,
                PageImageDirectory = pageImageDirectory,
                Limits = _limits,
                Ocr = _ocr,
            };
            watch.Restart();
            var result = await reader.ReadAsync(path, context, ct).ConfigureAwait(false);
            result.TimingsMs["sniff"] = sniffMs;
            result.TimingsMs["read"] = watch.Elapsed.TotalMilliseconds;
            result.TimingsMs["total"] = total.Elapsed.TotalMilliseconds;
            return result;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (ToolNotFoundException e)
        {
            return ReadResult.Failed(file, $"tool missing：本机缺少 {e.Tool}，请安装 apt 软件包 {e.AptPackage}", e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return ReadResult.Failed(file, "file not readable：没有读取该文件的权限", e.Message);
        }
        catch (Exception e)
        {
            return ReadResult.Failed(file, ReadMessages.Unexpected(e.GetType().Name), e.ToString());
        }
        finally
        {
            TryDelete(workDirectory);
        }
    }

    private static string? Refusal(FileFormat format, string path) => format switch
    {
        FileFormat.Empty => ReadMessages.FileEmpty,
        FileFormat.Executable => ReadMessages.Executable,
        FileFormat.Unknown => ReadMessages.UnknownFormat,
        FileFormat.Zip => IsReadableZip(path) ? ReadMessages.ZipArchive
            : LooksLikeOfficePackage(path) ? ReadMessages.CorruptDocx : ReadMessages.CorruptZip,
        _ => null,
    };

    private static bool IsReadableZip(string path)
    {
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            return zip.Entries.Count >= 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>A truncated .docx has no central directory, but its first local headers still name Office parts.</summary>
    private static bool LooksLikeOfficePackage(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[8192];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var span = head.AsSpan(0, n);
        return span.IndexOf("[Content_Types].xml"u8) >= 0 || span.IndexOf("word/"u8) >= 0;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
