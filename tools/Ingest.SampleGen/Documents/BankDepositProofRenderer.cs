using System.Globalization;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>单位存款证明书 for the seed fund: the amount in figures and in uppercase.</summary>
public sealed class BankDepositProofRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var d = a.Deposit;
        var rng = ctx.Rng;
        var fmt = new ValueFormat { Date = rng.Chance(0.6) ? DateStyle.ChineseFull : DateStyle.Iso };
        var figures = "¥" + d.AmountYuan.ToString("#,0.00", CultureInfo.InvariantCulture);
        var upper = Numerals.UppercaseMoney(d.AmountYuan);
        var doc = new DocContent { DocTitle = "存款证明书", CreatedAt = ctx.Created(d.IssuedOn, 15) };
        doc.Title($"{d.Bank}", 18).Title("单位存款证明书", 22).Space(6);
        doc.Para($"编号：{d.IssuedOn:yyyyMMdd}{rng.Digits(6)}", Align.Right, 10.5);
        doc.Para($"{d.Holder}：", size: 13);
        doc.Para($"兹证明截至{fmt.FormatDate(d.IssuedOn)}，贵单位在我行开立的下列账户存款余额如下：", indent: true, size: 13);
        doc.Table([
            ["户名", "账号", "币种", "存款余额"],
            [d.Holder, d.AccountNo, "人民币", figures],
        ], [2.2, 2.2, 0.8, 1.6], header: true, size: 11);
        doc.Para(upper is null
            ? $"合计金额：人民币{figures}（{(d.AmountYuan / 10000m).ToString("0.##", CultureInfo.InvariantCulture)}万元）"
            : $"合计金额：人民币（大写）{upper}　（小写）{figures}", size: 13);
        doc.Para("本证明仅证明贵单位在上述日期的存款余额，不作为贵单位在我行存款的担保或质押凭证，也不代表我行对其存款用途承担任何责任。本证明涂改无效。", indent: true, size: 11);
        doc.Para("用途：种子基金（孵化专项资金）存款证明", size: 11);
        doc.Space(30).Para($"{d.Bank}{d.Branch}（业务专用章）", Align.Right);
        doc.Stamp($"{d.Bank}{d.Branch}");
        doc.Para(fmt.FormatDate(d.IssuedOn), Align.Right);
        return new RenderedDocument(DocumentType.BankDepositProof, "bank_deposit_proof", rng.Pick(new[] { "存款证明", "种子资金存款证明", "09-种子基金证明" }), doc);
    }
}
