namespace ZcIngest.Extractors.Formats;

/// <summary>A file's format as decided from its content (magic bytes), never from its extension.</summary>
public enum FileFormat
{
    Unknown,
    Empty,
    Docx,
    /// <summary>OLE2 compound file: legacy .doc / .wps.</summary>
    LegacyWord,
    /// <summary>Rich Text Format: many ".doc" forms published by offices are RTF inside; converted like legacy Word.</summary>
    Rtf,
    Pdf,
    Png,
    Jpeg,
    Tiff,
    Zip,
    Executable,
}
