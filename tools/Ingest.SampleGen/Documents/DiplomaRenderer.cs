using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Documents;

/// <summary>毕业证书 of one staff member.</summary>
public sealed class DiplomaRenderer
{
    public RenderedDocument Render(RenderContext ctx, StaffMember s)
    {
        var school = s.School ?? throw new InvalidOperationException("no diploma without a school");
        // The same diploma in two submissions must look the same: randomness follows the certificate.
        var rng = new Rng(0).Derive("diploma:" + s.DiplomaNo + s.Person.Name);
        var years = s.Education switch { EducationLevel.College => 3, EducationLevel.Bachelor => 4, EducationLevel.Master => 3, _ => 4 };
        var start = new DateOnly(s.GraduatedOn.Year - years, 9, 1);
        var kind = s.SchoolingType switch { '5' => "成人高等教育", '7' => "网络教育", _ => "普通高等学校" };
        var graduate = s.Education is EducationLevel.Master or EducationLevel.Doctor;
        var doc = new DocContent { DocTitle = "毕业证书", CreatedAt = s.GraduatedOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), Landscape = true, Framed = true };
        doc.Space(10).Para(graduate ? "研究生" : kind, Align.Center, 14).Title("毕 业 证 书", 30).Space(16);
        var who = $"{(graduate ? "研究生" : "学生")}{s.Person.Name}，性别{Labels.Gender(s.Person.Male)}，{s.Person.Birth.Year}年{s.Person.Birth.Month}月{s.Person.Birth.Day}日生，";
        var body = graduate
            ? $"{who}于{start.Year}年{start.Month}月至{s.GraduatedOn.Year}年{s.GraduatedOn.Month}月在本校{s.Major}专业学习，学制{years}年，修完{Labels.Education(s.Education)}培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"
            : $"{who}于{start.Year}年{start.Month}月至{s.GraduatedOn.Year}年{s.GraduatedOn.Month}月在本校{s.Major}专业{(years == 3 ? "三" : "四")}年制{(s.Education == EducationLevel.College ? "专科" : "本科")}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。";
        doc.Para(body, size: 14, indent: true).Space(20);
        doc.Table([
            [$"校（院）长：{rng.Pick(Pools.Surnames)}{rng.Pick(Pools.MaleGiven)}", school.Name],
            [$"证书编号：{s.DiplomaNo}", $"{s.GraduatedOn.Year}年{s.GraduatedOn.Month}月{s.GraduatedOn.Day}日"],
        ], [1.4, 1], size: 12.5, borderless: true);
        doc.Stamp(school.Name);
        return new RenderedDocument(DocumentType.Diploma, $"diploma:{s.Person.Name}", $"毕业证书-{s.Person.Name}", doc);
    }
}
