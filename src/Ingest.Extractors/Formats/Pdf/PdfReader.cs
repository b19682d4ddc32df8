using System.Diagnostics;
using System.Globalization;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Processes;

namespace ZcIngest.Extractors.Formats.Pdf;

/// <summary>
/// Reads PDFs through poppler: <c>pdfinfo</c> for pages, encryption and metadata; one <c>pdftotext -bbox-layout</c>
/// call for the words of every page; pages whose text layer is missing or garbage are rendered with
/// <c>pdftoppm</c> and recognised by OCR. A page with a good text layer is never OCR'd.
/// </summary>
public sealed class PdfReader : IFormatReader
{
    /// <summary>The long side of a rendered page when nothing better is known: A4 at 300 dpi.</summary>
    private const int DefaultLongSidePx = 3508;
    private const int MinLongSidePx = 2000;
    private const int MaxLongSidePx = 4961;
    /// <summary>A sparse page whose raster images cover at least this share of it is a scan.</summary>
    private const double ScanCoverage = 0.4;
    /// <summary>An image-less, text-less page with more ink than this carries vector-drawn text.</summary>
    private const double InkThreshold = 0.005;

    public IReadOnlyCollection<FileFormat> Formats { get; } = [FileFormat.Pdf];

    public async Task<ReadResult> ReadAsync(string path, ReadContext context, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var timings = new Dictionary<string, double>();
        var watch = Stopwatch.StartNew();

        var infoRun = await PopplerTools.RunAsync("pdfinfo", ["-enc", "UTF-8", "-isodates", path], context, ct).ConfigureAwait(false);
        timings["pdfinfo"] = watch.Elapsed.TotalMilliseconds;
        if (infoRun.TimedOut) return Fail(file, ReadMessages.Timeout("damaged PDF", context.Limits.ChildProcessTimeout), null, timings);
        if (infoRun.ExitCode != 0 || PdfInfo.Parse(infoRun.StdOut) is not { Pages: > 0 } info)
            return Fail(file, IsPasswordError(infoRun.StdErr) ? ReadMessages.EncryptedPdf : ReadMessages.DamagedPdf, infoRun.StdErr, timings);

        var errors = new List<ReadError>();
        var pageCount = Math.Min(info.Pages, context.Limits.MaxPages);
        if (info.Pages > pageCount) errors.Add(new ReadError(file, ReadMessages.TooManyPages(info.Pages, pageCount)));
        if (!EndsWithEof(path)) errors.Add(new ReadError(file, ReadMessages.TruncatedPdf, "no %%EOF in the last 1 KB"));

        watch.Restart();
        var bboxPath = Path.Combine(context.WorkDirectory, "bbox-" + Guid.NewGuid().ToString("N") + ".html");
        var textRun = await PopplerTools.RunAsync("pdftotext",
            ["-bbox-layout", "-enc", "UTF-8", "-f", "1", "-l", pageCount.ToString(CultureInfo.InvariantCulture), path, bboxPath],
            context, ct).ConfigureAwait(false);
        timings["pdftotext"] = watch.Elapsed.TotalMilliseconds;
        if (textRun.TimedOut) return Fail(file, ReadMessages.Timeout("damaged PDF", context.Limits.ChildProcessTimeout), null, timings);
        if (textRun.ExitCode != 0 || !File.Exists(bboxPath))
            return Fail(file, IsPasswordError(textRun.StdErr) ? ReadMessages.EncryptedPdf : ReadMessages.DamagedPdf, textRun.StdErr, timings);

        watch.Restart();
        List<Page> pages;
        await using (var stream = File.OpenRead(bboxPath))
            pages = BboxLayoutParser.Parse(stream).Select(RowLayout.Rebuild).ToList();
        File.Delete(bboxPath);
        timings["parse"] = watch.Elapsed.TotalMilliseconds;

        var scanned = await FindScannedPagesAsync(path, pages, context, timings, ct).ConfigureAwait(false);
        var unread = 0;
        if (context.Ocr is null)
            foreach (var number in scanned)
            {
                var old = pages[number - 1];
                errors.Add(new ReadError($"{file} p.{number}", ReadMessages.ScannedPageNoOcr));
                pages[number - 1] = ScannedPage.Unread(number, old.Width, old.Height, old.Unit, PageSource.PdfText);
                unread++;
            }
        else
        {
            // A scanned bundle's pages go to the OCR pool together, so one long volume keeps every OCR worker busy;
            // a few renderings run ahead of the pool so it never waits for pdftoppm.
            var outcomes = new ReadError?[pages.Count + 1];
            await Parallel.ForEachAsync(scanned,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount + 1), CancellationToken = ct },
                async (number, token) =>
                {
                    var old = pages[number - 1];
                    try
                    {
                        var page = await RenderAndRecognizeAsync(path, old, context, timings, token).ConfigureAwait(false);
                        lock (pages) pages[number - 1] = page;
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                    {
                        outcomes[number] = new ReadError($"{file} p.{number}", ReadMessages.OcrFailed(e.Message), e.ToString());
                        lock (pages) pages[number - 1] = ScannedPage.Unread(number, old.Width, old.Height, old.Unit, PageSource.PdfText);
                    }
                }).ConfigureAwait(false);
            foreach (var error in outcomes)
                if (error is not null)
                {
                    errors.Add(error);
                    unread++;
                }
        }

