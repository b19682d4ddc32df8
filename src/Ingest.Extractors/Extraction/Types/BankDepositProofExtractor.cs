using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// 存款证明 / 种子资金证明: the account holder and the amount, read twice — in figures (¥1,000,000.00,
/// 1000000.00元, 100万元) and in uppercase (壹佰万元整) — each parsed on its own, then compared. The seed-fund
/// evidence is the amount when the renderings agree or only one is present; when they disagree it is left
/// null with both kept as raw text, since a proof contradicting itself proves no amount.
/// </summary>
public sealed partial class BankDepositProofExtractor : IDocumentExtractor
{
    private static readonly LabelCatalog<int> HolderLabels = new([(0, [
        "户名", "账户名称", "账户名", "存款人", "存款人名称", "存款单位", "开户单位", "客户名称", "单位名称", "开户名称", "账户户名", "开户人",
    ])]);

    public DocumentType Type => DocumentType.BankDepositProof;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        var id = view.DocumentId;
        var holder = LabelledFields.Pick(view, HolderLabels, _ => FieldKeys.OperatorName).GetValueOrDefault(0);
        // A table whose holder cell ran into the account number leaves the next label (账号) as the "value".
        // A scan whose table was read column by column puts the other labels (账号, 币种) or the bank's seal inside it.
        if (holder?.Value?.Text is { } labelled && (!Core.Audit.OrganisationNames.IsPlausibleParty(labelled) || HoldsOtherLabel(labelled)
            || MisreadHeading(view, holder, labelled))) holder = null;
        holder ??= Addressee(view);
        var flow = new FlowText(view.Lines);
        if (holder?.Value is null && Certifies().Match(flow.Text) is { Success: true } cm)
            holder = ValueReader.Of(ScalarValue.Of(cm.Groups["n"].Value), flow.SpanOf(cm.Groups["n"]), id, 0.85);

        FieldValue? upper = null;
        // A numeral OCR misread at the front (「过佰贰拾万元整」 for 壹佰贰拾万元整) leaves a smaller amount that reads
        // cleanly: an uppercase run is taken only when it starts right after its label or a mark.
        var upperText = UppercaseVariants(flow.Text);
        if (Uppercase().Match(upperText) is { Success: true } um && StartsCleanly(upperText, um.Index))
            upper = ValueReader.Read(FieldKeys.SeedFundWan, flow.SpanOf(um) with { Text = um.Value }, id, 0.95);
        var candidates = FigureCandidates(flow, id).ToList();
        candidates.AddRange(SeparateMoneyWords(view.Lines, candidates, id));
        // An uppercase run whose every unreadable character is a known look-alike (过佰提拾万元整) reads as what the
        // look-alikes stand for when a figure on the proof states that very amount: two readings that agree.
        if (upper is null && LookAlikesRead(upperText) is { } repaired
            && ValueReader.Read(FieldKeys.SeedFundWan, flow.SpanOf(repaired.Index, repaired.Length) with { Text = repaired.Text }, id, 0.9) is { Value.Number: { } spelled } read
            && candidates.Any(c => c.Value.Value!.Value.Number == spelled))
            upper = read with { Snippet = upperText.Substring(repaired.Index, repaired.Length) };
        // Misread numerals (过 for 壹, 押 for 捌) still leave the shape of the amount: which units, in which order.
        var shape = upper is null ? UppercaseShape(upperText) : null;
        var figures = ChooseFigures(candidates, upper, shape);
        bool? agree = upper?.Value is { } u && figures?.Value is { } f ? u.Number == f.Number : null;
        facts.Bank = new BankFacts(holder, figures, upper, agree);

