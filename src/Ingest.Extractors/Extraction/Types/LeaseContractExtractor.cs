using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 租赁合同: parties (出租方/甲方, 承租方/乙方), the premises (坐落/地址, 建筑面积/租赁面积) and the term
/// (自2022年3月22日起至2027年3月21日止, 2022.3.22-2027.3.21, 租期五年). Labelled lines come first; the
/// contract's sentences (「甲方将位于…的房屋出租给乙方」, 「建筑面积为450平方米」) are the fallback.
/// </summary>
public sealed partial class LeaseContractExtractor : IDocumentExtractor
{
    private enum Slot { Lessor, Lessee, Address, Area, Term, Signed }

    private static readonly LabelCatalog<Slot> Labels = new([
        (Slot.Lessor, ["出租方", "出租人", "甲方", "出租单位"]),
        (Slot.Lessee, ["承租方", "承租人", "乙方", "承租单位"]),
        (Slot.Address, ["坐落", "房屋坐落", "坐落地址", "房屋地址", "租赁地址", "租赁房屋地址", "房屋位置", "租赁场所", "租赁地点", "地址", "场地地址"]),
        (Slot.Area, ["建筑面积", "租赁面积", "使用面积", "出租面积", "房屋面积", "租赁房屋面积", "面积"]),
        (Slot.Term, ["租赁期限", "租期", "租赁期", "租赁年限"]),
        (Slot.Signed, ["签订日期", "签约日期", "签订时间", "签署日期", "合同签订日期"]),
    ]);

    public DocumentType Type => DocumentType.LeaseContract;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        var found = LabelledFields.Pick(view, Labels, KeyOf);
        var flow = new FlowText(view.Lines);
        var id = view.DocumentId;

        var lessor = Party(found.GetValueOrDefault(Slot.Lessor));
        var lessee = Party(found.GetValueOrDefault(Slot.Lessee));
        var address = found.GetValueOrDefault(Slot.Address);
        if (address?.Value is null && Located().Match(flow.Text) is { Success: true } loc)
            address = ValueReader.Read(FieldKeys.Address, flow.SpanOf(loc.Groups["a"]), id, 0.85);

        var area = found.GetValueOrDefault(Slot.Area);
        if (area?.Value is null && AreaSentence().Match(flow.Text) is { Success: true } am)
        {
            // 「1L286m」: OCR reads the thousands comma as a letter.
            var span = flow.SpanOf(am.Groups["v"]);
            var text = SignAfterChineseNumeral().Replace(ThousandsMark().Replace(span.Text, ","), "平方米");
            area = ValueReader.Read(FieldKeys.TotalAreaSqm, span with { Text = text }, id, 0.9, snippet: am.Value);
        }

        if (area?.Value is null && AreaFromRent(flow, id) is { } reckoned) area = reckoned;

        FieldValue? start = null, end = null;
        if (Range(flow) is { } range)
        {
            var span = flow.SpanOf(range.Match);
            start = ValueReader.Of(ScalarValue.Of(range.Start), span, id, 0.95, range.Match.Groups["s"].Value);
            end = ValueReader.Of(ScalarValue.Of(range.End), span, id, 0.95, range.Match.Groups["e"].Value);
        }

        FieldValue? term = null;
        if (start?.Value?.Date is { } s && end?.Value?.Date is { } e && LeaseTerm.Years(s, e) is { } years)
            term = start with { Value = ScalarValue.Of(years), Raw = null };
        else if (StatedTerm().Match(flow.Text) is { Success: true } tm)
            term = ValueReader.Read(FieldKeys.LeaseTermYears, flow.SpanOf(tm.Groups["v"]), id, 0.9, snippet: tm.Value);
        else if (found.GetValueOrDefault(Slot.Term) is { Value: not null } labelled)
            term = labelled;

