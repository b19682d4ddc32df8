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
        WrappedIdNumbers(view, facts);
    }

    /// <summary>
    /// ID numbers a narrow cell wrapped onto two lines (「4110021986030650」 above the row's other cells, 「19」 below):
    /// the two pieces stand in one column, one over the other, with the row's line between them, and make an ID number's
    /// shape only together. Each is given to the person whose row lies between its pieces, when that person has none.
    /// </summary>
    private static void WrappedIdNumbers(DocumentView view, DocumentFacts facts)
    {
        var lines = view.Lines.Where(l => l.Box is not null).ToList();
        foreach (var head in lines)
        {
            var h = LabelText.Compact(head.Text);
            if (h.Length is < 14 or > 17 || !h.All(char.IsAsciiDigit)) continue;
            var hb = head.Box!.Value;
            var tail = lines.FirstOrDefault(t => t.Page == head.Page && t.Box!.Value.Y0 > hb.Y1 && t.Box!.Value.Y0 - hb.Y1 < 3 * hb.Height
                && Math.Abs(t.Box!.Value.X0 - hb.X0) < hb.Height && LabelText.Compact(t.Text) is { Length: > 0 and <= 4 } piece
                && TextPatterns.IdNumber().IsMatch(h + piece.ToUpperInvariant()));
            if (tail is null) continue;
            var id = h + LabelText.Compact(tail.Text).ToUpperInvariant();
            var tb = tail.Box!.Value;
            var person = facts.People.FirstOrDefault(p => p.Name.Page == head.Page && p.Name.Box is { } pb && pb.Y0 >= hb.Y0 && pb.Y1 <= tb.Y1);
            if (person is null || facts.IdNumbers.Any(i => i.Name == person.Name.Value?.Text || i.Number.Value?.Text == id)) continue;
            var where = head with { Text = id, Box = DocumentView.Union([hb, tb]) };
            facts.IdNumbers.Add(new IdNumberFact(ValueReader.Of(ScalarValue.Of(id), where, view.DocumentId, 0.9), person.Name.Value?.Text));
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
