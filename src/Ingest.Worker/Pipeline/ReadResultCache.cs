using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Json;
using ZcIngest.Extractors.Formats;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Extractors.Ocr.Native;
using ZcIngest.Worker.Storage;

namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// What the read stage made of each file, kept on disk as one JSON file per (file content, reader identity),
/// so that processing the same files again — a retried job, a second run, a rules change — does not OCR
/// them again. The identity names everything a read depends on besides the bytes: the readers' output
/// version, the Tesseract version, the language data and the OCR settings; any change gives new keys.
/// Entries are written atomically; an entry that cannot be parsed or does not match its key is treated as
/// absent and rewritten (the folder may be shared and is not trusted).
/// </summary>
public sealed class ReadResultCache
{
    /// <summary>
    /// Bump when any reader's output changes for the same input (layout rebuilding, scan detection, OCR
    /// pre-processing), so older entries are no longer used.
    /// </summary>
    public const string ReaderVersion = "readers-2026-11-23.16";

    private const string ImageFolderSuffix = ".images";

    private readonly string _directory;
    private readonly string _identityHash;

    /// <param name="directory">Cache folder; created when first written.</param>
    /// <param name="identity">Everything besides the file's bytes that the read depends on (see <see cref="Identity"/>).</param>
    public ReadResultCache(string directory, string identity)
    {
        _directory = Path.GetFullPath(directory);
        Identity = identity;
        _identityHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }

    public string Directory => _directory;
    public string Identity { get; }

    /// <summary>
    /// The identity of this host's readers: <see cref="ReaderVersion"/>, and with OCR the Tesseract version, the
    /// settings that change its output and the SHA-256 of each language file it loads; "ocr:none" without OCR
    /// (scanned pages then read differently).
    /// </summary>
    public static string DescribeReaders(OcrOptions? ocr)
    {
        var parts = new List<string> { ReaderVersion };
        if (ocr is null)
        {
            parts.Add("ocr:none");
            return string.Join('|', parts);
        }
        parts.Add("tesseract:" + TesseractRuntime.Version());
        // Worker count and time limits do not change what a page reads as.
        parts.Add("options:" + (ocr with { Workers = 1, PageTimeout = TimeSpan.Zero, DataPath = null }));
        var dataPath = ocr.DataPath ?? TesseractRuntime.DefaultDataPath();
        var languages = ocr.Languages.Split('+', StringSplitOptions.RemoveEmptyEntries).Append("osd").Distinct().Order(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var file = Path.Combine(dataPath, language + ".traineddata");
            parts.Add($"{language}:" + (File.Exists(file) ? HashFile(file) : "missing"));
        }
        return string.Join('|', parts);
    }

    /// <summary>SHA-256 of the file's content, lower-case hex.</summary>
    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// The cached read of a file with this content, or null (no entry, or an unusable one). Page images the entry
    /// refers to are copied into <paramref name="pageImageDirectory"/> and the pages point there.
    /// </summary>
    public ReadResult? TryGet(string fileSha256, string fileName, string? pageImageDirectory)
    {
        var path = EntryPath(fileSha256);
        if (!File.Exists(path)) return null;
        Entry? entry;
        try
        {
            entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path), IngestJson.Compact);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
        if (entry is null || entry.FileSha256 != fileSha256 || entry.Identity != Identity || entry.Result is null) return null;
        var result = entry.Result;
        if (!IsWellFormed(result)) return null;
        if (result.Document is null) return result;

