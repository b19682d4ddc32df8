using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Writers;

/// <summary>Writes a <see cref="DocContent"/> as a Word document the way an applicant's form looks.</summary>
public sealed class DocxWriter
{
    public byte[] Write(DocContent content)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in content.Blocks)
            {
                switch (block)
                {
                    case Content.Title t: body.Append(Para(t.Text, t.Size, true, Align.Center, false, "黑体")); break;
                    case Content.Paragraph p: body.Append(Para(p.Text, p.Size, p.Bold, p.Align, p.Indent, "宋体")); break;
                    case TableBlock t: body.Append(Table(t, content.Landscape)); body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph()); break;
                    case Spacer s:
                        body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(
                            new SpacingBetweenLines { Before = ((int)(s.Points * 20)).ToString() })));
                        break;
                    case PageBreak:
                        body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case Seal s:
                        body.Append(Para($"（盖章）{s.Text}", 12, true, s.Align, false, "宋体", "C00000"));
                        break;
                }
            }
            body.Append(Section(content.Landscape));
            main.Document = new Document(body);
            main.Document.Save();
            doc.PackageProperties.Title = content.DocTitle;
            doc.PackageProperties.Creator = content.Author;
            doc.PackageProperties.Created = content.CreatedAt;
            doc.PackageProperties.Modified = content.CreatedAt;
        }
        return DeterministicZip.Normalise(stream.ToArray(), new DateTimeOffset(content.CreatedAt, TimeSpan.Zero), Canonical);
    }

    /// <summary>
    /// System.IO.Packaging names the core-properties part and the package relationships with random GUIDs; fixed
    /// names make the same content the same bytes. Nothing inside the document refers to these package-level ids.
    /// </summary>
    private static (string Name, byte[] Data) Canonical(string name, byte[] data)
    {
        const string coreName = "package/services/metadata/core-properties/core.psmdcp";
        if (name.EndsWith(".psmdcp", StringComparison.Ordinal)) return (coreName, data);
        if (name != "_rels/.rels") return (name, data);
        var xml = System.Text.Encoding.UTF8.GetString(data);
        var n = 0;
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "Id=\"R[0-9a-f]{16}\"", _ => $"Id=\"rId{++n}\"");
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "/package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp", "/" + coreName);
        return (name, System.Text.Encoding.UTF8.GetBytes(xml));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(string text, double size, bool bold, Align align,
        bool indent, string font, string? color = null)
    {
        var props = new ParagraphProperties();
        props.Append(new SpacingBetweenLines { After = "60", Line = "360", LineRule = LineSpacingRuleValues.Auto });
        if (indent) props.Append(new Indentation { FirstLineChars = 200, FirstLine = ((int)(size * 40)).ToString() });
        props.Append(new Justification
        {
            Val = align switch { Align.Center => JustificationValues.Center, Align.Right => JustificationValues.Right, _ => JustificationValues.Both },
        });
        var runProps = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font });
        if (bold) runProps.Append(new Bold());
        if (color is not null) runProps.Append(new Color { Val = color });
        runProps.Append(new FontSize { Val = ((int)Math.Round(size * 2)).ToString() });
        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(props, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(TableBlock t, bool landscape)
    {
        var available = landscape ? 13900 : 9000;
        var total = t.Widths.Sum();
        var cols = t.Widths.Select(w => (int)(w / total * available)).ToArray();
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 6 }, new BottomBorder { Val = BorderValues.Single, Size = 6 },
            new LeftBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 6 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 6 });
        var table = new Table(new TableProperties(t.Borderless ? new TableBorders() : border(), new TableWidth { Type = TableWidthUnitValues.Dxa, Width = cols.Sum().ToString() },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(cols.Select(c => new GridColumn { Width = c.ToString() })));
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var row = new TableRow();
            var cells = t.Rows[r];
            for (var c = 0; c < cells.Length && c < cols.Length; c++)
            {
                var span = c == cells.Length - 1 ? cols.Length - c : 1;
                var width = cols.Skip(c).Take(span).Sum();
                var cellProps = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });
                if (span > 1) cellProps.Append(new GridSpan { Val = span });
                var p = Para(cells[c], t.Size, t.HeaderRow && r == 0, Align.Left, false, "宋体");
                p.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "280", LineRule = LineSpacingRuleValues.Auto };
                row.Append(new TableCell(cellProps, p));
            }
            table.Append(row);
        }
        return table;
    }

    private static SectionProperties Section(bool landscape) => new(
        landscape
            ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1440, Bottom = 1440, Left = 1300, Right = 1300, Header = 851, Footer = 992, Gutter = 0 });
}
