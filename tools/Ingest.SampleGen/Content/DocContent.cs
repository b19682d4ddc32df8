namespace ZcIngest.SampleGen.Content;

public enum Align { Left, Center, Right }

/// <summary>Format-neutral content of one document: what it says and in what order, not how a format draws it.</summary>
public abstract record Block;

public sealed record Title(string Text, double Size = 20) : Block;

public sealed record Paragraph(string Text, Align Align = Align.Left, double Size = 12, bool Bold = false, bool Indent = false)
    : Block;

/// <summary>
/// A bordered table. <see cref="Widths"/> are relative column widths. A row with fewer cells than columns lets its
/// last cell span the rest, as 通讯地址 does across the 4-column grid of 附件1.
/// </summary>
public sealed record TableBlock(IReadOnlyList<string[]> Rows, double[] Widths, bool HeaderRow = false, double Size = 11,
    bool Borderless = false) : Block;

/// <summary>A red round company seal with the organisation's name.</summary>
public sealed record Seal(string Text, Align Align = Align.Right) : Block;

public sealed record Spacer(double Points) : Block;

public sealed record PageBreak : Block;

public sealed class DocContent
{
    public List<Block> Blocks { get; } = [];
    public bool Landscape { get; init; }
    /// <summary>A decorative double border, as on certificates and licences.</summary>
    public bool Framed { get; init; }
    /// <summary>Title, author and dates a text PDF or DOCX carries in its metadata.</summary>
    public required string DocTitle { get; init; }
    public required DateTime CreatedAt { get; init; }
    public string Author { get; init; } = "";

    public DocContent Add(Block block) { Blocks.Add(block); return this; }
    public DocContent Title(string text, double size = 20) => Add(new Title(text, size));
    public DocContent Para(string text, Align align = Align.Left, double size = 12, bool bold = false, bool indent = false) =>
        Add(new Paragraph(text, align, size, bold, indent));
    public DocContent Table(IReadOnlyList<string[]> rows, double[] widths, bool header = false, double size = 11,
        bool borderless = false) => Add(new TableBlock(rows, widths, header, size, borderless));
    public DocContent Space(double points) => Add(new Spacer(points));
    public DocContent Break() => Add(new PageBreak());
    public DocContent Stamp(string text, Align align = Align.Right) => Add(new Seal(text, align));
}
