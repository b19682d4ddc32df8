using ZcIngest.Core.Documents;

namespace ZcIngest.Extractors.Ocr;

internal static class PageCopy
{
    /// <summary>The same page pointing at the image its boxes refer to.</summary>
    public static Page WithImageRef(this Page page, string imageRef) => new()
    {
        Number = page.Number,
        Width = page.Width,
        Height = page.Height,
        Unit = page.Unit,
        Rotation = page.Rotation,
        Deskew = page.Deskew,
        Source = page.Source,
        Blocks = page.Blocks,
        Tables = page.Tables,
        OcrConfidence = page.OcrConfidence,
        ImageRef = imageRef,
    };
}
