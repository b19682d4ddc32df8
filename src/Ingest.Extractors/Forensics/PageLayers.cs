using System.Text;

namespace ZcIngest.Extractors.Forensics;

/// <summary>
/// Walks page content streams to find visible text drawn on top of a page-sized image: the mark of someone typing
/// over a scan. The invisible text of an OCR layer (render mode 3 or 7) and text hidden under the image are not counted.
/// </summary>
public static class PageLayers
{
    /// <summary>An image covering this share of the page makes it a scanned page.</summary>
    public const double ScanCoverage = 0.85;
    private const int MaxPages = 300;
    private const int MaxContentBytes = 8 << 20;
    /// <summary>Content operations walked per file, over all pages together.</summary>
    private const int MaxOperations = 5_000_000;
    private const int MaxFormDepth = 3;

    public static IReadOnlyList<TextOverImage> FindTextOverImages(PdfStructure s, PageMap map)
    {
        var found = new List<TextOverImage>();
        var budget = new ParseBudget(MaxOperations);
        for (var i = 0; i < map.Pages.Count && i < MaxPages; i++)
        {
            var page = map.Pages[i].Dict;
            var box = Inherited(s, page, "MediaBox") is PdfArray { Items.Count: 4 } mb ? mb.Items.Select(v => (s.Resolve(v) as PdfNumber)?.Value ?? 0).ToArray() : null;
            var area = box is null ? 595.0 * 842 : Math.Abs((box[2] - box[0]) * (box[3] - box[1]));
            if (area <= 0) continue;
            if (budget.Exhausted) break;
            var walk = new Walk(s, area, budget);
            var content = ContentOf(s, page["Contents"]);
            if (content is null) continue;
            walk.Run(content, s.ResolveDict(Inherited(s, page, "Resources")), [1, 0, 0, 1, 0, 0], 0);
            if (walk.Coverage >= ScanCoverage && walk.CharactersOnTop > 0)
                found.Add(new TextOverImage(i + 1, walk.CharactersOnTop, Math.Min(1, walk.Coverage), walk.Sample.ToString().Trim()));
        }
        return found;
    }

    private static PdfValue? Inherited(PdfStructure s, PdfDict page, string key)
    {
        var node = page;
        for (var hops = 0; node is not null && hops < 32; hops++)
        {
            if (node[key] is { } v) return s.Resolve(v);
            node = s.ResolveDict(node["Parent"]);
        }
        return null;
    }

    private static byte[]? ContentOf(PdfStructure s, PdfValue? contents)
    {
        var refs = s.Resolve(contents) is PdfArray a ? a.Items.OfType<PdfRef>().ToList()
            : contents is PdfRef single ? [single] : [];
        using var all = new MemoryStream();
        foreach (var r in refs)
        {
            if (!s.Latest.TryGetValue(r.Number, out var def) || s.StreamData(def, MaxContentBytes) is not { } data) continue;
            all.Write(data, 0, (int)Math.Min(data.Length, MaxContentBytes - all.Length));
            all.WriteByte((byte)'\n');
            if (all.Length >= MaxContentBytes) break;
        }
        return all.Length == 0 ? null : all.ToArray();
    }

    private sealed class Walk(PdfStructure s, double pageArea, ParseBudget budget)
    {
        public double Coverage { get; private set; }
        public int CharactersOnTop { get; private set; }
        public StringBuilder Sample { get; } = new();

