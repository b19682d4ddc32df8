using System.Text.RegularExpressions;

namespace ZcIngest.Core.Programs;

/// <summary>
/// Decides which program a submission applies under from the application form's title and issuer lines
/// (<c>山西省省级众创空间认定申请书</c>, <c>许昌市众创空间备案申请表</c>…) and the declared category.
/// Addresses are deliberately not used: a Taiyuan applicant's address also says 山西省.
/// </summary>
public static partial class ProgramDetector
{
    [GeneratedRegex("(申请书|申请表|备案表|认定表|登记表)")]
    private static partial Regex FormTitleWord();

    // One misread character is common in scanned titles (孵 read as 钱): 科技企业?化器 still names an incubator.
    [GeneratedRegex("孵化器|科技企业.化器")]
    private static partial Regex IncubatorWord();

    /// <param name="lines">Text lines of the submission, the application form's first.</param>
    /// <param name="spaceCategory">The declared <c>space_category</c> code when known.</param>
    /// <param name="formLines">Lines of the documents classified as application forms, for the fallback below.</param>
    /// <returns>A program id, or null when the lines say too little to decide.</returns>
    public static string? Detect(IEnumerable<string> lines, string? spaceCategory = null, IEnumerable<string>? formLines = null)
    {
        return FromTitles(lines, spaceCategory) ?? FromFormBody(formLines ?? []);
    }

    /// <summary>
    /// When no title names the issuer (a bare 基本信息表, or an unreadable title line), an application form
    /// that describes an incubator can only be Taiyuan's: it is the one incubator program of the ten.
    /// </summary>
    private static string? FromFormBody(IEnumerable<string> formLines) =>
        formLines.Any(l => IncubatorWord().IsMatch(l.Replace(" ", ""))) ? ProgramIds.TaiyuanIncubator : null;

    private static string? FromTitles(IEnumerable<string> lines, string? spaceCategory)
    {
        foreach (var raw in lines)
        {
            var line = raw.Replace(" ", "").Replace("\u3000", "");
            if (line.Length > 60 || !FormTitleWord().IsMatch(line)) continue;
            if (!line.Contains("众创空间") && !line.Contains("孵化器") && !line.Contains("孵化")) continue;
            var id = FromTitle(line, spaceCategory);
            if (id is not null) return id;
        }
        return null;
    }

    private static string? FromTitle(string title, string? category)
    {
        var specialised = title.Contains("专业化") || title.Contains("专业型") || category == "specialized";
        if (title.Contains("新疆") || title.Contains("自治区")) return ProgramIds.XinjiangMakerspace;
        if (title.Contains("许昌"))
        {
            if (title.Contains("技术支撑") || category == "tech_support") return ProgramIds.XuchangTechSupport;
            if (title.Contains("投资驱动") || category == "investment_driven") return ProgramIds.XuchangInvestment;
            if (specialised) return ProgramIds.XuchangSpecialized;
            if (title.Contains("综合") || category == "comprehensive") return ProgramIds.XuchangComprehensive;
            return null;
        }
        if (title.Contains("朔州")) return ProgramIds.ShuozhouMakerspace;
        if (title.Contains("太原"))
            return title.Contains("孵化器") ? ProgramIds.TaiyuanIncubator : ProgramIds.TaiyuanMakerspace;
        if (title.Contains("山西") || title.Contains("省级"))
            return specialised ? ProgramIds.ShanxiSpecialized : ProgramIds.ShanxiMakerspace;
        return null;
    }
}
