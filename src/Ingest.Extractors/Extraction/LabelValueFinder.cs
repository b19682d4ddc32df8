using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Extraction;

/// <summary>How a value was found next to its label; decides the confidence given to the find.</summary>
public enum FindMethod { TableRight, TableBelow, Line, LineBelow, LayoutRight, LayoutBelow }

/// <summary>A value found for a label: the text as written, where it is, and the unit the label names.</summary>
public sealed record LabelledValue<TSlot>(TSlot Slot, string Label, string? Unit, Span Value, string Snippet, FindMethod Method);

/// <summary>
/// Finds label → value pairs in a document, generalising over how forms are laid out: (a) table grids —
/// label|value|label|value rows, two-column tables, a label cell with its value below; (b) 「标签：值」,
/// 「标签:值」 and 「标签 值」 lines, several pairs to a line; (c) layout — the text to the right of (or under) a
/// label on the page, for PDFs and scans whose tables the reader did not see as tables.
/// Hits come in that order of trust; callers take the first that parses.
/// </summary>
/// <param name="glued">
/// Whether a label may run straight into its value at the start of a line with no separator at all
/// (「名称太原星火科技有限公司」, as OCR of a license gives it). Off for forms, where short labels such as 导师
/// start ordinary sentences.
/// </param>
public sealed partial class LabelValueFinder<TSlot>(LabelCatalog<TSlot> catalog, bool glued = false) where TSlot : notnull
{
    public IEnumerable<LabelledValue<TSlot>> FindAll(DocumentView view)
    {
        foreach (var grid in view.Tables)
            foreach (var hit in InGrid(grid, FindMethod.TableRight, FindMethod.TableBelow)) yield return hit;
        // A scanned form's ruled table (its cells from the rules the reader found) says which value stands beside which
        // label even where the scan lost a cell's text: then a line's reading would pair the label with the next value
        // along (月均活动场次 with 孵化专项资金's 一百八十 when 3.5 is lost).
        foreach (var grid in view.ListTables.Where(g => view.PageOf(g.Page)?.Source == Core.Documents.PageSource.Ocr))
            foreach (var hit in InGrid(grid, FindMethod.TableRight, FindMethod.TableBelow)) yield return hit;
        var lines = view.Lines;
        for (var i = 0; i < lines.Count; i++)
            foreach (var hit in InLine(lines, i)) yield return hit;
        foreach (var grid in view.LayoutGrids)
            foreach (var hit in InGrid(grid, FindMethod.LayoutRight, FindMethod.LayoutBelow)) yield return hit;
    }

