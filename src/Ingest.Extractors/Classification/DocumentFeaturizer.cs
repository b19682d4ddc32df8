using ZcIngest.Core.Documents;
using ZcIngest.Core.Ml;

namespace ZcIngest.Extractors.Classification;

/// <summary>
/// Turns pages of the document model into one sparse vector: hashed character n-grams of the body,
/// separately hashed n-grams of the title lines, and a few layout figures scaled to about 0–1 placed after
/// the hash buckets. The same featuriser serves whole documents and single pages.
/// </summary>
public sealed class DocumentFeaturizer
{
    public static readonly string[] LayoutFeatureNames =
    [
        "page_count", "table_text_share", "lines_per_page", "digit_ratio", "ocr_confidence", "ocr_page_share",
        "chars_per_page", "blank", "page_of_footer", "short_lines_share",
    ];

    private static readonly int PageOfFooterFeature = Array.IndexOf(LayoutFeatureNames, "page_of_footer");
    private static readonly uint BodySeed = FeatureHasher.NamespaceSeed("body");
    private static readonly uint TitleSeed = FeatureHasher.NamespaceSeed("title");
    private static readonly uint FirstLineSeed = FeatureHasher.NamespaceSeed("first-line");

    private readonly FeatureHasher _hasher;
    public DocumentFeatureSettings Settings { get; }

    public DocumentFeaturizer(DocumentFeatureSettings settings)
    {
        Settings = settings;
        _hasher = new FeatureHasher(settings.HashBits);
    }

    public int LayoutOffset => _hasher.Buckets;
    public int Dimension => _hasher.Buckets + LayoutFeatureNames.Length;
    public bool IsLayoutFeature(int index) => index >= LayoutOffset;

    public SparseVector Featurize(IReadOnlyList<Page> pages) => Featurize(pages, includeBody: true);

    /// <summary>
    /// What the boundary model sees of a page: its top lines and layout, not its body, so that it learns
    /// what a document's first page looks like whatever the document's type.
    /// </summary>
    public SparseVector FeaturizeTop(Page page) => Featurize([page], includeBody: false);

    private SparseVector Featurize(IReadOnlyList<Page> pages, bool includeBody)
    {
        var lines = pages.Select(p => p.Lines.Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList()).ToList();
        var body = ClassifierText.Normalize(string.Concat(lines.SelectMany(l => l)));
        if (body.Length > Settings.MaxBodyChars) body = body[..Settings.MaxBodyChars];
        // The title is what stands at the top of the first page with text, whatever order the reader gave its lines in.
        var firstWithText = pages.Select(TopDownText).FirstOrDefault(l => l.Count > 0) ?? [];
        var title = ClassifierText.Normalize(string.Concat(firstWithText.Take(Settings.TitleLines)));

        var bodyBuilder = new SparseVectorBuilder();
        _hasher.AddCharNgrams(bodyBuilder, body, Settings.MinNgram, Settings.MaxNgram, BodySeed);
        var titleBuilder = new SparseVectorBuilder();
        _hasher.AddCharNgrams(titleBuilder, title, Settings.MinNgram, Settings.MaxNgram, TitleSeed);

        var result = new SparseVectorBuilder();
        if (includeBody) result.AddAll(bodyBuilder.BuildLogScaledUnitNorm());
        else
        {
            // A first page's first line is usually its title; a continuation page's is mid-sentence.
            var first = ClassifierText.Normalize(firstWithText.FirstOrDefault() ?? "");
            var firstBuilder = new SparseVectorBuilder();
            _hasher.AddCharNgrams(firstBuilder, first, Settings.MinNgram, Settings.MaxNgram, FirstLineSeed);
            result.AddAll(firstBuilder.BuildLogScaledUnitNorm());
        }
        result.AddAll(titleBuilder.BuildLogScaledUnitNorm(Settings.TitleWeight));
        var layout = Layout(pages, lines, body);
        // The boundary model must not learn footers: the splitter's rules read 第X页 themselves, and a corpus
        // where only multi-page files carry footers would teach "no footer → a document starts here".
        if (!includeBody) layout[PageOfFooterFeature] = 0;
        for (var i = 0; i < layout.Length; i++) result.Add(LayoutOffset + i, layout[i] * Settings.LayoutWeight);
        return result.Build();
    }

    private static List<string> TopDownText(Page page) =>
        ClassifierText.TopDown(page).Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();

    private static double[] Layout(IReadOnlyList<Page> pages, List<List<string>> lines, string body)
    {
        var pageCount = Math.Max(1, pages.Count);
        var allText = string.Concat(lines.SelectMany(l => l));
        var chars = allText.Count(c => !char.IsWhiteSpace(c));
        // Tables of OCR pages (scanned lists) are left out: the committed model was trained on readings without them.
        var tableChars = pages.Where(p => p.Source != PageSource.Ocr).Sum(p => p.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Sum(c => c.Text.Count(ch => !char.IsWhiteSpace(ch))))));
        var lineCount = lines.Sum(l => l.Count);
        var digits = allText.Count(char.IsAsciiDigit) + allText.Count(c => c is >= '０' and <= '９');
        var ocrPages = pages.Where(p => p.OcrConfidence is not null).ToList();
        var shortLines = lines.SelectMany(l => l).Count(l => l.Trim().Length <= 12);
        return
        [
            Math.Min(1, Math.Log(1 + pages.Count) / Math.Log(51)),
            chars == 0 ? 0 : Math.Min(1, (double)tableChars / chars),
            Math.Min(1, Math.Log(1 + (double)lineCount / pageCount) / Math.Log(101)),
            chars == 0 ? 0 : (double)digits / chars,
            ocrPages.Count == 0 ? 0 : ocrPages.Average(p => p.OcrConfidence!.Value),
            (double)ocrPages.Count / pageCount,
            Math.Min(1, Math.Log(1 + (double)chars / pageCount) / Math.Log(5001)),
            body.Length < 10 ? 1 : 0,
            pages.Any(p => ClassifierText.PageOf(p.Text) is not null) ? 1 : 0,
            lineCount == 0 ? 0 : (double)shortLines / lineCount,
        ];
    }
}
