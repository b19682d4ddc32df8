using ZcIngest.Core.Fields;

namespace ZcIngest.SampleGen.Model;

/// <summary>
/// A numeric condition of a seed the generator keeps healthy values clear of, and can plant a value exactly at or
/// just past. <see cref="Of"/> names the denominator for a ratio (public ÷ total area); <see cref="UniversityValue"/>
/// the lower threshold for spaces inside a university.
/// </summary>
public sealed record Threshold(FieldKey Field, bool AtLeast, decimal Value, string Source, FieldKey? Of = null,
    decimal? UniversityValue = null, string? Category = null, bool Plantable = true)
{
    public decimal For(string hostType) => hostType == "university" && UniversityValue is { } u ? u : Value;
}

/// <summary>One of the ten programs: who issues it, what its form is called, what it requires.</summary>
public sealed record ProgramProfile(
    string Id,
    string SeedFile,
    string Issuer,
    string FormTitle,
    bool Incubator,
    IReadOnlyList<string> Categories,
    IReadOnlyList<District> Districts,
    DateOnly ApplyFrom,
    DateOnly ApplyTo,
    IReadOnlyList<FieldKey> ExtraFormKeys,
    IReadOnlyList<Threshold> Thresholds,
    bool HasHostType = false,
    bool WantsTraining = false)
{
    public string SpaceWord => Incubator ? "孵化器" : "众创空间";
}

public static class Programs
{
    private const string Ty = "000_9d159ad4b61970a3.txt";
    private const string Sx = "001_a6595dd4da0b6e82.txt";
    private const string Sz = "002_eb622a551183ec4a.txt";
    private const string Xc = "003_ade5fcfc1e7c4bb8.txt";
    private const string Xj = "004_3217b5cc20f73700.txt";

    private static Threshold[] ShanxiBase(string source) =>
    [
        new(FieldKeys.RegistrationDate, true, 12, $"{source} 一(一)1"),
        new(FieldKeys.TotalAreaSqm, true, 500, $"{source} 一(一)3", UniversityValue: 200),
        new(FieldKeys.LeaseTermYears, true, 5, $"{source} 一(一)3"),
        new(FieldKeys.PublicAreaSqm, true, 0.9m, $"{source} 一(一)3", Of: FieldKeys.TotalAreaSqm),
        new(FieldKeys.MentorsCount, true, 5, $"{source} 一(一)4"),
        new(FieldKeys.EventsPerMonth, true, 3, $"{source} 一(一)4"),
        new(FieldKeys.MakersCount, true, 50, $"{source} 一(一)6", Plantable: false),
        new(FieldKeys.ResidentCount, true, 10, $"{source} 一(一)6", Plantable: false),
    ];

    private static Threshold[] XuchangBase =>
    [
        new(FieldKeys.StaffCollegeOrAbove, true, 0.6m, $"{Xc} 第五条(一)2", Of: FieldKeys.StaffTotal),
        new(FieldKeys.LeaseTermYears, true, 5, $"{Xc} 第五条(一)3"),
        new(FieldKeys.TotalAreaSqm, true, 500, $"{Xc} 第五条(一)3"),
    ];

