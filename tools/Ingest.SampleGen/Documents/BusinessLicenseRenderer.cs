using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>营业执照（副本）.</summary>
public sealed class BusinessLicenseRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var l = a.License;
        var fmt = new ValueFormat { Date = ctx.Rng.Chance(0.7) ? DateStyle.ChineseFull : DateStyle.ChinesePadded };
        var doc = new DocContent { DocTitle = "营业执照", CreatedAt = ctx.Created(l.IssuedOn), Landscape = true, Framed = true };
        doc.Title("营 业 执 照", 30).Para("（副 本）", Align.Center, 14).Space(8);
        doc.Para($"统一社会信用代码  {l.CreditCode}", size: 12.5);
        doc.Table([
            ["名　　称", l.Name],
            ["类　　型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", l.LegalRep],
            ["注册资本", $"{(ctx.Rng.Chance(0.5) ? l.CapitalWan.ToString() : Numerals.ChineseNumber(l.CapitalWan) ?? l.CapitalWan.ToString())}万元整"],
            ["成立日期", fmt.FormatDate(l.RegisteredOn)],
            ["营业期限", $"{fmt.FormatDate(l.RegisteredOn)}至长期"],
            ["住　　所", l.Address],
            ["经营范围", l.Scope],
        ], [1, 5], size: 12);
        doc.Space(10).Para($"登记机关　{l.Authority}", Align.Right, 12);
        doc.Stamp(l.Authority);
        doc.Para(fmt.FormatDate(l.IssuedOn), Align.Right, 12);
        return new RenderedDocument(DocumentType.BusinessLicense, "business_license", ctx.Rng.Pick(new[] { "营业执照", "营业执照副本", "03-营业执照" }), doc);
    }
}
