using System.Text.Json;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Json;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Classification;

/// <summary>Everything besides weights that a classifier model file carries and its user must apply the same way.</summary>
public sealed record DocumentClassifierSettings
{
    public DocumentFeatureSettings Features { get; init; } = new();
    /// <summary>Below this confidence the type is <c>other</c> and the document goes to a person.</summary>
    public double OtherThreshold { get; init; } = 0.5;
    /// <summary>Files with at least this many pages are checked for being a bound volume of several documents.</summary>
    public int MinBundlePages { get; init; } = 3;
    public BundleSplitterOptions Splitter { get; init; } = new();
}

/// <param name="Type">The decided type: <see cref="DocumentType.Other"/> when the model was not confident.</param>
/// <param name="BestGuess">The model's most probable type, even when it was not confident enough.</param>
public sealed record DocumentClassification(DocumentType Type, double Confidence, DocumentType BestGuess,
    IReadOnlyDictionary<DocumentType, double> Probabilities);

/// <summary>One logical document of a file: all its pages, or a page range of a bound volume.</summary>
public sealed record ClassifiedPart(int FirstPage, int LastPage, DocumentClassification Classification);

/// <summary>
/// Tells what a document is from the document model: a <c>document</c> model for whole files, a <c>page</c>
/// model and an optional <c>boundary</c> model for splitting bound volumes.
/// </summary>
public sealed class DocumentClassifier
{
    public const string Kind = "document-classifier";
    public const string DocumentModel = "document";
    public const string PageModel = "page";
    public const string BoundaryModel = "boundary";

    private readonly SoftmaxModel _document;
    private readonly SoftmaxModel _page;
    private readonly SoftmaxModel? _boundary;
    private readonly DocumentType[] _documentTypes;
    private readonly DocumentType[] _pageTypes;

    public DocumentClassifierSettings Settings { get; }
    public DocumentFeaturizer Featurizer { get; }

    public DocumentClassifier(SoftmaxModel document, SoftmaxModel page, SoftmaxModel? boundary, DocumentClassifierSettings settings)
    {
        _document = document;
        _page = page;
        _boundary = boundary;
        Settings = settings;
        Featurizer = new DocumentFeaturizer(settings.Features);
        _documentTypes = document.Classes.Select(ParseType).ToArray();
        _pageTypes = page.Classes.Select(ParseType).ToArray();
    }

    public static DocumentClassifier FromModelFile(ModelFile file)
    {
        if (file.Kind != Kind) throw new InvalidDataException($"model file is a '{file.Kind}', not a {Kind}");
        var settings = file.FeatureSettings is { } element
            ? element.Deserialize<DocumentClassifierSettings>(IngestJson.Options) ?? new DocumentClassifierSettings()
            : throw new InvalidDataException("model file has no feature settings");
        return new DocumentClassifier(file.Model(DocumentModel), file.Model(PageModel),
            file.Models.ContainsKey(BoundaryModel) ? file.Model(BoundaryModel) : null, settings);
    }

    public static DocumentClassifier Load(string path) => FromModelFile(ModelFile.FromJson(File.ReadAllText(path)));

    /// <summary>
    /// The model's decision, unless the document's title names one type plainly (<see cref="TitleCues"/>) and the
    /// model did not rule that type out: then the title decides, with the model's probability as floor of the
    /// confidence reported.
    /// </summary>
    public DocumentClassification Classify(IReadOnlyList<Page> pages)
    {
        var decided = Decide(_document.Predict(Featurizer.Featurize(pages)), _documentTypes);
        if (TitleCues.Of(pages) is not { } titled || titled == decided.Type) return decided;
        var p = decided.Probabilities.GetValueOrDefault(titled);
        if (p < MinTitleProbability) return decided;
        return decided with { Type = titled, Confidence = Math.Max(p, Settings.OtherThreshold) };
    }

    /// <summary>A title is not trusted against a model that gives its type almost no chance (a quoted title in a letter).</summary>
    private const double MinTitleProbability = 0.01;

    public DocumentClassification ClassifyPage(Page page) =>
        Decide(_page.Predict(Featurizer.Featurize([page])), _pageTypes);

