using System.Text;

namespace ZcIngest.Core.Reports.Html;

/// <summary>
/// Builds HTML where every piece of text goes through <see cref="Escape"/>: file names, snippets and messages
/// come from submitted files and are hostile input, so no caller ever appends raw text.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder _sb = new();

    /// <summary>
    /// Escapes text for element content and quoted attribute values. Control characters (other than tab and line
    /// breaks) are replaced: a NUL or form feed in an OCR snippet must not break the page or the PDF print.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n' or '\r': sb.Append(c); break;
                default:
                    sb.Append(char.IsControl(c) ? '\uFFFD' : c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Opens an element; <paramref name="cssClass"/> is a literal from this assembly, escaped all the same.</summary>
    public HtmlWriter Open(string tag, string? cssClass = null)
    {
        _sb.Append('<').Append(tag);
        if (!string.IsNullOrEmpty(cssClass)) _sb.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        _sb.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _sb.Append(Escape(text));
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null) => Open(tag, cssClass).Text(text).Close(tag);

    /// <summary>Markup written by this assembly (doctype, style sheet, line breaks); never submitted text.</summary>
    internal HtmlWriter Markup(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>Column widths in percent, so long quotes and messages wrap where the reader expects.</summary>
    public HtmlWriter Columns(params int[] percents)
    {
        _sb.Append("<colgroup>");
        foreach (var p in percents) _sb.Append("<col style=\"width:").Append(p).Append("%\">");
        _sb.Append("</colgroup>");
        return this;
    }

    public HtmlWriter Line()
    {
        _sb.Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();
}
