using System.Text.RegularExpressions;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// A fill-in-the-blank form: the application written as sentences with the applicant's values on underlined blanks
/// (「本空间现有场地面积＿640＿平方米，其中专职＿4＿人；目前入驻创业团队和企业＿16＿家」). No label stands alone in a cell,
/// so the table and line finders see none. Each blank is named by the words before it in its clause, matched against
/// the glossary's labels loosely, as prose words them: the whole label (「场地面积」), the label without its counting
/// word (「大专以上学历」 for 大专以上学历人数, 「聚集创客」), a label's beginning at the clause's end (「其中科技类」 for
/// 科技类团队企业数), or a label with words put in between (「入驻创业团队和企业」, 「平均每月举办…活动」). The unit after the
/// blank must fit the key (「＿6＿人」 is no area), and a blank its words fit for several keys is left unread.
/// </summary>
public static partial class FillInBlanks
{
    /// <summary>
    /// How many underlined blanks make a fill-in form (a labelled form has a signature line or two); on a scan one edge
    /// of an underline may read as 「“」, so a blank needs an underscore on one side only.
    /// </summary>
    private const int MinBlanks = 5;

    /// <summary>Values of the blanks whose clause names a glossary key, first blank per key.</summary>
    public static Dictionary<FieldKey, FieldValue> Read(DocumentView view)
    {
        var found = new Dictionary<FieldKey, FieldValue>();
        var flow = new FlowText(view.Lines.Select(l => l.Ocr ? l : l with { Text = SpacedBlanks(l.Text) }).ToList());
        var text = flow.Text;
        var blanks = Blank().Matches(text);
        if (blanks.Count(b => b.Value[0] == '_' || b.Value[^1] == '_') < MinBlanks) return found;
        var previousEnd = 0;
        foreach (Match blank in blanks)
        {
            var value = blank.Groups["v"];
            var before = ClauseBefore(text, previousEnd, blank.Index);
            var after = ClauseAfter(text, blank.Index + blank.Length);
            previousEnd = blank.Index + blank.Length;
            var unit = LeadingUnit().Match(after) is { Success: true } u ? u.Value : null;
            var candidates = KeysNamedBefore(before);
            // A date is no operator's name: 「运营主体于＿2018年5月22日＿在市场监督管理部门登记注册」 is named by its verb after.
            if (TextPatterns.IsWholeDate(value.Value)) candidates = candidates.Where(k => k.Kind == ValueKind.Date).ToList();
            if (candidates.Count == 0) candidates = KeysNamedAfter(after);
            var span = flow.SpanOf(value);
            var readings = new List<(FieldKey Key, FieldValue Value)>();
            foreach (var key in candidates)
            {
                if (found.ContainsKey(key) || (unit is not null && !UnitFits(key, unit))) continue;
                var withUnit = unit is not null && key.Kind is not (ValueKind.Text or ValueKind.Enum or ValueKind.Date)
                    && !TrailingUnit().IsMatch(value.Value) ? span with { Text = span.Text + unit } : span;
                var read = ValueReader.Read(key, withUnit, view.DocumentId, ValueReader.MethodConfidence(FindMethod.Line),
                    snippet: before + "＿" + value.Value + "＿" + (unit ?? ""));
                if (read.Value is not null) readings.Add((key, read));
            }
            // 「成立于」 fits the company's 成立日期 and the space's 成立时间: the sentence's subject says whose it is.
            if (readings.Count == 2 && readings.Any(r => r.Key == FieldKeys.RegistrationDate) && readings.Any(r => r.Key == FieldKeys.EstablishedDate))
                readings.RemoveAll(r => r.Key != (SubjectIsApplicant(text, blank.Index) ? FieldKeys.RegistrationDate : FieldKeys.EstablishedDate));
            // Words that fit several keys equally decide nothing.
            if (readings.Count == 1) found[readings[0].Key] = readings[0].Value;
        }
        return found;
    }

