using ZcIngest.Core.Documents;

namespace ZcIngest.Extractors.Formats;

/// <summary>
/// Reads one format into the one document model. A reader never throws for a bad file: it returns a
/// failed or partial <see cref="ReadResult"/> whose errors a clerk can understand.
/// </summary>
public interface IFormatReader
{
    IReadOnlyCollection<FileFormat> Formats { get; }
    Task<ReadResult> ReadAsync(string path, ReadContext context, CancellationToken ct);
}

/// <summary>What a read may use besides the file: limits, a scratch folder, the OCR service.</summary>
public sealed class ReadContext
{
    /// <summary>A folder the read may write temporary files into (page images, conversions).</summary>
    public required string WorkDirectory { get; init; }
    /// <summary>Where page images of scanned pages are kept for reviewers; null to not keep them.</summary>
    public string? PageImageDirectory { get; init; }
    public ReadLimits Limits { get; init; } = new();
    /// <summary>Null when OCR is not available; scanned pages then fail with a clear error.</summary>
    public Ocr.IOcrService? Ocr { get; init; }
}

public sealed record ReadLimits
{
    public TimeSpan ChildProcessTimeout { get; init; } = TimeSpan.FromSeconds(120);
    public long ChildProcessMemoryBytes { get; init; } = 1L << 30;
    /// <summary>LibreOffice maps ~450 MB of address space for an empty document; large ones with pictures need more.</summary>
    public long LibreOfficeMemoryBytes { get; init; } = 2L << 30;
    /// <summary>Images claiming more pixels than this are refused before decoding (pixel floods).</summary>
    public long MaxImagePixels { get; init; } = 120_000_000;
    public int MaxPages { get; init; } = 500;
    public long MaxFileBytes { get; init; } = 500L << 20;
}
