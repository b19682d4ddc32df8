using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>
/// 建设运营报告 following the outline of 附件2. Its numbers are history and plans (the first year's area, last
/// year's residents, next year's targets), never the declared values: extractors must not take them as claims.
/// </summary>
public sealed class OperatingReportRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var rng = ctx.Rng;
        var fmt = ValueFormat.Random(rng);
        var startYear = a.License.RegisteredOn.Year;
        var doc = new DocContent { DocTitle = $"{a.SpaceName}建设运营报告", CreatedAt = ctx.Created(a.ApplicationDate.AddDays(-rng.Between(3, 15))), Author = a.Contact.Name };
        doc.Space(20).Title($"{a.SpaceName}", 20).Title("建设运营报告", 20).Space(20);
        doc.Para($"{a.OperatorName}", Align.Center, 13).Para(fmt.FormatDate(a.ApplicationDate.AddDays(-rng.Between(1, 10))), Align.Center, 13).Space(20);
        doc.Para("一、必要性和意义", bold: true, size: 14);
        doc.Para($"{a.District.City}近年来高度重视科技创新和创业孵化工作，出台了一系列支持大众创业、万众创新的政策措施。全市现有科技型中小企业{rng.Between(300, 1900)}家，" +
                 $"高新技术企业{rng.Between(80, 900)}家，但创业孵化载体数量不足、专业化服务能力不强的问题仍然存在。建设{a.SpaceName}，对于集聚创新创业资源、" +
                 "降低创业成本、促进科技成果转化具有重要意义。", indent: true);
        doc.Para("二、基本情况", bold: true, size: 14);
        var firstArea = Math.Round(a.TotalAreaSqm * (decimal)rng.Between(0.3, 0.7) / 10m) * 10m;
        doc.Para($"{a.OperatorName}成立于{startYear}年，注册资本{a.License.CapitalWan}万元。{startYear}年建设初期，空间场地面积仅{fmt.FormatArea(firstArea, true)}，" +
                 $"入驻团队{rng.Between(3, 8)}个。经过几年发展，空间已形成“创业苗圃—孵化—加速”的梯级孵化体系，累计服务创业团队和企业{rng.Between(60, 260)}家次。", indent: true);
        doc.Para("三、孵化能力建设", bold: true, size: 14);
        doc.Para($"（一）人员情况。空间运营团队结构合理，负责人{a.Manager.Name}长期从事企业管理和创业服务工作。团队成员平均年龄{rng.Between(28, 36)}岁，" +
                 "专业涵盖企业管理、财务会计、计算机、法律等领域。", indent: true);
        doc.Para("（二）自身孵化制度建设情况。空间制定了《入驻企业管理办法》《创业导师管理办法》《种子资金管理办法》《财务管理制度》等制度，" +
                 "规范入驻评审、日常服务、毕业退出等环节。", indent: true);
        var lastYearRevenue = Math.Round(a.Financials.RevenueYuan / 10000m * (decimal)rng.Between(0.5, 0.9), 2);
        doc.Para($"（四）财务状况。{a.Financials.Year - 1}年度空间实现收入{lastYearRevenue}万元，主要来源于场地服务费、创业服务收入和政府补助，" +
                 "财务状况良好，运营管理费用控制合理。", indent: true);
        doc.Para("（五）硬件设施。空间配备路演厅、会议室、洽谈室、共享办公区、休闲区等公共服务设施，提供千兆宽带网络、打印复印、" +
                 "视频会议等基础设施，水电暖配套齐全。", indent: true);
        doc.Para($"（六）服务功能。空间与{rng.Between(3, 9)}家投资机构建立合作关系，聘请企业家、投资人和专业人士担任创业导师，" +
                 $"{a.Financials.Year - 1}年协助入驻企业获得融资{rng.Between(200, 3000)}万元。", indent: true);
        doc.Para("四、孵化绩效", bold: true, size: 14);
        doc.Para($"（一）入驻企业及团队。截至{a.Financials.Year - 1}年底，空间入驻团队和企业{Math.Max(1, a.Residents.Count - rng.Between(2, 6))}家，" +
                 $"涉及电子信息、智能制造、文化创意等领域。", indent: true);
        doc.Para($"（二）毕业企业。空间累计毕业企业{a.GraduatedCount + rng.Between(1, 4)}家（含迁出企业），毕业企业保持良好发展态势。", indent: true);
        doc.Para($"（三）区域创新创业文化营造作用。{a.Financials.Year - 1}年全年举办各类活动{rng.Between(12, 40)}场，参与人数超过{rng.Between(800, 4000)}人次。", indent: true);
        doc.Para("五、存在的问题及建议", bold: true, size: 14);
        doc.Para("一是专业化服务能力有待提升；二是投融资渠道仍需拓宽；三是运营经费压力较大，建议加大对众创空间的扶持力度。", indent: true);
        doc.Para("六、下一步发展规划", bold: true, size: 14);
        doc.Para($"计划到{a.ApplicationDate.Year + 3}年，空间场地面积扩展至{fmt.FormatArea(Math.Round(a.TotalAreaSqm * 1.5m / 100m) * 100m, true)}，" +
                 $"入驻团队和企业达到{a.Residents.Count + rng.Between(10, 30)}家，创业导师达到{a.Mentors.Count + rng.Between(5, 10)}人，" +
                 $"种子基金规模达到{a.SeedFundWan + rng.Pick(new[] { 100m, 200m, 500m })}万元。", indent: true);
        return new RenderedDocument(DocumentType.OperatingReport, "operating_report", rng.Pick(new[] { "建设运营报告", "02-运营报告", "众创空间建设运营报告" }), doc);
    }
}