        var signed = found.GetValueOrDefault(Slot.Signed);
        facts.Lease = new LeaseFacts(lessor, lessee, address, area, start, end, term, signed);
        Set(facts, FieldKeys.Address, address);
        Set(facts, FieldKeys.TotalAreaSqm, area);
        Set(facts, FieldKeys.LeaseStartDate, start);
        Set(facts, FieldKeys.LeaseEndDate, end);
        Set(facts, FieldKeys.LeaseTermYears, term);
    }

    private static FieldKey KeyOf(Slot slot) => slot switch
    {
        Slot.Area => FieldKeys.TotalAreaSqm,
        Slot.Term => FieldKeys.LeaseTermYears,
        Slot.Signed => FieldKeys.ApplicationDate, // a date key: only its parser is used
        Slot.Address => FieldKeys.Address,
        _ => FieldKeys.OperatorName,
    };

    private static void Set(DocumentFacts facts, FieldKey key, FieldValue? value)
    {
        if (value is not null) facts.Fields[key] = value;
    }

    /// <summary>「太原XX有限公司（以下简称甲方）」 → the name alone.</summary>
    private static FieldValue? Party(FieldValue? value)
    {
        if (value?.Value?.Text is not { } text) return value;
        var name = PartyTail().Replace(text, "").Trim();
        return name == text ? value : value with { Value = name.Length > 0 ? ScalarValue.Of(name) : null, Raw = text };
    }

    private sealed record DateRange(Match Match, DateOnly Start, DateOnly End);

    /// <summary>The lease period: the first start → end pair near a term label, else the first in the text.</summary>
    private static DateRange? Range(FlowText flow)
    {
        DateRange? first = null;
        foreach (Match m in RangePattern().Matches(flow.Text))
        {
            if (TextPatterns.ParseDate(Repaired(m.Groups["s"].Value)).Value is not { } s || TextPatterns.ParseDate(Repaired(m.Groups["e"].Value)).Value is not { } e) continue;
            if (e.Date <= s.Date) continue;
            var range = new DateRange(m, s.Date, e.Date);
            var before = flow.Text[Math.Max(0, m.Index - 30)..m.Index];
            if (TermWords().IsMatch(before)) return range;
            first ??= range;
        }
        return first;
    }

    [GeneratedRegex(@"自?(?<s>" + ScannedDigitDate + "|" + TextPatterns.DatePattern + "|" + ScannedChineseDate + @")(?:起算|起|开始)?,?(?:至|到|止至|—|–|-|~|～|－)+(?<e>" + ScannedDigitDate + "|" + TextPatterns.DatePattern + "|" + ScannedChineseDate + @")(?:止)?")]
    private static partial Regex RangePattern();

    /// <summary>
    /// A date in Chinese numerals as a scan reads it: 〇 as a Latin O, sometimes doubled (二O〇二七年), and the 日 closing
    /// the day as another character (二十七明起, 十二月起, 十一昌止) — known only by the 起/至/止 that follows it.
    /// </summary>
    private const string ScannedChineseDate =
        @"[〇零○ＯO0一二三四五六七八九]{4,5}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}(?:[日号]|\p{IsCJKUnifiedIdeographs}(?=起|开始|至|到|止))";

    /// <summary>
    /// A date in figures whose closing 日 the scan read as another character (「2014年04月03晶起算」, 「2024年08月17朋店满」):
    /// known by the 起, 至, 止 or 届满 that follows it. Tried first: the plain pattern would take 「2024年08月」 alone.
    /// </summary>
    private const string ScannedDigitDate = @"\d{4}年\d{1,2}月\d{1,2}\p{IsCJKUnifiedIdeographs}(?=起|开始|至|到|止|届满|到期|期满|\p{IsCJKUnifiedIdeographs}?满)";

    /// <summary>A scanned Chinese date made readable: one Latin O too many in a five-character year dropped, the rest as 〇, the day closed by 日.</summary>
    private static string Repaired(string date)
    {
        if (DigitDateParts().Match(date) is { Success: true } d) return d.Groups["ymd"].Value + "日";
        if (ScannedDateParts().Match(date) is not { Success: true } m) return date;
        var year = m.Groups["y"].Value;
        if (year.Length == 5 && year.IndexOfAny(['O', 'Ｏ']) is var o and >= 0) year = year.Remove(o, 1);
        if (year.Length != 4) return date;
        return year.Replace('O', '〇').Replace('Ｏ', '〇') + "年" + m.Groups["md"].Value + "日";
    }

    [GeneratedRegex(@"^(?<y>[〇零○ＯO0一二三四五六七八九]{4,5})年(?<md>[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3})\p{IsCJKUnifiedIdeographs}$")]
    private static partial Regex ScannedDateParts();

    [GeneratedRegex(@"^(?<ymd>\d{4}年\d{1,2}月\d{1,2})\p{IsCJKUnifiedIdeographs}$")]
    private static partial Regex DigitDateParts();

    [GeneratedRegex(@"租赁期|租期|期限|租用期|承租期")]
    private static partial Regex TermWords();

    /// <summary>
    /// An area whose first digit the scan read as a bracket (「建筑面积[230m'」: 1230 or 230?), decided by the lease's own
    /// arithmetic: rent per square metre per day or month times the area gives the yearly or monthly rent it states
    /// (1.80 元 × 365 × 1230 = 808,110.00). Taken only when exactly one reading of the figure fits that sum.
    /// </summary>
    private static FieldValue? AreaFromRent(FlowText flow, string id)
    {
        if (BracketedArea().Match(flow.Text) is not { Success: true } am) return null;
        if (UnitRent().Match(flow.Text) is not { Success: true } um || TotalRent().Match(flow.Text) is not { Success: true } tm) return null;
        if (!decimal.TryParse(um.Groups["u"].Value, System.Globalization.CultureInfo.InvariantCulture, out var unit) || unit <= 0) return null;
        if (!decimal.TryParse(tm.Groups["t"].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture, out var total) || total <= 0) return null;
        var perUnitTime = um.Groups["per"].Value is "日" or "天" ? 1m / 365 : um.Groups["per"].Value == "月" ? 1m / 12 : 1m;
        var perTotalTime = tm.Groups["p"].Value == "月" ? 1m / 12 : 1m;
        var reckoned = total / perTotalTime * perUnitTime / unit;
        var digits = am.Groups["d"].Value.Replace(",", "");
        var fits = new[] { digits, "1" + digits }
            .Select(d => decimal.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Where(v => v > 0 && Math.Abs(v - reckoned) <= reckoned * 0.002m).ToList();
        if (fits.Count != 1) return null;
        // The reviewer sees why the figure reads as it does: the words as scanned and the sum that decided them.
        var span = flow.SpanOf(am) with { Text = $"{am.Value}（按{um.Value}、{tm.Value}核算为{fits[0]}平方米）" };
        return ValueReader.Of(ScalarValue.Of(fits[0]), span, id, 0.85, am.Value);
    }

    [GeneratedRegex(@"(?:建筑面积|租赁面积|使用面积|出租面积|房屋面积|面积)(?:为|是|共|共计|:)*[\[(|!](?<d>\d[\d,]*(?:\.\d+)?)(?:平方米|㎡|m²|m2|平米|[mM])")]
    private static partial Regex BracketedArea();

    [GeneratedRegex(@"每(?<per>日|天|月|年)每平方米(?:租金)?(?:为)?(?<u>\d+(?:\.\d+)?)元|每平方米每(?<per>日|天|月|年)(?:租金)?(?:为)?(?<u>\d+(?:\.\d+)?)元|(?<u>\d+(?:\.\d+)?)元/(?:平方米|㎡|m²|m2)/(?<per>日|天|月|年)")]
    private static partial Regex UnitRent();

    [GeneratedRegex(@"(?<p>年|月)租金(?:为|是|共计|合计|:)*(?:人民币)?(?<t>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)元")]
    private static partial Regex TotalRent();

    [GeneratedRegex(@"(?:租期|租赁期限|租赁期|租用期限|期限)(?:为|是|共|共计|:)*(?<v>(?:[\d.]+|[一二三四五六七八九十两半]+)(?:个)?(?:年|月)(?:半)?)")]
    private static partial Regex StatedTerm();

    [GeneratedRegex(@"(?:位于|坐落于|坐落在|座落于|地处|坐落:)(?<a>[^,，。;；:]{4,60}?)(?:的|,|，|。|;|；|房屋|房产|场地)")]
    private static partial Regex Located();

    // A bracketed word may follow the label: 「租赁面积（建筑面积）为1120平方米」.
    [GeneratedRegex(@"(?:建筑面积|租赁面积|使用面积|出租面积|房屋面积|面积)(?:[(（〈《\[][^)）〉》\]]{0,8}[)）〉》\]])?(?:为|是|共|共计|合计|总计|:)*(?<v>约?(?:[LlI](?=\d))?\d(?:[\d,.]|[LlI|](?=\d{3}(?!\d)))*(?:平方米|㎡|m²|m2|平米|平方|[mM](?![a-zA-Z]))|约?[零〇一二两三四五六七八九十百千万点]+(?:平方米|平米|平方|㎡|m²|m2|[mM](?![a-zA-Z])))")]
    private static partial Regex AreaSentence();

    /// <summary>The square-metre sign after an area in Chinese numerals (「四百九十五m"」, OCR losing the ²).</summary>
    [GeneratedRegex(@"(?<=[零〇一二两三四五六七八九十百千万点])(?:㎡|m²|m2|[mM])$")]
    private static partial Regex SignAfterChineseNumeral();

    [GeneratedRegex(@"(?<=\d)[LlI|](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsMark();

    [GeneratedRegex(@"[(（]?(?:以下简称|下称|简称)[^)）]*[)）]?|[(（](?:甲方|乙方|出租方|承租方)[)）]|[(（](?:盖章|签章|公章)[)）]")]
    private static partial Regex PartyTail();
}
