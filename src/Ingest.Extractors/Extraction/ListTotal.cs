using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// The total a list states under its rows: 「合计：6人，其中专职4人。」, 「合计入驻团队和企业16家，其中科技型13家。」,
/// 「共计12人」. On a scan OCR drops or merges rows of a table far more often than it misreads this one sentence, so
/// the stated figures are what a count of a scanned list rests on when the rows read do not add up to them.
/// </summary>
public static partial class ListTotal
{
    /// <summary>
    /// The last row number a scanned list's 序号 column shows (a line or a line's first word that is a bare number), when
    /// the numbers from 1 up to it are mostly there: a scan that loses a table's rows still shows their numbers. Null for a
    /// list with a text layer or without a run of row numbers.
    /// </summary>
    public static int? LastRowNumber(DocumentView view)
    {
        if (!view.Pages.Any(p => p.Source == Core.Documents.PageSource.Ocr)) return null;
        var numbers = new HashSet<int>();
        foreach (var line in view.Lines)
        {
            var first = line.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (first.Length is > 0 and <= 3 && first.All(char.IsAsciiDigit) && int.Parse(first) is var n and >= 1 and <= MaxRows) numbers.Add(n);
        }
        int? last = null;
        for (var n = 3; n <= MaxRows; n++)
            if (numbers.Contains(n) && Enumerable.Range(1, n).Count(numbers.Contains) >= Math.Ceiling(0.7 * n)) last = n;
        return last;
    }

    private const int MaxRows = 200;

    /// <summary>The stated total and its part (专职 / 科技型), or null when the list states none or states two different totals.</summary>
    public static StatedTotal? Find(DocumentView view)
    {
        var flow = new FlowText(ReadingOrder(view.Lines));
        var matches = Total().Matches(flow.Text);
        // 「11人，其中专职10人。」: a scan that lost the word 合计 before it still states the total with its part.
        if (matches.Count == 0) matches = TotalWithPartOnly().Matches(flow.Text);
        var found = matches.Select(m => (Match: m, Total: int.Parse(m.Groups["n"].Value),
            Part: m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : (int?)null)).ToList();
        if (found.Count == 0 || found.Select(f => f.Total).Distinct().Count() > 1) return null;
        var first = found[0];
        var part = found.Select(f => f.Part).FirstOrDefault(p => p is not null);
        if (part > first.Total) part = null;
        var where = ValueReader.Of(ScalarValue.Of(first.Total), flow.SpanOf(first.Match), view.DocumentId, 0.9, first.Match.Value);
        return new StatedTotal(where, first.Total, part, view.Pages.Any(p => p.Source == Core.Documents.PageSource.Ocr));
    }

    /// <summary>
    /// Lines of a scanned page row by row, left to right. OCR gives a sentence split by a wide gap as two blocks, each
    /// read to the bottom of its column before the next (「合计：5人」 … 「，其中专职5人。」); lines of other pages keep
    /// their order.
    /// </summary>
    public static IReadOnlyList<Span> ReadingOrder(IReadOnlyList<Span> lines)
    {
        var result = new List<Span>(lines.Count);
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var list = page.ToList();
            if (!list.All(l => l.Ocr && l.Box is not null)) { result.AddRange(list); continue; }
            var rows = new List<List<Span>>();
            foreach (var line in list.OrderBy(l => l.Box!.Value.Y0 + l.Box!.Value.Y1))
            {
                var box = line.Box!.Value;
                var row = rows.Count > 0 ? rows[^1] : null;
                var level = row is not null && row.Any(o => Math.Min(o.Box!.Value.Y1, box.Y1) - Math.Max(o.Box!.Value.Y0, box.Y0)
                                                           >= 0.5 * Math.Min(o.Box!.Value.Height, box.Height));
                if (level) row!.Add(line); else rows.Add([line]);
            }
            result.AddRange(rows.SelectMany(r => r.OrderBy(l => l.Box!.Value.X0)));
        }
        return result;
    }

    [GeneratedRegex(@"(?:合计|共计|总计|总共|共有)[:：]?(?:入驻|在孵)?(?:团队和企业|企业和团队|企业\(团队\)|团队\(企业\)|企业|团队|人员|服务人员|管理人员)?(?<n>\d{1,3})(?:人|名|家|个)(?:[,，;；、.。·]{0,3}其中(?:专职|全职|科技型|科技类)(?:人员|企业)?(?<m>\d{1,3})(?:人|名|家|个))?")]
    private static partial Regex Total();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3})(?:人|名|家|个)[,，;；、.。·]{0,3}其中(?:专职|全职|科技型|科技类)(?:人员|企业)?(?<m>\d{1,3})(?:人|名|家|个)")]
    private static partial Regex TotalWithPartOnly();
}
