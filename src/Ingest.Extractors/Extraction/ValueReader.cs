using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>
/// Turns found text into a <see cref="FieldValue"/> with provenance: parsed through the core normaliser
/// (never guessed — what does not parse stays null with its raw text), with the unit of the label applied to
/// a bare figure, and a confidence from how it was found and, on scans, the OCR words' confidence.
/// </summary>
public static partial class ValueReader
{
    /// <summary>OCR values below this word confidence are kept but marked for a person to check.</summary>
    public const double LowConfidenceThreshold = FieldValue.LowConfidenceThreshold;

    public static FieldValue Read<TSlot>(FieldKey key, LabelledValue<TSlot> found, string documentId) where TSlot : notnull =>
        Read(key, found.Value, documentId, MethodConfidence(found.Method), found.Unit, found.Snippet);

    public static FieldValue Read(FieldKey key, Span value, string documentId, double methodConfidence,
        string? labelUnit = null, string? snippet = null)
    {
        var raw = value.Ocr ? OcrRepair.Value(key, value.Text) : value.Text;
        NormalisedValue parsed;
        if (key.Kind == ValueKind.Enum)
        {
            var (option, _) = ChoiceReader.Read(raw);
            parsed = option is null ? new NormalisedValue(null, raw, ParseFailure.Ambiguous) : ValueNormaliser.Parse(key, option);
        }
        else parsed = ValueNormaliser.Parse(key, WithLabelUnit(key, key.Kind == ValueKind.AreaSqm ? OcrSquareMetre(raw) : raw, labelUnit));
        if (parsed.Value is null && FigureOpening(key, raw) is { } figure)
            parsed = ValueNormaliser.Parse(key, WithLabelUnit(key, figure, labelUnit)) is { Value: not null } opening ? opening with { Raw = raw } : parsed;
        // Names and addresses of Chinese organisations and people are written in Chinese: Latin letters alone
        // are what OCR makes of a stamp or a faint line, not a value.
        if (parsed.Value?.Text is { } t && ChineseText.Contains(key))
        {
            if (!t.Any(c => c is >= '\u4E00' and <= '\u9FFF')) parsed = new NormalisedValue(null, raw, ParseFailure.Unrecognised);
            // 「山西省二」: a province and a stray glyph is what is left of a line the scan merged with the next, not an
            // address; another reading of the field (the form often states it twice) is taken instead.
            else if (key == FieldKeys.Address && !NamesPlace().IsMatch(ProvincePrefix().Replace(t, "")))
                parsed = new NormalisedValue(null, raw, ParseFailure.Unrecognised);
            // 「成立日期| 2014年01月23晶」: the next cell's label and value, where the scan lost this cell's own text.
            else if (StartsWithLabel(t)) parsed = new NormalisedValue(null, raw, ParseFailure.Unrecognised);
            // 「方涛(EF)」: a bracket of Latin letters after a Chinese name is what OCR made of 「(签字)」.
            else if (OcrBracket().Match(t) is { Success: true } junk) parsed = parsed with { Value = ScalarValue.Of(t[..junk.Index].TrimEnd()) };
            // 「机构名称」, 「情况」: a label or a heading's tail where the scan lost the cell's own text, not an organisation.
            else if (key == FieldKeys.OperatorName && IsNoOrganisation(t)) parsed = new NormalisedValue(null, raw, ParseFailure.Unrecognised);
            else if (key == FieldKeys.LegalRepresentative && PersonName(t) is { } name && name != t)
                parsed = parsed with { Value = ScalarValue.Of(name) };
        }
        var ocrConf = value.Ocr ? value.Confidence : null;
        var text = parsed.Value?.ToString();
        return new FieldValue
        {
            Value = parsed.Value,
            DocumentId = documentId,
            Page = value.Page,
            Box = value.Box,
            Snippet = Trim(snippet ?? raw),
            Confidence = Math.Round(methodConfidence * (ocrConf ?? 1.0), 3),
            Raw = parsed.Value is null || text != raw ? raw : null,
            LowConfidence = (ocrConf is { } c && c < LowConfidenceThreshold) || (value.Ocr && OcrRepair.IsFigure(key) && OcrRepair.NumeralsRepaired(value.Text))
                || (value.Ocr && key.Kind == ValueKind.MoneyWan && OcrRepair.UppercaseMoneyRepaired(value.Text))
                || (value.Ocr && OcrRepair.IsFigure(key) && LostLeadingDigit().IsMatch(raw)) ? true : null,
        };
    }

