using ZcIngest.Extractors.Formats.Docx;
using ZcIngest.Extractors.Formats.Image;
using ZcIngest.Extractors.Formats.LegacyWord;
using ZcIngest.Extractors.Formats.Pdf;

namespace ZcIngest.Extractors.Formats;

/// <summary>The one registration list of format readers. Adding a format is a folder, one line here, and its tests.</summary>
public static class FormatRegistry
{
    public static IReadOnlyList<IFormatReader> Default()
    {
        var docx = new DocxReader();
        return
        [
            docx,
            new LegacyWordReader(docx),
            new PdfReader(),
            new ImageReader(),
        ];
    }
}
