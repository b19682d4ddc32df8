namespace ZcIngest.Core.Programs;

/// <summary>The contract's program ids: one per (policy, kind of space) pair of the five seeds.</summary>
public static class ProgramIds
{
    public const string TaiyuanMakerspace = "taiyuan-2015-makerspace";
    public const string TaiyuanIncubator = "taiyuan-2015-incubator";
    public const string ShanxiMakerspace = "shanxi-2022-makerspace";
    public const string ShanxiSpecialized = "shanxi-2022-specialized";
    public const string ShuozhouMakerspace = "shuozhou-2016-makerspace";
    public const string XuchangTechSupport = "xuchang-2016-tech-support";
    public const string XuchangInvestment = "xuchang-2016-investment";
    public const string XuchangComprehensive = "xuchang-2016-comprehensive";
    public const string XuchangSpecialized = "xuchang-2016-specialized";
    public const string XinjiangMakerspace = "xinjiang-2019-makerspace";

    public static readonly IReadOnlyList<string> All =
    [
        TaiyuanMakerspace, TaiyuanIncubator, ShanxiMakerspace, ShanxiSpecialized, ShuozhouMakerspace,
        XuchangTechSupport, XuchangInvestment, XuchangComprehensive, XuchangSpecialized, XinjiangMakerspace,
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
