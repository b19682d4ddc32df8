namespace ZcIngest.Extractors.Formats.Docx;

/// <summary>What the walker found in a Word body, in reading order, before any layout is guessed.</summary>
public abstract record DocxItem;

/// <summary>A paragraph; <see cref="Text"/> may hold '\n' for manual line breaks and '\t' for tabs.</summary>
public sealed record DocxParagraph(string Text, double FontSizePt) : DocxItem;

public sealed record DocxTable(List<List<DocxCell>> Rows, List<double> GridColumnsPt) : DocxItem;

/// <summary>A table cell at its top-left grid position; cells covered by a merge are not listed.</summary>
public sealed class DocxCell
{
    public string Text { get; set; } = "";
    public int Row { get; init; }
    public int Column { get; init; }
    public int ColSpan { get; set; } = 1;
    public int RowSpan { get; set; } = 1;
}

/// <summary>An explicit page break (manual break, page-breaking section end, or Word's last rendered break).</summary>
public sealed record DocxPageBreak : DocxItem
{
    public static readonly DocxPageBreak Instance = new();
}