        var document = new ReadDocument
        {
            File = file,
            Format = "pdf",
            Pages = pages,
            Metadata = new Dictionary<string, string>(info.Metadata),
        };
        var status = errors.Count == 0 ? ReadStatus.Ok : unread == pages.Count ? ReadStatus.Failed : ReadStatus.Partial;
        return new ReadResult { Status = status, Document = document, Errors = errors, TimingsMs = timings };
    }

    /// <summary>Pages to OCR: garbage and empty-but-printed pages, and sparse pages mostly covered by an image.</summary>
    private static async Task<SortedSet<int>> FindScannedPagesAsync(string path, List<Page> pages, ReadContext context,
        Dictionary<string, double> timings, CancellationToken ct)
    {
        var result = new SortedSet<int>();
        var doubtful = new List<(Page Page, TextLayerVerdict Verdict)>();
        foreach (var page in pages)
        {
            var verdict = TextLayerQuality.Judge(page.Text);
            if (verdict == TextLayerVerdict.Garbage) result.Add(page.Number);
            else if (verdict != TextLayerVerdict.Good) doubtful.Add((page, verdict));
        }
        if (doubtful.Count == 0) return result;

        var watch = Stopwatch.StartNew();
        var images = await ListImagesAsync(path, pages.Count, context, ct).ConfigureAwait(false);
        foreach (var (page, verdict) in doubtful)
        {
            var onPage = images?.Where(i => i.Page == page.Number).ToList();
            var coverage = onPage is null ? 1.0 : onPage.Sum(i => i.AreaPt2) / Math.Max(1, page.Width * page.Height);
            if (coverage >= ScanCoverage || (verdict == TextLayerVerdict.Empty && onPage is { Count: > 0 }))
                result.Add(page.Number);
            else if (verdict == TextLayerVerdict.Empty && await HasInkAsync(path, page.Number, context, ct).ConfigureAwait(false))
                result.Add(page.Number);
        }
        timings["scan_detection"] = watch.Elapsed.TotalMilliseconds;
        return result;
    }

    /// <summary>The document's raster images, or null when pdfimages failed (then every doubtful page counts as a scan).</summary>
    private static async Task<List<PdfImage>?> ListImagesAsync(string path, int lastPage, ReadContext context, CancellationToken ct)
    {
        var run = await PopplerTools.RunAsync("pdfimages",
            ["-list", "-f", "1", "-l", lastPage.ToString(CultureInfo.InvariantCulture), path], context, ct).ConfigureAwait(false);
        return run.Succeeded ? PdfImageList.Parse(run.StdOut) : null;
    }

    private static async Task<bool> HasInkAsync(string path, int number, ReadContext context, CancellationToken ct)
    {
        var prefix = Path.Combine(context.WorkDirectory, $"ink-{number}-{Guid.NewGuid():N}");
        var n = number.ToString(CultureInfo.InvariantCulture);
        var run = await PopplerTools.RunAsync("pdftoppm", ["-gray", "-scale-to", "300", "-singlefile", "-f", n, "-l", n, path, prefix],
            context, ct).ConfigureAwait(false);
        var pgm = prefix + ".pgm";
        if (!run.Succeeded || !File.Exists(pgm)) return false;
        var fraction = PageInk.DarkFraction(await File.ReadAllBytesAsync(pgm, ct).ConfigureAwait(false));
        File.Delete(pgm);
        return fraction > InkThreshold;
    }

    private static async Task<Page> RenderAndRecognizeAsync(string path, Page page, ReadContext context,
        Dictionary<string, double> timings, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var stem = Path.GetFileNameWithoutExtension(path);
        var prefix = Path.Combine(context.WorkDirectory, $"{stem}-render-p{page.Number:D4}");
        var longSide = await TargetLongSideAsync(path, page, context, ct).ConfigureAwait(false);
        var n = page.Number.ToString(CultureInfo.InvariantCulture);
        // Uncompressed greyscale (PGM): the same pixels as PNG, without the compression that cost pdftoppm
        // several times the rendering itself; the image is read once by OCR and deleted.
        var run = await PopplerTools.RunAsync("pdftoppm",
            ["-gray", "-scale-to", longSide.ToString(CultureInfo.InvariantCulture), "-singlefile", "-f", n, "-l", n, path, prefix],
            context, ct).ConfigureAwait(false);
        var image = prefix + ".pgm";
        Add(timings, "render", watch.Elapsed.TotalMilliseconds);
        if (run.TimedOut) throw new TimeoutException("pdftoppm timed out");
        if (!run.Succeeded || !File.Exists(image)) throw new InvalidDataException("pdftoppm: " + run.StdErr.Trim());

        string? kept = null;
        if (context.PageImageDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            kept = Path.Combine(directory, $"{stem}-p{page.Number:D4}.png");
        }
        watch.Restart();
        try
        {
            return await ScannedPage.RecognizeAsync(context.Ocr!, image, page.Number, kept, ct).ConfigureAwait(false);
        }
        finally
        {
            Add(timings, "ocr", watch.Elapsed.TotalMilliseconds);
            File.Delete(image);
        }
    }

    /// <summary>
    /// Sizes the rendering by pixels: a scan wrapped into a PDF often declares a wrong resolution, so the page's
    /// largest image decides how many pixels carry information, not the declared page size.
    /// </summary>
    private static async Task<int> TargetLongSideAsync(string path, Page page, ReadContext context, CancellationToken ct)
    {
        var n = page.Number.ToString(CultureInfo.InvariantCulture);
        var run = await PopplerTools.RunAsync("pdfimages", ["-list", "-f", n, "-l", n, path], context, ct).ConfigureAwait(false);
        var largest = run.Succeeded
            ? PdfImageList.Parse(run.StdOut).OrderByDescending(i => (long)i.Width * i.Height).FirstOrDefault()
            : null;
        var longSide = largest is not null
            ? Math.Max(largest.Width, largest.Height)
            : page.Width > 0 && page.Height > 0 ? (int)(Math.Max(page.Width, page.Height) / 72 * 300) : DefaultLongSidePx;
        longSide = Math.Clamp(longSide, MinLongSidePx, MaxLongSidePx);
        // Respect the pixel-count limit whatever the aspect ratio claims.
        var aspect = page.Width > 0 && page.Height > 0 ? Math.Min(page.Width, page.Height) / Math.Max(page.Width, page.Height) : 1;
        var maxLong = (int)Math.Sqrt(context.Limits.MaxImagePixels / Math.Max(aspect, 1e-3));
        return Math.Max(100, Math.Min(longSide, maxLong));
    }

    /// <summary>Sums a phase's time over pages (recognised concurrently, so under a lock).</summary>
    private static void Add(Dictionary<string, double> timings, string key, double ms)
    {
        lock (timings) timings[key] = timings.GetValueOrDefault(key) + ms;
    }

    private static bool IsPasswordError(string stderr) =>
        stderr.Contains("password", StringComparison.OrdinalIgnoreCase) || stderr.Contains("encrypt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A complete PDF ends with %%EOF (a little trailing junk is common and harmless).</summary>
    private static bool EndsWithEof(string path)
    {
        using var stream = File.OpenRead(path);
        var length = Math.Min(1024, stream.Length);
        stream.Seek(-length, SeekOrigin.End);
        var tail = new byte[length];
        stream.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    private static ReadResult Fail(string file, string message, string? detail, Dictionary<string, double> timings)
    {
        var result = ReadResult.Failed(file, message, string.IsNullOrWhiteSpace(detail) ? null : detail.Trim());
        foreach (var (k, v) in timings) result.TimingsMs[k] = v;
        return result;
    }
}
