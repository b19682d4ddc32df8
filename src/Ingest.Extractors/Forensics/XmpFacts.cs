using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Forensics;

/// <summary>The XMP packet's tool names and dates, and the software agents of its edit history.</summary>
public sealed record XmpFacts(string? Producer, string? CreatorTool, DateTimeOffset? CreateDate, DateTimeOffset? ModifyDate,
    IReadOnlyList<string> HistoryAgents)
{
    /// <summary>Reads the properties in either RDF form: <c>&lt;pdf:Producer&gt;x&lt;/pdf:Producer&gt;</c> or <c>pdf:Producer="x"</c>.</summary>
    public static XmpFacts? Parse(byte[] packet)
    {
        var text = Encoding.UTF8.GetString(packet);
        if (!text.Contains("xmpmeta", StringComparison.Ordinal) && !text.Contains("rdf:RDF", StringComparison.Ordinal)) return null;
        var agents = Property(text, "stEvt:softwareAgent", all: true);
        return new XmpFacts(
            Property(text, "pdf:Producer").FirstOrDefault(),
            Property(text, "xmp:CreatorTool").FirstOrDefault(),
            PdfText.ParseIsoDate(Property(text, "xmp:CreateDate").FirstOrDefault()),
            PdfText.ParseIsoDate(Property(text, "xmp:ModifyDate").FirstOrDefault()),
            agents.Distinct(StringComparer.Ordinal).ToList());
    }

    private static List<string> Property(string text, string name, bool all = false)
    {
        var values = new List<string>();
        var escaped = Regex.Escape(name);
        var pattern = new Regex($@"<{escaped}>\s*(?<v>[^<]*?)\s*</{escaped}>|{escaped}\s*=\s*""(?<v>[^""]*)""|{escaped}\s*=\s*'(?<v>[^']*)'",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (Match m in pattern.Matches(text))
        {
            var v = WebUtility.HtmlDecode(m.Groups["v"].Value).Trim();
            if (v.Length > 0) values.Add(v);
            if (!all && values.Count > 0) break;
        }
        return values;
    }
}
