using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Documents;

/// <summary>孵化器从业人员培训证书 (Taiyuan incubators: 接受孵化器专业培训的人员).</summary>
public sealed class TrainingCertificateRenderer
{
    public RenderedDocument Render(RenderContext ctx, StaffMember s)
    {
        var date = s.TrainedOn ?? throw new InvalidOperationException("no training certificate for an untrained person");
        var body = ctx.Rng.Pick(Pools.TrainingBodies);
        var doc = new DocContent { DocTitle = "培训证书", CreatedAt = ctx.Created(date), Landscape = true, Framed = true };
        doc.Space(20).Title("培 训 证 书", 28).Space(20);
        doc.Para($"{s.Person.Name}同志于{date.Year}年{date.Month}月{date.Day}日至{date.AddDays(4).Month}月{date.AddDays(4).Day}日参加{body}举办的" +
                 "科技企业孵化器从业人员专业培训，完成全部培训课程，经考核合格，特发此证。", size: 14, indent: true).Space(24);
        doc.Para($"证书编号：{s.TrainingCertNo}", size: 12);
        doc.Para(body, Align.Right, 13);
        doc.Stamp(body);
        doc.Para($"{date.AddDays(4).Year}年{date.AddDays(4).Month}月{date.AddDays(4).Day}日", Align.Right, 13);
        return new RenderedDocument(DocumentType.TrainingCertificate, $"training_certificate:{s.Person.Name}", $"培训证书-{s.Person.Name}", doc);
    }
}
