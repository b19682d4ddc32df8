using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Documents;

/// <summary>创业导师聘书, or a 创业导师服务协议 for some mentors.</summary>
public sealed class MentorLetterRenderer
{
    public RenderedDocument Render(RenderContext ctx, Mentor m)
    {
        var a = ctx.Applicant;
        var fmt = ValueFormat.Random(ctx.Rng);
        var end = m.AppointedOn.AddYears(m.TermYears).AddDays(-1);
        var honorific = m.Person.Male ? "先生" : "女士";
        var doc = new DocContent { DocTitle = "聘书", CreatedAt = ctx.Created(m.AppointedOn) };
        if (ctx.Rng.Chance(0.7))
        {
            doc.Space(80).Title("聘　书", 34).Space(40);
            doc.Para($"兹聘请 {m.Person.Name} {honorific}（{m.Employer}{m.Title}）为{a.SpaceName}创业导师，" +
                     $"聘期{m.TermYears}年，自{fmt.FormatDate(m.AppointedOn)}起至{fmt.FormatDate(end)}止。", size: 16, indent: true).Space(60);
        }
        else
        {
            doc.Title("创业导师服务协议", 20).Space(10);
            doc.Para($"甲方：{a.OperatorName}");
            doc.Para($"乙方：{m.Person.Name}（{m.Employer}{m.Title}）");
            doc.Para($"为更好地服务入驻{a.SpaceName}的创业团队和企业，甲方聘请乙方担任创业导师。经双方协商，达成如下协议：", indent: true);
            doc.Para("一、乙方每季度为入驻团队提供不少于两次创业辅导，内容包括商业模式、市场营销、财务管理、融资路演等；", indent: true);
            doc.Para("二、乙方参加甲方组织的项目评审、路演点评和导师沙龙等活动；", indent: true);
            doc.Para("三、甲方为乙方开展辅导提供场地和必要的工作条件，并建立导师服务记录；", indent: true);
            doc.Para($"四、本协议有效期自{fmt.FormatDate(m.AppointedOn)}起至{fmt.FormatDate(end)}止。", indent: true);
            doc.Space(20).Table([[$"甲方（盖章）：{a.OperatorName}", $"乙方（签字）：{m.Person.Name}"]], [1.3, 1], size: 11);
        }
        doc.Para(a.OperatorName, Align.Right, 14);
        doc.Stamp(a.OperatorName);
        doc.Para(fmt.FormatDate(m.AppointedOn), Align.Right, 14);
        return new RenderedDocument(DocumentType.MentorLetter, $"mentor_letter:{m.Person.Name}", $"导师聘书-{m.Person.Name}", doc);
    }
}
