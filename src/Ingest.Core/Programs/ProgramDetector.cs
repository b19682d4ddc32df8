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

    // The issuing bureau printed on its own under the title (山西省科学技术厅, 朔州市科学技术局). A 推荐部门：… line also
    // names a bureau but is labelled, and names the recommending district's, not the issuer.
    [GeneratedRegex("^(?<place>[\\p{IsCJKUnifiedIdeographs}]{2,14}?)(科学技术厅|科学技术局|科技厅|科技局)$")]
    private static partial Regex IssuerLine();

    // One misread character is common in scanned titles (孵 read as 钱): 科技企业?化器 still names an incubator.
    [GeneratedRegex("孵化器|科技企业.化器")]
    private static partial Regex IncubatorWord();

    /// <param name="lines">Text lines of the submission, the application form's first.</param>
    /// <param name="spaceCategory">The declared <c>space_category</c> code when known.</param>
    /// <param name="formLines">Lines of the documents classified as application forms, for the fallback below.</param>
    /// <returns>A program id, or null when the lines say too little to decide.</returns>
    public static string? Detect(IEnumerable<string> lines, string? spaceCategory = null, IEnumerable<string>? formLines = null)
    {
        var compact = lines.Select(Compact).ToList();
        var formText = (formLines ?? []).Select(Compact).ToList();
        var titles = compact.Where(IsFormTitle).ToList();
        // The form's own issuer line when the form is known; other documents may name a bureau too.
        var issuers = IssuerPlaces(formText) is { Count: > 0 } onForm ? onForm : IssuerPlaces(compact);
        foreach (var title in titles)
        {
            if (FromTitle(title, spaceCategory) is { } id) return id;
            // A scanned title's place name can be misread (朔州 → 翔州); the bureau printed under it names the place too.
            foreach (var place in issuers)
                if (FromTitle(place + title, spaceCategory) is { } byIssuer) return byIssuer;
        }
        // A title that names its program's place but not enough to choose among its kinds (a 许昌 form whose category
        // boxes cannot be read) stays undecided: guessing from the body would pick another city's program.
        if (titles.Any(NamesPlace) || (titles.Count > 0 && issuers.Any(NamesPlace))) return null;
        return FromCategory(spaceCategory) ?? FromFormBody(formText);
    }

    /// <summary>
    /// A form with no title (a bare 基本信息表) whose declared category is one only Xuchang's policy has
    /// (技术支撑类, 投资驱动类): the category names the program. 综合 and 专业化 are other policies' words too.
    /// </summary>
    private static string? FromCategory(string? category) => category switch
    {
        "tech_support" => ProgramIds.XuchangTechSupport,
        "investment_driven" => ProgramIds.XuchangInvestment,
        _ => null,
    };

    private static string Compact(string line) => line.Replace(" ", "").Replace("\u3000", "");

    private static List<string> IssuerPlaces(IEnumerable<string> lines) =>
        lines.Select(l => IssuerLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["place"].Value).Distinct().ToList();

    private static bool IsFormTitle(string line) =>
        line.Length <= 60 && FormTitleWord().IsMatch(line)
        && (line.Contains("众创空间") || line.Contains("孵化器") || line.Contains("孵化"));

    private static readonly string[] PlaceWords = ["新疆", "自治区", "许昌", "朔州", "太原", "山西", "省级"];

    private static bool NamesPlace(string title) => PlaceWords.Any(title.Contains);

    /// <summary>
    /// When no title names the issuer (a bare 基本信息表, or an unreadable title line), an application form
    /// that describes an incubator can only be Taiyuan's: it is the one incubator program of the ten.
    /// A form headed as a makerspace's (一、众创空间基本信息表) is not one, though its operator's name may say 孵化器.
    /// </summary>
    private static string? FromFormBody(IReadOnlyList<string> formLines) =>
        formLines.Any(l => MakerspaceHeading().IsMatch(l)) ? null
        : formLines.Any(l => IncubatorWord().IsMatch(l)) ? ProgramIds.TaiyuanIncubator : null;

    [GeneratedRegex("^(?:[一二三四五六七八九十]+[、.．])?众创空间(?:基本)?(?:信息|情况|概况)表?$")]
    private static partial Regex MakerspaceHeading();

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
