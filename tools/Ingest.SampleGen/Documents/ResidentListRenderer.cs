using System.Globalization;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>入驻创业团队和企业名单 (名称、进驻时间、注册资金、技术领域), with the technology marker.</summary>
public sealed class ResidentListRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var rng = ctx.Rng;
        var fmt = ValueFormat.Random(rng);
        var doc = new DocContent { DocTitle = "入驻团队和企业名单", CreatedAt = ctx.Created(a.ApplicationDate.AddDays(-rng.Between(2, 10))) };
        doc.Title($"{a.SpaceName}入驻创业团队和企业名单", 15).Space(6);
        var rows = new List<string[]> { new[] { "序号", "企业（团队）名称", "入驻时间", "注册资金（万元）", "技术领域", "科技型", "联系人" } };
        var i = 0;
        foreach (var r in a.Residents)
            rows.Add([(++i).ToString(), r.Name, fmt.FormatDate(r.EntryDate), r.Name.EndsWith("团队") || r.Name.EndsWith("工作室") ? "—" : r.CapitalWan.ToString("0.##", CultureInfo.InvariantCulture),
                r.Field, r.Tech ? "是" : "否", r.Contact]);
        doc.Table(rows, [0.5, 3.0, 1.4, 1.0, 1.2, 0.7, 0.8], header: true, size: 9.5);
        doc.Space(8).Para($"合计入驻团队和企业{a.Residents.Count}家，其中科技型{a.Residents.Count(r => r.Tech)}家。", size: 11);
        doc.Stamp(a.OperatorName);
        return new RenderedDocument(DocumentType.ResidentList, "resident_list", rng.Pick(new[] { "入驻企业名单", "入驻团队和企业名单", "06-入驻企业名单" }), doc);
    }
}
