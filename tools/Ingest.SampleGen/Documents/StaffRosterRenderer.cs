using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

/// <summary>服务人员名单: one row per staff member.</summary>
public sealed class StaffRosterRenderer
{
    public RenderedDocument Render(RenderContext ctx)
    {
        var a = ctx.Applicant;
        var rng = ctx.Rng;
        var showIds = ctx.RosterShowsIds || rng.Chance(0.4);
        var showTraining = a.Program.WantsTraining;
        var doc = new DocContent { DocTitle = "服务人员名单", CreatedAt = ctx.Created(a.ApplicationDate.AddDays(-rng.Between(2, 10))), Landscape = showIds };
        doc.Title($"{a.SpaceName}{rng.Pick(new[] { "服务人员名单", "运营管理团队人员名单", "管理人员花名册" })}", 16).Space(6);
        var header = new List<string> { "序号", "姓名", "性别" };
        if (showIds) header.Add("身份证号");
        header.AddRange(["学历", "毕业院校", "专业", "职务", "专职/兼职"]);
        if (showTraining) header.Add("孵化器专业培训");
        var rows = new List<string[]> { header.ToArray() };
        var i = 0;
        foreach (var s in a.Staff)
        {
            var row = new List<string> { (++i).ToString(), s.Person.Name, Labels.Gender(s.Person.Male) };
            if (showIds) row.Add(s.RosterIdNumber);
            row.AddRange([Labels.Education(s.Education), s.School?.Name ?? "—", s.School is null ? "—" : s.Major, s.Role, s.FullTime ? "专职" : "兼职"]);
            if (showTraining) row.Add(s.TrainingCertNo is null ? "否" : "是");
            rows.Add(row.ToArray());
        }
        double[] widths = showIds
            ? [0.5, 0.9, 0.5, 2.2, 1.0, 1.8, 1.8, 1.2, 0.9, .. showTraining ? new[] { 1.0 } : []]
            : [0.5, 0.9, 0.5, 1.0, 1.8, 1.8, 1.2, 0.9, .. showTraining ? new[] { 1.0 } : []];
        doc.Table(rows, widths, header: true, size: 9.5);
        doc.Space(10).Para($"合计：{a.Staff.Count}人，其中专职{a.Staff.Count(s => s.FullTime)}人。", size: 11);
        doc.Stamp(a.OperatorName);
        doc.Para(ValueFormat.Random(rng).FormatDate(a.ApplicationDate.AddDays(-rng.Between(2, 10))), Align.Right);
        return new RenderedDocument(DocumentType.StaffRoster, "staff_roster", rng.Pick(new[] { "人员名单", "服务人员名单", "05-管理团队名单" }), doc);
    }
}
