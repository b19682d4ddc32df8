using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 活动记录 / 通知 / 报道: dated events with a title — from a list (日期 | 活动名称), from 活动时间/活动名称
/// labels, from lines that start with a date (「2021年5月14日 创业沙龙」), and, for a single notice or report,
/// its heading with the first full date in it.
/// </summary>
public sealed partial class ActivityRecordExtractor : IDocumentExtractor
{
    private enum Col { Date, Title }

    private static readonly LabelCatalog<Col> Columns = new([
        (Col.Date, ["日期", "时间", "活动时间", "举办时间", "活动日期", "举办日期", "开展时间"]),
        (Col.Title, ["活动名称", "活动主题", "主题", "名称", "活动内容", "内容", "活动", "标题", "活动题目"]),
    ]);

    private static readonly HeaderTable<Col> List = new(Columns, Col.Date);

    public DocumentType Type => DocumentType.ActivityRecord;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        facts.StatedTotal = StatedEvents(view);
        facts.StatedPeriod = StatedPeriod(view);
        var seen = new HashSet<(DateOnly, string)>();
        void Add(DateOnly date, string title, Span where, double confidence)
        {
            var t = LabelText.Clean(title).Trim(' ', ',', '，', ':', '：', '。');
            if (t.Length == 0 || !seen.Add((date, LabelText.Compact(t)))) return;
            facts.Events.Add(new EventFact(ValueReader.Of(ScalarValue.Of(date), where, view.DocumentId, 0.9), date, t));
        }

        var listed = new List<(DateOnly? Date, string? Title)>();
        foreach (var row in List.Read(view))
            if (row.Text(Col.Date) is { } d && DateOf(d) is { } date)
            {
                // A cell standing under both headers holds the date and, after it, the title.
                var shared = row.Cells.TryGetValue(Col.Title, out var titleCell) && ReferenceEquals(titleCell, row.Cells[Col.Date]);
                Add(date, shared ? AfterDate(d) : row.Text(Col.Title) ?? AfterDate(d), row.Cells[Col.Date].Span, 0.95);
                listed.Add((date, null));
            }
            else if (row.Text(Col.Title) is { } title && IsEventTitle(title) && view.PageOf(row.Page)?.Source == Core.Documents.PageSource.Ocr)
                listed.Add((null, title)); // a typed list's row without a date is a note or a wrapped title, not a lost date
        Undated(listed, facts.UndatedEvents);

        if (facts.Events.Count == 0) FromLabels(view, Add);

        if (facts.Events.Count == 0)
            foreach (var line in view.Lines)
                if (DatedLine().Match(LabelText.Clean(line.Text)) is { Success: true } m && DateOf(m.Groups["d"].Value) is { } date)
                    Add(date, m.Groups["t"].Value, line, 0.85);

        if (facts.Events.Count < 3 && DateColumn(view) is { Count: >= 3 } column && column.Count > facts.Events.Count)
        {
            // A list a scan read column by column: the dates stand on lines of their own, the titles elsewhere.
            facts.Events.Clear();
            seen.Clear();
            foreach (var (date, title, where) in column) Add(date, title, where, 0.8);
        }

        FormsWithoutDate(view, facts, Add);

