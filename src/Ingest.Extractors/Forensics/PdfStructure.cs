using System.Globalization;
using System.IO.Compression;

namespace ZcIngest.Extractors.Forensics;

public enum XrefKind { Table, Stream, Missing }

/// <summary>One indirect object as written in the file (a later revision may write the same number again).</summary>
/// <param name="Offset">Byte offset of <c>N G obj</c>, or of the object stream holding it.</param>
/// <param name="Container">The object stream's number for a compressed object, else null.</param>
public sealed record PdfObjectDef(int Number, int Generation, int Offset, PdfValue? Value, int? Container,
    int StreamStart = -1, int StreamLength = 0)
{
    public PdfDict? Dict => Value as PdfDict;
    public bool IsStream => StreamStart >= 0;
}

/// <summary>
/// One revision of the file: the bytes up to and including a <c>%%EOF</c> that closes a
/// <c>startxref</c>, with the objects written in it and its cross-reference section and trailer.
/// </summary>
public sealed record PdfRevision(int Index, int Start, int End, long? StartXref, XrefKind Xref, PdfDict? Trailer,
    IReadOnlyList<PdfObjectDef> Objects, int FreedObjects)
{
    public long? Prev => Trailer?.LongOf("Prev");
}

/// <summary>The raw structure of a PDF, read from its bytes without trusting its cross-reference tables.</summary>
public sealed class PdfStructure
{
    public required byte[] Data { get; init; }
    public required IReadOnlyList<PdfRevision> Revisions { get; init; }
    /// <summary>The scan ran out of its work budget: what it found is incomplete.</summary>
    public bool Incomplete { get; init; }
    /// <summary>Every <c>%%EOF</c> in the file, including any not preceded by startxref.</summary>
    public int EofMarkers { get; init; }
    /// <summary>The first object carries <c>/Linearized</c>: its first-page section is not an update.</summary>
    public bool Linearized { get; init; }
    /// <summary>The file length the linearization dictionary declares (<c>/L</c>).</summary>
    public long? LinearizedLength { get; init; }
    public bool Encrypted => Revisions.Any(r => r.Trailer?.Has("Encrypt") == true);

    /// <summary>The latest definition of each object number, as a reader sees the final document.</summary>
    public Dictionary<int, PdfObjectDef> Latest { get; } = new();

    public PdfValue? Resolve(PdfValue? value, int hops = 0)
    {
        while (value is PdfRef r && hops++ < 16)
            value = Latest.TryGetValue(r.Number, out var def) ? def.Value : null;
        return value;
    }

    public PdfDict? ResolveDict(PdfValue? value) => Resolve(value) as PdfDict;

    /// <summary>A stream's data with FlateDecode undone (at most <paramref name="maxBytes"/>); null for other filters or damage.</summary>
    public byte[]? StreamData(PdfObjectDef def, int maxBytes = 16 << 20)
    {
        if (!def.IsStream || def.Dict is not { } dict) return null;
        var raw = Data.AsSpan(def.StreamStart, def.StreamLength).ToArray();
        var filter = Resolve(dict["Filter"]);
        var filters = filter switch
        {
            null => [],
            PdfName n => [n.Value],
            PdfArray a => a.Items.Select(i => (Resolve(i) as PdfName)?.Value ?? "?").ToList(),
            _ => new List<string> { "?" },
        };
        if (filters.Count == 0) return raw.Length <= maxBytes ? raw : raw[..maxBytes];
        if (filters.Count != 1 || filters[0] is not ("FlateDecode" or "Fl")) return null;
        var inflated = Inflate(raw, maxBytes);
        if (inflated is null) return null;
        var parms = ResolveDict(dict["DecodeParms"]) ?? (Resolve(dict["DecodeParms"]) as PdfArray)?.Items.Select(ResolveDict).FirstOrDefault();
        var predictor = parms?.LongOf("Predictor") ?? 1;
        return predictor >= 10 ? UndoPngPredictor(inflated, (int)Math.Clamp(parms?.LongOf("Columns") ?? 1, 1, 1 << 16)) : inflated;
    }