    /// <summary>
    /// The figure a sentence-like value opens with (「860㎡（租赁），提供创业工位52个」, 「6人，其中专职人员5人」, 「最长19个月」):
    /// a self-evaluation table states the figure and goes on about it. Taken only with its unit (「共计1」 at a line's end
    /// is a figure cut by the wrap), when the clause ends right after the unit and the unit fits the key (a comma before a digit is a damaged thousands mark, 「1,38O㎡」, no clause end).
    /// Null otherwise.
    /// </summary>
    private static string? FigureOpening(FieldKey key, string raw)
    {
        if (key.Kind is ValueKind.Text or ValueKind.Enum or ValueKind.Date) return null;
        var m = OpeningFigure().Match(LabelText.Compact(raw));
        if (!m.Success) return null;
        var unit = m.Groups["u"].Value;
        return FillInBlanks.UnitFits(key, unit) ? m.Groups["f"].Value + unit : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:约|共|共计|合计|累计|为|达|最长|最多|现有)?(?<f>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<u>" + FillInBlanks.UnitWords + @")(?=[(，。;；、]|,(?![\d.])|$)")]
    private static partial System.Text.RegularExpressions.Regex OpeningFigure();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[\u4E00-\u9FFF]{2,7}?(省|自治区)")]
    private static partial System.Text.RegularExpressions.Regex ProvincePrefix();

    /// <summary>Something below a province: a city, county, district, town, street, road, number or building.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("[市县区旗州盟镇乡街路道巷号村园楼层室座栋弄里厦院场城]")]
    private static partial System.Text.RegularExpressions.Regex NamesPlace();

    /// <summary>「020.5m2」: no one writes a leading zero before a figure; on a scan it is what is left of a lost digit (1020.5).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^0\d")]
    private static partial System.Text.RegularExpressions.Regex LostLeadingDigit();

    /// <summary>A value read from text that is not a label's neighbour (a computed or pattern-found value).</summary>
    public static FieldValue Of(ScalarValue? value, Span where, string documentId, double methodConfidence, string? raw = null)
    {
        var ocrConf = where.Ocr ? where.Confidence : null;
        return new FieldValue
        {
            Value = value,
            DocumentId = documentId,
            Page = where.Page,
            Box = where.Box,
            Snippet = Trim(where.Text),
            Confidence = Math.Round(methodConfidence * (ocrConf ?? 1.0), 3),
            Raw = raw,
            LowConfidence = ocrConf is { } c && c < LowConfidenceThreshold ? true : null,
        };
    }

    /// <summary>面积(m²) 800 → 800 m²; (元) 1000000 → 1000000元. A value with its own unit keeps it.</summary>
    public static string WithLabelUnit(FieldKey key, string raw, string? labelUnit)
    {
        if (labelUnit is null) return raw;
        var trimmed = raw.Trim();
        if (trimmed.Length == 0 || !EndsWithFigure(trimmed)) return raw;
        return key.Kind switch
        {
            ValueKind.MoneyWan when labelUnit is "元" or "万元" => trimmed + labelUnit,
            ValueKind.AreaSqm when labelUnit == "m²" => trimmed + "平方米",
            ValueKind.Years when labelUnit == "年" => trimmed + "年",
            ValueKind.Years when labelUnit == "月" => trimmed + "个月",
            ValueKind.Months when labelUnit == "月" => trimmed + "个月",
            ValueKind.Months when labelUnit == "年" => trimmed + "年",
            _ => raw,
        };
    }

    /// <summary>
    /// OCR's readings of m² after a figure become 平方米: the superscript lost or read as a mark (「4310.00m?」「450m'」
    /// 「450m」「450m:」) or as a letter before the 2 (「1,043ms2」).
    /// </summary>
    public static string OcrSquareMetre(string raw) =>
        System.Text.RegularExpressions.Regex.Replace(raw, @"(?<=\d)\s*[mM](?:\?|'|’|\^2|\*|:|：|""|[sS]2)?(?![a-zA-Z²2])", "平方米");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[(（{\[][A-Za-z0-9 .,:;'""|_\-]{0,8}[)）}\]]\s*$")]
    private static partial System.Text.RegularExpressions.Regex OcrBracket();

    /// <summary>
    /// A person's name out of what the cell or blank held: 「李静〈等字」 (the form's 「（签字）」 as the scan read it),
    /// 「＿邓德华＿，住所位于＿…」 (a fill-in form's blank and the sentence going on). A name has no bracket, blank or
    /// comma. Null when nothing of two characters or more is left.
    /// </summary>
    private static string? PersonName(string text)
    {
        var name = text.TrimStart(NameEnds).TrimStart();
        if (name.IndexOfAny(NameEnds) is >= 0 and var cut) name = name[..cut].TrimEnd();
        return name.Length >= 2 ? name : null;
    }

    private static readonly char[] NameEnds = ['(', '（', '〈', '《', '<', '[', '【', '|', '_', '＿', ',', '，', '、', ';', '；', '“', '”', '"'];

    private static bool IsNoOrganisation(string text)
    {
        var compact = LabelText.Compact(text);
        // Lessees and account holders are read under this key too, and may be people: a short name is still a name.
        return compact.EndsWith("名称", StringComparison.Ordinal) || compact.EndsWith("情况", StringComparison.Ordinal)
            || GlossaryCatalog.All.TryMatchWhole(compact, out _, out _);
    }

    /// <summary>A glossary label of four characters or more opens the text (a value never starts with one).</summary>
    private static bool StartsWithLabel(string text)
    {
        var compact = LabelText.Compact(text);
        for (var length = 4; length <= Math.Min(10, compact.Length); length++)
            if (GlossaryCatalog.All.TryMatchWhole(compact[..length], out _, out _)) return true;
        return false;
    }

    private static readonly HashSet<FieldKey> ChineseText =
        [FieldKeys.SpaceName, FieldKeys.OperatorName, FieldKeys.LegalRepresentative, FieldKeys.Address];

    public static double MethodConfidence(FindMethod method) => method switch
    {
        FindMethod.TableRight or FindMethod.TableBelow => 0.99,
        FindMethod.Line => 0.97,
        FindMethod.LineBelow => 0.9,
        _ => 0.9,
    };

    private static bool EndsWithFigure(string s)
    {
        var c = LabelText.Half(s[^1]);
        return char.IsAsciiDigit(c) || "零〇一二三四五六七八九十百千".Contains(c);
    }

    private static string Trim(string s)
    {
        var t = LabelText.Clean(s);
        return t.Length > 120 ? t[..120] + "…" : t;
    }
}
