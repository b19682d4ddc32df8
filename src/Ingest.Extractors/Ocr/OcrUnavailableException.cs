namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// The OCR engine or a language pack is missing. The message starts with <c>OCR not available</c> and names
/// the Debian package to install, so the start-up log tells an operator exactly what to do.
/// </summary>
public sealed class OcrUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A page image that cannot be decoded or recognised (damaged, unsupported, too large).</summary>
public sealed class OcrImageException(string message) : Exception(message);
