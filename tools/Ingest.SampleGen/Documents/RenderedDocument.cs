using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Documents;

/// <summary>
/// One logical document of a submission. <see cref="Key"/> names it for flags and truth (<c>diploma:张伟</c>);
/// <see cref="Name"/> is the Chinese file stem an applicant would give it.
/// </summary>
public sealed record RenderedDocument(DocumentType Type, string Key, string Name, DocContent Content);

/// <summary>Everything a renderer may read: the facts, the form's claims and a random stream of its own.</summary>
public sealed record RenderContext(Applicant Applicant, Claims Claims, Rng Rng, bool RosterShowsIds)
{
    public ProgramProfile Program => Applicant.Program;
    public DateTime Created(DateOnly date, int hour = 10) => date.ToDateTime(new TimeOnly(hour, Rng.Between(0, 59), 0), DateTimeKind.Utc);
}

public static class Labels
{
    public static string Gender(bool male) => male ? "男" : "女";

    public static string Category(string code, bool incubator) => code switch
    {
        "comprehensive" => incubator ? "综合类" : "综合",
        "specialized" => incubator ? "专业型" : "专业化",
        "tech_support" => "技术支撑类",
        "investment_driven" => "投资驱动类",
        _ => code,
    };

    public static string Education(EducationLevel level) => level switch
    {
        EducationLevel.Doctor => "博士研究生",
        EducationLevel.Master => "硕士研究生",
        EducationLevel.Bachelor => "本科",
        EducationLevel.College => "大专",
        _ => "高中",
    };
}
