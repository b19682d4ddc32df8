using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

public class BundleSplitterTests
{
    private static readonly BundleSplitterOptions Options = new();

    /// <summary>A page that the page model thinks is class <paramref name="c"/> with probability <paramref name="p"/> (of 3 classes).</summary>
    private static PageEvidence P(int c, double p = 0.8, double boundary = 0, bool blank = false)
    {
        var probs = new double[3];
        for (var i = 0; i < 3; i++) probs[i] = i == c ? p : (1 - p) / 2;
        return new PageEvidence(probs, boundary, blank);
    }

    private static PageEvidence Blank() => new([1 / 3.0, 1 / 3.0, 1 / 3.0], 0, true);

    [Fact]
    public void Split_FindsTypeChanges_CleanSequence()
    {
        var segments = BundleSplitter.Split([P(0), P(0), P(0), P(1), P(1), P(2)], Options);
        Assert.Equal([(0, 1, 3), (1, 4, 5), (2, 6, 6)], segments.Select(s => (s.ClassIndex, s.FirstPage, s.LastPage)));
    }

    [Fact]
    public void Split_KeepsDocumentWhole_OneUnsurePageInside()
    {
        // Page 3 leans to class 1, but weakly: not worth two document starts.
        var segments = BundleSplitter.Split([P(0, 0.9), P(0, 0.9), P(1, 0.45), P(0, 0.9), P(0, 0.9)], Options);
        Assert.Single(segments);
        Assert.Equal((0, 1, 5), (segments[0].ClassIndex, segments[0].FirstPage, segments[0].LastPage));
    }

    [Fact]
    public void Split_SeparatesSameType_OnlyWithBoundaryCue()
    {
        var without = BundleSplitter.Split([P(2), P(2), P(2), P(2)], Options);
        var with = BundleSplitter.Split([P(2, boundary: 5), P(2), P(2, boundary: 5), P(2)], Options);
        Assert.Single(without);
        Assert.Equal([(1, 2), (3, 4)], with.Select(s => (s.FirstPage, s.LastPage)));
    }

    [Fact]
    public void Split_AttachesBlankToPreviousDocument_BlankSeparator()
    {
        var segments = BundleSplitter.Split([P(0), P(0), Blank(), P(1), P(1)], Options);
        Assert.Equal([(0, 1, 3), (1, 4, 5)], segments.Select(s => (s.ClassIndex, s.FirstPage, s.LastPage)));
    }

    [Fact]
    public void Split_ResistsCueAgainstContinuation_NegativeBoundaryEvidence()
    {
        // 第2页 on page 2 (evidence against a start) keeps a weakly different page in its document.
        var segments = BundleSplitter.Split([P(0, 0.9), P(1, 0.6, boundary: -5), P(0, 0.9)], Options);
        Assert.Single(segments);
    }

    [Fact]
    public void Split_ConfidenceIsMeanPageProbability_Segment()
    {
        var segments = BundleSplitter.Split([P(1, 0.9), P(1, 0.7)], Options);
        Assert.Equal(0.8, segments.Single().Confidence, 10);
    }

    [Fact]
    public void Split_ReturnsNothing_NoPages()
    {
        Assert.Empty(BundleSplitter.Split([], Options));
    }
}
