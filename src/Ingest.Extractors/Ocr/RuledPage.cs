using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr.Native;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// A page image split into its table rules and the rest: <see cref="Unruled"/> is the page with long horizontal
/// and vertical rules painted white (what Tesseract reads), <see cref="Cells"/> the boxes the rules enclose.
/// Forms, licences and certificates are tables: with their borders Tesseract's layout analysis splits label from
/// value, reads cell borders as characters and loses whole labels (名称 → 名i); without them it reads each row as a
/// line. A rule is a straight run far longer than any character stroke (a twentieth of the page's width or
/// height), so text, even text touching a border, keeps its strokes. Boxes are unchanged: the page keeps its size.
/// </summary>
internal sealed class RuledPage : IDisposable
{
    private Pix? _rules;
    private Pix? _ink;

    private RuledPage(Pix unruled, Pix rules)
    {
        Unruled = unruled;
        _rules = rules;
    }

    public Pix Unruled { get; }

    /// <summary>Null when Leptonica fails on the image (the page is then read as it is).</summary>
    public static RuledPage? From(Pix grey)
    {
        using var binary = Pix.Wrap(LeptApi.pixConvertTo1(grey.Handle, 160));
        if (binary is null) return null;
        var across = Math.Max(40, grey.Width / 20);
        var down = Math.Max(40, grey.Height / 20);
        using var horizontal = Pix.Wrap(LeptApi.pixMorphSequence(binary.Handle, $"o{across}.1 + d1.3", 0));
        using var vertical = Pix.Wrap(LeptApi.pixMorphSequence(binary.Handle, $"o1.{down} + d3.1", 0));
        if (horizontal is null || vertical is null) return null;
        var rules = Pix.Wrap(LeptApi.pixOr(IntPtr.Zero, horizontal.Handle, vertical.Handle));
        if (rules is null) return null;
        var copy = Pix.Wrap(LeptApi.pixCopy(IntPtr.Zero, grey.Handle));
        if (copy is null || LeptApi.pixSetMasked(copy.Handle, rules.Handle, 255) != 0)
        {
            copy?.Dispose();
            rules.Dispose();
            return null;
        }
        return new RuledPage(copy, rules);
    }

    /// <summary>
    /// The boxes enclosed by rules on all four sides (table cells), in image pixels. The white space around a table
    /// touches the page edge and is no cell; gaps in a scanned rule merge two cells into one, which is still a cell.
    /// </summary>
    public IReadOnlyList<Box> Cells()
    {
        if (_rules is null) return [];
        var width = Unruled.Width;
        var height = Unruled.Height;
        using var open = Pix.Wrap(LeptApi.pixInvert(IntPtr.Zero, _rules.Handle));
        if (open is null) return [];
        var boxa = LeptApi.pixConnCompBB(open.Handle, 4);
        if (boxa == IntPtr.Zero) return [];
        var cells = new List<Box>();
        try
        {
            var n = LeptApi.boxaGetCount(boxa);
            for (var i = 0; i < n; i++)
            {
                if (LeptApi.boxaGetBoxGeometry(boxa, i, out var x, out var y, out var w, out var h) != 0) continue;
                if (x <= 0 || y <= 0 || x + w >= width || y + h >= height) continue;
                if (w < 16 || h < 12 || (long)w * h > (long)width * height / 4) continue;
                cells.Add(new Box(x, y, x + w, y + h));
            }
        }
        finally
        {
            LeptApi.boxaDestroy(ref boxa);
        }
        return cells;
    }

    /// <summary>
    /// Where the writing in a box is: the union of its dark blobs of at least <paramref name="minSize"/> pixels
    /// across or down, or null when there are none. Scan speckle and streaks left in an empty part of a wide cell
    /// would otherwise be read as characters around the figure.
    /// </summary>
    public Box? InkBox(Box box, int minSize)
    {
        _ink ??= Pix.Wrap(LeptApi.pixConvertTo1(Unruled.Handle, 128));
        if (_ink is null) return null;
        var b = LeptApi.boxCreate((int)box.X0, (int)box.Y0, (int)box.Width, (int)box.Height);
        if (b == IntPtr.Zero) return null;
        try
        {
            using var clip = Pix.Wrap(LeptApi.pixClipRectangle(_ink.Handle, b, IntPtr.Zero));
            if (clip is null) return null;
            var boxa = LeptApi.pixConnCompBB(clip.Handle, 8);
            if (boxa == IntPtr.Zero) return null;
            try
            {
                int? x0 = null, y0 = null, x1 = null, y1 = null;
                var n = LeptApi.boxaGetCount(boxa);
                for (var i = 0; i < n; i++)
                {
                    if (LeptApi.boxaGetBoxGeometry(boxa, i, out var x, out var y, out var w, out var h) != 0) continue;
                    if (Math.Max(w, h) < minSize) continue;
                    x0 = Math.Min(x0 ?? x, x);
                    y0 = Math.Min(y0 ?? y, y);
                    x1 = Math.Max(x1 ?? x + w, x + w);
                    y1 = Math.Max(y1 ?? y + h, y + h);
                }
                return x0 is null ? null : new Box(box.X0 + x0.Value, box.Y0 + y0!.Value, box.X0 + x1!.Value, box.Y0 + y1!.Value);
            }
            finally
            {
                LeptApi.boxaDestroy(ref boxa);
            }
        }
        finally
        {
            LeptApi.boxDestroy(ref b);
        }
    }

    /// <summary>A copy of a box of the unruled page with a white border of <paramref name="border"/> pixels, or null.</summary>
    public Pix? Crop(Box box, int border)
    {
        var b = LeptApi.boxCreate((int)box.X0, (int)box.Y0, Math.Max(1, (int)box.Width), Math.Max(1, (int)box.Height));
        if (b == IntPtr.Zero) return null;
        try
        {
            using var clip = Pix.Wrap(LeptApi.pixClipRectangle(Unruled.Handle, b, IntPtr.Zero));
            return clip is null ? null : Pix.Wrap(LeptApi.pixAddBorder(clip.Handle, border, 255));
        }
        finally
        {
            LeptApi.boxDestroy(ref b);
        }
    }

    public void Dispose()
    {
        Unruled.Dispose();
        _rules?.Dispose();
        _rules = null;
        _ink?.Dispose();
        _ink = null;
    }
}
