using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Ocr;

namespace ZcIngest.Extractors.Formats;

/// <summary>Sends one page image to OCR and files the result under the page number of the source document.</summary>
public static class ScannedPage
{
    /// <param name="keptImagePath">Where the upright page image is kept for reviewers (the OCR service writes it);
    /// null to keep none. If the service cannot write it, the image as sent is kept instead.</param>
    public static async Task<Page> RecognizeAsync(IOcrService ocr, string imagePath, int pageNumber, string? keptImagePath,
        CancellationToken ct)
    {
        var page = await ocr.RecognizeAsync(imagePath, pageNumber, keptImagePath, ct).ConfigureAwait(false);
        var imageRef = page.ImageRef;
        if (keptImagePath is not null)
        {
            if (!File.Exists(keptImagePath))
            {
                keptImagePath = Path.ChangeExtension(keptImagePath, Path.GetExtension(imagePath));
                File.Copy(imagePath, keptImagePath, overwrite: true);
            }
            imageRef = keptImagePath;
        }
        return page with { Number = pageNumber, Source = PageSource.Ocr, ImageRef = imageRef };
    }

    /// <summary>A placeholder that keeps page numbers and form feeds aligned when a page could not be read.</summary>
    public static Page Unread(int pageNumber, double width, double height, string unit, PageSource source) => new()
    {
        Number = pageNumber,
        Width = width,
        Height = height,
        Unit = unit,
        Source = source,
    };
}
