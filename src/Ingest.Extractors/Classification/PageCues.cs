using ZcIngest.Core.Documents;

namespace ZcIngest.Extractors.Classification;

/// <summary>Layout cues of one page that say whether a document starts on it, independent of any model.</summary>
public sealed record PageCues(bool IsBlank, int? PageNumber, int? PageTotal)
{
    /// <summary>Lines at the top and bottom of a page where headers and footers live.</summary>
    private const int EdgeLines = 3;

    public static PageCues Of(Page page)
    {
        var lines = ClassifierText.TopDown(page).Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var visible = ClassifierText.Normalize(string.Concat(lines)).Length;
        (int Page, int? Of)? pageOf = null;
        foreach (var line in lines.TakeLast(EdgeLines).Reverse().Concat(lines.Take(EdgeLines)))
            if ((pageOf = ClassifierText.PageOf(line)) is not null) break;
        return new PageCues(visible < 10, pageOf?.Page, pageOf?.Of);
    }

    /// <summary>
    /// Rule evidence for a document starting here, in nats: a footer 第1页 is a start, 第3页 is not; the page
    /// after a blank separator probably is.
    /// </summary>
    public static double RuleLogOdds(PageCues current, PageCues? previous)
    {
        if (current.IsBlank) return 0;
        var odds = 0.0;
        if (current.PageNumber == 1) odds += 5;
        else if (current.PageNumber > 1) odds -= 5;
        if (previous?.IsBlank == true) odds += 3;
        if (previous is { PageNumber: { } p, PageTotal: { } total } && p == total) odds += 2;
        return odds;
    }
}