    /// <summary>Label → value pairs in one piece of text, in order (values may be empty).</summary>
    /// <param name="ocr">The text is OCR output: a label at the line start may have one character misread.</param>
    public IReadOnlyList<(TSlot Slot, string Label, string? Unit, string Value)> ParseText(string text, bool ocr = false)
    {
        var hits = new List<(TSlot Slot, string Label, string? Unit, int ValueStart, int LabelStart)>();
        var (compact, map, spaceBefore) = Compacted(text);
        var start = LeadingEnumerator().Match(compact) is { Success: true } e ? e.Length : 0;
        while (start < compact.Length && compact[start] is '|' or '[' or ']' or '!') start++;
        for (var i = start; i < compact.Length; i++)
        {
            var delimited = i == start || spaceBefore[i] || compact[i - 1] is ';' or '；' or '|' or ',' or '，' or '。';
            // OCR loses the gap between cells (「4310.00m²产权性质租赁」): a long label after a figure or a
            // symbol still starts a new pair.
            var afterSymbol = i > start && !IsCjk(compact[i - 1]);
            if (!delimited && !afterSymbol) continue;
            var labels = catalog.At(compact, i);
            if (ocr && i == start && !labels.Any() && catalog.NearAt(compact, i) is { } near) labels = [near];
            // A speck before a scanned line's label read as a character of its own (「和运营场所地址：」): a long label
            // right after the line's first character still starts the line.
            if (ocr && i == start && !labels.Any() && i + 1 < compact.Length
                && catalog.At(compact, i + 1).Where(l => l.Core.Length >= 5).ToList() is { Count: > 0 } afterSpeck)
            {
                labels = afterSpeck;
                i++;
            }
            // A license spaces a two-character label across its column (「名　　称」), and the scan reads a speck in the
            // gap as a mark (「名，称」「类”型」): the label with the mark left out.
            var speck = 0;
            if (ocr && i == start && !labels.Any() && i + 2 < compact.Length && IsCjk(compact[i]) && !IsCjk(compact[i + 1])
                && !char.IsAsciiLetterOrDigit(compact[i + 1])
                && catalog.At(compact.Remove(i + 1, 1), i).Where(l => l.Core.Length == 2).ToList() is { Count: > 0 } spaced)
            {
                labels = spaced;
                speck = 1;
            }
            var bracketed = labels.Any() ? null : AcrossBracket(compact, i);
            if (bracketed is { } b) labels = [(b.Core, b.Slot)];
            foreach (var (core, slot) in labels)
            {
                var j = bracketed?.End ?? i + core.Length + speck;
                string? unit = null;
                var noted = false;
                // A note after the label (「面积(m²)」「承租方（乙方）」); a scan reads its brackets as 〈 》 too.
                if (j < compact.Length && compact[j] is '(' or '〈' or '《')
                {
                    var close = compact.IndexOfAny(NoteClose, j);
                    if (close > j && close - j <= 12)
                    {
                        unit = LabelText.UnitOf(compact[(j + 1)..close]);
                        j = close + 1;
                        noted = true;
                    }
                }
                if (!delimited && core.Length < 4) continue;
                bool separated;
                // After a note the colon may read as a semicolon (「出租方〈甲方》;」).
                if (j < compact.Length && (compact[j] is ':' or '：' || (noted && compact[j] is ';' or '；'))) { separated = true; j++; }
                else separated = j == compact.Length || spaceBefore[j]
                                 || (i == start && core.Length >= 4 && StartsValue(compact[j]))
                                 || (i == start && glued)
                                 || (i > start && core.Length >= 4);
                if (!separated) continue;
                hits.Add((slot, core, unit, j, i));
                i = j - 1;
                break;
            }
        }
        var result = new List<(TSlot, string, string?, string)>();
        for (var k = 0; k < hits.Count; k++)
        {
            var from = hits[k].ValueStart;
            var to = k + 1 < hits.Count ? hits[k + 1].LabelStart : compact.Length;
            // A label inside brackets (「我单位…（统一社会信用代码：…，法定代表人：钟丽）是…的运营主体」): its value ends
            // where the brackets close.
            if (Unclosed(compact, hits[k].LabelStart) && compact.IndexOf(')', from, to - from) is var close and > 0) to = close;
            var value = from >= to ? "" : text[map[from]..(to < compact.Length ? map[to] : text.Length)];
            result.Add((hits[k].Slot, hits[k].Label, hits[k].Unit, CleanValue(value)));
        }
        return result;
    }

    /// <summary>
    /// A label with a note in brackets inside it (「入驻企业（团队）数：29家」「服务人员（含兼职）数量」): the catalog holds
    /// its core without the note, which the text does not contain in one piece. Only a label running on past the
    /// bracket is taken; one ending at it (面积(m²)) is matched as it stands.
    /// </summary>
    private (string Core, TSlot Slot, int End)? AcrossBracket(string compact, int i)
    {
        var open = compact.IndexOf('(', i, Math.Min(12, compact.Length - i));
        if (open < i + 2) return null;
        var close = compact.IndexOf(')', open);
        if (close < 0 || close - open > 10 || compact.AsSpan(i, open - i).ContainsAny(":：")) return null;
        var joined = compact[i..open] + compact[(close + 1)..];
        var before = open - i;
        foreach (var (core, slot) in catalog.At(joined, 0))
            if (core.Length > before) return (core, slot, close + 1 + core.Length - before);
        return null;
    }

    /// <summary>Whether a text is a label (of this catalog, of the glossary, or a known non-glossary form label).</summary>
    public bool IsLabel(string text)
    {
        if (catalog.TryMatchWhole(text, out _, out _) || GlossaryCatalog.All.TryMatchWhole(text, out _, out _)) return true;
        var core = LabelText.Split(text).Core;
        return GlossaryCatalog.OtherFormLabels.Contains(core);
    }

    /// <summary>Cuts what is not the value: blanks to fill (____), 「(盖章)」, an unknown label that follows.</summary>
    public static string CleanValue(string value)
    {
        var v = NextLabel().Match(value) is { Success: true } m ? value[..m.Index] : value;
        v = Stamp().Replace(v, "");
        // A seal printed over the cell leaves its star and 专用章 in a text layer beside the value (「赵军专用章」).
        v = LabelText.SealGlyphs().Replace(v, "");
        v = v.Replace("_", "", StringComparison.Ordinal);
        return LabelText.Clean(v).Trim(' ', ';', '；', ',', '，', '|');
    }

