using System.Globalization;
using System.Text;

namespace ZcIngest.Extractors.Forensics;

/// <summary>A PDF object as far as forensics needs it: no streams decoded, no references resolved.</summary>
public abstract record PdfValue;

public sealed record PdfName(string Value) : PdfValue;

/// <summary>A string's raw bytes after escapes are resolved; <see cref="PdfText.Decode"/> turns them into text.</summary>
public sealed record PdfString(byte[] Bytes) : PdfValue;

public sealed record PdfNumber(double Value) : PdfValue;

public sealed record PdfRef(int Number, int Generation) : PdfValue;

public sealed record PdfArray(List<PdfValue> Items) : PdfValue;

/// <summary>true, false, null, or an operator-like word found where a value was expected.</summary>
public sealed record PdfKeyword(string Value) : PdfValue;

public sealed record PdfDict(Dictionary<string, PdfValue> Entries) : PdfValue
{
    public PdfValue? this[string key] => Entries.GetValueOrDefault(key);
    public bool Has(string key) => Entries.ContainsKey(key);
    public string? NameOf(string key) => this[key] is PdfName n ? n.Value : null;
    public PdfRef? RefOf(string key) => this[key] as PdfRef;
    public long? LongOf(string key) => this[key] is PdfNumber n && n.Value is >= long.MinValue and <= long.MaxValue ? (long)n.Value : null;
}

/// <summary>
/// A limit on the parsing work spent on one file, shared by all its parsers, so a file of millions of tiny
/// objects or huge arrays costs bounded time. Once spent, parsers return nothing more.
/// </summary>
public sealed class ParseBudget(long units)
{
    private long _left = units;
    public bool Exhausted => _left <= 0;
    public bool Spend(long units = 1) => (_left -= units) > 0;
}

/// <summary>
/// A tolerant, bounded parser of PDF object syntax over raw bytes. Hostile input cannot make it recurse
/// without end or build huge containers; on anything it does not understand it stops and returns what it has.
/// </summary>
public sealed class PdfParser(byte[] data, int start, int end)
{
    private const int MaxDepth = 32;
    private const int MaxItems = 100_000;
    private const int MaxStringBytes = 1 << 20;

    public int Position { get; set; } = start;
    public ParseBudget? Budget { get; init; }
    public int End { get; } = end;

    public PdfParser(byte[] data) : this(data, 0, data.Length) { }

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhiteAndComments()
    {
        while (Position < End)
        {
            var b = data[Position];
            if (IsWhite(b)) Position++;
            else if (b == '%')
            {
                while (Position < End && data[Position] != '\n' && data[Position] != '\r') Position++;
            }
            else break;
        }
    }

    /// <summary>Parses one object; a following <c>G R</c> turns a number into a reference.</summary>
    public PdfValue? ParseValue(int depth = 0)
    {
        if (depth > MaxDepth || Budget?.Spend() == false) return null;
        SkipWhiteAndComments();
        if (Position >= End) return null;
        var b = data[Position];
        switch (b)
        {
            case (byte)'/':
                return ParseName();
            case (byte)'(':
                return ParseLiteralString();
            case (byte)'[':
            {
                Position++;
                var items = new List<PdfValue>();
                while (items.Count < MaxItems)
                {
                    SkipWhiteAndComments();
                    if (Position >= End) return new PdfArray(items);
                    if (data[Position] == ']') { Position++; return new PdfArray(items); }
                    var before = Position;
                    var item = ParseValue(depth + 1);
                    if (item is null || Position == before) return new PdfArray(items);
                    items.Add(item);
                }
                return new PdfArray(items);
            }
            case (byte)'<' when Position + 1 < End && data[Position + 1] == '<':
            {
                Position += 2;
                var entries = new Dictionary<string, PdfValue>(StringComparer.Ordinal);
                while (entries.Count < MaxItems)
                {
                    SkipWhiteAndComments();
                    if (Position >= End) return new PdfDict(entries);
                    if (data[Position] == '>' && Position + 1 < End && data[Position + 1] == '>') { Position += 2; return new PdfDict(entries); }
                    if (data[Position] != '/') return new PdfDict(entries); // broken dictionary: keep what was read
                    var key = ParseName().Value;
                    var value = ParseValue(depth + 1);
                    if (value is null) return new PdfDict(entries);
                    entries[key] = value;
                }
                return new PdfDict(entries);
            }
            case (byte)'<':
                return ParseHexString();
            default:
                if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9')) return ParseNumberOrRef();
                var word = ReadRegular();
                return word.Length == 0 ? null : new PdfKeyword(word);
        }
    }

