using System.Globalization;
using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 财务报表 / 利润表: 营业收入 (revenue) and 营业成本 (cost). A row is a label and the amounts on its line — in a
/// reader's table, on one text line, or, when a scan was read column by column, the lines level with the label
/// further right. The total (营业总收入, 营业总成本) beats the plain row, which beats a 「其中：」 part. Of the
/// amounts, the current-period column (本年/本期) is taken in the order the header names the periods; the
/// 行次 number before them is not an amount. The unit is the one the statement declares (「单位：元」,
/// 「金额单位：万元」, a header's 「(元)」); a bare figure with no unit declared anywhere is kept raw, not guessed.
/// </summary>
public sealed partial class FinancialStatementExtractor : IDocumentExtractor
{
    private static readonly (FieldKey Key, string Label)[] Labels = Catalogue(
        (FieldKeys.RevenueWan, ["营业收入", "营业总收入", "主营业务收入", "总收入", "收入合计", "营业收入合计", "收入总额", "上年度总收入", "年度总收入", "营业总收入合计"]),
        (FieldKeys.OperatingCostWan, ["营业成本", "主营业务成本", "运营成本", "营业总成本", "成本合计", "上年度运营成本", "运营成本合计", "成本费用合计", "成本费用总额", "营业总成本合计"]));

    public DocumentType Type => DocumentType.FinancialStatement;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        var flow = new FlowText(view.Lines);
        var headerText = flow.Text + string.Concat(view.Tables.SelectMany(t => t.Rows.Take(3)).SelectMany(r => r).Select(c => LabelText.Compact(c.Text)));
        var documentUnit = DeclaredUnit().Match(headerText) is { Success: true } um ? um.Groups["u"].Value : null;
        var columnUnit = ColumnUnit().Match(headerText) is { Success: true } cu ? cu.Groups["u"].Value : null;
        var current = PlacedHeader(view) is { } placed ? CurrentColumn(placed) : CurrentColumn(headerText);
        var lineNumbers = headerText.Contains("行次", StringComparison.Ordinal) || headerText.Contains("行号", StringComparison.Ordinal);