    /// <summary>
    /// A typed form's sentence with its values set off by spaces instead of underlines (「空间服务场地面积为 780㎡，场地来源
    /// 为租赁；其中公共区域面积 620㎡，…」「运营主体于 2018年5月22日 在市场监督管理部门登记注册。」): each value between a space
    /// and the next space, clause mark or bracket is written as a blank. Only sentences (a line with a clause mark) are
    /// read so; a table row's spaces between label and value are left to the labelled finders.
    /// </summary>
    internal static string SpacedBlanks(string line)
    {
        var parts = Spaces().Split(line.Trim());
        if (parts.Length < 2 || line.IndexOfAny(SentenceMarks) < 0) return line;
        var sb = new System.Text.StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            var end = part.IndexOfAny(ValueEnds);
            if (end < 0) end = part.Length;
            sb.Append('_').Append(part, 0, end);
            if (end < part.Length || i == parts.Length - 1) sb.Append('_');
            sb.Append(part, end, part.Length - end);
        }
        return sb.ToString();
    }

    private static readonly char[] SentenceMarks = ['，', '。', '；'];
    private static readonly char[] ValueEnds = [',', '，', '。', ';', '；', '(', ')', '（', '）'];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Whether the blank's sentence is about the applying organisation (「我单位…成立于＿」) rather than its space (「本空间…」).</summary>
    private static bool SubjectIsApplicant(string text, int blankStart)
    {
        var start = text.LastIndexOf('。', Math.Max(blankStart - 1, 0)) + 1;
        var sentence = text[start..blankStart];
        var applicant = ApplicantSubjects.Max(s => sentence.LastIndexOf(s, StringComparison.Ordinal));
        var space = SpaceSubjects.Max(s => sentence.LastIndexOf(s, StringComparison.Ordinal));
        return applicant >= 0 && applicant > space;
    }

    private static readonly string[] ApplicantSubjects = ["我单位", "本单位", "我公司", "本公司", "申请单位", "我机构", "本机构"];
    private static readonly string[] SpaceSubjects = ["本空间", "该空间", "众创空间", "孵化器", "本载体", "该载体", "本基地"];

    /// <summary>The clause's words before a blank: back to the previous blank or the last clause mark, without 「为」「于」 and the like.</summary>
    private static string ClauseBefore(string text, int from, int blankStart)
    {
        var start = Math.Max(from, text.LastIndexOfAny(ClauseMarks, Math.Max(blankStart - 1, 0)) + 1);
        if (start >= blankStart) return "";
        var words = text[start..blankStart];
        // 「运营场所位于＿」: 位于 says where, as 为 says what.
        if (words.Length > 4 && words.EndsWith("位于", StringComparison.Ordinal)) words = words[..^2];
        while (words.Length > 2 && Filler.Contains(words[^1])) words = words[..^1];
        return words;
    }

    private static string ClauseAfter(string text, int from)
    {
        var end = text.IndexOfAny(ClauseMarks, from);
        var next = text.IndexOfAny(BlankEdges, from);
        if (end < 0) end = text.Length;
        if (next >= 0 && next < end) end = next;
        return text[from..end];
    }

    private static readonly char[] ClauseMarks = [',', '，', '。', ';', '；', '(', ')'];
    private static readonly char[] BlankEdges = ['_', '“', '”', '"', '‘', '’'];
    private const string Filler = "为是于在共计约达有:：";

    /// <summary>
    /// The keys the clause's words name: the label nearest the blank (a clause may run on from a heading: 「…申请日期…
    /// 申请单位基本情况我单位＿」), then the longest stretch of a label's characters matched.
    /// </summary>
    private static IReadOnlyList<FieldKey> KeysNamedBefore(string before)
    {
        if (before.Length < 2) return [];
        (int Distance, int Length) best = (int.MaxValue, 0);
        var keys = new List<FieldKey>();
        void Consider(FieldKey key, (int Distance, int Length)? match)
        {
            if (match is not { } m || m.Distance > MaxWordsAfterLabel) return;
            var better = m.Distance < best.Distance || (m.Distance == best.Distance && m.Length > best.Length);
            var equal = m == best;
            if (!better && !equal) return;
            if (better) { best = m; keys.Clear(); }
            if (!keys.Contains(key)) keys.Add(key);
        }
        foreach (var (key, stem) in Stems) Consider(key, Match(before, stem));
        foreach (var (cue, key) in SentenceCues)
            Consider(key, before.EndsWith(cue, StringComparison.Ordinal) ? (0, cue.Length * 2) : null);
        return keys;
    }

    /// <summary>How many characters may stand between a label and its blank (「住所位于」, 「种子基金总额为」).</summary>
    private const int MaxWordsAfterLabel = 4;

    /// <summary>
    /// Where and how well a clause names a label stem (characters from the clause's end to the match's end; a length
    /// score): the stem whole inside it; the clause ending in the stem's first three characters or more (or two, for a
    /// short stem or a clause of only those two: 「场地为」); or the stem's characters in order in two runs of two or more.
    /// </summary>
    private static (int Distance, int Length)? Match(string before, string stem)
    {
        if (stem.Length >= 2 && before.LastIndexOf(stem, StringComparison.Ordinal) is var at and >= 0)
            return (before.Length - at - stem.Length, stem.Length * 2);
        for (var k = Math.Min(stem.Length - 1, before.Length); k >= 2; k--)
            if (string.CompareOrdinal(before, before.Length - k, stem, 0, k) == 0)
                return k >= 3 || stem.Length <= 3 || k == before.Length ? (0, k * 2 - 1) : null;
        return stem.Length >= 5 && EndOfTwoRuns(before, stem) is { } end ? (before.Length - end, stem.Length * 2 - 2) : null;
    }

    /// <summary>Where the stem ends when it stands as two pieces of two characters or more, in order, with other words between them.</summary>
    private static int? EndOfTwoRuns(string text, string stem)
    {
        for (var cut = 2; cut <= stem.Length - 2; cut++)
        {
            var first = text.IndexOf(stem[..cut], StringComparison.Ordinal);
            if (first < 0) continue;
            var second = text.LastIndexOf(stem[cut..], StringComparison.Ordinal);
            if (second > first + cut) return second + stem.Length - cut;
        }
        return null;
    }

    /// <summary>A date blank named by what follows it (「于＿2015年3月26日＿正式投入运营」): a date label's stem right after it.</summary>
    private static IReadOnlyList<FieldKey> KeysNamedAfter(string after)
    {
        var words = after.StartsWith("正式", StringComparison.Ordinal) ? after[2..] : after;
        var keys = Stems.Where(s => s.Key.Kind == ValueKind.Date && s.Stem.Length >= 4 && words.StartsWith(s.Stem, StringComparison.Ordinal))
            .Select(s => s.Key).Distinct().ToList();
        if (keys.Count > 0) return keys;
        // …or the verb that ends its clause (「于＿2018年5月22日＿在市场监督管理部门登记注册」「于＿…＿注册成立」).
        return Stems.Where(s => s.Key.Kind == ValueKind.Date && s.Stem.Length >= 2 && words.EndsWith(s.Stem, StringComparison.Ordinal))
            .Select(s => s.Key).Distinct().ToList();
    }


    // Declared before Stems, which reads it while the type initialises.
    private static readonly string[] CountingWords = ["人员数量", "人员数", "人数", "数量", "数目", "额度", "规模", "场次", "次数", "时间", "日期", "人员", "数"];

    /// <summary>Every glossary label's core and, where it ends in a counting word, the core without it (大专以上学历人数 → 大专以上学历).</summary>
    private static readonly IReadOnlyList<(FieldKey Key, string Stem)> Stems = FieldKeys.All
        .SelectMany(k => k.Labels.Select(l => LabelText.Split(l).Core).SelectMany(core => StemsOf(core).Select(s => (k, s))))
        .Distinct().ToList();

    private static IEnumerable<string> StemsOf(string core)
    {
        yield return core;
        foreach (var suffix in CountingWords)
            if (core.EndsWith(suffix, StringComparison.Ordinal) && core.Length - suffix.Length >= 2)
            {
                yield return core[..^suffix.Length];
                yield break;
            }
    }

    /// <summary>How a declaration's sentence names the applicant and its space when no label does (「我单位＿…有限公司＿」).</summary>
    private static readonly (string Cue, FieldKey Key)[] SentenceCues =
    [
        ("我单位", FieldKeys.OperatorName), ("本单位", FieldKeys.OperatorName), ("申请单位", FieldKeys.OperatorName),
        ("运营的", FieldKeys.SpaceName),
    ];

    /// <summary>Whether the unit written after a blank can be the key's (「人」 for people, 「家」 for companies, 「平方米」 for an area).</summary>
    internal static bool UnitFits(FieldKey key, string unit) => key.Kind switch
    {
        ValueKind.AreaSqm => unit is "平方米" or "㎡" or "m2" or "m²" or "平米",
        ValueKind.MoneyWan => unit is "万元" or "元" or "亿元",
        ValueKind.Years => unit is "年",
        ValueKind.Months => unit is "个月" or "月",
        ValueKind.Number => unit is "场次" or "场" or "次" or "个" or "项",
        ValueKind.Count => key.Unit == "人" ? unit is "人" or "名" or "位" : unit is "家" or "个" or "项" or "场" or "场次" or "次" or "户",
        _ => false,
    };

    /// <summary>A blank: edges (underscores, or the quotes OCR makes of an underline's ends) around a value without clause marks (a thousands comma is none).</summary>
    [GeneratedRegex("[_“”\"‘’]+(?<v>(?:[^_“”\"‘’,，。;；]|(?<=\\d),(?=\\d{3})){1,60}?)[_“”\"‘’]+")]
    private static partial Regex Blank();

    /// <summary>The units a figure is written with in a form's sentence, longest first where one starts another (个月 before 月).</summary>
    internal const string UnitWords = "平方米|平米|㎡|m2|m²|万元|亿元|元|个月|场次|人|名|位|家|个|项|场|次|年|月|户";

    [GeneratedRegex("^(" + UnitWords + ")")]
    private static partial Regex LeadingUnit();

    /// <summary>A blank that holds its figure's unit already (「＿500万元＿」) is not given the unit written after it again.</summary>
    [GeneratedRegex("(" + UnitWords + ")$")]
    private static partial Regex TrailingUnit();
}
