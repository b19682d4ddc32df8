using System.Diagnostics;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ZcIngest.Core.Documents;

namespace ZcIngest.Extractors.Formats.Docx;

/// <summary>
/// Reads .docx through DocumentFormat.OpenXml: body, tables (merges resolved), text boxes, headers and footers,
/// checkbox glyphs; pages are synthetic (see <see cref="DocxLayout"/>). Large embedded pictures are taken for
/// scans pasted into the document and sent to OCR, one page each after the text pages.
/// </summary>
public sealed class DocxReader : IFormatReader
{
    /// <summary>A picture at least this many pixels (and this wide and tall) is treated as a scan, not a logo.</summary>
    private const long ScanMinPixels = 1_000_000;
    private const int ScanMinSide = 600;
    /// <summary>Bounds an XML part's size after decompression: a zip bomb in word/document.xml stops here.</summary>
    private const long MaxCharactersInPart = 200_000_000;
    private const long MaxImagePartBytes = 100L << 20;

    public IReadOnlyCollection<FileFormat> Formats { get; } = [FileFormat.Docx];

    public async Task<ReadResult> ReadAsync(string path, ReadContext context, CancellationToken ct) =>
        await ReadAsync(path, Path.GetFileName(path), "docx", context, ct).ConfigureAwait(false);

