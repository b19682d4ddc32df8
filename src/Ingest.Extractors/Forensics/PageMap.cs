namespace ZcIngest.Extractors.Forensics;

/// <summary>
/// The final document's pages in order, and which page each page-level object (the page, its content streams,
/// its images and annotations) belongs to, so a change can be pinned to the pages it touched.
/// </summary>
public sealed class PageMap
{
    private const int MaxPages = 5000;
    private readonly Dictionary<int, int> _pageOfObject = new();

    /// <summary>Page dictionaries in document order; index 0 is page 1.</summary>
    public List<(int Number, PdfDict Dict)> Pages { get; } = [];

    public int? PageOf(int objectNumber) => _pageOfObject.TryGetValue(objectNumber, out var p) ? p : null;

    public static PageMap Build(PdfStructure s)
    {
        var map = new PageMap();
        var root = s.ResolveDict(s.Revisions.Select(r => r.Trailer?["Root"]).LastOrDefault(v => v is not null));
        if (root?.RefOf("Pages") is not { } top) return map;
        var visited = new HashSet<int>();
        var stack = new Stack<PdfRef>();
        stack.Push(top);
        while (stack.Count > 0 && map.Pages.Count < MaxPages)
        {
            var r = stack.Pop();
            if (!visited.Add(r.Number) || s.ResolveDict(r) is not { } node) continue;
            if (node.NameOf("Type") == "Pages" || node.Has("Kids"))
            {
                if (s.Resolve(node["Kids"]) is PdfArray kids)
                    foreach (var kid in Enumerable.Reverse(kids.Items).OfType<PdfRef>()) stack.Push(kid);
                continue;
            }
            map.Pages.Add((r.Number, node));
            var page = map.Pages.Count;
            map.Claim(r.Number, page);
            foreach (var c in Refs(s, node["Contents"])) map.Claim(c, page);
            foreach (var a in Refs(s, node["Annots"])) map.Claim(a, page);
            if (s.ResolveDict(node["Resources"]) is { } resources && s.ResolveDict(resources["XObject"]) is { } xobjects)
                foreach (var x in xobjects.Entries.Values.OfType<PdfRef>()) map.Claim(x.Number, page);
        }
        return map;
    }

    /// <summary>A resource shared by several pages stays with the first.</summary>
    private void Claim(int number, int page) => _pageOfObject.TryAdd(number, page);

    private static IEnumerable<int> Refs(PdfStructure s, PdfValue? value) => value switch
    {
        PdfRef r when s.Resolve(r) is PdfArray a => a.Items.OfType<PdfRef>().Select(x => x.Number).Prepend(r.Number),
        PdfRef r => [r.Number],
        PdfArray a => a.Items.OfType<PdfRef>().Select(x => x.Number),
        _ => [],
    };
}
