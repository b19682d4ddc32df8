using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Forensics;

/// <summary>Text and dates as PDF writes them in the document information dictionary.</summary>
public static partial class PdfText
{
    /// <summary>PDFDocEncoding's 0x80–0x9F differ from Latin-1 (bullets, dashes, quotes…); the rest of the upper half matches.</summary>
    private static readonly char[] DocEncodingHigh =
    [
        '\u2022', '\u2020', '\u2021', '\u2026', '\u2014', '\u2013', '\u0192', '\u2044', '\u2039', '\u203A', '\u2212', '\u2030',
        '\u201E', '\u201C', '\u201D', '\u2018', '\u2019', '\u201A', '\u2122', '\uFB01', '\uFB02', '\u0141', '\u0152', '\u0160',
        '\u0178', '\u017D', '\u0131', '\u0142', '\u0153', '\u0161', '\u017E', '\uFFFD',
    ];

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>
    /// Decodes a text string: UTF-16BE after a FE FF byte-order mark (UTF-16LE after FF FE, which some writers emit),
    /// UTF-8 after EF BB BF (PDF 2.0), otherwise PDFDocEncoding. Chinese tools sometimes write raw UTF-8 or GBK bytes
    /// without a mark; those are recognised when the bytes are valid in that encoding and give CJK characters.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        var s = bytes.AsSpan();
        if (s.Length >= 2 && s[0] == 0xFE && s[1] == 0xFF) return Clean(Encoding.BigEndianUnicode.GetString(s[2..(2 + (s.Length - 2) / 2 * 2)]));
        if (s.Length >= 2 && s[0] == 0xFF && s[1] == 0xFE) return Clean(Encoding.Unicode.GetString(s[2..(2 + (s.Length - 2) / 2 * 2)]));
        if (s.Length >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) return Clean(Encoding.UTF8.GetString(s[3..]));
        if (s.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            if (TryStrict(new UTF8Encoding(false, true), bytes, out var utf8) && HasCjk(utf8)) return Clean(utf8);
            if (TryStrict(Gb18030.Value, bytes, out var gbk) && HasCjk(gbk)) return Clean(gbk);
        }
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
            chars[i] = s[i] is >= 0x80 and <= 0x9F ? DocEncodingHigh[s[i] - 0x80] : (char)s[i];
        return Clean(new string(chars));
    }

    public static string? Decode(PdfValue? value) => value switch
    {
        PdfString s => Decode(s.Bytes),
        PdfName n => n.Value,
        _ => null,
    };

    /// <summary>
    /// Parses <c>D:YYYYMMDDHHmmSSOHH'mm'</c> with every part after the year optional. Without a zone the
    /// time is taken as UTC+8, the zone of the applicants. Null when it is not a date.
    /// </summary>
    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = PdfDate().Match(text.Trim());
        if (!m.Success) return null;
        int Part(string name, int fallback) =>
            m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = TimeSpan.FromHours(8);
        if (m.Groups["z"].Success)
        {
            var z = m.Groups["z"].Value;
            offset = z is "Z" or "z" ? TimeSpan.Zero
                : TimeSpan.FromMinutes((z == "-" ? -1 : 1) * (Part("oh", 0) * 60 + Part("om", 0)));
        }
        try
        {
            return new DateTimeOffset(Part("y", 0), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Math.Min(Part("s", 0), 59), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>XMP dates: ISO 8601 (<c>2017-04-04T23:25:00+08:00</c>), possibly without seconds or zone.</summary>
    public static DateTimeOffset? ParseIsoDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withZone)
            && (t.EndsWith('Z') || ZoneSuffix().IsMatch(t)))
            return withZone;
        return DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(8))
            : null;
    }

    private static bool TryStrict(Encoding encoding, byte[] bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool HasCjk(string s) => s.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF');

    private static string Clean(string s) => s.Replace("\0", "").Trim();

    [GeneratedRegex(@"^(?:D:)?(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?:(?<z>[Zz+\-])(?:(?<oh>\d{2})'?(?:(?<om>\d{2})'?)?)?)?")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"[+\-]\d{2}:?\d{2}$")]
    private static partial Regex ZoneSuffix();
}
