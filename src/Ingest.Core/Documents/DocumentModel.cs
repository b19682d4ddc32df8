using System.Text.Json.Serialization;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Documents;

/// <summary>
/// The one document model every reader produces and everything downstream consumes. Nothing after a
/// reader sees OpenXml, poppler or Tesseract types. Coordinates are page coordinates: points (1/72 in)
/// for DOCX and PDF text layers, pixels of the page image for OCR pages (<see cref="Page.Unit"/>).
/// </summary>
public sealed class ReadDocument
{
    /// <summary>The file name as submitted (no directory).</summary>
    public string File { get; init; } = "";
    /// <summary>The format decided from the content: docx, doc, pdf, png, jpeg, tiff…</summary>
    public string Format { get; init; } = "";
    public List<Page> Pages { get; init; } = [];
    /// <summary>Document metadata the reader saw (PDF Producer, Creator, dates…), for forensics.</summary>
    public Dictionary<string, string> Metadata { get; init; } = new();

    /// <summary>The text of all pages, separated by a form feed like pdftotext.</summary>
    public string Text => string.Join('\f', Pages.Select(p => p.Text));
}

public enum PageSource { Docx, PdfText, Ocr }

/// <summary>A page as read. A record so that a copy with one thing changed (its image, its words) is <c>page with { … }</c>.</summary>
public sealed record Page
{
    /// <summary>1-based page number within the file.</summary>
    public int Number { get; init; }
    public double Width { get; init; }
    public double Height { get; init; }
    /// <summary>"pt" or "px".</summary>
    public string Unit { get; init; } = "pt";
    /// <summary>Clockwise rotation in degrees already applied to make the page upright (0, 90, 180, 270).</summary>
    public int Rotation { get; init; }
    /// <summary>Skew angle in degrees corrected before recognition (OCR pages).</summary>
    public double? Deskew { get; init; }
    public PageSource Source { get; init; }
    public List<Block> Blocks { get; init; } = [];
    public List<Table> Tables { get; init; } = [];
    /// <summary>Mean word confidence 0–1 for OCR pages, null otherwise.</summary>
    public double? OcrConfidence { get; init; }
    /// <summary>Where the rendered page image is kept (OCR pages), so a reviewer can be shown the spot.</summary>
    public string? ImageRef { get; init; }

    /// <summary>Page text in reading order: blocks' lines joined by newlines. Table text is in blocks too.</summary>
    [JsonIgnore]
    public string Text => string.Join('\n', Blocks.SelectMany(b => b.Lines).Select(l => l.Text));

    [JsonIgnore]
    public IEnumerable<Line> Lines => Blocks.SelectMany(b => b.Lines);
}

public sealed class Block
{
    public Box? Box { get; init; }
    public List<Line> Lines { get; init; } = [];
}

public sealed class Line
{
    public Box? Box { get; init; }
    public List<Word> Words { get; init; } = [];
    /// <summary>The line's text; for CJK, words are joined without spaces where the source had none.</summary>
    public string Text { get; init; } = "";
}

public sealed class Word
{
    public string Text { get; init; } = "";
    public Box? Box { get; init; }
    /// <summary>0–1 for OCR words, null for text layers.</summary>
    public double? Confidence { get; init; }
}

/// <summary>A table as rows × cells; a merged cell appears once with its spans, at its top-left position.</summary>
public sealed class Table
{
    public Box? Box { get; init; }
    public List<TableRow> Rows { get; init; } = [];
}

public sealed class TableRow
{
    public List<TableCell> Cells { get; init; } = [];
}

public sealed class TableCell
{
    public string Text { get; init; } = "";
    /// <summary>0-based column index in the table's grid (after resolving merges).</summary>
    public int Column { get; init; }
    public int RowSpan { get; init; } = 1;
    public int ColSpan { get; init; } = 1;
    public Box? Box { get; init; }
}

public enum ReadStatus { Ok, Partial, Failed }

/// <summary>What a reader returns: never an exception for a bad file.</summary>
public sealed class ReadResult
{
    public ReadStatus Status { get; init; }
    public ReadDocument? Document { get; init; }
    /// <summary>One per failed part (the whole file, or one page), in words a clerk understands.</summary>
    public List<ReadError> Errors { get; init; } = [];
    public Dictionary<string, double> TimingsMs { get; init; } = new();

    public static ReadResult Failed(string file, string message, string? detail = null) => new()
    {
        Status = ReadStatus.Failed,
        Errors = [new ReadError(file, message, detail)],
    };
}

/// <param name="Part">The file, or "file p.3" for one page.</param>
/// <param name="Message">Short and plain: <c>encrypted PDF</c>, <c>file is empty</c>, <c>damaged PDF</c>.</param>
/// <param name="Detail">Technical detail for the log (tool output), never shown as the headline.</param>
public sealed record ReadError(string Part, string Message, string? Detail = null);
