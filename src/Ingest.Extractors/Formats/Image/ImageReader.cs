using System.Diagnostics;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Ocr;
using ZcIngest.Extractors.Ocr.Native;

namespace ZcIngest.Extractors.Formats.Image;

/// <summary>
/// Reads PNG, JPEG and TIFF (every page of a multi-page TIFF) through OCR. The declared pixel size of every
/// page is checked against <see cref="ReadLimits.MaxImagePixels"/> from the header before anything decodes it.
/// </summary>
public sealed class ImageReader : IFormatReader
{
    public IReadOnlyCollection<FileFormat> Formats { get; } = [FileFormat.Png, FileFormat.Jpeg, FileFormat.Tiff];

    public async Task<ReadResult> ReadAsync(string path, ReadContext context, CancellationToken ct)
    {
        try { return await ReadImageAsync(path, context, ct); }
        catch (IOException e) { return ReadResult.Failed(Path.GetFileName(path), "damaged image：无法读取图像文件", e.Message); }
        catch (UnauthorizedAccessException e) { return ReadResult.Failed(Path.GetFileName(path), "damaged image：无权读取图像文件", e.Message); }
    }

    private async Task<ReadResult> ReadImageAsync(string path, ReadContext context, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var clock = Stopwatch.StartNew();
        var format = Sniff(path);
        if (format == FileFormat.Empty) return ReadResult.Failed(file, "file is empty：文件为空（0 字节），请重新提交");
        if (!Formats.Contains(format)) return ReadResult.Failed(file, "damaged image：文件内容不是 PNG、JPEG 或 TIFF 图像");

        IReadOnlyList<ImageSize> sizes;
        try { sizes = ImageHeader.Read(path, format, context.Limits.MaxPages); }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return ReadResult.Failed(file, "damaged image：图像文件头已损坏或被截断，无法读取", e.Message);
        }
        for (var i = 0; i < sizes.Count; i++)
        {
            var size = sizes[i];
            if (size.Width <= 0 || size.Height <= 0)
                return ReadResult.Failed(file, $"damaged image：第 {i + 1} 页图像声明的尺寸无效（{size.Width}×{size.Height}）");
            if (size.Pixels > context.Limits.MaxImagePixels)
                return ReadResult.Failed(file,
                    $"image too large：第 {i + 1} 页图像声明 {size.Width}×{size.Height} 像素，超过上限 {context.Limits.MaxImagePixels} 像素，未解码",
                    $"declared {size.Pixels} pixels");
        }
        if (context.Ocr is null)
            return ReadResult.Failed(file, "OCR not available：未启用文字识别（OCR），无法读取图像文件");

        var headerMs = clock.Elapsed.TotalMilliseconds;
        var stem = Path.GetFileNameWithoutExtension(path);
        var tasks = new List<Task<Page>>();
        var errors = new List<ReadError>();
        for (var i = 0; i < sizes.Count; i++)
        {
            var number = i + 1;
            var pageImage = sizes.Count == 1 ? path : ExtractTiffPage(path, i, Path.Combine(context.WorkDirectory, $"{stem}-p{number}.png"));
            if (pageImage is null)
            {
                tasks.Add(Task.FromException<Page>(new OcrImageException("damaged image：该页图像已损坏或编码方式不受支持（如 16 位带透明通道），无法解码")));
                continue;
            }
            var kept = context.PageImageDirectory is null ? null : Path.Combine(context.PageImageDirectory, $"{stem}-p{number}.png");
            tasks.Add(RecognizeAsync(context.Ocr, pageImage, number, kept, ct));
        }

        var pages = new List<Page>();
        for (var i = 0; i < tasks.Count; i++)
        {
            try { pages.Add(await tasks[i]); }
            catch (OcrUnavailableException e) { return ReadResult.Failed(file, e.Message); }
            catch (OcrImageException e) { errors.Add(new ReadError(sizes.Count == 1 ? file : $"{file} p.{i + 1}", e.Message)); }
        }
        var status = errors.Count == 0 ? ReadStatus.Ok : pages.Count == 0 ? ReadStatus.Failed : ReadStatus.Partial;
        return new ReadResult
        {
            Status = status,
            Document = pages.Count == 0 ? null : new ReadDocument { File = file, Format = format.ToString().ToLowerInvariant(), Pages = pages },
            Errors = errors,
            TimingsMs = { ["header"] = headerMs, ["ocr"] = clock.Elapsed.TotalMilliseconds - headerMs },
        };
    }

    private static async Task<Page> RecognizeAsync(IOcrService ocr, string image, int number, string? kept, CancellationToken ct)
    {
        var page = await ocr.RecognizeAsync(image, number, kept, ct);
        return kept is not null && File.Exists(kept) ? page with { ImageRef = kept } : page;
    }

    private static FileFormat Sniff(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        var n = stream.ReadAtMost(head);
        return ImageHeader.Sniff(head[..n]);
    }

    /// <summary>Decodes one TIFF page with Leptonica and writes it as PNG for the OCR service; null if it cannot be read.</summary>
    private static string? ExtractTiffPage(string path, int index, string target)
    {
        // Leptonica reads 1–8 bit and 16-bit single-channel pages; others (e.g. 16-bit grey + alpha) come back null.
        using var pix = Pix.Wrap(LeptApi.pixReadTiff(path, index));
        if (pix is null) return null;
        return LeptApi.pixWrite(target, pix.Handle, LeptApi.IffPng) == 0 ? target : null;
    }
}

internal static class StreamExtensions
{
    public static int ReadAtMost(this Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
