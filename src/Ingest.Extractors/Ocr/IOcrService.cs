using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// Recognises page images. Implementations keep one Tesseract engine per worker thread, loaded once,
/// and are safe to call from several threads.
/// </summary>
public interface IOcrService
{
    /// <summary>
    /// Recognises one page image file (PNG, TIFF, JPEG, PNM) after orientation detection and deskew.
    /// The page is in pixel coordinates of the upright image, with word boxes and confidences.
    /// </summary>
    Task<Page> RecognizeAsync(string imagePath, int pageNumber, CancellationToken ct);

    /// <summary>
    /// As above, and writes the upright (turned, deskewed) image the boxes refer to as PNG to
    /// <paramref name="uprightImagePath"/> so a reviewer can be shown the spot. Implementations that cannot
    /// write it leave the file absent; callers check.
    /// </summary>
    Task<Page> RecognizeAsync(string imagePath, int pageNumber, string? uprightImagePath, CancellationToken ct) =>
        RecognizeAsync(imagePath, pageNumber, ct);

    /// <summary>
    /// Reads one word of an upright page image (as written by <see cref="RecognizeAsync(string, int, string?, CancellationToken)"/>)
    /// again as figures, at several enlargements: one text per try. Implementations that cannot give none.
    /// </summary>
    Task<IReadOnlyList<string>> ReadFigureAgainAsync(string imagePath, Box word, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>
    /// Reads one word of an upright page image again as a line with the page's language, at several enlargements:
    /// for a figure joined to Chinese in one word. Implementations that cannot give none.
    /// </summary>
    Task<IReadOnlyList<string>> ReadLineAgainAsync(string imagePath, Box word, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
