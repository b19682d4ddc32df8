using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>人员名单: one person per row — 姓名, 学历, 职务, 专职/兼职, 身份证号 — in any column order and wording.</summary>
public sealed class StaffRosterExtractor : IDocumentExtractor
{
    private enum Col { Name, Education, Position, FullTime, IdNumber }

    private static readonly HeaderTable<Col> Table = new(new LabelCatalog<Col>([
        (Col.Name, ["姓名", "人员姓名", "员工姓名", "名字", "姓 名"]),
        (Col.Education, ["学历", "最高学历", "文化程度", "学历学位", "学历/学位", "学历层次", "学历(学位)"]),
        (Col.Position, ["职务", "职位", "岗位", "职务/岗位", "担任职务", "工作岗位", "岗位职责", "职务职称"]),
        (Col.FullTime, ["专职/兼职", "专兼职", "是否专职", "专职或兼职", "性质", "用工性质", "工作性质", "人员性质", "用工形式", "专/兼职", "聘用形式", "全职/兼职"]),
        (Col.IdNumber, ["身份证号", "身份证号码", "身份证", "证件号码"]),
    ]), Col.Name);

    public DocumentType Type => DocumentType.StaffRoster;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        facts.StatedTotal = ListTotal.Find(view);
        facts.LastRowNumber = ListTotal.LastRowNumber(view);
        foreach (var row in Table.Read(view))
        {
            // On a scan the cells' words are re-read in line order (the list reader joins them by top edge).
            string? Cell(Col col) => row.Cells.TryGetValue(col, out var c) && view.TextIn(c.Span) is { Length: > 0 } t ? LabelText.Clean(t) : row.Text(col);
            var name = row.Text(Col.Name);
            if (name is not null && Cell(Col.Name) is { } reread && TextPatterns.LooksLikeName(reread)) name = reread;
            if (name is null || !TextPatterns.LooksLikeName(name)) continue;
            var education = Cell(Col.Education);
            var id = row.Text(Col.IdNumber) is { } idText && TextPatterns.IdNumber().Match(LabelText.Compact(idText)) is { Success: true } m ? m.Value : null;
            var nameSpan = row.Cells[Col.Name].Span with { Text = LabelText.Compact(name) };
            var nameValue = ValueReader.Of(ScalarValue.Of(LabelText.Compact(name)), nameSpan, view.DocumentId, 0.97);
            facts.People.Add(new PersonFact(nameValue, education is null ? null : TextPatterns.Education(education), education,
                Cell(Col.Position), FullTime(Cell(Col.FullTime)), id));
            if (id is not null) facts.IdNumbers.Add(new IdNumberFact(nameValue with { Value = ScalarValue.Of(id) }, nameSpan.Text));
        }
    }

    /// <summary>专职/全职/是 → full time; 兼职/否 → not; anything else unknown.</summary>
    public static bool? FullTime(string? text)
    {
        if (text is null) return null;
        var t = LabelText.Compact(text);
        if (t.Contains("兼职", StringComparison.Ordinal) || t is "否" or "兼" or "×") return false;
        if (t.Contains("专职", StringComparison.Ordinal) || t.Contains("全职", StringComparison.Ordinal) || t is "是" or "专" or "√" or "✓") return true;
        return null;
    }
}