        var evidence = agree switch
        {
            // Figures and words are two readings of the amount; a misread of either does not land on the other's
            // amount, so agreeing they are sure whatever confidence the scan gave each word.
            true => figures! with
            {
                Snippet = $"{figures!.Snippet} / {upper!.Snippet}",
                Confidence = Math.Max(figures.Confidence ?? 0, upper.Confidence ?? 0),
                LowConfidence = null,
            },
            false => figures! with { Value = null, Raw = $"{figures!.Snippet} / {upper!.Snippet}", Snippet = "大写与小写金额不一致" },
            // The amount printed twice in figures — the account's balance and the total after 小写 — and read the same
            // both times (the words, if legible at all, fitting it): two readings that agree.
            null when figures?.Value is { Number: { } amount } && PrintedTwice(candidates, amount) => figures with
            {
                Snippet = string.Join(" / ", candidates.Where(c => c.Value.Value!.Value.Number == amount).Select(c => c.Value.Snippet)),
                Confidence = Math.Max(figures.Confidence ?? 0, 0.8),
                LowConfidence = null,
            },
            null when figures?.Value is not null => figures,
            // Figures read but none of them certain (they differ, or none fits what is legible of the uppercase):
            // no amount rather than a wrong one.
            null when candidates.Count > 0 => candidates[0].Value with
            {
                Value = null, Raw = string.Join(" / ", candidates.Select(c => c.Value.Snippet).Distinct()), Snippet = "小写金额无法确认",
            },
            _ => upper,
        };
        if (evidence is not null) facts.Fields[FieldKeys.SeedFundWan] = evidence;
    }

    /// <summary>
    /// A scanned header row read as label and value (户名 | 账吴 for 账号): a short "name" no surname starts is the
    /// next heading misread, not the holder; the letter's addressee is then the holder.
    /// </summary>
    private static bool MisreadHeading(DocumentView view, FieldValue holder, string text) =>
        view.OnScannedPage(holder) && Core.Audit.OrganisationNames.LooksLikePerson(Core.Audit.OrganisationNames.Key(text))
        && !ChineseSurnames.StartsPlausibly(text);

    /// <summary>Two figure readings of the amount at different places on the proof, every figure on it agreeing.</summary>
    private static bool PrintedTwice(List<Candidate> candidates, decimal amount) =>
        candidates.All(c => c.Value.Value!.Value.Number == amount)
        && candidates.Select(c => (c.Value.Page, c.Value.Box)).Distinct().Count() >= 2;

    private static bool HoldsOtherLabel(string text) =>
        text.Contains("账号", StringComparison.Ordinal) || text.Contains("币种", StringComparison.Ordinal)
        || text.Contains("余额", StringComparison.Ordinal) || text.Contains("户名", StringComparison.Ordinal) || text.Contains("专用章", StringComparison.Ordinal);

    private sealed record Candidate(FieldValue Value, bool Marked);

    /// <summary>
    /// Every amount in figures on the proof, in reading order. Marked: after 小写 or 合计, the total the proof certifies
    /// (a proof over several accounts lists each account's balance too).
    /// </summary>
    private static IEnumerable<Candidate> FigureCandidates(FlowText flow, string id)
    {
        foreach (Match fm in Figures().Matches(flow.Text))
        {
            // 「人民币：1,000,000.00」「RMB 1000000」「(小写)2,000,000.00」: the currency word marks yuan just as 「¥」
            // does; OCR reads ¥ as Y or as a stray character after 人民币. A figure in money format (thousands
            // separated, two decimals) is yuan whatever the misread mark before it (#, 羊).
            var span = flow.SpanOf(fm.Groups["v"]);
            var amount = fm.Groups["u"].Success ? fm.Groups["n"].Value + fm.Groups["u"].Value : "¥" + fm.Groups["n"].Value;
            var value = ValueReader.Read(FieldKeys.SeedFundWan, span with { Text = amount }, id, 0.95);
            if (value.Value is null) continue;
            var before = flow.Text[Math.Max(0, fm.Index - 12)..fm.Index];
            yield return new Candidate(value with { Snippet = span.Text }, before.Contains("小写", StringComparison.Ordinal) || before.Contains("合计", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Amounts in money format on a line of their own that the flow ran into a number before them: a table row read as
    /// one line (「4286977865455273075 1,800,000.00」), or a value column read after the account number's line
    /// (「4404005337083」 over 「803,000.00元证明日期…」), joins the two once lines and spaces are dropped, and no figure of
    /// the flow ends there. A thousands comma the scan lost (「1200,000.00」) leaves the amount plain.
    /// </summary>
    private static IEnumerable<Candidate> SeparateMoneyWords(IReadOnlyList<Span> lines, List<Candidate> found, string id)
    {
        foreach (var line in lines)
            foreach (Match m in MoneyInLine().Matches(line.Text))
            {
                var word = m.Groups["n"].Value;
                var value = ValueReader.Read(FieldKeys.SeedFundWan, line with { Text = "¥" + word.Replace(",", "", StringComparison.Ordinal) }, id, 0.95);
                if (value.Value?.Number is not { } n || found.Any(c => c.Value.Value!.Value.Number == n)) continue;
                yield return new Candidate(value with { Snippet = word }, false);
            }
    }

    [GeneratedRegex(@"(?<![\d,.])(?<n>\d{1,3}(?:,?\d{3})*,\d{3}\.\d{2})(?![\d]|[.,]\d)")]
    private static partial Regex MoneyInLine();

    /// <summary>
    /// The certified amount among the figures: the one the uppercase states (or, when the uppercase is only partly legible,
    /// the one its shape fits), else the only amount shown, else the only total. Several that disagree with nothing to
    /// decide between them give none: a misread figure (「Y1.800,.000.00」) must not become the proof's amount.
    /// </summary>
    private static FieldValue? ChooseFigures(List<Candidate> candidates, FieldValue? upper, Regex? shape)
    {
        if (candidates.Count == 0) return null;
        if (upper?.Value?.Number is { } stated)
            return (candidates.FirstOrDefault(c => c.Value.Value!.Value.Number == stated) ?? candidates.FirstOrDefault(c => c.Marked) ?? candidates[0]).Value;
        if (shape is not null)
            return Single(candidates.Where(c => shape.IsMatch(ChineseNumerals.ToUppercaseMoney(MoneyParser.WanToYuan(c.Value.Value!.Value.Number!.Value)))));
        return Single(candidates) ?? Single(candidates.Where(c => c.Marked));
    }

    private static FieldValue? Single(IEnumerable<Candidate> candidates)
    {
        var list = candidates.ToList();
        return list.Count > 0 && list.All(c => c.Value.Value!.Value.Number == list[0].Value.Value!.Value.Number) ? list[0].Value : null;
    }

    /// <summary>
    /// What is legible of an uppercase amount after 大写 that does not read as a whole: its units and numerals kept, any
    /// other character standing for one misread numeral or unit (从 for 佰), or for nothing (a speck read as 人). Null when there is no such run or nothing of it is legible.
    /// </summary>
    private static Regex? UppercaseShape(string text)
    {
        if (UppercaseAfterLabel().Match(text) is not { Success: true } m) return null;
        var run = m.Groups["u"].Value;
        if (run.Count(c => UpperChars.Contains(c)) < 3) return null;
        // A known look-alike (过 for 壹, 揭 for 捌) stands for its numeral: 「过佰伍拾万」 is 150 万, never 450 万.
        var pattern = string.Concat(run.Select(c => UpperChars.Contains(c) ? Regex.Escape(c.ToString())
            : OcrRepair.UppercaseLookAlike(c, out var numeral) ? numeral.ToString()
            : "[零壹贰叁肆伍陆柒捌玖拾佰仟万]?"));
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>The uppercase run after 大写 with its look-alikes read as numerals, when that leaves nothing unread.</summary>
    private static (string Text, int Index, int Length)? LookAlikesRead(string text)
    {
        if (UppercaseAfterLabel().Match(text) is not { Success: true } m) return null;
        var run = m.Groups["u"];
        var read = new char[run.Length];
        for (var k = 0; k < run.Length; k++)
        {
            var c = run.Value[k];
            if (UpperChars.Contains(c)) read[k] = c;
            else if (OcrRepair.UppercaseLookAlike(c, out var numeral)) read[k] = numeral;
            else return null;
        }
        var repaired = new string(read);
        return repaired == run.Value || !Uppercase().IsMatch(repaired) ? null : (repaired, run.Index, run.Length);
    }

    private const string UpperChars = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正";

    [GeneratedRegex(@"大写\)?:?(?<u>[^()\d]{2,20}?[元圆](?:[^()\d]角)?(?:[^()\d]分)?[整正]?)")]
    private static partial Regex UppercaseAfterLabel();

    /// <summary>The letter's addressee, 「太原某某科技有限公司：」 on a line of its own near the top: the account holder.</summary>
    private static FieldValue? Addressee(DocumentView view)
    {
        foreach (var line in view.Lines.Take(8))
        {
            var t = LabelText.Compact(line.Text);
            // OCR reads the colon after the addressee as a semicolon.
            if (t.Length < 3 || t[^1] is not (':' or '：' or ';' or '；')) continue;
            var name = t[..^1];
            if (Core.Audit.OrganisationNames.IsPlausibleParty(name))
                return ValueReader.Of(ScalarValue.Of(name), line with { Text = name }, view.DocumentId, 0.85);
        }
        return null;
    }

    /// <summary>Only financial uppercase numerals, so ordinary text never matches.</summary>
    [GeneratedRegex(@"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[元圆](?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?[整正]?")]
    private static partial Regex Uppercase();

    /// <summary>
    /// A figure with a currency mark before it or a money unit after it (account numbers carry neither), or in money
    /// format (1,200,000.00), whose misread mark is anything. After 人民币 or 小写 one stray character is allowed (the ¥
    /// misread); a bare Y counts as ¥ right before digits. A figure must end where its digits end: 「Y1.800,.000.00」
    /// is no amount, not ¥1.80.
    /// </summary>
    [GeneratedRegex(@"(?<v>(?:(?:[¥￥]|(?<![A-Za-z])Y(?=\d)|RMB|人民币(?:\(?小写\)?)?:?|\(?小写\)?:?)[""“”'|:]{0,3}(?:[¥￥Y]|[\p{IsCJKUnifiedIdeographs}](?=\d{1,3},\d{3}))?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?<u>万元|元)?|(?<n>[\d,]+(?:\.\d{1,2})?)(?<u>万元|元)|(?<![\d,.])(?<n>\d{1,3}(?:,\d{3})+\.\d{2}))(?!\d|[.,]\d))")]
    private static partial Regex Figures();

    /// <summary>Variant forms of financial numerals (参 for 叁, 弍 for 贰) as the standard ones.</summary>
    private static string UppercaseVariants(string text) => text.Replace('参', '叁').Replace('弍', '贰');

    private static bool StartsCleanly(string text, int index) =>
        index == 0 || !char.IsLetter(text[index - 1]) || IsLabelEnd(text[index - 1])
        // A speck read as a character between the label and the amount (「(大写)人叁佰万元整」); never a numeral's
        // look-alike, nor a unit: the run after 「过佰」 is the tail of a larger amount.
        || (index >= 2 && (IsLabelEnd(text[index - 2]) || text[index - 2] is ')' or ':')
            && !UpperChars.Contains(text[index - 1]) && !OcrRepair.UppercaseLookAlike(text[index - 1], out _));

    private static bool IsLabelEnd(char c) => c is '币' or '写' or '额' or '为' or '计' or '是' or '款';

    [GeneratedRegex(@"(?:兹证明|证明|截至[^,，]{0,20}[,，])(?<n>[\p{IsCJKUnifiedIdeographs}()（）]{4,40}?(?:有限责任公司|有限公司|公司|中心|研究院|学院|大学|协会|合伙企业\([^)]*\)|合伙企业))")]
    private static partial Regex Certifies();
}
