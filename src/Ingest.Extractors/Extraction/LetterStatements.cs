using System.Text.RegularExpressions;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// An application written as a letter (「关于申请…认定的报告」) states its facts in sentences instead of labelled cells:
/// 「学府街创想空间由太原致远云帆科技企业孵化器有限公司运营」, 「空间创办时间为2017年1月1日」, 「…，位于山西省太原市小店区…」,
/// and is dated under its signature. Each clause is read on its own: a glossary label in it followed by 为/是/达 gives
/// the rest of the clause as the value, which must then read as the key's kind (a date, an area with its unit).
/// Used only for what the labelled finders and the blanks did not find.
/// </summary>
public static partial class LetterStatements
{
    public static Dictionary<FieldKey, FieldValue> Read(DocumentView view)
    {
        var found = new Dictionary<FieldKey, FieldValue>();
        var flow = new FlowText(view.Lines);
        var text = flow.Text;
        var confidence = ValueReader.MethodConfidence(FindMethod.Line);
        void Take(FieldKey key, int index, int length, string snippet)
        {
            if (found.ContainsKey(key) || length == 0) return;
            var read = ValueReader.Read(key, flow.SpanOf(index, length), view.DocumentId, confidence, snippet: snippet);
            if (read.Value is not null) found[key] = read;
        }

        foreach (Match clause in Clause().Matches(text))
        {
            var words = clause.Value;
            if (RunBy().Match(words) is { Success: true } run)
            {
                Take(FieldKeys.SpaceName, clause.Index + run.Groups["s"].Index, run.Groups["s"].Length, words);
                Take(FieldKeys.OperatorName, clause.Index + run.Groups["o"].Index, run.Groups["o"].Length, words);
                continue;
            }
            if (Located().Match(words) is { Success: true } located)
            {
                Take(FieldKeys.Address, clause.Index + located.Groups["a"].Index, located.Groups["a"].Length, words);
                continue;
            }
            foreach (var (key, stem) in Stems)
            {
                var at = words.IndexOf(stem, StringComparison.Ordinal);
                if (at < 0 || found.ContainsKey(key)) continue;
                var rest = words[(at + stem.Length)..];
                if (StatedAs().Match(rest) is not { Success: true } stated) continue;
                Take(key, clause.Index + at + stem.Length + stated.Groups["v"].Index, stated.Groups["v"].Length, words);
                break;
            }
        }

        // A letter is dated under its signature: a date alone on one of its last lines is the day it was written.
        var tail = view.Lines.Where(l => LabelText.Compact(l.Text).Length > 0).TakeLast(3);
        foreach (var line in tail)
        {
            var compact = LabelText.Compact(line.Text);
            if (TextPatterns.IsWholeDate(compact) && !found.ContainsKey(FieldKeys.ApplicationDate))
            {
                var read = ValueReader.Read(FieldKeys.ApplicationDate, line with { Text = compact }, view.DocumentId, confidence, snippet: compact);
                if (read.Value is not null) found[FieldKeys.ApplicationDate] = read;
            }
        }
        return found;
    }

    /// <summary>Labels whose whole core a statement names (three characters or more: 面积 alone names several keys).</summary>
    private static readonly IReadOnlyList<(FieldKey Key, string Stem)> Stems = FieldKeys.All
        .Where(k => k != FieldKeys.SpaceName && k != FieldKeys.OperatorName)
        .SelectMany(k => k.Labels.Select(l => (k, LabelText.Split(l).Core)))
        .Where(x => x.Item2.Length >= 3).OrderByDescending(x => x.Item2.Length).ToList();

    [GeneratedRegex(@"[^，。；;,]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?(?:基本情况[。:：]?)?(?<s>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{2,20}?)由(?<o>[\p{IsCJKUnifiedIdeographs}()（）]{4,40}?(?:有限责任公司|有限公司|公司|中心|研究院|大学|学院))(?:负责)?(?:运营|运行|管理)$")]
    private static partial Regex RunBy();

    [GeneratedRegex(@"^(?:位于|坐落于|地址为|地址:)(?<a>[\p{IsCJKUnifiedIdeographs}]{2,8}(?:省|市|自治区).{4,60})$")]
    private static partial Regex Located();

    // A colon after a label inside running text is left to the labelled finders, which know whether it starts a label.
    [GeneratedRegex(@"^(?:为|是|达|共|约){1,2}(?<v>.{1,40})$")]
    private static partial Regex StatedAs();
}
