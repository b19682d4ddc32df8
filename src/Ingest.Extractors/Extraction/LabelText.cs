using System.Text;
using System.Text.RegularExpressions;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Label normalisation: forms write the same label as 「服务场地面积(m²)」, 「服 务 场 地 面 积（㎡）：」 or
/// 「其中:大专以上学历 人数(人)」. Matching works on the core words; a unit written in the label is kept
/// apart because it applies to a bare value (面积(m²) 800 → 800 m²).
/// </summary>
public static partial class LabelText
{
    /// <summary>Full-width ASCII to half-width, all whitespace removed.</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u3000' or '\u200B' or '\uFEFF') continue;
            sb.Append(Half(c));
        }
        return sb.ToString();
    }

    /// <summary>Full-width to half-width, whitespace runs to one space, trimmed.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Half(raw);
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static char Half(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0)
        : c is '\u3000' or '\u00A0' ? ' '
        : c is '【' or '〔' ? '(' : c is '】' or '〕' ? ')'
        : c;

    /// <summary>
    /// The core of a label and the unit it names: 「服 务 场 地 面 积（m²）：」 → (服务场地面积, m²);
    /// 「出租方（甲方）」 → (出租方, null).
    /// </summary>
    public static (string Core, string? Unit) Split(string label)
    {
        var text = OcrQuotes().Replace(Compact(label), "");
        // A border or a speck read before a label on a scan (「1名称」「|法定代表人」).
        text = LeadingSpeck().Replace(text, "");
        text = text.TrimEnd(':', '.', '。', ' ');
        text = Enumerator().Replace(text, "");
        if (text.StartsWith("其中", StringComparison.Ordinal)) text = text[2..].TrimStart(':', ',', '，');
        string? unit = null;
        text = Parenthesised().Replace(text, m =>
        {
            var inner = m.Groups[1].Value;
            unit ??= UnitOf(inner);
            return "";
        });
        // A unit written without brackets after the label: 「服务场地面积/㎡」「面积m²」.
        var trailing = TrailingUnit().Match(text);
        if (trailing.Success && trailing.Index > 1)
        {
            unit ??= UnitOf(trailing.Groups[1].Value);
            text = text[..trailing.Index];
        }
        // OCR of a scanned label: the closing bracket wrapped to the next line (「额度(万元」), or the unit itself
        // misread (「面积m?)」「面积〈(m」). The core before it still names the label; an m-something is square metres.
        var broken = BrokenUnit().Match(text);
        if (broken.Success && broken.Index > 1)
        {
            var inner = broken.Groups[1].Success ? broken.Groups[1].Value : broken.Groups[2].Value;
            unit ??= UnitOf(inner) ?? (inner.StartsWith('m') || inner.StartsWith('M') ? "m²" : null);
            text = text[..broken.Index];
        }
        text = text.Replace("*", "", StringComparison.Ordinal).TrimEnd(':', '/');
        return (text, unit);
    }

    /// <summary>The canonical unit a label's bracket names, or null when it names none.</summary>
    public static string? UnitOf(string text)
    {
        var t = Compact(text).Replace("单位", "", StringComparison.Ordinal).Trim(':', '/');
        return t switch
        {
            "m²" or "m2" or "㎡" or "平方米" or "平米" or "m^2" or "M²" or "M2" => "m²",
            "万元" or "万" => "万元",
            "元" => "元",
            "人" or "名" or "位" => "人",
            "个" or "家" or "项" or "场" or "次" or "场次" or "场/月" or "次/月" => t,
            "年" => "年",
            "月" or "个月" => "月",
            _ => null,
        };
    }

    /// <summary>Quote marks OCR puts into the gap of a spaced-out label (「类”型」).</summary>
    /// <summary>
    /// What a seal printed over a cell leaves in its text: the star and 专用章/公章 (「赵军专用章」, 「是★专用章」).
    /// </summary>
    [GeneratedRegex(@"[★☆]|(?:业务|财务|合同|行政)?专用章|公章")]
    public static partial Regex SealGlyphs();

    [GeneratedRegex("(?<=\\p{IsCJKUnifiedIdeographs})[\"“”‘’'`·](?=\\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex OcrQuotes();

    [GeneratedRegex(@"^[|!\[\]lI1](?=\p{IsCJKUnifiedIdeographs}{2})")]
    private static partial Regex LeadingSpeck();

    [GeneratedRegex(@"^(?:[0-9]{1,2}[.、)]|\([0-9一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"\(([^()]{0,12})\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?:[(〈<]{1,2}([^()]{0,6})|([mM][A-Za-z0-9²³?？]{0,2})\)?)$")]
    private static partial Regex BrokenUnit();

    [GeneratedRegex(@"/?(m²|m2|㎡|平方米|万元)$")]
    private static partial Regex TrailingUnit();
}