        var pages = new List<Page>(result.Document.Pages.Count);
        foreach (var page in result.Document.Pages)
        {
            if (page.ImageRef is null || pageImageDirectory is null)
            {
                pages.Add(WithImage(page, null));
                continue;
            }
            // An image name from a hostile entry must not climb out of the cache folder.
            var name = Path.GetFileName(page.ImageRef);
            var cached = Path.Combine(ImageFolder(fileSha256), name);
            if (name.Length == 0 || !File.Exists(cached)) return null;
            System.IO.Directory.CreateDirectory(pageImageDirectory);
            var kept = Path.Combine(pageImageDirectory, name);
            File.Copy(cached, kept, overwrite: true);
            pages.Add(WithImage(page, kept));
        }
        return new ReadResult
        {
            Status = result.Status,
            Document = new ReadDocument
            {
                File = fileName, Format = result.Document.Format, Pages = pages, Metadata = result.Document.Metadata,
            },
            Errors = result.Errors,
            TimingsMs = new Dictionary<string, double>(),
        };
    }

    /// <summary>
    /// Stores a read unless its outcome may differ next time (an OCR failure, a timeout, a missing tool): those are
    /// read again rather than remembered.
    /// </summary>
    /// <returns>Whether the entry was written.</returns>
    public bool Put(string fileSha256, ReadResult result)
    {
        if (!IsWorthKeeping(result)) return false;
        System.IO.Directory.CreateDirectory(_directory);
        var pages = new List<Page>();
        if (result.Document is not null)
        {
            var images = ImageFolder(fileSha256);
            foreach (var page in result.Document.Pages)
            {
                if (page.ImageRef is null || !File.Exists(page.ImageRef))
                {
                    pages.Add(WithImage(page, null));
                    continue;
                }
                System.IO.Directory.CreateDirectory(images);
                var name = Path.GetFileName(page.ImageRef);
                AtomicFile.Copy(page.ImageRef, Path.Combine(images, name));
                pages.Add(WithImage(page, name));
            }
        }
        var stored = new ReadResult
        {
            Status = result.Status,
            Document = result.Document is null ? null : new ReadDocument
            {
                File = result.Document.File, Format = result.Document.Format, Pages = pages, Metadata = result.Document.Metadata,
            },
            Errors = result.Errors,
            TimingsMs = result.TimingsMs,
        };
        var json = JsonSerializer.Serialize(new Entry(fileSha256, Identity, stored), IngestJson.Compact);
        AtomicFile.WriteAllText(EntryPath(fileSha256), json);
        return true;
    }

    /// <summary>Failures that depend on the file alone (encrypted, damaged, empty) are kept; passing trouble is not.</summary>
    public static bool IsWorthKeeping(ReadResult result) =>
        !result.Errors.Any(e => IsTransient(e.Message));

    private static bool IsTransient(string message) =>
        message.StartsWith("OCR failed", StringComparison.Ordinal)
        || message.StartsWith("tool missing", StringComparison.Ordinal)
        || message.StartsWith("read failed", StringComparison.Ordinal)
        || message.StartsWith("file not", StringComparison.Ordinal)
        || message.StartsWith("LibreOffice not installed", StringComparison.Ordinal)
        || message.Contains("OCR not available", StringComparison.Ordinal)
        || message.Contains("读取超时", StringComparison.Ordinal)
        || message == ReadMessages.ImageNotSupported;

    /// <summary>JSON may say null where the model has lists; such an entry is not used.</summary>
    private static bool IsWellFormed(ReadResult result)
    {
        if (result.Errors is null || result.Errors.Any(e => e is null || e.Message is null)) return false;
        if (result.Document is null) return result.Status == ReadStatus.Failed;
        var document = result.Document;
        if (document.Pages is null || document.Metadata is null || document.Format is null) return false;
        return document.Pages.All(p => p is not null && p.Unit is not null
            && p.Blocks is not null && p.Blocks.All(b => b?.Lines is not null && b.Lines.All(l =>
                l?.Text is not null && l.Words is not null && l.Words.All(w => w?.Text is not null)))
            && p.Tables is not null && p.Tables.All(t => t?.Rows is not null && t.Rows.All(r =>
                r?.Cells is not null && r.Cells.All(c => c?.Text is not null))));
    }

    private string EntryPath(string fileSha256) => Path.Combine(_directory, $"{Checked(fileSha256)}.{_identityHash}.json");

    private string ImageFolder(string fileSha256) => Path.Combine(_directory, $"{Checked(fileSha256)}.{_identityHash}{ImageFolderSuffix}");

    private static string Checked(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) ? sha256
            : throw new ArgumentException("not a lower-case SHA-256 hex digest", nameof(sha256));

    private static Page WithImage(Page page, string? imageRef) => page with { ImageRef = imageRef };

    private sealed record Entry(string FileSha256, string Identity, ReadResult? Result);
}
