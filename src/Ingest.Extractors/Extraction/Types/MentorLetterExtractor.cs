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

    private enum Wording { Appointed, Labelled, Addressed }

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        facts.Mentors.Clear();
        facts.UnreadableLetters = 0;
        facts.SilentPages = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string n, Span where, double confidence)
        {
            if (!seen.Add(TextPatterns.NameKey(n))) return;
            facts.Mentors.Add(new NameFact(ValueReader.Of(ScalarValue.Of(n), where with { Text = n }, view.DocumentId, confidence)));
        }

        var pages = view.Pages.Select(p => (View: new DocumentView(view.DocumentId, [p]), Hits: Letter(new DocumentView(view.DocumentId, [p])))).ToList();
        foreach (var (_, hits) in pages)
            foreach (var h in hits) Add(h.Name, h.Where, h.Confidence);
        // A list of mentors is a document of its own; in letters the words 创业导师 and 聘期 of one sentence
        // would read as a header and the words under them as names (「提供创业辅导」 under 「创业导师」). A letter
        // addressed to its appointee (「吕飞先生：」 over 「兹聘请您为…」) is as much a letter as one naming him after 聘请.
        if (pages.Any(p => p.Hits.Any(h => h.Wording is Wording.Appointed or Wording.Addressed))) { CountUnreadable(); return; }
        var listed = 0;
        foreach (var row in List.Read(view))
            if (row.Text(Col.Name) is { } name && LabelText.Compact(name) is var n && TextPatterns.LooksLikeName(n))
            {
                Add(n, row.Cells[Col.Name].Span, 0.95);
                listed++;
            }
        if (listed == 0) CountUnreadable();

        // A page that is plainly a letter of appointment but whose appointee OCR could not read still appoints
        // someone: counting only the names read would undercount the mentors. A letter that is a document of its
        // own (one page of a bound volume the classifier called a letter) counts even when its wording is lost too.
        void CountUnreadable()
        {
            bool Appoints((DocumentView View, List<(string Name, Span Where, double Confidence, Wording Wording)> Hits) p) =>
                pages.Count == 1 || AppointmentCue().IsMatch(new FlowText(p.View.Lines).Text);
            facts.UnreadableLetters = pages.Count(p => p.Hits.Count == 0 && Appoints(p));
            facts.SilentPages = pages.Count(p => p.Hits.Count == 0 && !Appoints(p) && p.View.Pages.All(x => x.Source == Core.Documents.PageSource.Ocr));
        }
    }

    /// <summary>
    /// The appointees one page names. A page is one letter: the same person named twice in it (聘请 in the text,
    /// 乙方(签字) at its foot) and read a character apart by OCR is one person, and a second name found only by
    /// another wording than the page's main one (a company after 乙方：) is not a second appointee. Several letters
    /// on a page (a DOCX of letters) name their appointees with the same wording, so all of those count.
    /// </summary>
    private static List<(string Name, Span Where, double Confidence, Wording Wording)> Letter(DocumentView page)
    {
        var hits = new List<(string Name, Span Where, double Confidence, Wording Wording)>();
        var flow = new FlowText(page.Lines);
        void Add(string name, Span where, double confidence, Wording wording)
        {
            var n = LabelText.Compact(name);
            if (!TextPatterns.LooksLikeName(n)) return;
            var key = TextPatterns.NameKey(n);
            // 「乙方(签字)」 above the stamp's 「大同恒信」: the start of an organisation's name on the page, not a person.
            if (wording != Wording.Appointed && Regex.IsMatch(flow.Text, Regex.Escape(n) + @"\p{IsCJKUnifiedIdeographs}{1,20}?(?:公司|中心|集团|事务所|大学|学院|研究院)")) return;
            if (hits.Any(h => TextPatterns.NameKey(h.Name) == key || OneCharApart(TextPatterns.NameKey(h.Name), key))) return;
            hits.Add((n, where, confidence, wording));
        }

        foreach (Match m in Appointed().Matches(flow.Text)) Add(m.Groups["n"].Value, flow.SpanOf(m), 0.95, Wording.Appointed);
        foreach (var hit in new LabelValueFinder<int>(Labels).FindAll(page)) Add(Titleless(hit.Value.Text), hit.Value, 0.9, Wording.Labelled);
        foreach (var line in page.Lines)
            if (Addressed().Match(LabelText.Compact(line.Text)) is { Success: true } am) Add(am.Groups["n"].Value, line, 0.85, Wording.Addressed);
        if (hits.Count < 2) return hits;
        var main = hits.GroupBy(h => h.Wording).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var kept = hits.Where(h => h.Wording == main).ToList();
        // A scanned agreement names its 乙方 at the head and again at the signature, where the handwriting is read as
        // another name (邱娟 … 乙方(签字)：印旭): a scanned page is one letter, its printed head names the appointee.
        if (main == Wording.Labelled && kept.Count > 1 && page.Pages.All(p => p.Source == Core.Documents.PageSource.Ocr))
            kept = [kept.OrderBy(h => h.Where.Box?.Y0 ?? double.MaxValue).First()];
        return kept;
    }

    private static bool OneCharApart(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 2) return false;
        var diff = 0;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i] && ++diff > 1) return false;
        return diff == 1;
    }

    /// <summary>「毛海涛(众联创业投资基金教授)」「张三 教授」 → the name alone.</summary>
    private static string Titleless(string text) =>
        TitleSuffix().Replace(Bracketed().Replace(LabelText.Compact(text), ""), "");

    // The appointee's title and employer may stand between the name and 为; the bracket round the employer is read as
    // a quote now and then, or lost after a title (「程伟律师“乌鲁木齐科技有限公司)为」, 「邵俊杰合伙人乌鲁木齐…公司)为」).
    [GeneratedRegex(@"(?:兹聘请|特聘请|兹聘任|特聘任|诚聘|聘请|聘任|兹聘|特聘)(?<n>" + TextPatterns.LazyName + @")(?:(?:先生|女士|同志|副教授|教授|博士|老师|副研究员|研究员|高级工程师|工程师|律师|注册会计师|会计师|高级经济师|经济师|合伙人|董事长|副总经理|总经理|经理|创始人|副主任|主任|讲师)(?:[(〈《<\[“""]?[^()〈〉《》<>\[\]“”""]{0,40}[)〉》>\]”""])?|(?:[(〈《<\[“""][^()〈〉《》<>\[\]“”""]{0,40}[)〉》>\]”""])?)[A-Za-z|]{0,4}(?:为|担任|作为)")]
    private static partial Regex Appointed();

    /// <summary>The appointment sentence or an agreement's heading, whatever the name in it was read as.</summary>
    [GeneratedRegex(@"(?:聘请|聘任|兹聘|特聘|先生|女士|同志|教授|博士|乙方)[^。]{0,40}?(?:为|担任)[^。]{0,30}?导师|导师(?:服务|聘用|聘任)?协议.{0,20}甲方")]
    private static partial Regex AppointmentCue();

    [GeneratedRegex(@"^(?:尊敬的)?(?<n>" + TextPatterns.LazyName + @")(?:先生|女士|同志|教授|博士|老师)[:]")]
    private static partial Regex Addressed();

    [GeneratedRegex(@"[(〈《<\[].*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:先生|女士|同志|教授|博士|老师)$")]
    private static partial Regex TitleSuffix();
}
