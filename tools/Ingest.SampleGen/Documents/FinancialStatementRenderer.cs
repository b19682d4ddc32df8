using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>利润表 of the year before the application, in 元.</summary>
public sealed class FinancialStatementRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var f = a.Financials;
        var rng = ctx.Rng;
        var prev = 0.6m + (decimal)rng.NextDouble() * 0.3m;
        string Y(decimal v) => ValueFormat.Yuan(v);
        string P(decimal v) => ValueFormat.Yuan(Math.Round(v * prev / 100m) * 100m);
        var profit = f.RevenueYuan - f.CostYuan;
        var doc = new DocContent { DocTitle = "利润表", CreatedAt = ctx.Created(new DateOnly(f.Year + 1, rng.Between(1, 3), rng.Between(5, 25))) };
        doc.Title("利　润　表", 20).Para("会企02表", Align.Right, 10);
        doc.Table([[$"编制单位：{a.OperatorName}", $"{f.Year}年度", "单位：元"]], [2.6, 1.2, 1.0], size: 10.5);
        doc.Table([
            ["项　　目", "行次", "本年金额", "上年金额"],
            ["一、营业总收入", "1", Y(f.RevenueYuan), P(f.RevenueYuan)],
            ["　　其中：营业收入", "2", Y(f.RevenueYuan), P(f.RevenueYuan)],
            ["二、营业总成本", "3", Y(f.CostYuan), P(f.CostYuan)],
            ["　　其中：营业成本", "4", Y(f.OperatingCostYuan), P(f.OperatingCostYuan)],
            ["　　　　　税金及附加", "5", Y(f.TaxYuan), P(f.TaxYuan)],
            ["　　　　　销售费用", "6", Y(f.SellingYuan), P(f.SellingYuan)],
            ["　　　　　管理费用", "7", Y(f.AdminYuan), P(f.AdminYuan)],
            ["　　　　　财务费用", "8", Y(f.FinanceYuan), P(f.FinanceYuan)],
            ["三、营业利润（亏损以“-”号填列）", "9", Y(profit), P(profit)],
            ["　　加：营业外收入", "10", "0.00", "0.00"],
            ["四、利润总额", "11", Y(profit), P(profit)],
            ["　　减：所得税费用", "12", Y(Math.Max(0, Math.Round(profit * 0.05m, 2))), P(Math.Max(0, profit * 0.05m))],
            ["五、净利润", "13", Y(profit - Math.Max(0, Math.Round(profit * 0.05m, 2))), P(profit * 0.95m)],
        ], [3.2, 0.6, 1.5, 1.5], header: true, size: 10.5);
        doc.Space(10).Table([[$"单位负责人：{a.LegalRep.Name}", $"会计机构负责人：{a.Contact.Name}", $"制表人：{a.Contact.Name}"]], [1, 1, 1], size: 10.5);
        doc.Stamp(a.OperatorName);
        return new RenderedDocument(DocumentType.FinancialStatement, "financial_statement", rng.Pick(new[] { "财务报表", $"{f.Year}年度利润表", "08-财务情况" }), doc);
    }
}