        public void Run(byte[] content, PdfDict? resources, double[] ctm, int depth)
        {
            var parser = new PdfParser(content) { Budget = budget };
            var operands = new List<PdfValue>();
            var stack = new Stack<(double[] Ctm, int Mode, bool Transparent)>();
            var mode = 0;
            // Text painted fully transparent (an ExtGState with /ca 0) is as invisible as render mode 3.
            var transparent = false;
            var states = s.ResolveDict(resources?["ExtGState"]);
            var twoByteFont = false;
            var xobjects = s.ResolveDict(resources?["XObject"]);
            var fonts = s.ResolveDict(resources?["Font"]);
            while (parser.Position < parser.End && !budget.Exhausted)
            {
                var before = parser.Position;
                var value = parser.ParseValue();
                if (value is null || parser.Position == before) { parser.Position = before + 1; continue; }
                if (value is not PdfKeyword { Value: var op } || op is "true" or "false" or "null")
                {
                    if (operands.Count < 64) operands.Add(value);
                    continue;
                }
                switch (op)
                {
                    case "q": if (stack.Count < 256) stack.Push((ctm, mode, transparent)); break;
                    case "Q": if (stack.Count > 0) (ctm, mode, transparent) = stack.Pop(); break;
                    case "gs" when operands.Count >= 1 && operands[^1] is PdfName g
                                   && s.ResolveDict(states?[g.Value]) is { } state && s.Resolve(state["ca"]) is PdfNumber alpha:
                        transparent = alpha.Value <= 0.01;
                        break;
                    case "cm" when operands.Count >= 6 && Numbers(operands, 6) is { } m: ctm = Multiply(m, ctm); break;
                    case "Tr" when operands.Count >= 1 && operands[^1] is PdfNumber n: mode = (int)n.Value; break;
                    case "Tf" when operands.Count >= 2 && operands[^2] is PdfName f:
                        twoByteFont = s.ResolveDict(fonts?[f.Value])?.NameOf("Subtype") == "Type0";
                        break;
                    case "Tj" or "'" or "\"" or "TJ":
                        if (mode is not (3 or 7) && !transparent && Coverage >= ScanCoverage) Shown(operands, twoByteFont);
                        break;
                    case "Do" when operands.Count >= 1 && operands[^1] is PdfName name:
                        Draw(name.Value, xobjects, ctm, depth);
                        break;
                    case "BI":
                        SkipInlineImage(content, parser);
                        break;
                }
                operands.Clear();
            }
        }

        private void Draw(string name, PdfDict? xobjects, double[] ctm, int depth)
        {
            if (xobjects?[name] is not PdfRef r || !s.Latest.TryGetValue(r.Number, out var def) || def.Dict is not { } d) return;
            if (d.NameOf("Subtype") == "Image")
                Coverage = Math.Max(Coverage, Math.Abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / pageArea);
            else if (d.NameOf("Subtype") == "Form" && depth < MaxFormDepth && s.StreamData(def, MaxContentBytes) is { } form)
            {
                var matrix = s.Resolve(d["Matrix"]) is PdfArray a && Numbers(a.Items, 6) is { } m ? m : [1, 0, 0, 1, 0, 0];
                Run(form, s.ResolveDict(d["Resources"]), Multiply(matrix, ctm), depth + 1);
            }
        }

        private void Shown(List<PdfValue> operands, bool twoByteFont)
        {
            var strings = operands.OfType<PdfString>().Concat(operands.OfType<PdfArray>().SelectMany(a => a.Items.OfType<PdfString>()));
            foreach (var str in strings)
            {
                CharactersOnTop += twoByteFont ? str.Bytes.Length / 2 : str.Bytes.Length;
                if (!twoByteFont && Sample.Length < 24)
                    foreach (var b in str.Bytes.Where(b => b is >= 0x20 and < 0x7F).Take(24 - Sample.Length)) Sample.Append((char)b);
            }
        }

        private static void SkipInlineImage(byte[] content, PdfParser parser)
        {
            var span = content.AsSpan(parser.Position);
            var id = span.IndexOf("ID"u8);
            if (id < 0) { parser.Position = parser.End; return; }
            var data = span[(id + 2)..];
            for (var k = 0; k + 2 < data.Length; k++)
                if (data[k] == 'E' && data[k + 1] == 'I' && k > 0 && PdfParser.IsWhite(data[k - 1])
                    && (k + 2 >= data.Length || PdfParser.IsWhite(data[k + 2])))
                {
                    parser.Position += id + 2 + k + 2;
                    return;
                }
            parser.Position = parser.End;
        }

        private double[]? Numbers(List<PdfValue> values, int count)
        {
            if (values.Count < count) return null;
            var result = new double[count];
            for (var k = 0; k < count; k++)
            {
                if (s.Resolve(values[values.Count - count + k]) is not PdfNumber n) return null;
                result[k] = n.Value;
            }
            return result;
        }

        /// <summary>m × ctm for the 3×3 affine matrices PDF writes as [a b c d e f].</summary>
        private static double[] Multiply(double[] m, double[] c) =>
        [
            m[0] * c[0] + m[1] * c[2], m[0] * c[1] + m[1] * c[3],
            m[2] * c[0] + m[3] * c[2], m[2] * c[1] + m[3] * c[3],
            m[4] * c[0] + m[5] * c[2] + c[4], m[4] * c[1] + m[5] * c[3] + c[5],
        ];
    }
}