    /// <summary>Reads a run of regular characters (a keyword or operator).</summary>
    public string ReadRegular()
    {
        var s = Position;
        while (Position < End && !IsWhite(data[Position]) && !IsDelimiter(data[Position])) Position++;
        if (Position == s && Position < End) Position++; // a stray delimiter: step over it
        return Encoding.Latin1.GetString(data, s, Position - s);
    }

    private PdfName ParseName()
    {
        Position++; // '/'
        var bytes = new List<byte>();
        while (Position < End && !IsWhite(data[Position]) && !IsDelimiter(data[Position]))
        {
            var c = data[Position++];
            if (c == '#' && Position + 1 < End && HexValue(data[Position]) is >= 0 and var hi && HexValue(data[Position + 1]) is >= 0 and var lo)
            {
                bytes.Add((byte)(hi * 16 + lo));
                Position += 2;
            }
            else bytes.Add(c);
        }
        return new PdfName(Encoding.Latin1.GetString(bytes.ToArray()));
    }

    private PdfValue ParseNumberOrRef()
    {
        var first = ReadRegular();
        if (!double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return new PdfKeyword(first);
        // "N G R": look ahead without committing.
        if (IsUnsignedInteger(first))
        {
            var save = Position;
            SkipWhiteAndComments();
            var second = ReadRegular();
            if (IsUnsignedInteger(second))
            {
                SkipWhiteAndComments();
                if (Position < End && data[Position] == 'R' && (Position + 1 >= End || IsWhite(data[Position + 1]) || IsDelimiter(data[Position + 1]))
                    && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var num)
                    && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var gen))
                {
                    Position++;
                    return new PdfRef(num, gen);
                }
            }
            Position = save;
        }
        return new PdfNumber(value);
    }

    private static bool IsUnsignedInteger(string s) => s.Length is > 0 and < 11 && s.All(char.IsAsciiDigit);

    private PdfString ParseLiteralString()
    {
        Position++; // '('
        var bytes = new List<byte>();
        var nesting = 1;
        while (Position < End && bytes.Count < MaxStringBytes)
        {
            var c = data[Position++];
            if (c == '\\')
            {
                if (Position >= End) break;
                var e = data[Position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r':
                        if (Position < End && data[Position] == '\n') Position++;
                        break; // a line continuation
                    case (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                    {
                        var v = e - '0';
                        for (var k = 0; k < 2 && Position < End && data[Position] is >= (byte)'0' and <= (byte)'7'; k++)
                            v = v * 8 + (data[Position++] - '0');
                        bytes.Add((byte)(v & 0xFF));
                        break;
                    }
                    default: bytes.Add(e); break; // \( \) \\ and unknown escapes keep the character
                }
            }
            else if (c == '(') { nesting++; bytes.Add(c); }
            else if (c == ')')
            {
                if (--nesting == 0) break;
                bytes.Add(c);
            }
            else if (c == '\r')
            {
                // An unescaped end of line of any kind reads as a single line feed.
                if (Position < End && data[Position] == '\n') Position++;
                bytes.Add(10);
            }
            else bytes.Add(c);
        }
        return new PdfString(bytes.ToArray());
    }

    private PdfString ParseHexString()
    {
        Position++; // '<'
        var bytes = new List<byte>();
        var high = -1;
        while (Position < End && bytes.Count < MaxStringBytes)
        {
            var c = data[Position++];
            if (c == '>') break;
            var v = HexValue(c);
            if (v < 0) continue; // white space (and junk) inside hex strings is ignored
            if (high < 0) high = v;
            else { bytes.Add((byte)(high * 16 + v)); high = -1; }
        }
        if (high >= 0) bytes.Add((byte)(high * 16)); // an odd final digit is followed by an implied 0
        return new PdfString(bytes.ToArray());
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