    private static byte[]? Inflate(byte[] raw, int maxBytes)
    {
        try
        {
            using var input = new MemoryStream(raw);
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = z.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, Math.Min(n, maxBytes - (int)output.Length));
                if (output.Length >= maxBytes) break;
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] UndoPngPredictor(byte[] data, int columns)
    {
        var rowLength = columns + 1;
        var rows = data.Length / rowLength;
        var output = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * rowLength];
            for (var c = 0; c < columns; c++)
            {
                var x = data[r * rowLength + 1 + c];
                var left = c > 0 ? output[r * columns + c - 1] : (byte)0;
                var up = r > 0 ? output[(r - 1) * columns + c] : (byte)0;
                var upLeft = r > 0 && c > 0 ? output[(r - 1) * columns + c - 1] : (byte)0;
                output[r * columns + c] = type switch
                {
                    1 => (byte)(x + left),
                    2 => (byte)(x + up),
                    3 => (byte)(x + (left + up) / 2),
                    4 => (byte)(x + Paeth(left, up, upLeft)),
                    _ => x,
                };
            }
        }
        return output;
    }

    private static byte Paeth(byte a, byte b, byte c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

/// <summary>
/// Finds a PDF's revisions in its raw bytes: each <c>%%EOF</c> that closes a <c>startxref</c> ends one, and the
/// objects whose <c>N G obj</c> lies between two ends were written by that revision. Object streams are opened
/// so compressed objects count too. Bounded: a file over the size limit is refused, decompression is capped.
/// </summary>
public static class PdfStructureScanner
{
    private const int MaxObjects = 200_000;
    private const int MaxObjectStreamObjects = 20_000;
    private const int MaxRevisions = 2_000;

    /// <summary>Parsing work allowed for one file: far above any real document, far below a hang.</summary>
    public const long DefaultBudget = 20_000_000;

    public static PdfStructure Scan(byte[] data, long budgetUnits = DefaultBudget)
    {
        var budget = new ParseBudget(budgetUnits);
        var objects = FindObjects(data, budget).OrderBy(o => o.Offset).ToList();
        // A %%EOF inside stream data (an embedded PDF, an uncompressed attachment) closes nothing of this file.
        var streamStarts = objects.Where(o => o.IsStream).Select(o => o.StreamStart).ToArray();
        var streamEnds = objects.Where(o => o.IsStream).Select(o => o.StreamStart + o.StreamLength).ToArray();
        var eofs = FindAll(data, "%%EOF"u8).Where(e => !InsideStream(streamStarts, streamEnds, e)).ToList();
        var ends = eofs.Where(e => ClosesStartXref(data, e)).ToList();
        if (ends.Count == 0 && eofs.Count > 0) ends = [eofs[^1]];
        var boundaries = ends.Select(e => Math.Min(data.Length, e + 5)).ToList();
        // Objects written after the last %%EOF (a truncated update, trailing junk) belong to an unfinished revision.
        if (boundaries.Count == 0 || HasObjectAfter(data, boundaries[^1])) boundaries.Add(data.Length);

        // Thousands of revisions is no document anyone edited by hand: stop before the work grows with it.
        var tooMany = boundaries.Count > MaxRevisions;
        if (tooMany) boundaries = boundaries.GetRange(0, MaxRevisions);
        var revisions = new List<PdfRevision>();
        var start = 0;
        var next = 0; // objects are in file order: each revision takes the next run of them
        for (var i = 0; i < boundaries.Count; i++)
        {
            var end = boundaries[i];
            var own = new List<PdfObjectDef>();
            while (next < objects.Count && objects[next].Offset < end) own.Add(objects[next++]);
            own.AddRange(ExpandObjectStreams(data, own, budget));
            var startXref = i < ends.Count ? ReadStartXref(data, ends[i]) : null;
            var (kind, trailer, freed) = ReadXref(data, startXref, start, end, own);
            revisions.Add(new PdfRevision(i, start, end, startXref, kind, trailer, own, freed));
            start = end;
        }

        var first = objects.OrderBy(o => o.Offset).FirstOrDefault();
        var lin = first?.Dict is { } d && d.Has("Linearized") && first.Offset < 2048 ? d : null;
        var structure = new PdfStructure
        {
            Data = data,
            Revisions = revisions,
            Incomplete = budget.Exhausted || tooMany,
            EofMarkers = eofs.Count,
            Linearized = lin is not null,
            LinearizedLength = lin?.LongOf("L"),
        };
        foreach (var r in revisions)
            foreach (var o in r.Objects.OrderBy(o => o.Container is null ? 0 : 1))
                structure.Latest[o.Number] = o;
        return structure;
    }

    /// <summary>Stream data ranges do not overlap and come in file order: a binary search finds the one before a position.</summary>
    private static bool InsideStream(int[] starts, int[] ends, int position)
    {
        var i = Array.BinarySearch(starts, position);
        if (i < 0) i = ~i - 1;
        return i >= 0 && position < ends[i];
    }

    private static List<int> FindAll(byte[] data, ReadOnlySpan<byte> needle)
    {
        var found = new List<int>();
        var span = data.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var i = span[at..].IndexOf(needle);
            if (i < 0) break;
            found.Add(at + i);
            at += i + needle.Length;
        }
        return found;
    }

    /// <summary>An end of revision is <c>startxref N %%EOF</c>; a %%EOF inside a stream's data does not close one.</summary>
    private static bool ClosesStartXref(byte[] data, int eof)
    {
        var from = Math.Max(0, eof - 64);
        return data.AsSpan(from, eof - from).LastIndexOf("startxref"u8) >= 0;
    }

    private static long? ReadStartXref(byte[] data, int eof)
    {
        var from = Math.Max(0, eof - 64);
        var at = data.AsSpan(from, eof - from).LastIndexOf("startxref"u8);
        if (at < 0) return null;
        var p = new PdfParser(data, from + at + 9, eof);
        return p.ParseValue() is PdfNumber n && n.Value >= 0 ? (long)n.Value : null;
    }

    private static bool HasObjectAfter(byte[] data, int from) =>
        from < data.Length && data.AsSpan(from).IndexOf(" obj"u8) >= 0;

    /// <summary>Every <c>N G obj</c> in the file, with its value; stream data is skipped, not searched.</summary>
    private static List<PdfObjectDef> FindObjects(byte[] data, ParseBudget budget)
    {
        var found = new List<PdfObjectDef>();
        var span = data.AsSpan();
        var at = 0;
        while (at < data.Length && found.Count < MaxObjects && !budget.Exhausted)
        {
            var i = span[at..].IndexOf("obj"u8);
            if (i < 0) break;
            var kw = at + i;
            at = kw + 3;
            if (at < data.Length && !PdfParser.IsWhite(data[at]) && !PdfParser.IsDelimiter(data[at])) continue;
            if (!TryReadHeader(data, kw, out var number, out var generation, out var headerStart)) continue;
            var parser = new PdfParser(data, at, data.Length) { Budget = budget };
            var value = parser.ParseValue();
            var streamStart = -1;
            var streamLength = 0;
            if (value is PdfDict dict)
            {
                parser.SkipWhiteAndComments();
                if (span[parser.Position..].StartsWith("stream"u8))
                {
                    streamStart = parser.Position + 6;
                    if (streamStart < data.Length && data[streamStart] == '\r') streamStart++;
                    if (streamStart < data.Length && data[streamStart] == '\n') streamStart++;
                    streamLength = StreamLength(data, dict, streamStart);
                    at = Math.Max(at, streamStart + streamLength);
                }
                else at = Math.Max(at, parser.Position);
            }
            found.Add(new PdfObjectDef(number, generation, headerStart, value, null, streamStart, streamLength));
        }
        return found;
    }

    /// <summary>Reads back from <c>obj</c> over "N G " with nothing but white space around.</summary>
    private static bool TryReadHeader(byte[] data, int kw, out int number, out int generation, out int start)
    {
        number = generation = start = 0;
        var p = kw - 1;
        if (p < 0 || !PdfParser.IsWhite(data[p])) return false;
        while (p >= 0 && PdfParser.IsWhite(data[p])) p--;
        var genEnd = p + 1;
        while (p >= 0 && char.IsAsciiDigit((char)data[p])) p--;
        if (p + 1 == genEnd || genEnd - p - 1 > 5 || p < 0 || !PdfParser.IsWhite(data[p])) return false;
        var genStart = p + 1;
        while (p >= 0 && PdfParser.IsWhite(data[p])) p--;
        var numEnd = p + 1;
        while (p >= 0 && char.IsAsciiDigit((char)data[p])) p--;
        if (p + 1 == numEnd || numEnd - p - 1 > 10) return false;
        if (p >= 0 && !PdfParser.IsWhite(data[p]) && !PdfParser.IsDelimiter(data[p])) return false;
        start = p + 1;
        return int.TryParse(data.AsSpan(start, numEnd - start), NumberStyles.None, CultureInfo.InvariantCulture, out number)
               && int.TryParse(data.AsSpan(genStart, genEnd - genStart), NumberStyles.None, CultureInfo.InvariantCulture, out generation);
    }

    /// <summary>The declared /Length when <c>endstream</c> follows it, else the distance to the next <c>endstream</c>.</summary>
    private static int StreamLength(byte[] data, PdfDict dict, int streamStart)
    {
        if (streamStart >= data.Length) return 0;
        var declared = dict.LongOf("Length");
        if (declared is { } n && n >= 0 && streamStart + n <= data.Length)
        {
            var after = data.AsSpan((int)(streamStart + n), (int)Math.Min(32, data.Length - streamStart - n));
            var k = 0;
            while (k < after.Length && PdfParser.IsWhite(after[k])) k++;
            if (after[k..].StartsWith("endstream"u8)) return (int)n;
        }
        var end = data.AsSpan(streamStart).IndexOf("endstream"u8);
        var length = end < 0 ? data.Length - streamStart : end;
        // The end-of-line before endstream is not data.
        while (length > 0 && data[streamStart + length - 1] is 10 or 13) length--;
        return length;
    }

    private static IEnumerable<PdfObjectDef> ExpandObjectStreams(byte[] data, List<PdfObjectDef> own, ParseBudget budget)
    {
        var holder = new PdfStructure { Data = data, Revisions = [] };
        foreach (var o in own) holder.Latest[o.Number] = o;
        var result = new List<PdfObjectDef>();
        foreach (var os in own.Where(o => o.IsStream && o.Dict?.NameOf("Type") == "ObjStm"))
        {
            if (budget.Exhausted) break;
            var content = holder.StreamData(os);
            // Inflating costs too: charge it, so thousands of object streams cannot add up to a hang.
            budget.Spend(content?.Length / 16 ?? 0);
            var n = (int)Math.Clamp(os.Dict!.LongOf("N") ?? 0, 0, MaxObjectStreamObjects);
            var first = (int)(os.Dict.LongOf("First") ?? -1);
            if (content is null || first < 0 || first > content.Length) continue;
            var header = new PdfParser(content, 0, first) { Budget = budget };
            var entries = new List<(int Number, int Offset)>();
            for (var k = 0; k < n; k++)
            {
                if (header.ParseValue() is not PdfNumber num || header.ParseValue() is not PdfNumber off) break;
                entries.Add(((int)num.Value, (int)off.Value));
            }
            foreach (var (number, offset) in entries)
            {
                if (first + offset >= content.Length || offset < 0) continue;
                var value = new PdfParser(content, first + offset, content.Length) { Budget = budget }.ParseValue();
                result.Add(new PdfObjectDef(number, 0, os.Offset, value, os.Number));
            }
        }
        return result;
    }

    /// <summary>The cross-reference section startxref points at: a table with its trailer, or an xref stream.</summary>
    private static (XrefKind Kind, PdfDict? Trailer, int Freed) ReadXref(byte[] data, long? startXref, int start, int end,
        List<PdfObjectDef> own)
    {
        if (startXref is { } sx && sx >= 0 && sx < data.Length)
        {
            var at = (int)sx;
            var p = new PdfParser(data, at, data.Length);
            p.SkipWhiteAndComments();
            if (data.AsSpan(p.Position).StartsWith("xref"u8)) return ReadTable(data, p.Position, end);
            var stream = own.FirstOrDefault(o => o.Offset == at && o.Dict?.NameOf("Type") == "XRef");
            if (stream is not null) return (XrefKind.Stream, stream.Dict, 0);
        }
        // A wrong startxref offset (common in sloppy writers): fall back to what this revision holds.
        var tableAt = data.AsSpan(start, end - start).LastIndexOf("xref"u8);
        var xrefStream = own.LastOrDefault(o => o.Dict?.NameOf("Type") == "XRef");
        if (xrefStream is not null && (tableAt < 0 || xrefStream.Offset > start + tableAt)) return (XrefKind.Stream, xrefStream.Dict, 0);
        var trailerAt = data.AsSpan(start, end - start).LastIndexOf("trailer"u8);
        if (trailerAt >= 0)
        {
            var dict = new PdfParser(data, start + trailerAt + 7, end).ParseValue() as PdfDict;
            return (tableAt >= 0 ? XrefKind.Table : XrefKind.Missing, dict, 0);
        }
        return (XrefKind.Missing, null, 0);
    }

    private static (XrefKind, PdfDict?, int) ReadTable(byte[] data, int at, int end)
    {
        var trailerAt = data.AsSpan(at, Math.Max(0, end - at)).IndexOf("trailer"u8);
        if (trailerAt < 0) return (XrefKind.Table, null, 0);
        var section = data.AsSpan(at, trailerAt);
        // Free entries other than the head of the free list (object 0) are objects this revision deleted.
        var freed = Math.Max(0, CountFreeEntries(section) - Count(section, "65535 f"u8));
        var trailer = new PdfParser(data, at + trailerAt + 7, end).ParseValue() as PdfDict;
        return (XrefKind.Table, trailer, freed);
    }

    private static int CountFreeEntries(ReadOnlySpan<byte> section)
    {
        var count = 0;
        for (var i = 1; i + 1 < section.Length; i++)
            if (section[i] == 'f' && section[i - 1] == ' ' && PdfParser.IsWhite(section[i + 1])) count++;
        return count;
    }

    private static int Count(ReadOnlySpan<byte> span, ReadOnlySpan<byte> needle)
    {
        var count = 0;
        int i;
        while ((i = span.IndexOf(needle)) >= 0)
        {
            count++;
            span = span[(i + needle.Length)..];
        }
        return count;
    }
}