        if (facts.Events.Count == 0 && Heading(view) is { } heading)
        {
            var flow = new FlowText(view.Lines);
            var first = TextPatterns.Dates(flow.Text).FirstOrDefault(x => x.Date.Precision == DatePrecision.Day);
            if (first.Match is not null) Add(first.Date.Date, heading.Text, flow.SpanOf(first.Match), 0.75);
        }
    }

    /// <summary>
    /// Rows of the list whose title was read but whose date was not (a scan's faint cell): still events. A list is
    /// kept in date order, so each lies between the dates of the nearest dated rows above and below it.
    /// </summary>
    private static void Undated(List<(DateOnly? Date, string? Title)> rows, List<UndatedEvent> into)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Date is not null) continue;
            var after = rows.Take(i).LastOrDefault(r => r.Date is not null).Date;
            var before = rows.Skip(i + 1).FirstOrDefault(r => r.Date is not null).Date;
            // Only a row the list holds between two dated rows in order: rows after the last dated one are as often a
            // notice's lines read under the list's header as lost events, and neighbours out of order bound nothing.
            if (after is { } a && before is { } b && a <= b) into.Add(new UndatedEvent(rows[i].Title!, a, b));
        }
    }

    /// <summary>A title cell that names an event: words, not a stray mark, a total line or a repeated header.</summary>
    private static bool IsEventTitle(string text)
    {
        var t = LabelText.Compact(text);
        return t.Count(Ocr.CjkText.IsCjk) >= 4 && !EventsTotal().IsMatch(t) && !t.StartsWith("合计", StringComparison.Ordinal)
               && !t.StartsWith("以上", StringComparison.Ordinal) && !Columns.TryMatchWhole(t, out _, out _);
    }

    /// <summary>
    /// The number of events the list states under its rows (「以上共计56场活动」), null when it states none or two
    /// different ones. A reader loses rows (a last row alone on its page, a scan's merged lines) far more often than
    /// it misreads this sentence.
    /// </summary>
    private static StatedTotal? StatedEvents(DocumentView view)
    {
        var flow = new FlowText(view.Lines);
        var found = EventsTotal().Matches(flow.Text).ToList();
        if (found.Count == 0 || found.Select(m => m.Groups["n"].Value).Distinct().Count() > 1) return null;
        var total = int.Parse(found[0].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var where = ValueReader.Of(ScalarValue.Of(total), flow.SpanOf(found[0]), view.DocumentId, 0.9, found[0].Value);
        return new StatedTotal(where, total, null, view.Pages.Any(p => p.Source == Core.Documents.PageSource.Ocr));
    }

    /// <summary>The period under the list's title: the first line of the first page that is two dates joined by a dash or 至.</summary>
    private static (DateOnly From, DateOnly To)? StatedPeriod(DocumentView view)
    {
        foreach (var line in view.Lines.Where(l => l.Page == view.Pages[0].Number).Take(5))
        {
            var t = LabelText.Compact(line.Text);
            if (Period().Match(t) is not { Success: true } m) continue;
            var dates = TextPatterns.Dates(m.Value).Where(d => d.Date.Precision == DatePrecision.Day).Select(d => d.Date.Date).ToList();
            if (dates.Count == 2 && dates[0] <= dates[1]) return (dates[0], dates[1]);
        }
        return null;
    }

    [GeneratedRegex(@"^[(（]?\d{4}年\d{1,2}月\d{1,2}日?(?:—|-|–|~|至|到)+\d{4}年\d{1,2}月\d{1,2}日?[)）]?$")]
    private static partial Regex Period();

    [GeneratedRegex(@"(?:共计|合计|总计|总共|共举办|共开展)[:：]?(?<n>\d{1,4})(?:场|次|期)")]
    private static partial Regex EventsTotal();

    /// <summary>
    /// A record kept as one form per event, a page each (活动记录表 with 活动名称, 活动时间, 活动内容): a scanned page whose
    /// date could not be read is still an event. It lies between the dates read on the pages before and after it (the
    /// forms are filed in date order); one before the first or after the last dated page cannot be placed.
    /// </summary>
    private static void FormsWithoutDate(DocumentView view, DocumentFacts facts, Action<DateOnly, string, Span, double> add)
    {
        if (view.Pages.Count < 3 || view.Pages.Any(p => p.Source != Core.Documents.PageSource.Ocr)) return;
        var formPages = view.Pages.Where(p => FormLabels().Matches(LabelText.Compact(string.Join("", p.Lines.Select(l => l.Text))))
                .GroupBy(m => m.Value).ToList() is { Count: >= 1 } labels && labels.All(g => g.Count() == 1))
            .Select(p => p.Number).ToList();
        if (formPages.Count < 3 || formPages.Count < 0.8 * view.Pages.Count) return;
        // One event a page: a page holding several read events is a list, not a form.
        if (facts.Events.GroupBy(e => e.Where.Page).Any(g => g.Count() > 1)) return;
        // A form whose date was read but could not be paired with its title (the 活动名称 label lost to the scan, the
        // date on a line of its own): the page's date is its event's.
        foreach (var page in formPages.Where(p => facts.Events.All(e => e.Where.Page != p)).ToList())
            if (DateOfForm(view, page) is { } form) add(form.Date, form.Title, form.Where, 0.8);
        if (facts.Events.Count > formPages.Count || facts.Events.GroupBy(e => e.Where.Page).Any(g => g.Count() > 1)) return;
        // The forms are filed in date order: a page whose date breaks it was misread (「2017年1月4日」 between October's
        // forms, its 0 lost) and is an event of unknown date between its neighbours, not one stretching the period.
        var misread = OutOfOrder(facts.Events.Where(e => e.Where.Page is not null).OrderBy(e => e.Where.Page).ToList());
        foreach (var e in misread) facts.Events.Remove(e);
        var dated = facts.Events.GroupBy(e => e.Where.Page ?? 0).ToDictionary(g => g.Key, g => g.Min(e => e.Date));
        if (dated.Count < 2) return;
        foreach (var page in formPages.Where(p => !dated.ContainsKey(p)))
        {
            var before = dated.Where(d => d.Key < page).Select(d => d.Value).DefaultIfEmpty(DateOnly.MinValue).Max();
            var after = dated.Where(d => d.Key > page).Select(d => d.Value).DefaultIfEmpty(DateOnly.MaxValue).Min();
            var read = misread.FirstOrDefault(e => e.Where.Page == page);
            facts.UndatedEvents.Add(new UndatedEvent(read is null ? $"第{page}页活动（日期无法辨认）" : $"第{page}页活动（日期识别为{read.Date:yyyy-MM-dd}，与前后页顺序不符）", before, after));
        }
    }

    /// <summary>The events (one a page, in page order) outside the longest run of pages whose dates never go back.</summary>
    private static List<EventFact> OutOfOrder(List<EventFact> byPage)
    {
        var n = byPage.Count;
        var length = new int[n];
        var previous = new int[n];
        var best = -1;
        for (var i = 0; i < n; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
                if (byPage[j].Date <= byPage[i].Date && length[j] + 1 > length[i]) { length[i] = length[j] + 1; previous[i] = j; }
            if (best < 0 || length[i] > length[best]) best = i;
        }
        var kept = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i]) kept.Add(i);
        return byPage.Where((_, i) => !kept.Contains(i)).ToList();
    }

    /// <summary>The date of one form page: after its 活动时间 label, else the first full date on it; with its title when read.</summary>
    private static (DateOnly Date, string Title, Span Where)? DateOfForm(DocumentView view, int page)
    {
        var lines = view.Lines.Where(l => l.Page == page).ToList();
        var finder = new LabelValueFinder<Col>(Columns);
        string? title = null;
        (DateOnly Date, Span Where)? found = null;
        foreach (var line in lines)
            foreach (var (slot, _, _, value) in finder.ParseText(line.Text, line.Ocr))
            {
                if (slot == Col.Date && found is null && DateOf(value) is { } date) found = (date, line);
                if (slot == Col.Title && title is null && LabelText.Compact(value).Length >= 2) title = value;
            }
        if (found is null)
            foreach (var line in lines)
                if (TextPatterns.Dates(OnesRepaired(LabelText.Compact(line.Text))).FirstOrDefault(x => x.Date.Precision == DatePrecision.Day) is { Match: not null } x)
                {
                    found = (x.Date.Date, line);
                    break;
                }
        return found is { } f ? (f.Date, title ?? $"第{page}页活动", f.Where) : null;
    }

    /// <summary>
    /// The labels of an event's form; a page with one to three of them is one form (a list page repeats none). A scan
    /// loses some (「|和和|工业互联网创业沙龙」 for 活动名称): the form's other labels count too.
    /// </summary>
    [GeneratedRegex("活动名称|活动主题|活动内容|活动时间|活动地点|主办单位|参加人数|活动照片|记录人")]
    private static partial Regex FormLabels();

    /// <summary>活动时间：… and 活动名称：… pairs, matched in reading order.</summary>
    private static void FromLabels(DocumentView view, Action<DateOnly, string, Span, double> add)
    {
        var finder = new LabelValueFinder<Col>(Columns);
        var hits = view.Lines.SelectMany(l => finder.ParseText(l.Text).Select(p => (p.Slot, p.Value, Line: l))).ToList();
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Slot != Col.Date || DateOf(hits[i].Value) is not { } date) continue;
            // The nearest title on the same page that no other date stands between.
            var after = Enumerable.Range(i + 1, hits.Count - i - 1).TakeWhile(j => hits[j].Slot != Col.Date)
                .FirstOrDefault(j => hits[j].Slot == Col.Title && hits[j].Line.Page == hits[i].Line.Page, -1);
            var before = Enumerable.Range(0, i).Reverse().TakeWhile(j => hits[j].Slot != Col.Date)
                .FirstOrDefault(j => hits[j].Slot == Col.Title && hits[j].Line.Page == hits[i].Line.Page, -1);
            var pick = before < 0 ? after : after < 0 ? before : (i - before <= after - i ? before : after);
            if (pick >= 0) add(date, hits[pick].Value, hits[i].Line, 0.9);
        }
    }

    /// <summary>
    /// Lines that are a full date and nothing else (「2016年10月12」 with its 日 wrapped below), each with the text
    /// level with it to its right as the title when there is one. Dates repeated on one day count once per title.
    /// </summary>
    private static List<(DateOnly Date, string Title, Span Where)> DateColumn(DocumentView view)
    {
        var lines = view.Lines;
        var result = new List<(DateOnly, string, Span)>();
        foreach (var line in lines)
        {
            if (LoneDate().Match(OnesRepaired(LabelText.Compact(line.Text))) is not { Success: true } m
                || !DateOnly.TryParse($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", System.Globalization.CultureInfo.InvariantCulture, out var date))
                continue;
            var title = line.Box is { } b
                ? lines.FirstOrDefault(o => o.Page == line.Page && o.Box is { } ob && ob.X0 >= b.X1 && Math.Min(b.Y1, ob.Y1) - Math.Max(b.Y0, ob.Y0) >= 0.5 * Math.Min(b.Height, ob.Height))?.Text ?? ""
                : "";
            result.Add((date, title.Length > 0 ? title : $"{date:yyyy-MM-dd}活动", line));
        }
        return result;
    }

    [GeneratedRegex(@"^\|?(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})[日曰月]?\|?$")]
    private static partial Regex LoneDate();

    [GeneratedRegex(@"^[\|”“""'’]?(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})\D{0,2}$")]
    private static partial Regex CellDate();

    /// <summary>A 1 of a date's month or day that the scan read as a bar or bracket (「2017年]月5日」「2017年1|月」).</summary>
    private static string OnesRepaired(string compact) => MisreadOne().Replace(compact, "1");

    [GeneratedRegex(@"(?<=(?:19|20)\d{2}年\d?)[\]\[|lI!](?=\d?月)|(?<=月\d?)[\]\[|lI!](?=\d?日)")]
    private static partial Regex MisreadOne();

    private static DateOnly? DateOf(string text)
    {
        var compact = OnesRepaired(LabelText.Compact(text));
        // A list cell's date whose 日 the scan misread (「2015年08月27有日」「2015年06月19且」) is still that day,
        // not the first of the month the general pattern would keep.
        if (CellDate().Match(compact) is { Success: true } cell
            && DateOnly.TryParse($"{cell.Groups["y"].Value}-{cell.Groups["m"].Value}-{cell.Groups["d"].Value}", System.Globalization.CultureInfo.InvariantCulture, out var day))
            return day;
        var m = TextPatterns.Date().Match(compact);
        return m.Success && TextPatterns.ParseDate(m.Value).Value is { Precision: not DatePrecision.Year } d ? d.Date : null;
    }

    private static string AfterDate(string text)
    {
        var compact = LabelText.Compact(text);
        var m = TextPatterns.Date().Match(compact);
        return m.Success ? compact[(m.Index + m.Length)..] : "";
    }

    private static Span? Heading(DocumentView view) =>
        view.Lines.FirstOrDefault(l => LabelText.Compact(l.Text) is { Length: >= 4 and <= 50 } t && !TextPatterns.Date().IsMatch(t));

    [GeneratedRegex(@"^(?:\d{1,3}[.、]\s*)?(?<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})[\s,，:：、]*(?<t>[^\d\s,，。;；][^,，。;；]{1,40})$")]
    private static partial Regex DatedLine();
}