    /// <summary>
    /// A file as one or more logical documents: short files are one document; a longer one is split by
    /// page predictions and boundary cues, and each part is then classified as a whole.
    /// </summary>
    /// <param name="fileName">
    /// Used only for a short file whose pages hold next to no readable text (a scan too poor to recognise): its name
    /// (「03-营业执照.jpg」) then gives the type at the threshold's confidence, so that the paper counts as submitted —
    /// unreadable, not missing; or where it names the very type the model ranks first, under the threshold.
    /// </param>
    public IReadOnlyList<ClassifiedPart> ClassifyFile(IReadOnlyList<Page> pages, string? fileName = null)
    {
        if (pages.Count == 0) return [];
        if (pages.Count < Settings.MinBundlePages)
        {
            var whole = Classify(pages);
            if (whole.Type == DocumentType.Other && TitleCues.OfFileName(fileName) is { } named
                && (HasNoReadableText(pages) || (named == whole.BestGuess && whole.Confidence >= MinAgreedConfidence)))
                // The file's name is a second opinion too: a lease's second page (「附件5 场地租赁合同-第2页.jpg」) that the
                // model ranks a lease, below the threshold, is the lease its name says.
                whole = whole with { Type = named, Confidence = Math.Max(whole.Confidence, Settings.OtherThreshold) };
            return [new ClassifiedPart(1, pages.Count, whole)];
        }
        var segments = Split(pages);
        if (segments.Count == 1) return [new ClassifiedPart(1, pages.Count, Classify(pages))];
        return segments.Select(s => new ClassifiedPart(s.FirstPage, s.LastPage,
            WithSequence(Classify(pages.Skip(s.FirstPage - 1).Take(s.LastPage - s.FirstPage + 1).ToList()), s))).ToList();
    }

    /// <summary>
    /// In a bound volume the page sequence is a second opinion: a part the splitter labelled with the very type the
    /// part's own model ranks first keeps that type, even when the part alone (one smudged letter among five clean
    /// ones) falls under the threshold. Two models that agree on a type are not a document to route to a person.
    /// </summary>
    private DocumentClassification WithSequence(DocumentClassification part, BundleSegment segment) =>
        part.Type == DocumentType.Other && part.BestGuess != DocumentType.Other
            && part.BestGuess == _pageTypes[segment.ClassIndex] && part.Confidence >= MinAgreedConfidence
            ? part with { Type = part.BestGuess }
            : part;

    /// <summary>Under this the part's model barely prefers its best guess, and agreement means little.</summary>
    private const double MinAgreedConfidence = 0.3;

    /// <summary>Fewer letters and digits than a title has, on all pages together.</summary>
    private static bool HasNoReadableText(IReadOnlyList<Page> pages) =>
        pages.Sum(p => p.Text.Count(char.IsLetterOrDigit)) < MinReadableCharacters;

    private const int MinReadableCharacters = 8;

    public IReadOnlyList<BundleSegment> Split(IReadOnlyList<Page> pages) =>
        BundleSplitter.Split(PageEvidence(pages), Settings.Splitter);

    public IReadOnlyList<PageEvidence> PageEvidence(IReadOnlyList<Page> pages)
    {
        var result = new List<PageEvidence>(pages.Count);
        PageCues? previous = null;
        foreach (var page in pages)
        {
            var cues = PageCues.Of(page);
            var x = Featurizer.Featurize([page]);
            var odds = PageCues.RuleLogOdds(cues, previous);
            if (_boundary is not null && !cues.IsBlank)
            {
                var p = Math.Clamp(_boundary.Predict(Featurizer.FeaturizeTop(page))[1], 1e-6, 1 - 1e-6);
                odds += Math.Log(p / (1 - p));
            }
            result.Add(new PageEvidence(_page.Predict(x), odds, cues.IsBlank));
            previous = cues;
        }
        return result;
    }

    private DocumentClassification Decide(double[] probabilities, DocumentType[] types)
    {
        var byType = new Dictionary<DocumentType, double>();
        for (var i = 0; i < types.Length; i++) byType[types[i]] = byType.GetValueOrDefault(types[i]) + probabilities[i];
        var best = byType.MaxBy(kv => kv.Value);
        var type = best.Value >= Settings.OtherThreshold ? best.Key : DocumentType.Other;
        return new DocumentClassification(type, best.Value, best.Key, byType);
    }

    private static DocumentType ParseType(string name) =>
        DocumentTypes.TryParse(name, out var t) ? t : throw new InvalidDataException($"model file names an unknown document type '{name}'");
}
