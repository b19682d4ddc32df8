using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocumentFormat.OpenXml.Math;
using A = DocumentFormat.OpenXml.Drawing;
using V = DocumentFormat.OpenXml.Vml;

namespace ZcIngest.Extractors.Formats.Docx;

/// <summary>
/// Walks a Word body (or header/footer) in reading order and collects paragraphs, tables with merges resolved,
/// text-box content (after the paragraph that anchors it), checkbox glyphs and page breaks. Deleted revisions
/// and field codes are skipped; of an <c>mc:AlternateContent</c> only the first choice is read, because the
/// fallback repeats the same text.
/// </summary>
public sealed class DocxWalker(bool useRenderedBreaks, double defaultFontSizePt, bool recordImages)
{
    private const int MaxGridSpan = 64;
    private const int MaxDepth = 64;

    /// <summary>Relationship ids of images drawn in the body (a:blip r:embed, v:imagedata r:id), in order of appearance.</summary>
    public List<string> ImageIds { get; } = [];

    public List<DocxItem> WalkBody(OpenXmlElement root)
    {
        var items = new List<DocxItem>();
        WalkBlocks(root.ChildElements, items, inCell: false, depth: 0);
        return items;
    }

    private void WalkBlocks(IEnumerable<OpenXmlElement> elements, List<DocxItem> target, bool inCell, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p:
                    WalkParagraph(p, target, inCell, depth);
                    break;
                case Table t:
                    target.Add(ReadTable(t, depth));
                    break;
                case AlternateContent ac:
                    WalkBlocks(PreferredBranch(ac), target, inCell, depth + 1);
                    break;
                default:
                    if (!IsSkipped(element)) WalkBlocks(element.ChildElements, target, inCell, depth + 1);
                    break;
            }
        }
    }

    private void WalkParagraph(Paragraph p, List<DocxItem> target, bool inCell, int depth)
    {
        var pPr = p.ParagraphProperties;
        if (!inCell && pPr?.PageBreakBefore is { } pbb && (pbb.Val is null || pbb.Val.Value)) target.Add(DocxPageBreak.Instance);

        var fontSize = FontSize(p) ?? defaultFontSizePt;
        var text = new StringBuilder();
        var boxes = new List<OpenXmlElement>();
        void Flush()
        {
            target.Add(new DocxParagraph(text.ToString(), fontSize));
            text.Clear();
        }
        void Break()
        {
            if (inCell) return;
            Flush();
            target.Add(DocxPageBreak.Instance);
        }
        Inline(p, text, boxes, Break, depth);
        Flush();
        foreach (var box in boxes) WalkBlocks(box.ChildElements, target, inCell, depth + 1);

        if (!inCell && pPr?.SectionProperties is { } sectPr && BreaksPage(sectPr)) target.Add(DocxPageBreak.Instance);
    }

    private void Inline(OpenXmlElement parent, StringBuilder text, List<OpenXmlElement> boxes, Action pageBreak, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Text t: text.Append(t.Text); break;
                case M.Text mt: text.Append(mt.Text); break;
                case TabChar or PositionalTab: text.Append('\t'); break;
                case CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                case SymbolChar s: text.Append(DocxSymbols.Resolve(s.Font?.Value, s.Char?.Value)); break;
                case Break br:
                    if (br.Type?.Value == BreakValues.Page) pageBreak();
                    else text.Append('\n');
                    break;
                case LastRenderedPageBreak:
                    if (useRenderedBreaks) pageBreak();
                    break;
                case FieldChar fc:
                    if (fc.FormFieldData?.GetFirstChild<CheckBox>() is { } cb) text.Append(DocxSymbols.CheckBox(IsChecked(cb)));
                    break;
                case TextBoxContent box: boxes.Add(box); break;
                case AlternateContent ac:
                    foreach (var branch in PreferredBranch(ac)) Inline(branch, text, boxes, pageBreak, depth + 1);
                    break;
                case A.Blip blip:
                    if (recordImages && blip.Embed?.Value is { Length: > 0 } id) ImageIds.Add(id);
                    break;
                case V.ImageData data:
                    if (recordImages && data.RelationshipId?.Value is { Length: > 0 } vid) ImageIds.Add(vid);
                    break;
                default:
                    if (!IsSkipped(child)) Inline(child, text, boxes, pageBreak, depth + 1);
                    break;
            }
        }
    }

    /// <summary>The first <c>mc:Choice</c>, or the fallback when there is none.</summary>
    private static IEnumerable<OpenXmlElement> PreferredBranch(AlternateContent ac)
    {
        var branch = (OpenXmlElement?)ac.GetFirstChild<AlternateContentChoice>() ?? ac.GetFirstChild<AlternateContentFallback>();
        // Yield the branch itself once: callers descend into its children.
        return branch is null ? [] : [branch];
    }

    private static bool IsSkipped(OpenXmlElement e)
    {
        var name = e.LocalName;
        // Properties hold no text; deleted revisions, moved-from text and field instructions are not what the reader saw.
        return (name.EndsWith("Pr", StringComparison.Ordinal) && name != "fldSimple")
               || name is "instrText" or "delText" or "delInstrText" or "del" or "moveFrom" or "fldData";
    }

    private static bool IsChecked(CheckBox cb)
    {
        // w:checked overrides w:default; an element without w:val means true.
        var state = cb.GetFirstChild<Checked>() ?? (OpenXmlElement?)cb.GetFirstChild<DefaultCheckBoxFormFieldState>();
        return state switch
        {
            Checked c => c.Val is null || c.Val.Value,
            DefaultCheckBoxFormFieldState d => d.Val is null || d.Val.Value,
            _ => false,
        };
    }

    private static bool BreaksPage(SectionProperties sectPr)
    {
        var type = sectPr.GetFirstChild<SectionType>()?.Val?.Value;
        return type is null || type == SectionMarkValues.NextPage || type == SectionMarkValues.OddPage || type == SectionMarkValues.EvenPage;
    }

    private static double? FontSize(Paragraph p)
    {
        foreach (var run in p.Descendants<Run>())
            if (run.RunProperties?.FontSize?.Val?.Value is { } half && double.TryParse(half, out var v) && v > 0)
                return Math.Clamp(v / 2, 4, 96);
        return null;
    }

    private DocxTable ReadTable(Table table, int depth)
    {
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>()
            .Select(g => double.TryParse(g.Width?.Value, out var w) ? w / 20 : 0).ToList() ?? [];
        var rows = new List<List<DocxCell>>();
        var open = new Dictionary<int, DocxCell>();
        foreach (var tr in Children<TableRow>(table, depth))
        {
            var rowIndex = rows.Count;
            var cells = new List<DocxCell>();
            var stillOpen = new Dictionary<int, DocxCell>();
            var column = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var tc in Children<TableCell>(tr, depth))
            {
                var tcPr = tc.TableCellProperties;
                var span = Math.Clamp(tcPr?.GridSpan?.Val?.Value ?? 1, 1, MaxGridSpan);
                if (tcPr?.HorizontalMerge is { } hm && hm.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
                {
                    cells[^1].ColSpan += span;
                    column += span;
                    continue;
                }
                var text = CellText(tc, depth);
                if (tcPr?.VerticalMerge is { } vm && vm.Val?.Value != MergedCellValues.Restart
                    && open.TryGetValue(column, out var above))
                {
                    above.RowSpan++;
                    if (text.Length > 0) above.Text = above.Text.Length > 0 ? above.Text + "\n" + text : text;
                    stillOpen[column] = above;
                }
                else
                {
                    var cell = new DocxCell { Row = rowIndex, Column = column, ColSpan = span, Text = text };
                    cells.Add(cell);
                    stillOpen[column] = cell;
                }
                column += span;
            }
            open = stillOpen;
            rows.Add(cells);
        }
        return new DocxTable(rows, grid);
    }

    /// <summary>Rows or cells, looking through content controls and custom XML that may wrap them.</summary>
    private static IEnumerable<T> Children<T>(OpenXmlElement parent, int depth) where T : OpenXmlElement
    {
        if (depth > MaxDepth) yield break;
        foreach (var child in parent.ChildElements)
        {
            if (child is T t) yield return t;
            else if (child is not Table && !IsSkipped(child))
                foreach (var inner in Children<T>(child, depth + 1)) yield return inner;
        }
    }

    private string CellText(TableCell cell, int depth)
    {
        var items = new List<DocxItem>();
        WalkBlocks(cell.ChildElements, items, inCell: true, depth + 1);
        return string.Join('\n', items.Select(ItemText).Where(s => s.Length > 0)).Trim();
    }

    public static string ItemText(DocxItem item) => item switch
    {
        DocxParagraph p => p.Text.Trim(),
        DocxTable t => string.Join('\n', t.Rows.Select(r => string.Join('\t', r.Select(c => c.Text.Replace('\n', ' '))))),
        _ => "",
    };
}
