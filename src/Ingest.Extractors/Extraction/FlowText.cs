using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// A document's text as one run without whitespace or line breaks, for patterns that cross lines
/// (「自2022年3月22日起至」 / 「2027年3月21日止」) and ignore spacing (「聘请 张 三 为」). Every character maps back
/// to its line, so a match still has a page, a box and a confidence.
/// </summary>
public sealed class FlowText
{
    private readonly IReadOnlyList<Span> _lines;
    private readonly int[] _lineOf;

    public FlowText(IReadOnlyList<Span> lines)
    {
        _lines = lines;
        var sb = new StringBuilder();
        var lineOf = new List<int>();
        for (var i = 0; i < lines.Count; i++)
            foreach (var raw in lines[i].Text)
            {
                var c = LabelText.Half(raw);
                if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') continue;
                sb.Append(c);
                lineOf.Add(i);
            }
        Text = sb.ToString();
        _lineOf = lineOf.ToArray();
    }

    public string Text { get; }

    /// <summary>Where a match sits: the line it starts on, with the matched text as the span's text.</summary>
    public Span SpanOf(int index, int length, string? text = null)
    {
        if (_lineOf.Length == 0) return new Span(text ?? "", 0, null, null, false);
        var first = _lines[_lineOf[Math.Clamp(index, 0, _lineOf.Length - 1)]];
        var lastIndex = _lineOf[Math.Clamp(index + Math.Max(length, 1) - 1, 0, _lineOf.Length - 1)];
        var last = _lines[lastIndex];
        var box = first.Page == last.Page ? DocumentView.Union([first.Box, last.Box]) : first.Box;
        return first with { Text = text ?? Text.Substring(index, Math.Min(length, Text.Length - index)), Box = box };
    }

    public Span SpanOf(Group group) => SpanOf(group.Index, group.Length);

    public Span SpanOf(Match match) => SpanOf(match.Index, match.Length);
}
