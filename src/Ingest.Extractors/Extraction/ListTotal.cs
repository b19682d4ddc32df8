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
    /// <summary>The stated total and its part (专职 / 科技型), or null when the list states none or states two different totals.</summary>
    public static StatedTotal? Find(DocumentView view)
    {
        var flow = new FlowText(view.Lines);
        var found = Total().Matches(flow.Text).Select(m => (Match: m, Total: int.Parse(m.Groups["n"].Value),
            Part: m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : (int?)null)).ToList();
        if (found.Count == 0 || found.Select(f => f.Total).Distinct().Count() > 1) return null;
        var first = found[0];
        var part = found.Select(f => f.Part).FirstOrDefault(p => p is not null);
        if (part > first.Total) part = null;
        var where = ValueReader.Of(ScalarValue.Of(first.Total), flow.SpanOf(first.Match), view.DocumentId, 0.9, first.Match.Value);
        return new StatedTotal(where, first.Total, part, view.Pages.Any(p => p.Source == Core.Documents.PageSource.Ocr));
    }

    [GeneratedRegex(@"(?:合计|共计|总计|总共|共有)[:：]?(?:入驻|在孵)?(?:团队和企业|企业和团队|企业\(团队\)|团队\(企业\)|企业|团队|人员|服务人员|管理人员)?(?<n>\d{1,3})(?:人|名|家|个)(?:[,，;；、]?其中(?:专职|全职|科技型|科技类)(?:人员|企业)?(?<m>\d{1,3})(?:人|名|家|个))?")]
    private static partial Regex Total();
}
