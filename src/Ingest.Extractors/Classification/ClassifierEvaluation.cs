using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Classification;

/// <summary>Held-out figures of a document classifier: per document, per page, and per page of bound volumes after splitting.</summary>
public sealed record ClassifierEvaluation(
    ClassificationMetrics Documents,
    ClassificationMetrics Pages,
    int BundlePages,
    double BundlePageAccuracy,
    int BundleDocuments,
    int BundleDocumentsFound,
    double RoutedToOtherShare,
    IReadOnlyList<string> Failures)
{
    public static ClassifierEvaluation Evaluate(DocumentClassifier classifier, IReadOnlyList<LabeledFile> files,
        IReadOnlyList<string> classes)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);
        int Index(DocumentType t) => index.TryGetValue(t.JsonName(), out var i) ? i : -1;

        var docTruth = new List<int>();
        var docPred = new List<int>();
        var routed = 0;
        var pageTruth = new List<int>();
        var pagePred = new List<int>();
        int bundlePages = 0, bundleCorrect = 0, bundleDocs = 0, bundleDocsFound = 0;
        var failures = new List<string>();
        static string Parts(IEnumerable<(DocumentType Type, int First, int Last)> parts) =>
            string.Join(" ", parts.Select(p => $"{p.Type.JsonName()}[{p.First}-{p.Last}]"));
        foreach (var file in files)
        {
            var isBundle = file.Parts.Count > 1;
            if (!isBundle)
            {
                var truth = Index(file.Parts[0].Type);
                var c = classifier.Classify(file.Pages);
                if (c.Type == DocumentType.Other && file.Parts[0].Type != DocumentType.Other) routed++;
                if (truth >= 0)
                {
                    docTruth.Add(truth);
                    docPred.Add(Index(c.BestGuess));
                }
                if (c.Type != file.Parts[0].Type)
                    failures.Add($"{file.Group}/{file.File}: {file.Parts[0].Type.JsonName()} classified {c.Type.JsonName()} ({c.BestGuess.JsonName()} {c.Confidence:0.00})");
            }
            foreach (var page in file.Pages)
            {
                if (PageCues.Of(page).IsBlank) continue;
                var truth = Index(file.TypeOfPage(page.Number));
                if (truth < 0) continue;
                pageTruth.Add(truth);
                pagePred.Add(Index(classifier.ClassifyPage(page).BestGuess));
            }
            if (isBundle)
            {
                var parts = classifier.ClassifyFile(file.Pages);
                foreach (var page in file.Pages)
                {
                    bundlePages++;
                    var predicted = parts.First(p => page.Number >= p.FirstPage && page.Number <= p.LastPage).Classification.Type;
                    if (predicted == file.TypeOfPage(page.Number)) bundleCorrect++;
                }
                bundleDocs += file.Parts.Count;
                var found = file.Parts.Count(t => parts.Any(p => p.FirstPage == t.FirstPage && p.LastPage == t.LastPage
                                                                 && p.Classification.Type == t.Type));
                bundleDocsFound += found;
                if (found < file.Parts.Count)
                    failures.Add($"{file.Group}/{file.File}: truth {Parts(file.Parts.Select(p => (p.Type, p.FirstPage, p.LastPage)))} " +
                                 $"split {Parts(parts.Select(p => (p.Classification.Type, p.FirstPage, p.LastPage)))}");
            }
        }
        return new ClassifierEvaluation(
            ClassificationMetrics.Compute(classes, docTruth, docPred),
            ClassificationMetrics.Compute(classes, pageTruth, pagePred),
            bundlePages, bundlePages == 0 ? 0 : Math.Round((double)bundleCorrect / bundlePages, 4),
            bundleDocs, bundleDocsFound,
            docTruth.Count == 0 ? 0 : Math.Round((double)routed / docTruth.Count, 4),
            failures);
    }
}
