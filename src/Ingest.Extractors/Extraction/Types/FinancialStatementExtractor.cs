using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 财务报表 / 利润表: 营业收入 (revenue) and 营业成本 (cost), taken from the current-period column (本期/本年)
/// when the table names one, in the unit the statement declares (「单位：元」, 「金额单位：万元」, a column header's
/// 「(元)」). A bare figure with no unit declared anywhere is kept raw, not guessed.
/// </summary>
public sealed partial class FinancialStatementExtractor : IDocumentExtractor
{
    private static readonly LabelCatalog<FieldKey> Rows = LabelledFields.Catalog(
        (FieldKeys.RevenueWan, ["营业收入", "营业总收入", "主营业务收入", "总收入", "收入合计", "营业收入合计", "收入总额", "上年度总收入", "年度总收入", "一、营业收入", "一、营业总收入"]),
        (FieldKeys.OperatingCostWan, ["营业成本", "主营业务成本", "运营成本", "营业总成本", "成本合计", "减:营业成本", "上年度运营成本", "运营成本合计", "成本费用合计", "减:主营业务成本"]));

    public DocumentType Type => DocumentType.FinancialStatement;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        var flow = new FlowText(view.Lines);
        var documentUnit = DeclaredUnit().Match(flow.Text) is { Success: true } um ? um.Groups["u"].Value : null;
        // The total (营业总收入, 营业总成本) is the figure asked for; a 「其中：」 line is one part of it.
        var found = new Dictionary<FieldKey, (int Rank, FieldValue Value)>();
        void Offer(FieldKey key, string label, FieldValue value)
        {
            var compact = LabelText.Compact(label);
            var rank = compact.StartsWith("其中", StringComparison.Ordinal) ? 2
                : compact.Contains('总') || compact.Contains("合计", StringComparison.Ordinal) ? 0 : 1;
            if (!found.TryGetValue(key, out var best) || rank < best.Rank) found[key] = (rank, value);
        }
        foreach (var grids in new[] { view.Tables, view.LayoutGrids })
        {
            foreach (var grid in grids) ReadGrid(grid, documentUnit, view.DocumentId, Offer);
            if (found.Count == 2) break;
        }
        if (found.Count < 2)
        {
            var finder = new LabelValueFinder<FieldKey>(Rows);
            foreach (var line in view.Lines)
                foreach (var (key, label, unit, value) in finder.ParseText(line.Text, line.Ocr))
                    if (!found.ContainsKey(key) && FirstFigure().Match(LabelText.Compact(value)) is { Success: true } fm)
                        Offer(key, line.Text, Read(key, line with { Text = fm.Value }, unit ?? documentUnit, view.DocumentId, $"{label} {value}"));
        }
        foreach (var (key, (_, value)) in found) facts.Fields[key] = value;
    }

    private static void ReadGrid(Grid grid, string? documentUnit, string documentId, Action<FieldKey, string, FieldValue> offer)
    {
        int? currentColumn = null;
        string? columnUnit = null;
        foreach (var row in grid.Rows)
        {
            var current = row.FirstOrDefault(c => CurrentPeriod().IsMatch(LabelText.Compact(c.Text)));
            if (current is not null && currentColumn is null)
            {
                currentColumn = current.Column;
                columnUnit = LabelText.Split(current.Text).Unit;
            }
            for (var i = 0; i < row.Count; i++)
            {
                if (!Rows.TryMatchWhole(row[i].Text, out var key, out var labelUnit)) continue;
                var figures = row.Skip(i + 1).Where(c => FirstFigure().IsMatch(LabelText.Compact(c.Text))).ToList();
                // The current column by position in a reader's table; by order in a rebuilt layout row.
                var cell = (currentColumn is { } col && !grid.FromLayout ? figures.FirstOrDefault(c => c.Column == col) : null)
                           ?? figures.FirstOrDefault(c => !IsLineNumber(c.Text));
                if (cell is null) continue;
                var figure = FirstFigure().Match(LabelText.Compact(cell.Text)).Value;
                offer(key, row[i].Text, Read(key, cell.Span with { Text = figure }, labelUnit ?? columnUnit ?? documentUnit, documentId,
                    $"{LabelText.Clean(row[i].Text)} {LabelText.Clean(cell.Text)}"));
            }
        }
    }

    private static FieldValue Read(FieldKey key, Span figure, string? unit, string documentId, string snippet)
    {
        var hasOwnUnit = figure.Text.EndsWith('元');
        if (!hasOwnUnit && unit is null)
            return ValueReader.Of(null, figure, documentId, 0.9, figure.Text) with { Snippet = snippet };
        var raw = hasOwnUnit ? figure.Text : figure.Text + (unit == "千元" ? "" : unit);
        if (unit == "千元" && !hasOwnUnit && decimal.TryParse(figure.Text.Replace(",", ""), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var thousands))
            raw = (thousands * 1000m).ToString(System.Globalization.CultureInfo.InvariantCulture) + "元";
        return ValueReader.Read(key, figure with { Text = raw }, documentId, 0.95, snippet: snippet);
    }

    /// <summary>The 行次 column (1, 2, 3…) sits between the label and the amounts in standard statements.</summary>
    private static bool IsLineNumber(string text) => LabelText.Compact(text) is { Length: <= 2 } t && t.All(char.IsAsciiDigit);

    [GeneratedRegex(@"单位[:]?(?:人民币)?(?<u>万元|千元|元)")]
    private static partial Regex DeclaredUnit();

    [GeneratedRegex(@"^(?:本期|本年|本月累计|本年累计|本期金额|本年金额|本期数|本年数|本期发生额|本年发生额|金额)")]
    private static partial Regex CurrentPeriod();

    [GeneratedRegex(@"-?[\d,]+(?:\.\d+)?(?:万元|元)?")]
    private static partial Regex FirstFigure();
}
