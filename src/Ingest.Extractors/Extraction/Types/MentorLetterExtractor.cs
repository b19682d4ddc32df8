using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 导师聘书 / 服务协议: the names of the mentors appointed — 「兹聘请 张三 先生为…创业导师」,
/// a letter addressed 「张三同志：」, a 受聘人/导师姓名 label, or a list with a 姓名 column. A document may hold many letters.
/// </summary>
public sealed partial class MentorLetterExtractor : IDocumentExtractor
{
    private enum Col { Name, Other }

    private static readonly HeaderTable<Col> List = new(new LabelCatalog<Col>([
        (Col.Name, ["姓名", "导师姓名", "创业导师", "导师"]),
        (Col.Other, ["职务", "职称", "单位", "工作单位", "专业领域", "擅长领域", "研究方向", "序号", "聘期", "联系电话"]),
    ]), Col.Name);

    private static readonly LabelCatalog<int> Labels = new([(0, ["受聘人", "导师姓名", "受聘导师", "被聘人", "乙方(导师)", "受聘方"])]);

    public DocumentType Type => DocumentType.MentorLetter;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, Span where, double confidence)
        {
            var n = LabelText.Compact(name);
            if (!TextPatterns.LooksLikeName(n) || !seen.Add(TextPatterns.NameKey(n))) return;
            facts.Mentors.Add(new NameFact(ValueReader.Of(ScalarValue.Of(n), where with { Text = n }, view.DocumentId, confidence)));
        }

        var flow = new FlowText(view.Lines);
        foreach (Match m in Appointed().Matches(flow.Text)) Add(m.Groups["n"].Value, flow.SpanOf(m), 0.95);
        var letters = facts.Mentors.Count > 0;
        foreach (var hit in new LabelValueFinder<int>(Labels).FindAll(view)) Add(Titleless(hit.Value.Text), hit.Value, 0.9);
        foreach (var line in view.Lines)
            if (Addressed().Match(LabelText.Compact(line.Text)) is { Success: true } am) Add(am.Groups["n"].Value, line, 0.85);
        // A list of mentors is a document of its own; in letters the words 创业导师 and 聘期 of one sentence
        // would read as a header and the words under them as names.
        if (letters) return;
        foreach (var row in List.Read(view))
            if (row.Text(Col.Name) is { } name) Add(name, row.Cells[Col.Name].Span, 0.95);
    }

    /// <summary>「毛海涛(众联创业投资基金教授)」「张三 教授」 → the name alone.</summary>
    private static string Titleless(string text) =>
        TitleSuffix().Replace(Bracketed().Replace(LabelText.Compact(text), ""), "");

    [GeneratedRegex(@"(?:兹聘请|特聘请|兹聘任|特聘任|诚聘|聘请|聘任|兹聘|特聘)(?<n>" + TextPatterns.LazyName + @")(?:先生|女士|同志|教授|博士|老师|研究员|高级工程师|工程师|律师|会计师)?(?:[(〈《<\[][^()〈〉《》<>\[\]]{0,40}[)〉》>\]])?[A-Za-z|]{0,4}(?:为|担任|作为)")]
    private static partial Regex Appointed();

    [GeneratedRegex(@"^(?:尊敬的)?(?<n>" + TextPatterns.LazyName + @")(?:先生|女士|同志|教授|博士|老师)[:]")]
    private static partial Regex Addressed();

    [GeneratedRegex(@"[(〈《<\[].*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:先生|女士|同志|教授|博士|老师)$")]
    private static partial Regex TitleSuffix();
}