    private IEnumerable<LabelledValue<TSlot>> InGrid(Grid grid, FindMethod right, FindMethod below)
    {
        if (grid.FromLayout) grid = SplitGlued(grid);
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = grid.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var cell = row[c];
                if (cell.Text.Trim().Length == 0) continue;
                if (catalog.TryMatchWhole(cell.Text, out var slot, out var unit)
                    || (cell.Span.Ocr && !IsLabel(cell.Text) && catalog.TryMatchNearWhole(cell.Text, out slot, out unit)))
                {
                    var next = c + 1 < row.Count ? row[c + 1] : null;
                    // What is left of a scanned cell border (「|」) between a label and its value is no cell of its own.
                    if (grid.FromLayout && next is not null && c + 2 < row.Count && CleanValue(next.Text).Trim('[', ']', '!', '(', ')').Length == 0)
                        next = row[c + 2];
                    if (next is not null && !IsLabel(next.Text))
                    {
                        var value = CleanValue(next.Text);
                        if (value.Length > 0)
                            yield return Hit(slot, cell.Text, unit, next.Span with { Text = value }, right);
                        continue;
                    }
                    var under = Below(grid, r, cell);
                    if (under is not null && !IsLabel(under.Text) && CleanValue(under.Text) is { Length: > 0 } v)
                        yield return Hit(slot, cell.Text, unit, under.Span with { Text = v }, below);
                    continue;
                }
                if (grid.FromLayout && Wrapped(grid, r, c) is { } wrapped)
                {
                    yield return Hit(wrapped.Slot, wrapped.Label, wrapped.Unit, wrapped.Value.Span with { Text = CleanValue(wrapped.Value.Text) }, right);
                    continue;
                }
                foreach (var (s, label, u, value) in ParseText(cell.Text))
                    if (value.Length > 0)
                        yield return Hit(s, label, u, cell.Span with { Text = value }, right);
            }
        }
    }

    private IEnumerable<LabelledValue<TSlot>> InLine(IReadOnlyList<Span> lines, int i)
    {
        var pairs = ParseText(lines[i].Text, lines[i].Ocr);
        foreach (var (slot, label, unit, value) in pairs)
        {
            if (value.Length > 0)
            {
                yield return Hit(slot, label, unit, lines[i] with { Text = value }, FindMethod.Line);
                continue;
            }
            // 「服务场地面积：」 with the figure on the next line.
            // (Lines with boxes are left to the layout pass, which knows what is beside and what is below.)
            if (pairs.Count == 1 && lines[i].Box is null && i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page
                && ParseText(lines[i + 1].Text).Count == 0 && !IsLabel(lines[i + 1].Text)
                && CleanValue(lines[i + 1].Text) is { Length: > 0 and <= 60 } below)
                yield return Hit(slot, label, unit, lines[i + 1] with { Text = below }, FindMethod.LineBelow);
        }
    }

    /// <summary>
    /// OCR of a scanned form often runs a value into the next cell's label when the border between them is thin
    /// (「7人专科以上学历人数」「495m场地来源」): such a cell becomes two, the value and the label, so the label finds its
    /// own value to the right. Only a known label of four or more characters at the end of the cell splits it.
    /// </summary>
    private Grid SplitGlued(Grid grid)
    {
        var rows = new List<IReadOnlyList<GridCell>>(grid.Rows.Count);
        var changed = false;
        foreach (var row in grid.Rows)
        {
            var cells = new List<GridCell>(row.Count);
            foreach (var cell in row)
            {
                if (GluedLabelStart(cell.Text) is { } k)
                {
                    cells.Add(cell with { Span = cell.Span with { Text = cell.Text[..k] } });
                    cells.Add(cell with { Span = cell.Span with { Text = cell.Text[k..] } });
                    changed = true;
                }
                else cells.Add(cell);
            }
            rows.Add(cells.Select((c, i) => c with { Column = i, ColSpan = 1 }).ToList());
        }
        return changed ? new Grid { Page = grid.Page, Rows = rows, FromLayout = true } : grid;
    }

    private int? GluedLabelStart(string text)
    {
        if (text.Length < 5 || IsLabel(text)) return null;
        for (var k = 1; k <= text.Length - 4; k++)
        {
            if (char.IsWhiteSpace(text[k])) continue;
            var tail = text[k..];
            if (LabelText.Split(tail).Core.Length < 4 || !IsLabel(tail)) continue;
            var head = text[..k].Trim(' ', '|', ',', '，', ':', '：');
            return head.Length > 0 ? k : null;
        }
        return null;
    }

    /// <summary>
    /// A label wrapped over two lines of its cell (「入驻团队及企业拥有知识产」 over 「权数(项)」), which a scan's layout
    /// gives as two rows: the two parts make the label, and the value is the next cell right of either part.
    /// </summary>
    private (TSlot Slot, string Label, string? Unit, GridCell Value)? Wrapped(Grid grid, int r, int c)
    {
        var cell = grid.Rows[r][c];
        if (cell.Span.Box is not { } top || IsLabel(cell.Text) || r + 1 >= grid.Rows.Count) return null;
        var under = grid.Rows[r + 1].FirstOrDefault(n => n.Span.Box is { } b
            && Math.Abs(b.X0 - top.X0) <= top.Height && b.Y0 - top.Y1 <= top.Height);
        // A label wraps where its cell is full, so its first line is long: a lone character (「和」, a speck split off
        // 「孵化案例数」) over 「专职服务人员数(人)」 is no wrapped label, and would give that row the value of the row above.
        if (under is null || cell.Text.Trim().Length < 2) return null;
        var joined = cell.Text.Trim() + under.Text.Trim();
        if (!catalog.TryMatchWhole(joined, out var slot, out var unit))
        {
            // One stray mark before the label (a speck read as 人 or |) does not make it another label.
            if (joined.Length < 7 || !catalog.TryMatchWhole(joined[1..], out slot, out unit)) return null;
            joined = joined[1..];
        }
        var value = RightOf(grid.Rows[r], cell) ?? RightOf(grid.Rows[r + 1], under);
        return value is null || IsLabel(value.Text) || CleanValue(value.Text).Length == 0 ? null : (slot, joined, unit, value);
    }

    private static GridCell? RightOf(IReadOnlyList<GridCell> row, GridCell cell) =>
        row.Where(n => n.Span.Box is { } b && b.X0 >= cell.Span.Box!.Value.X1).OrderBy(n => n.Span.Box!.Value.X0).FirstOrDefault();

    private static GridCell? Below(Grid grid, int r, GridCell cell)
    {
        if (r + 1 >= grid.Rows.Count) return null;
        if (!grid.FromLayout) return grid.At(r + 1, cell.Column);
        var next = grid.Rows[r + 1];
        if (cell.Span.Box is not { } b) return next.FirstOrDefault(c => c.Column == cell.Column);
        return next.Where(c => c.Span.Box is { } nb && Math.Min(nb.X1, b.X1) - Math.Max(nb.X0, b.X0) > 0)
            .OrderByDescending(c => Math.Min(c.Span.Box!.Value.X1, b.X1) - Math.Max(c.Span.Box!.Value.X0, b.X0))
            .FirstOrDefault();
    }

    private static LabelledValue<TSlot> Hit(TSlot slot, string label, string? unit, Span value, FindMethod method) =>
        new(slot, LabelText.Clean(label), unit, value, $"{LabelText.Clean(label)} {value.Text}", method);

    private static readonly char[] NoteClose = [')', '〉', '》'];

    private static bool Unclosed(string compact, int end)
    {
        var depth = 0;
        for (var i = 0; i < end; i++)
            if (compact[i] == '(') depth++;
            else if (compact[i] == ')' && depth > 0) depth--;
        return depth > 0;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool StartsValue(char c) => char.IsAsciiDigit(c) || c is '¥' or '￥' || "零〇一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾".Contains(c);

    private static (string Compact, int[] Map, bool[] SpaceBefore) Compacted(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var space = new List<bool>(text.Length);
        var pending = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = LabelText.Half(text[i]);
            if (char.IsWhiteSpace(c)) { pending = true; continue; }
            sb.Append(c);
            map.Add(i);
            space.Add(pending);
            pending = false;
        }
        return (sb.ToString(), map.ToArray(), space.ToArray());
    }

    [GeneratedRegex(@"^(?:[0-9]{1,2}[.、)](?![0-9])|\([0-9一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)")]
    private static partial Regex LeadingEnumerator();

    [GeneratedRegex(@"\s+[\p{IsCJKUnifiedIdeographs}()（）]{2,12}[:：]")]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"[(（{\[]\s*(?:盖章|签字|签章|公章|签名|盖公章)\s*[)）}\]]")]
    private static partial Regex Stamp();
}
