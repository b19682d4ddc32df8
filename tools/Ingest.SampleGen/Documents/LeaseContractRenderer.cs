using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>房屋租赁合同 with parties, premises, area, term and signing date.</summary>
public sealed class LeaseContractRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var lease = ctx.Applicant.Lease ?? throw new InvalidOperationException("no lease to render");
        // A copied lease must come out byte for byte the same as the original: its randomness follows the lease.
        var rng = new Rng(0).Derive("lease:" + lease.OriginId + ":" + lease.Address);
        var fmt = ValueFormat.Random(rng);
        var years = lease.Months % 12 == 0 ? $"{lease.Months / 12}年" : $"{lease.Months}个月";
        var yearlyRent = Math.Round(lease.AreaSqm * lease.RentPerSqmDay * 365m, 2);
        var doc = new DocContent { DocTitle = "房屋租赁合同", CreatedAt = lease.SignedOn.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc) };
        doc.Title("房屋租赁合同", 22).Space(10);
        doc.Para($"合同编号：ZL-{lease.Start.Year}-{rng.Digits(4)}", Align.Right, 10.5);
        doc.Para($"出租方（甲方）：{lease.Lessor}");
        doc.Para($"统一社会信用代码：{lease.LessorCode}");
        doc.Para($"法定代表人：{lease.LessorRep}");
        doc.Para($"承租方（乙方）：{lease.Lessee}");
        doc.Space(6);
        doc.Para("根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜，订立本合同。", indent: true);
        doc.Para("第一条　房屋基本情况", bold: true);
        doc.Para($"甲方将坐落于{lease.Address}的房屋出租给乙方使用，房屋建筑面积{fmt.FormatArea(lease.AreaSqm, true)}，用途为办公及创新创业孵化服务。", indent: true);
        doc.Para("第二条　租赁期限", bold: true);
        doc.Para($"租赁期限为{years}，自{fmt.FormatDate(lease.Start)}起至{fmt.FormatDate(lease.End)}止。租赁期满，乙方如需继续承租，应于期满前三个月书面通知甲方，同等条件下乙方享有优先承租权。", indent: true);
        doc.Para("第三条　租金及支付方式", bold: true);
        doc.Para($"租金标准为每日每平方米{lease.RentPerSqmDay:0.00}元，年租金为人民币{ValueFormat.Yuan(yearlyRent)}元。租金按年支付，乙方应于每个租赁年度开始前十日内支付当年租金。", indent: true);
        doc.Para("第四条　房屋交付及使用", bold: true);
        doc.Para("甲方应于租赁期开始之日将房屋交付乙方。乙方应合理使用房屋，不得擅自改变房屋结构和用途。经甲方书面同意，乙方可对房屋进行装修改造并用于众创空间运营，向入驻团队和企业提供办公场地。", indent: true);
        doc.Para("第五条　费用承担", bold: true);
        doc.Para("租赁期间，房屋的水、电、暖、物业管理、网络通讯等费用由乙方承担；房屋及附属设施的自然损耗维修由甲方负责。", indent: true);
        doc.Para("第六条　合同的解除", bold: true);
        doc.Para("一方违反本合同约定，经另一方书面催告后三十日内仍未改正的，另一方有权解除本合同，并要求违约方赔偿由此造成的损失。", indent: true);
        doc.Para("第七条　争议解决", bold: true);
        doc.Para("本合同履行过程中发生争议，由双方协商解决；协商不成的，任何一方均可向房屋所在地人民法院提起诉讼。", indent: true);
        doc.Para("第八条　其他", bold: true);
        doc.Para("本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。", indent: true);
        doc.Space(20);
        doc.Table([
            [$"甲方（盖章）：{lease.Lessor}", $"乙方（盖章）：{lease.Lessee}"],
            [$"法定代表人：{lease.LessorRep}", "法定代表人或委托代理人："],
            [$"签订日期：{fmt.FormatDate(lease.SignedOn)}", $"签订日期：{fmt.FormatDate(lease.SignedOn)}"],
        ], [1, 1], size: 11, borderless: true);
        doc.Stamp(lease.Lessor, Align.Left);
        return new RenderedDocument(DocumentType.LeaseContract, "lease_contract", rng.Pick(new[] { "租赁合同", "房屋租赁合同", "04-场地租赁合同" }), doc);
    }
}
