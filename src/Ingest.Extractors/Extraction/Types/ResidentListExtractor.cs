using ZcIngest.Core.Extraction;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>入驻团队和企业名单: one resident per row — 名称, 进驻/入驻时间, 注册资金, 技术领域 (→ technical or not).</summary>
public sealed partial class ResidentListExtractor : IDocumentExtractor
{
    private enum Col { Name, Entry, Capital, Field, TechFlag }

    private static readonly HeaderTable<Col> Table = new(new LabelCatalog<Col>([
        (Col.Name, ["名称", "企业名称", "团队名称", "企业(团队)名称", "企业/团队名称", "团队/企业名称", "入驻企业名称", "入驻企业",
            "单位名称", "企业或团队名称", "公司名称", "入驻团队名称", "入孵企业名称", "企业(团队)", "团队(企业)名称", "项目名称"]),
        (Col.Entry, ["进驻时间", "入驻时间", "入孵时间", "入驻日期", "进驻日期", "入孵日期", "入园时间", "入驻年月", "签约时间", "协议入驻时间"]),
        (Col.Capital, ["注册资金", "注册资本", "注册资金(万元)", "注册资本(万元)", "注册资金(元)"]),
        (Col.Field, ["技术领域", "所属领域", "行业领域", "所属行业", "行业", "技术方向", "领域", "主营业务", "经营范围", "项目领域", "产业领域", "行业类别"]),
        (Col.TechFlag, ["科技型", "是否科技型", "科技型企业", "是否科技型企业", "是否为科技型企业", "科技类", "是否科技类", "科技企业", "是否科技企业", "是否科技类企业"]),
    ]), Col.Name);

    public DocumentType Type => DocumentType.ResidentList;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        facts.StatedTotal = ListTotal.Find(view);
        facts.LastRowNumber = ListTotal.LastRowNumber(view);
        foreach (var row in Table.Read(view))
        {
            var name = row.Text(Col.Name);
            if (name is not null && view.TextIn(row.Cells[Col.Name].Span) is { Length: >= 2 } reread) name = LabelText.Clean(reread);
            // The list's closing sentence under its last row, taken into that row's name (「…有限公司合计入驻团队和企业17家」).
            if (name is not null && SummaryInside().Match(name) is { Success: true, Index: >= 2 } summary) name = name[..summary.Index].TrimEnd();
            if (name is null || name.Length < 2 || int.TryParse(name, out _) || Summary().IsMatch(name)) continue;
            DateOnly? entry = row.Text(Col.Entry) is { } e && TextPatterns.ParseDate(LabelText.Compact(e)).Value is { } d ? d.Date : null;
            decimal? capital = null;
            if (row.Text(Col.Capital) is { } c)
            {
                var unit = row.Units.GetValueOrDefault(Col.Capital) == "元" ? MoneyUnit.Yuan : MoneyUnit.Wan;
                capital = MoneyParser.ParseWan(c, unit).Value;
            }
            var field = row.Text(Col.Field);
            var nameValue = ValueReader.Of(ScalarValue.Of(name), row.Cells[Col.Name].Span with { Text = name }, view.DocumentId, 0.97);
            // A yes/no column the applicant filled in says it directly; the field text decides otherwise.
            var tech = Flag(row.Text(Col.TechFlag)) ?? TechFieldRule.IsTech(field);
            facts.Residents.Add(new ResidentFact(nameValue, entry, capital, field, tech));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:合\s*计|小\s*计|总\s*计|共\s*计|注[:：]|备注)|以下空白|^[-—\s]*$")]
    private static partial System.Text.RegularExpressions.Regex Summary();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:合\s*计|小\s*计|总\s*计|共\s*计)\s*(?:入驻|入孵|在孵|团队|企业|[:：]|\d)")]
    private static partial System.Text.RegularExpressions.Regex SummaryInside();

    /// <summary>
    /// The yes/no a cell states. A seal printed over the row puts its star and 专用章 into the cell (「是★专用章」), or its
    /// name beside the mark (「晋中晋创萌芽创业服务有限公司 是」): without the seal's marks, or as the one word of the
    /// cell that is a mark, the mark still decides.
    /// </summary>
    private static bool? Flag(string? text)
    {
        if (text is null) return null;
        if (Mark(LabelText.SealGlyphs().Replace(LabelText.Compact(text), "")) is { } whole) return whole;
        var marks = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Mark).OfType<bool>().Distinct().ToList();
        return marks.Count == 1 ? marks[0] : null;
    }

    private static bool? Mark(string text) => text switch
    {
        "是" or "√" or "✓" or "✔" or "Y" or "y" or "科技型" => true,
        "否" or "×" or "✗" or "N" or "n" or "非科技型" => false,
        _ => null,
    };
}
