using ZcIngest.SampleGen.Documents;
using ZcIngest.SampleGen.Truth;
using ZcIngest.SampleGen.Writers;

namespace ZcIngest.SampleGen.Generation;

/// <summary>Turns rendered documents into files in one of the formats applicants send.</summary>
public sealed class FileMaker(string workDir)
{
    private static readonly string[] OfficeCreators = ["Microsoft® Word 2016", "WPS 文字", "Microsoft® Word 2019", "Microsoft® Word for Microsoft 365"];
    private static readonly string[] ScannerCreators = ["Canon iR-ADV 4525", "HP Digital Sending Software", "EPSON Scan 2", "CamScanner", "KONICA MINOLTA bizhub C368"];
    private readonly PdfTextWriter _pdf = new();
    private readonly DocxWriter _docx = new();
    private readonly ScanWriter _scanner = new(workDir);

    public OutputFile Docx(RenderedDocument doc, string name) =>
        new(name, _docx.Write(doc.Content), new FileTruth
        {
            File = name, Type = doc.Type, Format = "docx", Rendering = "docx",
            Documents = [new DocumentInFile(doc.Type, doc.Key, [])],
        },
            [(doc, new List<int>())]);

    public OutputFile TextPdf(IReadOnlyList<RenderedDocument> docs, string name, Rng rng, DateTime? modifiedAt = null)
    {
        var (bytes, pages) = _pdf.WriteAll(docs.Select(d => d.Content).ToList(), rng, rng.Pick(OfficeCreators));
        if (modifiedAt is { } m) bytes = IncrementalUpdate.Apply(bytes, m, "Adobe Acrobat Pro DC 21.1.20155");
        return new(name, bytes, new FileTruth
        {
            File = name, Type = docs[0].Type, Format = "pdf", Rendering = "pdf_text", Pages = pages.Sum(p => p.Count),
            Documents = docs.Select((d, i) => new DocumentInFile(d.Type, d.Key, pages[i])).ToList(),
            IncrementalUpdate = modifiedAt is null ? null : true,
        }, docs.Select((d, i) => (d, pages[i])).ToList());
    }

    /// <summary>Scanned pages of several documents, in order, each document's pages listed.</summary>
    public (List<ScannedPage> Pages, List<(RenderedDocument Doc, List<int> Pages)> Contents) ScanDocuments(
        IReadOnlyList<RenderedDocument> docs, Rng rng, ScanProfile profile, Func<RenderedDocument, ISet<int>?>? poor = null)
    {
        var all = new List<ScannedPage>();
        var contents = new List<(RenderedDocument, List<int>)>();
        foreach (var doc in docs)
        {
            var docRng = rng.Derive(doc.Key);
            var pdf = _pdf.Write(doc.Content, docRng, "scan");
            var pages = _scanner.Scan(pdf, docRng, profile, poor?.Invoke(doc));
            contents.Add((doc, Enumerable.Range(all.Count + 1, pages.Count).ToList()));
            all.AddRange(pages);
        }
        return (all, contents);
    }

    public OutputFile ScanPdf(IReadOnlyList<RenderedDocument> docs, string name, Rng rng, ScanProfile profile,
        Func<RenderedDocument, ISet<int>?>? poor = null, bool bundle = false)
    {
        var (pages, contents) = ScanDocuments(docs, rng, profile, poor);
        var created = docs.Max(d => d.Content.CreatedAt).AddDays(rng.Between(1, 20));
        var bytes = ScanWriter.Wrap(pages, created, rng.Pick(ScannerCreators), rng, wrongDpi: rng.Chance(0.2));
        var details = new List<PageTruth>();
        foreach (var (doc, numbers) in contents)
            foreach (var n in numbers)
            {
                var p = pages[n - 1];
                details.Add(new PageTruth(n, doc.Type, p.Dpi, p.Angle, p.UpsideDown, p.Poor));
            }
        return new(name, bytes, new FileTruth
        {
            File = name, Type = bundle ? null : docs[0].Type, Format = "pdf", Rendering = "scan", Pages = pages.Count,
            Documents = contents.Select(c => new DocumentInFile(c.Doc.Type, c.Doc.Key, c.Pages)).ToList(), PageDetails = details,
        }, contents);
    }

    /// <summary>A photo or scan of a one-page document saved as a JPEG.</summary>
    public OutputFile Jpeg(RenderedDocument doc, string name, Rng rng, ScanProfile profile, bool poor = false)
    {
        var pdf = _pdf.Write(doc.Content, rng, "scan");
        var pages = _scanner.Scan(pdf, rng, profile with { UpsideDownChance = 0 }, poor ? new HashSet<int> { 1 } : null);
        var p = pages[0];
        return new(name, p.Jpeg, new FileTruth
        {
            File = name, Type = doc.Type, Format = "jpg", Rendering = "image", Pages = 1,
            Documents = [new DocumentInFile(doc.Type, doc.Key, [1])], PageDetails = [new PageTruth(1, doc.Type, p.Dpi, p.Angle, false, p.Poor)],
        }, [(doc, new List<int> { 1 })]);
    }
}
