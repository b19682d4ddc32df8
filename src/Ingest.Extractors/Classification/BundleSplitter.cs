namespace ZcIngest.Extractors.Classification;

/// <summary>What the splitter knows about one page of a bound volume.</summary>
/// <param name="Probabilities">Page-level class probabilities, in the classifier's class order.</param>
/// <param name="BoundaryLogOdds">Evidence that a new document starts on this page (title lines, 第1页…), in nats; 0 = no evidence.</param>
/// <param name="IsBlank">A blank separator page: it carries no type and ends the document before it.</param>
public sealed record PageEvidence(double[] Probabilities, double BoundaryLogOdds, bool IsBlank);

/// <summary>One logical document found in a bundle: a class index and a 1-based inclusive page range.</summary>
public sealed record BundleSegment(int ClassIndex, int FirstPage, int LastPage, double Confidence);

public sealed record BundleSplitterOptions
{
    /// <summary>The cost, in nats, of starting a new document: the pages' evidence must outweigh it.</summary>
    public double StartPenalty { get; init; } = 1.0;
    /// <summary>Probabilities are floored so one odd page (a photo, a stamp) cannot cost infinitely much.</summary>
    public double ProbabilityFloor { get; init; } = 1e-3;
}

/// <summary>
/// Splits a bound volume into logical documents: a Viterbi path over (class, new-document-or-not) per
/// page. Continuing a document keeps its class and costs nothing; starting one costs
/// <see cref="BundleSplitterOptions.StartPenalty"/> minus the page's boundary evidence. So the type changes
/// only where the page predictions clearly change, and two documents of the same type in a row are told
/// apart only by boundary cues. Blank pages join the document before them.
/// </summary>
public static class BundleSplitter
{
    public static IReadOnlyList<BundleSegment> Split(IReadOnlyList<PageEvidence> pages, BundleSplitterOptions options)
    {
        if (pages.Count == 0) return [];
        var k = pages[0].Probabilities.Length;
        if (k == 0 || pages.Any(p => p.Probabilities.Length != k)) throw new ArgumentException("every page needs one probability per class");

        var n = pages.Count;
        var score = new double[n, k];
        var fromClass = new int[n, k];
        var started = new bool[n, k];
        for (var c = 0; c < k; c++) { score[0, c] = Emission(pages[0], c, options); started[0, c] = true; }

        for (var t = 1; t < n; t++)
        {
            var bestPrev = 0;
            for (var c = 1; c < k; c++) if (score[t - 1, c] > score[t - 1, bestPrev]) bestPrev = c;
            var startGain = pages[t].IsBlank ? double.NegativeInfinity : pages[t].BoundaryLogOdds - options.StartPenalty;
            for (var c = 0; c < k; c++)
            {
                var stay = score[t - 1, c];
                var start = score[t - 1, bestPrev] + startGain;
                var e = Emission(pages[t], c, options);
                if (start > stay) { score[t, c] = start + e; fromClass[t, c] = bestPrev; started[t, c] = true; }
                else { score[t, c] = stay + e; fromClass[t, c] = c; }
            }
        }

        var path = new int[n];
        var starts = new bool[n];
        var last = 0;
        for (var c = 1; c < k; c++) if (score[n - 1, c] > score[n - 1, last]) last = c;
        path[n - 1] = last;
        for (var t = n - 1; t > 0; t--)
        {
            starts[t] = started[t, path[t]];
            path[t - 1] = fromClass[t, path[t]];
        }
        starts[0] = true;

        var segments = new List<BundleSegment>();
        var first = 0;
        for (var t = 1; t <= n; t++)
        {
            if (t < n && !starts[t]) continue;
            var cls = path[first];
            var content = Enumerable.Range(first, t - first).Where(i => !pages[i].IsBlank).ToList();
            var confidence = content.Count == 0 ? 0 : content.Average(i => pages[i].Probabilities[cls]);
            segments.Add(new BundleSegment(cls, first + 1, t, confidence));
            first = t;
        }
        return segments;
    }

    private static double Emission(PageEvidence page, int c, BundleSplitterOptions options) =>
        page.IsBlank ? 0 : Math.Log(Math.Max(options.ProbabilityFloor, page.Probabilities[c]));
}
