namespace ZcIngest.Core.Reuse;

/// <summary>
/// Whether two documents are the same document, from their text and their page images. Text decides when both
/// have it: siblings of one template share the wording but not the digits (dates, areas, numbers), copies share
/// both. Page images decide for scans whose text says too little, and only when the digits do not disagree.
/// </summary>
public static class DocumentSimilarity
{
    public sealed record Result(bool Same, double? TextAll, double? TextVariable, int? PagesMatched, int? BestDistance)
    {
        /// <summary>The evidence in a reviewer's words.</summary>
        public string Describe() =>
            PagesMatched is > 0 && TextAll is null ? $"扫描页图像一致（{PagesMatched}页）"
            : PagesMatched is > 0 ? $"扫描页图像一致（{PagesMatched}页），文字相似度{Percent(TextAll)}"
            : $"文字内容相似度{Percent(TextAll)}";

        private static string Percent(double? x) => $"{Math.Round((x ?? 0) * 100):0}%";
    }

    public static Result Compare(DocumentFingerprint a, DocumentFingerprint b)
    {
        double? all = null, variable = null;
        if (a.Text is { } ta && b.Text is { } tb)
        {
            all = ta.SimilarityAll(tb);
            variable = ta.SimilarityVariable(tb);
        }
        var (matched, best) = MatchPages(a.Pages, b.Pages,
            all is null ? ReuseThresholds.SamePageDistanceWithoutText : ReuseThresholds.SamePageDistance);
        var smaller = Math.Min(a.Pages.Count, b.Pages.Count);

        var sameText = all is { } s && (variable is { } w
            ? s >= ReuseThresholds.SameTextAll && w >= ReuseThresholds.SameTextVariable
            : s >= ReuseThresholds.SameTextAllWithoutDigits);
        var wordsAgree = variable is { } v
            ? v >= ReuseThresholds.ImageMatchMinTextVariable && all >= ReuseThresholds.ImageMatchMinTextAllWithDigits
            : all is null || all >= ReuseThresholds.ImageMatchMinTextAll;
        var sameImages = smaller > 0 && matched * 2 >= smaller && wordsAgree;
        return new Result(sameText || sameImages, all, variable, smaller > 0 ? matched : null, best);
    }

    /// <summary>How many pages of the shorter document have a near-identical page in the other, and the closest distance.</summary>
    private static (int Matched, int? Best) MatchPages(IReadOnlyList<PerceptualHash> a, IReadOnlyList<PerceptualHash> b, int threshold)
    {
        if (a.Count == 0 || b.Count == 0) return (0, null);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var matched = 0;
        int? best = null;
        foreach (var page in small)
        {
            var d = large.Min(page.Distance);
            best = best is null ? d : Math.Min(best.Value, d);
            if (d <= threshold) matched++;
        }
        return (matched, best);
    }
}