    public static readonly IReadOnlyList<ProgramProfile> All =
    [
        new("taiyuan-2015-makerspace", Ty, "太原市科学技术局", "太原市众创空间认定申请表", false, ["comprehensive"],
            Places.Taiyuan, new(2016, 3, 1), new(2017, 10, 31),
            [FieldKeys.StaffFullTime],
            [new(FieldKeys.TotalAreaSqm, true, 500, $"{Ty} 第四条(五)")]),
        new("taiyuan-2015-incubator", Ty, "太原市科学技术局", "太原市科技企业孵化器认定申请表", true,
            ["comprehensive", "specialized"], Places.Taiyuan, new(2016, 3, 1), new(2017, 10, 31),
            [FieldKeys.StaffTrained, FieldKeys.StaffFullTime, FieldKeys.MaxResidencyMonths],
            [
                new(FieldKeys.StaffCollegeOrAbove, true, 0.6m, $"{Ty} 第五条(一)", Of: FieldKeys.StaffTotal),
                new(FieldKeys.StaffTrained, true, 0.3m, $"{Ty} 第五条(一)", Of: FieldKeys.StaffTotal),
                new(FieldKeys.RegistrationDate, true, 12, $"{Ty} 第五条(三)"),
                new(FieldKeys.ResidentTechCount, true, 0.8m, $"{Ty} 第五条(四)", Of: FieldKeys.ResidentCount),
                new(FieldKeys.MaxResidencyMonths, false, 36, $"{Ty} 第五条(四)"),
                new(FieldKeys.ResidentAreaSqm, true, 2m / 3m, $"{Ty} 第五条(五)", Of: FieldKeys.TotalAreaSqm, Plantable: false),
                new(FieldKeys.SeedFundWan, true, 100, $"{Ty} 第五条(六)"),
                new(FieldKeys.TotalAreaSqm, true, 5000, $"{Ty} 第五条(七)", Category: "comprehensive"),
                new(FieldKeys.ResidentCount, true, 30, $"{Ty} 第五条(七)", Category: "comprehensive"),
                new(FieldKeys.TotalAreaSqm, true, 2000, $"{Ty} 第五条(七)", Category: "specialized"),
                new(FieldKeys.ResidentCount, true, 10, $"{Ty} 第五条(七)", Category: "specialized"),
            ], WantsTraining: true),
        new("shanxi-2022-makerspace", Sx, "山西省科学技术厅", "山西省省级众创空间认定申请书", false, ["comprehensive"],
            Places.Shanxi, new(2022, 5, 25), new(2022, 6, 30), [], ShanxiBase(Sx), HasHostType: true),
        new("shanxi-2022-specialized", Sx, "山西省科学技术厅", "山西省省级众创空间认定申请书", false, ["specialized"],
            Places.Shanxi, new(2022, 5, 25), new(2022, 6, 30), [], ShanxiBase(Sx), HasHostType: true),
        new("shuozhou-2016-makerspace", Sz, "朔州市科学技术局", "朔州市众创空间认定申请书", false, ["comprehensive"],
            Places.Shuozhou, new(2017, 3, 1), new(2018, 6, 30), [],
            [
                new(FieldKeys.TotalAreaSqm, true, 200, $"{Sz} 第四条(二)", UniversityValue: 100),
                new(FieldKeys.LeaseTermYears, true, 5, $"{Sz} 第四条(二)"),
                new(FieldKeys.PublicAreaSqm, true, 0.9m, $"{Sz} 第四条(二)", Of: FieldKeys.TotalAreaSqm),
                new(FieldKeys.MentorsCount, true, 3, $"{Sz} 第四条(三)"),
                new(FieldKeys.EventsPerMonth, true, 1, $"{Sz} 第四条(三)"),
                new(FieldKeys.MakersCount, true, 10, $"{Sz} 第四条(五)", Plantable: false),
                new(FieldKeys.ResidentCount, true, 3, $"{Sz} 第四条(五)", Plantable: false),
            ], HasHostType: true),
        new("xuchang-2016-tech-support", Xc, "许昌市科学技术局", "许昌市众创空间备案申请表", false, ["tech_support"],
            Places.Xuchang, new(2017, 3, 1), new(2018, 12, 31),
            [FieldKeys.EquipmentValueWan, FieldKeys.ServedPerYear, FieldKeys.IncubationCases, FieldKeys.StaffFullTime],
            [
                .. XuchangBase,
                new(FieldKeys.EquipmentValueWan, true, 20, $"{Xc} 第五条(二)1(1)"),
                new(FieldKeys.ServedPerYear, true, 15, $"{Xc} 第五条(二)1(2)"),
                new(FieldKeys.IncubationCases, true, 2, $"{Xc} 第五条(二)1(2)"),
            ]),
        new("xuchang-2016-investment", Xc, "许昌市科学技术局", "许昌市众创空间备案申请表", false, ["investment_driven"],
            Places.Xuchang, new(2017, 3, 1), new(2018, 12, 31),
            [FieldKeys.ServedPerYear, FieldKeys.InvestmentCases, FieldKeys.InvestmentManagers, FieldKeys.StaffFullTime],
            [
                .. XuchangBase,
                new(FieldKeys.ServedPerYear, true, 15, $"{Xc} 第五条(二)2(1)"),
                new(FieldKeys.InvestmentCases, true, 2, $"{Xc} 第五条(二)2(1)"),
                new(FieldKeys.InvestmentManagers, true, 2, $"{Xc} 第五条(二)2(2)"),
            ]),
        new("xuchang-2016-comprehensive", Xc, "许昌市科学技术局", "许昌市众创空间备案申请表", false, ["comprehensive"],
            Places.Xuchang, new(2017, 3, 1), new(2018, 12, 31),
            [FieldKeys.ServedPerYear, FieldKeys.IncubationCases, FieldKeys.InvestmentCases, FieldKeys.InvestmentManagers,
                FieldKeys.EquipmentValueWan, FieldKeys.StaffFullTime],
            [
                .. XuchangBase,
                new(FieldKeys.ServedPerYear, true, 30, $"{Xc} 第五条(二)3(1)"),
                new(FieldKeys.IncubationCases, true, 3, $"{Xc} 第五条(二)3(1)"),
            ]),
        new("xuchang-2016-specialized", Xc, "许昌市科学技术局", "许昌市专业化众创空间备案申请表", false, ["specialized"],
            Places.Xuchang, new(2017, 3, 1), new(2018, 12, 31),
            [FieldKeys.ServedPerYear, FieldKeys.IncubationCases, FieldKeys.StaffFullTime],
            [
                new(FieldKeys.TotalAreaSqm, true, 500, $"{Xc} 第六条(二)1(1)"),
                new(FieldKeys.ServedPerYear, true, 20, $"{Xc} 第六条(二)2(2)"),
                new(FieldKeys.IncubationCases, true, 2, $"{Xc} 第六条(二)2(3)"),
                new(FieldKeys.StaffTotal, true, 5, $"{Xc} 第六条(二)3(1)"),
                new(FieldKeys.StaffCollegeOrAbove, true, 0.6m, $"{Xc} 第六条(二)3(1)", Of: FieldKeys.StaffTotal),
                new(FieldKeys.MentorsCount, true, 3, $"{Xc} 第六条(二)3(2)"),
            ]),
        new("xinjiang-2019-makerspace", Xj, "新疆维吾尔自治区科学技术厅", "自治区众创空间备案申请表", false, ["comprehensive"],
            Places.Xinjiang, new(2019, 5, 1), new(2020, 10, 31),
            [FieldKeys.NewCompaniesPerYear, FieldKeys.FinancedPerYear, FieldKeys.IncubationCases, FieldKeys.StaffFullTime,
                FieldKeys.EventsPerYear, FieldKeys.MaxResidencyMonths],
            [
                new(FieldKeys.RegistrationDate, true, 12, $"{Xj} 第六条3"),
                new(FieldKeys.TotalAreaSqm, true, 500, $"{Xj} 第六条4", Plantable: false),
                new(FieldKeys.WorkstationsTotal, true, 30, $"{Xj} 第六条4", Plantable: false),
                new(FieldKeys.PublicAreaSqm, true, 0.75m, $"{Xj} 第六条4", Of: FieldKeys.TotalAreaSqm),
                new(FieldKeys.ResidentCount, true, 20, $"{Xj} 第六条5"),
                new(FieldKeys.NewCompaniesPerYear, true, 8, $"{Xj} 第六条6", Plantable: false),
                new(FieldKeys.FinancedPerYear, true, 3, $"{Xj} 第六条6", Plantable: false),
                new(FieldKeys.IncubationCases, true, 3, $"{Xj} 第六条7"),
                new(FieldKeys.StaffFullTime, true, 3, $"{Xj} 第六条8"),
                new(FieldKeys.MentorsCount, true, 3, $"{Xj} 第六条8"),
                new(FieldKeys.EventsPerYear, true, 10, $"{Xj} 第六条9"),
                new(FieldKeys.MaxResidencyMonths, false, 24, $"{Xj} 第七条"),
            ]),
    ];

    public static ProgramProfile Get(string id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"unknown program id '{id}'");
}
