using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>不动产权证书 (the register page).</summary>
public sealed class PropertyCertificateRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var p = ctx.Applicant.Property ?? throw new InvalidOperationException("no property certificate to render");
        var fmt = ValueFormat.Random(ctx.Rng);
        var doc = new DocContent { DocTitle = "不动产权证书", CreatedAt = ctx.Created(p.RegisteredOn), Framed = true };
        doc.Title("不动产权证书", 26).Space(6).Para(p.CertNo, Align.Center, 13).Space(10);
        doc.Table([
            ["权利人", p.Owner],
            ["共有情况", "单独所有"],
            ["坐落", p.Address],
            ["不动产单元号", $"{ctx.Applicant.District.Code}{ctx.Rng.Digits(6)}GB{ctx.Rng.Digits(5)}F{ctx.Rng.Digits(8)}"],
            ["权利类型", "国有建设用地使用权/房屋所有权"],
            ["权利性质", "出让/自建房"],
            ["用途", $"{p.Use}用地/{p.Use}"],
            ["面积", $"共有宗地面积{ctx.Rng.Between(3000, 20000)}.00㎡/房屋建筑面积{fmt.FormatArea(p.AreaSqm, true)}"],
            ["使用期限", $"国有建设用地使用权{fmt.FormatDate(p.RegisteredOn.AddYears(-3))}起{fmt.FormatDate(p.RegisteredOn.AddYears(37))}止"],
            ["登记日期", fmt.FormatDate(p.RegisteredOn)],
        ], [1, 3.2], size: 12);
        doc.Space(14).Para($"{ctx.Applicant.District.City}不动产登记中心", Align.Right);
        doc.Stamp($"{ctx.Applicant.District.City}不动产登记中心");
        return new RenderedDocument(DocumentType.PropertyCertificate, "property_certificate", "不动产权证书", doc);
    }
}