    /// <summary>Reads a .docx that stands for another file (a converted .doc keeps its own name and format).</summary>
    public async Task<ReadResult> ReadAsync(string path, string fileName, string format, ReadContext context, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var timings = new Dictionary<string, double>();
        List<Page> pages;
        List<(string Name, byte[] Data)> scans;
        Dictionary<string, string> metadata;
        try
        {
            using var document = WordprocessingDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body) return ReadResult.Failed(fileName, ReadMessages.CorruptDocx, "no main document body");
            var fontSize = DefaultFontSize(main);
            var useRenderedBreaks = body.Descendants<LastRenderedPageBreak>().Any();

            var walker = new DocxWalker(useRenderedBreaks, fontSize, recordImages: true);
            var items = walker.WalkBody(body);
            var (headers, footers) = HeadersAndFooters(main, body, fontSize);
            pages = DocxLayout.Build(items, headers, footers, Geometry(body));
            scans = ScanImages(main, walker.ImageIds, context.Limits.MaxImagePixels);
            metadata = Metadata(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException
                                      or InvalidOperationException or IOException && e is not FileNotFoundException)
        {
            return ReadResult.Failed(fileName, ReadMessages.CorruptDocx, e.Message);
        }
        timings["docx"] = watch.Elapsed.TotalMilliseconds;

        var errors = new List<ReadError>();
        watch.Restart();
        foreach (var (name, data) in scans)
        {
            var number = pages.Count + 1;
            if (context.Ocr is null)
            {
                errors.Add(new ReadError($"{fileName} {name}", ReadMessages.ScannedImageNoOcr));
                continue;
            }
            var stem = Path.GetFileNameWithoutExtension(fileName);
            var imagePath = Path.Combine(context.WorkDirectory, $"{stem}-image-p{number:D4}{Path.GetExtension(name)}");
            await File.WriteAllBytesAsync(imagePath, data, ct).ConfigureAwait(false);
            string? kept = null;
            if (context.PageImageDirectory is { } directory)
            {
                Directory.CreateDirectory(directory);
                kept = Path.Combine(directory, $"{stem}-p{number:D4}.png");
            }
            try
            {
                pages.Add(await ScannedPage.RecognizeAsync(context.Ocr, imagePath, number, kept, ct).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                errors.Add(new ReadError($"{fileName} {name}", ReadMessages.OcrFailed(e.Message), e.ToString()));
            }
            finally
            {
                File.Delete(imagePath);
            }
        }
        if (scans.Count > 0) timings["ocr"] = watch.Elapsed.TotalMilliseconds;

        return new ReadResult
        {
            Status = errors.Count == 0 ? ReadStatus.Ok : ReadStatus.Partial,
            Document = new ReadDocument { File = fileName, Format = format, Pages = pages, Metadata = metadata },
            Errors = errors,
            TimingsMs = timings,
        };
    }

    private static double DefaultFontSize(MainDocumentPart main)
    {
        var half = main.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value;
        // 五号 (10.5 pt) is the default body size of Chinese Word templates.
        return double.TryParse(half, out var v) && v > 0 ? Math.Clamp(v / 2, 4, 96) : 10.5;
    }

    /// <summary>Distinct headers and footers referenced by the sections, in section order.</summary>
    private static (List<DocxItem> Headers, List<DocxItem> Footers) HeadersAndFooters(MainDocumentPart main, Body body, double fontSize)
    {
        var headers = new List<DocxItem>();
        var footers = new List<DocxItem>();
        var seen = new HashSet<OpenXmlPart>();
        var walker = new DocxWalker(useRenderedBreaks: false, fontSize, recordImages: false);
        foreach (var sectPr in body.Descendants<SectionProperties>())
        {
            foreach (var reference in sectPr.Elements<HeaderFooterReferenceType>())
            {
                if (reference.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || !seen.Add(part)) continue;
                var root = part switch { HeaderPart h => (OpenXmlElement?)h.Header, FooterPart f => f.Footer, _ => null };
                if (root is null) continue;
                var items = walker.WalkBody(root).Where(i => DocxWalker.ItemText(i).Length > 0);
                (part is HeaderPart ? headers : footers).AddRange(items);
            }
        }
        return (headers, footers);
    }

    private static DocxPageGeometry Geometry(Body body)
    {
        var sectPr = body.GetFirstChild<SectionProperties>() ?? body.Descendants<SectionProperties>().FirstOrDefault();
        var size = sectPr?.GetFirstChild<PageSize>();
        var margin = sectPr?.GetFirstChild<PageMargin>();
        var a4 = DocxPageGeometry.A4;
        static double Pt(double? twips, double fallback) => twips is > 0 and < 31680 * 2 ? twips.Value / 20 : fallback;
        var width = Pt(size?.Width?.Value, a4.Width);
        var height = Pt(size?.Height?.Value, a4.Height);
        // Landscape pages declare w:orient but also swap w and h, so the size is already right.
        return new DocxPageGeometry(width, height,
            Pt(margin?.Top?.Value is { } t ? Math.Abs(t) : null, a4.Top), Pt(margin?.Bottom?.Value is { } b ? Math.Abs(b) : null, a4.Bottom),
            Pt(margin?.Left?.Value, a4.Left), Pt(margin?.Right?.Value, a4.Right));
    }

    /// <summary>Embedded PNG/JPEG pictures large enough to be scans, each once, refused before decoding if oversized.</summary>
    private static List<(string Name, byte[] Data)> ScanImages(MainDocumentPart main, IEnumerable<string> ids, long maxPixels)
    {
        var result = new List<(string, byte[])>();
        var seen = new HashSet<OpenXmlPart>();
        foreach (var id in ids)
        {
            if (!main.TryGetPartById(id, out var part) || part is not ImagePart image || !seen.Add(part)) continue;
            var extension = image.ContentType switch { "image/png" => ".png", "image/jpeg" or "image/jpg" => ".jpg", _ => null };
            if (extension is null) continue;
            using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
            // A compressed image part can expand to anything: never load one larger than a real scan could be.
            if (stream.CanSeek && stream.Length > MaxImagePartBytes) continue;
            var head = new byte[65536];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (ImageDimensions.Read(head.AsSpan(0, n)) is not var (w, h)) continue;
            var pixels = (long)w * h;
            if (pixels < ScanMinPixels || Math.Min(w, h) < ScanMinSide || pixels > maxPixels) continue;
            using var all = new MemoryStream();
            all.Write(head, 0, n);
            stream.CopyTo(all);
            result.Add(($"image {result.Count + 1}{extension}", all.ToArray()));
        }
        return result;
    }

    private static Dictionary<string, string> Metadata(WordprocessingDocument document)
    {
        var metadata = new Dictionary<string, string>();
        var p = document.PackageProperties;
        void Put(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) metadata[key] = value.Trim(); }
        Put("Title", p.Title);
        Put("Author", p.Creator);
        Put("LastModifiedBy", p.LastModifiedBy);
        Put("CreationDate", p.Created?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"));
        Put("ModDate", p.Modified?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"));
        Put("Application", document.ExtendedFilePropertiesPart?.Properties?.Application?.Text);
        return metadata;
    }
}
