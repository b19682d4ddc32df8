using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Writers;

/// <summary>
/// Lays a <see cref="DocContent"/> out on A4 pages with PDFsharp and the embedded CJK font: a text PDF such as
/// Word or WPS exports. Also the first step of a scan (the page images are rendered from this PDF).
/// </summary>
public sealed class PdfTextWriter
{
    private const double Margin = 62;
    private readonly Dictionary<(char, double, bool), double> _widths = new();

    public byte[] Write(DocContent content, Rng rng, string creator) => WriteAll([content], rng, creator).Bytes;

    /// <summary>Several documents in one PDF (each starting on a new page), with each one's 1-based page numbers.</summary>
    public (byte[] Bytes, List<List<int>> Pages) WriteAll(IReadOnlyList<DocContent> contents, Rng rng, string creator)
    {
        var content = contents[0];
        CjkFontResolver.Install();
        var document = new PdfDocument();
        document.Info.Title = content.DocTitle;
        document.Info.Author = content.Author;
        document.Info.Creator = creator;
        document.Info.CreationDate = content.CreatedAt;
        document.Info.ModificationDate = content.CreatedAt;
        var pages = new List<List<int>>();
        foreach (var c in contents)
        {
            var first = document.PageCount + 1;
            new Layout(this, document, c).Run();
            pages.Add(Enumerable.Range(first, document.PageCount - first + 1).ToList());
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return (PdfDeterminism.Fix(stream.ToArray(), rng), pages);
    }

    private double Width(XGraphics g, char c, double size, bool bold)
    {
        if (_widths.TryGetValue((c, size, bold), out var w)) return w;
        w = g.MeasureString(c.ToString(), Font(size, bold)).Width;
        _widths[(c, size, bold)] = w;
        return w;
    }

    private readonly Dictionary<(double, bool), XFont> _fonts = new();

    private XFont Font(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var f))
            _fonts[(size, bold)] = f = new XFont(CjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        return f;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>; CJK text may break between any characters.</summary>
    private List<string> Wrap(XGraphics g, string text, double size, bool bold, double width, double firstIndent = 0)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var x = lines.Count == 0 ? firstIndent : 0;
            foreach (var c in paragraph)
            {
                var w = Width(g, c, size, bold);
                if (x + w > width && line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    x = 0;
                }
                line.Append(c);
                x += w;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    private sealed class Layout(PdfTextWriter owner, PdfDocument document, DocContent content)
    {
        private PdfPage _page = null!;
        private XGraphics _g = null!;
        private double _y;
        private double W => _page.Width.Point;
        private double H => _page.Height.Point;
        private double Left => Margin;
        private double Right => W - Margin;
        private double Bottom => H - Margin;

        public void Run()
        {
            NewPage();
            foreach (var block in content.Blocks)
            {
                switch (block)
                {
                    case Title t: Text(t.Text, t.Size, true, Align.Center, false, 1.5); break;
                    case Paragraph p: Text(p.Text, p.Size, p.Bold, p.Align, p.Indent, 1.65); break;
                    case TableBlock t: Table(t); break;
                    case Spacer s: _y += s.Points; if (_y > Bottom) NewPage(); break;
                    case PageBreak: NewPage(); break;
                    case Seal s: Stamp(s); break;
                }
            }
            _g.Dispose();
        }

        private void NewPage()
        {
            _g?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            if (content.Landscape) _page.Orientation = PdfSharp.PageOrientation.Landscape;
            _g = XGraphics.FromPdfPage(_page);
            _y = Margin;
            if (content.Framed)
            {
                var pen = new XPen(XColor.FromArgb(150, 110, 40), 2.5);
                _g.DrawRectangle(pen, 28, 28, W - 56, H - 56);
                _g.DrawRectangle(new XPen(XColor.FromArgb(150, 110, 40), 0.8), 36, 36, W - 72, H - 72);
                _y = Margin + 10;
            }
        }

        private void Text(string text, double size, bool bold, Align align, bool indent, double leading)
        {
            var width = Right - Left;
            var lineHeight = size * leading;
            var lines = owner.Wrap(_g, text, size, bold, width, indent ? size * 2 : 0);
            var font = owner.Font(size, bold);
            for (var i = 0; i < lines.Count; i++)
            {
                if (_y + lineHeight > Bottom) NewPage();
                var lineWidth = _g.MeasureString(lines[i], font).Width;
                var x = align switch
                {
                    Align.Center => Left + (width - lineWidth) / 2,
                    Align.Right => Right - lineWidth,
                    _ => Left + (i == 0 && indent ? size * 2 : 0),
                };
                _g.DrawString(lines[i], font, XBrushes.Black, new XPoint(x, _y + size));
                _y += lineHeight;
            }
        }

        private void Table(TableBlock t)
        {
            var width = Right - Left;
            var total = t.Widths.Sum();
            var cols = t.Widths.Select(w => w / total * width).ToArray();
            const double pad = 4;
            var lineHeight = t.Size * 1.45;
            var pen = new XPen(XColors.Black, 0.7);
            for (var r = 0; r < t.Rows.Count; r++)
            {
                var row = t.Rows[r];
                var bold = t.HeaderRow && r == 0;
                var cells = new List<(double X, double W, List<string> Lines)>();
                var x = Left;
                for (var c = 0; c < row.Length && c < cols.Length; c++)
                {
                    var w = c == row.Length - 1 ? Right - x : cols[c];
                    cells.Add((x, w, owner.Wrap(_g, row[c], t.Size, bold, w - 2 * pad)));
                    x += w;
                }
                var height = cells.Max(c => c.Lines.Count) * lineHeight + 2 * pad;
                if (_y + height > Bottom) NewPage();
                var font = owner.Font(t.Size, bold);
                foreach (var (cx, cw, lines) in cells)
                {
                    if (!t.Borderless) _g.DrawRectangle(pen, cx, _y, cw, height);
                    for (var i = 0; i < lines.Count; i++)
                        _g.DrawString(lines[i], font, XBrushes.Black, new XPoint(cx + pad, _y + pad + i * lineHeight + t.Size));
                }
                _y += height;
            }
            _y += 8;
        }

        private void Stamp(Seal s)
        {
            const double r = 46;
            var cx = s.Align == Align.Left ? Left + 90 : Right - 90;
            var cy = Math.Min(_y + 8, Bottom - r);
            var red = XColor.FromArgb(210, 200, 30, 30);
            _g.DrawEllipse(new XPen(red, 2.6), cx - r, cy - r, 2 * r, 2 * r);
            _g.DrawString("★", owner.Font(22, false), new XSolidBrush(red), new XRect(cx - r, cy - 14, 2 * r, 28), XStringFormats.Center);
            var name = s.Text.Length > 14 ? s.Text[..14] : s.Text;
            var font = owner.Font(name.Length > 9 ? 7 : 8.5, true);
            _g.DrawString(name, font, new XSolidBrush(red), new XRect(cx - r, cy - r + 10, 2 * r, 14), XStringFormats.Center);
            _g.DrawString("专用章", owner.Font(8, true), new XSolidBrush(red), new XRect(cx - r, cy + r - 26, 2 * r, 14), XStringFormats.Center);
            _y += 4;
        }
    }
}
