using ZcIngest.Core.Reports;

namespace ZcIngest.Extractors.Forensics;

/// <summary>What one revision after the original changed, judged by the objects it wrote.</summary>
public enum UpdateKind
{
    /// <summary>Wrote nothing but bookkeeping.</summary>
    Empty,
    /// <summary>Added a digital signature (with the widget, form and page entries a signature needs).</summary>
    Signature,
    /// <summary>Added validation material for existing signatures.</summary>
    SignatureSupport,
    /// <summary>Filled in form fields, nothing drawn on the pages themselves.</summary>
    FormFill,
    /// <summary>Wrote within seconds of the creation by the same program: part of making the file.</summary>
    AtCreation,
    /// <summary>Changed only the document information or XMP metadata.</summary>
    Metadata,
    /// <summary>Changed pages, their drawings, images, fonts or annotations.</summary>
    Content,
}

/// <param name="UnplacedStreams">Content streams written that no page of the final document draws.</param>
public sealed record PdfUpdate(int Revision, UpdateKind Kind, IReadOnlyList<ObjectRole> Roles, IReadOnlyList<int> Pages,
    int Objects, int FreedObjects, XrefKind Xref, string? Tool, DateTimeOffset? ModDate, int UnplacedStreams = 0);

/// <summary>Producer, Creator and dates of a document information dictionary, strings decoded.</summary>
public sealed record PdfInfoFacts(string? Producer, string? Creator, DateTimeOffset? CreationDate, DateTimeOffset? ModDate);

/// <summary>The verdict on one file: what was found, how much it matters, and which pages it touched (empty: unknown).</summary>
public sealed record PdfModificationFinding(Severity Severity, string Message, IReadOnlyList<int> Pages);

/// <summary>Facts read from one PDF's bytes. Nothing here is inferred beyond what the structure shows.</summary>
public sealed class PdfForensicReport
{
    public long FileBytes { get; init; }
    /// <summary>Why the file could not be analysed (too large, not a PDF…); null when it was.</summary>
    public string? Error { get; init; }
    public int EofMarkers { get; init; }
    public int Revisions { get; init; }
    public int XrefTables { get; init; }
    public int XrefStreams { get; init; }
    /// <summary>Trailers pointing back to an earlier cross-reference section.</summary>
    public int PrevLinks { get; init; }
    public bool Linearized { get; init; }
    public bool Encrypted { get; init; }
    public PdfInfoFacts? Info { get; init; }
    /// <summary>The information dictionary as the first revision wrote it, when a later one replaced it.</summary>
    public PdfInfoFacts? OriginalInfo { get; init; }
    public XmpFacts? Xmp { get; init; }
    public IReadOnlyList<PdfUpdate> Updates { get; init; } = [];
    public IReadOnlyList<TextOverImage> TextOverImages { get; init; } = [];
    public PdfModificationFinding? Finding { get; set; }
}

/// <summary>Visible text drawn on a page that is essentially one scanned image.</summary>
/// <param name="Characters">Characters of visible (not OCR-invisible) text on the page.</param>
/// <param name="ImageCoverage">Share of the page the largest image covers, 0–1.</param>
public sealed record TextOverImage(int Page, int Characters, double ImageCoverage, string Sample);
