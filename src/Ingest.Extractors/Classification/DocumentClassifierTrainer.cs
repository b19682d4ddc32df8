using ZcIngest.Core.Documents;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Classification;

/// <summary>One logical document of a labelled file: its type and 1-based inclusive page range.</summary>
public sealed record TruthPart(DocumentType Type, int FirstPage, int LastPage);

/// <summary>A read file with its true parts (one part unless it is a bound volume). Group = submission, for splitting.</summary>
public sealed record LabeledFile(string Group, string File, IReadOnlyList<Page> Pages, IReadOnlyList<TruthPart> Parts)
{
    public DocumentType TypeOfPage(int pageNumber) =>
        Parts.FirstOrDefault(p => pageNumber >= p.FirstPage && pageNumber <= p.LastPage)?.Type ?? DocumentType.Other;
}

public sealed record DocumentClassifierTrainingOptions
{
    public SoftmaxTrainerOptions Document { get; init; } = new() { Lambda = 1e-3 };
    public SoftmaxTrainerOptions Page { get; init; } = new() { Lambda = 1e-3 };
    public SoftmaxTrainerOptions Boundary { get; init; } = new() { Lambda = 1e-3 };
    /// <summary>Hashed n-grams seen in fewer training samples than this are dropped (layout features stay).</summary>
    public int MinFeatureSamples { get; init; } = 2;
}

/// <summary>The three sample sets a classifier model is trained on, with their class names.</summary>
public sealed record ClassifierSamples(
    IReadOnlyList<string> Classes,
    IReadOnlyList<LabeledSample> Documents,
    IReadOnlyList<LabeledSample> Pages,
    IReadOnlyList<LabeledSample> Boundaries);

public sealed record ClassifierTrainingResult(DocumentClassifier Classifier, SoftmaxModel Document, SoftmaxModel Page,
    SoftmaxModel? Boundary, IReadOnlyDictionary<string, TrainingSummary> Summaries);

/// <summary>Builds samples from labelled files and trains the document, page and boundary models. No I/O.</summary>
public static class DocumentClassifierTrainer
{
    public static readonly string[] BoundaryClasses = ["continues", "starts"];

    /// <summary>Class names in the contract's order, only those that occur in <paramref name="files"/>.</summary>
    public static IReadOnlyList<string> ClassesOf(IEnumerable<LabeledFile> files)
    {
        var present = files.SelectMany(f => f.Parts).Select(p => p.Type).ToHashSet();
        return Enum.GetValues<DocumentType>().Where(present.Contains).Select(t => t.JsonName()).ToList();
    }

    public static ClassifierSamples BuildSamples(IReadOnlyList<LabeledFile> files, IReadOnlyList<string> classes,
        DocumentFeaturizer featurizer)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);
        var documents = new List<LabeledSample>();
        var pages = new List<LabeledSample>();
        var boundaries = new List<LabeledSample>();
        foreach (var file in files)
        {
            foreach (var part in file.Parts)
            {
                var range = file.Pages.Where(p => p.Number >= part.FirstPage && p.Number <= part.LastPage).ToList();
                if (range.Count > 0 && index.TryGetValue(part.Type.JsonName(), out var label))
                    documents.Add(new LabeledSample(featurizer.Featurize(range), label));
            }
            var starts = file.Parts.Select(p => p.FirstPage).ToHashSet();
            foreach (var page in file.Pages)
            {
                if (PageCues.Of(page).IsBlank) continue;
                var x = featurizer.Featurize([page]);
                if (index.TryGetValue(file.TypeOfPage(page.Number).JsonName(), out var label))
                    pages.Add(new LabeledSample(x, label));
                boundaries.Add(new LabeledSample(featurizer.FeaturizeTop(page), starts.Contains(page.Number) ? 1 : 0));
            }
        }
        return new ClassifierSamples(classes, documents, pages, Balance(boundaries));
    }

    /// <summary>
    /// Most files are single documents, so most first pages are starts; weighting both classes equally keeps
    /// the boundary model's log-odds free of that prior, which depends on the corpus rather than the bundle.
    /// </summary>
    private static List<LabeledSample> Balance(List<LabeledSample> samples)
    {
        var starts = samples.Count(s => s.Label == 1);
        var continues = samples.Count - starts;
        if (starts == 0 || continues == 0) return samples;
        return samples.Select(s => s with { Weight = samples.Count / (2.0 * (s.Label == 1 ? starts : continues)) }).ToList();
    }

    public static ClassifierTrainingResult Train(ClassifierSamples samples, DocumentClassifierSettings settings,
        DocumentClassifierTrainingOptions options)
    {
        var featurizer = new DocumentFeaturizer(settings.Features);
        var summaries = new Dictionary<string, TrainingSummary>();
        SoftmaxModel Fit(string name, IReadOnlyList<LabeledSample> set, IReadOnlyList<string> classes, SoftmaxTrainerOptions o)
        {
            var filtered = FeatureFilter.DropRare(set, options.MinFeatureSamples, featurizer.IsLayoutFeature);
            var (model, summary) = SoftmaxTrainer.Train(filtered, classes, o);
            summaries[name] = summary;
            return model;
        }

        var document = Fit(DocumentClassifier.DocumentModel, samples.Documents, samples.Classes, options.Document);
        var page = Fit(DocumentClassifier.PageModel, samples.Pages, samples.Classes, options.Page);
        var boundary = samples.Boundaries.Select(s => s.Label).Distinct().Count() == 2
            ? Fit(DocumentClassifier.BoundaryModel, samples.Boundaries, BoundaryClasses, options.Boundary)
            : null;
        var classifier = new DocumentClassifier(document, page, boundary, settings);
        return new ClassifierTrainingResult(classifier, document, page, boundary, summaries);
    }
}