        var readings = new List<(FieldKey Key, int Rank, FieldValue Value)>();
        foreach (var row in Rows(view))
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (LabelAt(row[i].Text) is not { } label) continue;
                // 营业总成本 adds taxes and expenses to 营业成本: its 「其中」 part is never the cost asked for.
                if (label.Rank == 2 && label.Key == FieldKeys.OperatingCostWan) break;
                var rest = new List<Span> { row[i] with { Text = label.Rest } };
                rest.AddRange(row.Skip(i + 1));
                if (Amount(rest, current, lineNumbers) is { } amount)
                {
                    var unit = label.Unit ?? columnUnit ?? documentUnit;
                    var snippet = $"{LabelText.Clean(row[i].Text)} {string.Join(" ", row.Skip(i + 1).Select(s => LabelText.Clean(s.Text)))}".Trim();
                    var value = Read(label.Key, amount, unit, view.DocumentId, snippet);
                    readings.Add((label.Key, label.Rank, value));
                }
                break;
            }
        }
        foreach (var key in readings.GroupBy(r => r.Key))
        {
            // The best-ranked row, the first read of equals.
            var value = key.MinBy(r => r.Rank).Value;
            facts.Fields[key.Key] = Disputed(view, value, key.Select(r => r.Value)) ? value with { LowConfidence = true } : value;
        }
    }

    /// <summary>
    /// A scanned total its own rows contradict (营业总收入 17,675,000.00 over 「其中：营业收入 7,675,000.00」, a column's
    /// border read as a leading 1): an operator's total revenue is its revenue, so two amounts mean one is misread.
    /// </summary>
    private static bool Disputed(DocumentView view, FieldValue taken, IEnumerable<FieldValue> readings) =>
        taken.Page is { } page && view.PageOf(page)?.Source == Core.Documents.PageSource.Ocr && taken.Value?.Number is { } amount
        && readings.Any(r => r.Value?.Number is { } other && other != amount);

    /// <summary>The reader's table rows, then each line with whatever stands level with it to its right.</summary>
    private static IEnumerable<List<Span>> Rows(DocumentView view)
    {
        foreach (var grid in view.Tables)
            foreach (var row in grid.Rows)
                yield return row.Select(c => c.Span).ToList();
        foreach (var page in view.Pages)
        {
            if (page.Source == Core.Documents.PageSource.Ocr)
            {
                foreach (var row in ScanRows(page)) yield return row;
                continue;
            }
            var lines = view.Lines.Where(l => l.Page == page.Number).ToList();
            foreach (var line in lines)
            {
                var row = new List<Span> { line };
                if (line.Box is { } b)
                    row.AddRange(lines.Where(o => !ReferenceEquals(o, line) && o.Box is { } ob && ob.X0 >= b.X1 - 2 && Level(b, ob))
                        .OrderBy(o => o.Box!.Value.X0));
                yield return row;
            }
        }
    }

    /// <summary>
    /// A scanned statement's rows word by word: a line's words up to its first figure are the label, and every figure
    /// level with them and right of them — in that line or in lines read apart — in the order they stand. The page
    /// read joins a label to a far column and reads the column between on its own (「营业总收入 2,395,400.00」 with
    /// this year's 3,236,500.00 apart), so a line's own text would put last year first.
    /// </summary>
    private static IEnumerable<List<Span>> ScanRows(Core.Documents.Page page)
    {
        var words = page.Lines.SelectMany(l => l.Words).Where(w => w.Box is not null && w.Text.Trim().Length > 0).ToList();
        foreach (var line in page.Lines)
        {
            var labelWords = line.Words.TakeWhile(w => !StartsFigure().IsMatch(w.Text)).Where(w => w.Box is not null).ToList();
            if (labelWords.Count == 0) continue;
            var box = DocumentView.Union(labelWords.Select(w => w.Box))!.Value;
            var label = new Span(Ocr.CjkText.JoinWords(labelWords.Select(w => w.Text)), page.Number, box,
                labelWords.Average(w => w.Confidence ?? 0), true);
            var row = new List<Span> { label };
            row.AddRange(words.Where(w => !labelWords.Contains(w) && w.Box!.Value.X0 >= box.X1 - 2 && Level(box, w.Box!.Value))
                .OrderBy(w => w.Box!.Value.X0)
                .Select(w => new Span(w.Text, page.Number, w.Box, w.Confidence, true)));
            yield return row;
        }
    }

    /// <summary>Two boxes on one row: they overlap vertically by at least half the smaller height.</summary>
    private static bool Level(Core.Records.Box a, Core.Records.Box b)
    {
        var overlap = Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0);
        return overlap >= 0.5 * Math.Max(1, Math.Min(a.Height, b.Height));
    }

    private sealed record RowLabel(FieldKey Key, int Rank, string? Unit, string Rest);

    /// <summary>
    /// A row label at the start of a cell or line, after its enumerator (一、 二. 其中： 减：) and a character or
    /// two of scan noise (「医。营业总成本」); the longest label wins. Null for a ratio or a growth row.
    /// </summary>
    private static RowLabel? LabelAt(string text)
    {
        // Spaces separate a 行次 number from the amount after it: they become a visible separator.
        var compact = SpacedLetters().Replace(LabelText.Compact(Spaces().Replace(text.Trim(), "|")), "");
        (int Index, string Label, FieldKey Key)? best = null;
        foreach (var (key, label) in Labels)
        {
            var index = compact.IndexOf(label, StringComparison.Ordinal);
            if (index < 0 || index > 8) continue;
            if (best is null || index < best.Value.Index || (index == best.Value.Index && label.Length > best.Value.Label.Length))
                best = (index, label, key);
        }
        best ??= NearLabel(compact);
        if (best is not { } hit) return null;
        var prefix = compact[..hit.Index];
        if (Enumerator().Replace(prefix, "").Length > 2) return null;
        var rest = compact[(hit.Index + hit.Label.Length)..];
        string? unit = null;
        if (LeadingBracket().Match(rest) is { Success: true } bracket)
        {
            unit = LabelText.UnitOf(bracket.Groups["u"].Value);
            rest = rest[bracket.Length..];
        }
        if (NotTheAmount().IsMatch(rest)) return null;
        var rank = prefix.Contains("其中", StringComparison.Ordinal) ? 2
            : hit.Label.Contains('总') || hit.Label.Contains("合计", StringComparison.Ordinal) ? 0 : 1;
        return new RowLabel(hit.Key, rank, unit, rest);
    }

    /// <summary>
    /// A label of four or more characters with one of them misread (「莫业总成本」), near the start; never a row
    /// that differs from a label in one character by nature (营业外收入 is not 营业总收入).
    /// </summary>
    private static (int Index, string Label, FieldKey Key)? NearLabel(string compact)
    {
        (int Index, string Label, FieldKey Key)? found = null;
        foreach (var (key, label) in Labels.Where(l => l.Label.Length >= 4))
            for (var i = 0; i <= Math.Min(4, compact.Length - label.Length); i++)
            {
                var piece = compact.Substring(i, label.Length);
                if (OtherRows.Any(o => piece.StartsWith(o, StringComparison.Ordinal) || o.StartsWith(piece, StringComparison.Ordinal))) continue;
                var diff = 0;
                for (var k = 0; k < label.Length && diff <= 1; k++) if (piece[k] != label[k]) diff++;
                if (diff != 1) continue;
                if (found is { } f && (f.Key != key || f.Label.Length >= label.Length)) { if (f.Key != key) return null; continue; }
                found = (i, label, key);
            }
        return found;
    }

    private static readonly string[] OtherRows = ["营业外收入", "营业外支出", "营业利润", "营业税金"];

    /// <summary>
    /// The current period's amount among the figures after the label: amounts written as money (thousands
    /// separators or decimals) when there are any, else the figures less a leading 行次 number.
    /// </summary>
    private static Span? Amount(List<Span> pieces, int current, bool lineNumbers)
    {
        var figures = new List<(Span Piece, string Text, bool Money)>();
        foreach (var piece in pieces)
            foreach (Match m in Figure().Matches(MisreadComma().Replace(LabelText.Compact(Spaces().Replace(piece.Text, "|")), ",")))
                figures.Add((piece, m.Value, m.Groups["sep"].Success || m.Value.Contains('.') || m.Value.EndsWith('元')));
        if (figures.Count == 0) return null;
        var money = figures.Where(f => f.Money).ToList();
        if (money.Count > 0) figures = money;
        else if (lineNumbers && figures.Count >= 2 && figures[0].Text.Length <= 2) figures.RemoveAt(0);
        var pick = figures[current < figures.Count ? current : 0];
        return pick.Piece with { Text = pick.Text };
    }

    /// <summary>
    /// The period headers standing side by side on the page, left to right: a scan's read lists 「上年金额」 before
    /// 「本年金额」 when it found the right one first, and the text order would then swap the columns.
    /// </summary>
    private static string? PlacedHeader(DocumentView view)
    {
        foreach (var page in view.Pages)
        {
            // Each period word at the word it starts in: a read that joined 「项目」 to 「上年金额」 still places it right.
            var found = new List<(Core.Records.Box Box, string Word)>();
            foreach (var line in page.Lines)
            {
                var text = "";
                var starts = new List<(int Index, Core.Documents.Word Word)>();
                foreach (var w in line.Words.Where(w => w.Box is not null))
                {
                    starts.Add((text.Length, w));
                    text += LabelText.Compact(w.Text);
                }
                if (text.Length > 16) continue;
                foreach (Match m in PeriodWord().Matches(text))
                    found.Add((starts.Last(st => st.Index <= m.Index).Word.Box!.Value, m.Value));
            }
            foreach (var head in found)
            {
                var row = found.Where(f => Level(head.Box, f.Box)).OrderBy(f => f.Box.X0).ToList();
                if (row.Count >= 2) return string.Concat(row.Select(f => f.Word));
            }
        }
        return null;
    }

    /// <summary>Which amount column is the current period: the header's period words in order (本年金额 上年金额 → 0).</summary>
    private static int CurrentColumn(string compact)
    {
        var first = PeriodWord().Match(compact);
        if (!first.Success) return 0;
        var window = compact.Substring(first.Index, Math.Min(40, compact.Length - first.Index));
        var words = PeriodWord().Matches(window).Select(m => m.Value).ToList();
        var cumulative = words.FindIndex(w => w.Contains("累计", StringComparison.Ordinal) && w[0] == '本');
        if (cumulative >= 0 && words.Any(w => w.StartsWith("本月", StringComparison.Ordinal))) return cumulative;
        var currentIndex = words.FindIndex(w => w.StartsWith("本年", StringComparison.Ordinal) || w.StartsWith("本期", StringComparison.Ordinal));
        return Math.Max(0, currentIndex);
    }

    private static FieldValue Read(FieldKey key, Span figure, string? unit, string documentId, string snippet)
    {
        var text = figure.Text.Replace(",", "", StringComparison.Ordinal);
        var hasOwnUnit = text.EndsWith('元');
        // No unit printed or legible: a figure of a million or more written with thousands separators is yuan —
        // as 万元 it would be ten billion yuan, no makerspace's or incubator's year.
        if (!hasOwnUnit && unit is null && figure.Text.Contains(',') && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var bare) && bare >= 1_000_000m)
            unit = "元";
        if (!hasOwnUnit && unit is null)
            return ValueReader.Of(null, figure, documentId, 0.9, figure.Text) with { Snippet = snippet };
        var raw = hasOwnUnit ? text : text + (unit == "千元" ? "" : unit);
        if (unit == "千元" && !hasOwnUnit && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var thousands))
            raw = (thousands * 1000m).ToString(CultureInfo.InvariantCulture) + "元";
        return ValueReader.Read(key, figure with { Text = raw }, documentId, 0.95, snippet: snippet);
    }

    private static (FieldKey, string)[] Catalogue(params (FieldKey Key, string[] Labels)[] entries) =>
        entries.SelectMany(e => e.Labels.Select(l => (e.Key, l))).ToArray();

    [GeneratedRegex(@"单位[:]?(?:人民币)?(?<u>万元|千元|元)")]
    private static partial Regex DeclaredUnit();

    [GeneratedRegex(@"(?:本年|本期|金额)[\p{IsCJKUnifiedIdeographs}]{0,4}\((?<u>万元|千元|元)\)")]
    private static partial Regex ColumnUnit();

    [GeneratedRegex(@"本年累计数?|本期累计数?|本月数?|本年(?:金额|数|发生额|实际)?|本期(?:金额|数|发生额)?|上年同期(?:金额|数)?|上年(?:金额|数|发生额)?|上期(?:金额|数|发生额)?")]
    private static partial Regex PeriodWord();

    /// <summary>What may stand before a row label: enumerators, 其中/减/加, punctuation and line numbers.</summary>
    [GeneratedRegex(@"其中|减|加|[一二三四五六七八九十]|[\p{P}\p{S}\d|]")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^\((?<u>[^()]{1,8})\)")]
    private static partial Regex LeadingBracket();

    /// <summary>A rate, a share or a growth figure named after the row, not the row itself.</summary>
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]?(?:率|比|占|增|减少|同比|环比|%))")]
    private static partial Regex NotTheAmount();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\|(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpacedLetters();

    /// <summary>「4.825,600.00」「5.364.500.00」: a thousands comma read as a point, followed by another group.</summary>
    [GeneratedRegex(@"(?<=\d)\.(?=\d{3}[.,]\d)")]
    private static partial Regex MisreadComma();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^-?\d")]
    private static partial Regex StartsFigure();

    [GeneratedRegex(@"-?(?:\d{1,3}(?<sep>,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)?")]
    private static partial Regex Figure();
}
