using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>创新创业活动记录: a dated list of events, opened by one or two activity notices.</summary>
public sealed class ActivityRecordRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var rng = ctx.Rng;
        var fmt = ValueFormat.Random(rng);
        var ev = a.Events;
        var doc = new DocContent { DocTitle = "创新创业活动记录", CreatedAt = ctx.Created(a.ApplicationDate.AddDays(-rng.Between(2, 10))) };
        doc.Title($"{a.SpaceName}创新创业活动开展情况", 16);
        if (ev.Count > 0)
            doc.Para($"（{fmt.FormatDate(ev[0].Date)}—{fmt.FormatDate(ev[^1].Date)}）", Align.Center, 11);
        var rows = new List<string[]> { new[] { "序号", "活动日期", "活动名称", "活动类型", "地点", "参加人数" } };
        var i = 0;
        foreach (var e in ev)
            rows.Add([(++i).ToString(), fmt.FormatDate(e.Date), e.Title, e.Kind, e.Place, e.Participants.ToString()]);
        doc.Table(rows, [0.5, 1.3, 3.0, 1.2, 1.2, 0.8], header: true, size: 9.5);
        doc.Space(8).Para($"以上共计{ev.Count}场活动，活动通知、签到表及照片存档备查。", size: 11);
        if (ev.Count > 0)
        {
            var notice = ev[rng.Next(0, ev.Count)];
            doc.Break().Title("活动通知", 18);
            doc.Para("各入驻团队、企业及广大创业者：", size: 12);
            doc.Para($"为帮助创业者提升能力、对接资源，{a.SpaceName}定于{fmt.FormatDate(notice.Date)}在{notice.Place}举办“{notice.Title}”，" +
                     "欢迎各入驻团队和企业积极报名参加。请于活动前一日将参会人员名单报运营部。", indent: true, size: 12);
            doc.Para($"联系人：{a.Contact.Name}　　联系电话：{a.Contact.Phone}", size: 12);
            doc.Para(a.SpaceName, Align.Right, 12);
            doc.Para(fmt.FormatDate(notice.Date.AddDays(-rng.Between(3, 7))), Align.Right, 12);
        }
        return new RenderedDocument(DocumentType.ActivityRecord, "activity_record", rng.Pick(new[] { "活动记录", "创新创业活动开展情况", "07-活动证明材料" }), doc);
    }
}
