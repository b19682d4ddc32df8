using System.Collections.Frozen;

namespace ZcIngest.Core.Fields;

/// <summary>Every key of the glossary, with its value kind, unit and Chinese label synonyms.</summary>
public static class FieldKeys
{
    // The operator and the space
    public static readonly FieldKey SpaceName = new("space_name", ValueKind.Text, "",
        ["众创空间名称", "载体名称", "孵化器名称", "空间名称", "众创空间(孵化器)名称", "载体全称"], "application form");
    public static readonly FieldKey OperatorName = new("operator_name", ValueKind.Text, "",
        ["运营主体名称", "运营单位", "运营机构", "申报单位", "运营主体", "运营单位名称", "申报单位名称", "运营主体单位", "运营管理机构", "申报主体", "运营主体单位名称"], "business license 名称");
    public static readonly FieldKey CreditCode = new("credit_code", ValueKind.Text, "",
        ["统一社会信用代码", "法人代码", "社会统一信用代码", "组织机构代码"], "business license");
    public static readonly FieldKey LegalRepresentative = new("legal_representative", ValueKind.Text, "",
        ["法定代表人", "运营主体法人", "法人代表", "负责人"], "business license");
    public static readonly FieldKey Address = new("address", ValueKind.Text, "",
        ["运营场所地址", "载体地址", "通讯地址", "住所", "地址", "场地地址"], "license / lease");
    public static readonly FieldKey SpaceCategory = new("space_category", ValueKind.Enum, "",
        ["众创空间类型", "孵化器类型", "载体类型", "类型", "类别"], "application form",
        ["comprehensive", "specialized", "tech_support", "investment_driven"]);
    public static readonly FieldKey HostType = new("host_type", ValueKind.Enum, "",
        ["依托单位类型", "所在位置", "是否高校内"], "application form, address", ["university", "other"]);
    public static readonly FieldKey EstablishedDate = new("established_date", ValueKind.Date, "",
        ["创办时间", "运营时间", "成立时间", "投入运营时间", "开始运营时间", "投入使用时间", "运营起始时间"], "application form");
    public static readonly FieldKey RegistrationDate = new("registration_date", ValueKind.Date, "",
        ["成立日期", "注册日期", "注册时间"], "business license");
    public static readonly FieldKey ApplicationDate = new("application_date", ValueKind.Date, "",
        ["填报时间", "申报日期", "填报日期", "申请日期", "申报时间", "申请时间", "填表日期", "填表时间"], "application form");

    // Premises
    public static readonly FieldKey TotalAreaSqm = new("total_area_sqm", ValueKind.AreaSqm, "m²",
        ["服务场地面积", "场地总面积", "可自主支配场地面积", "建筑面积", "总面积", "场地面积", "租赁面积", "孵化场地总面积", "可自主支配孵化场地面积", "运营面积", "场地总面积(建筑面积)"], "lease contract / property certificate");
    public static readonly FieldKey PublicAreaSqm = new("public_area_sqm", ValueKind.AreaSqm, "m²",
        ["公共区域面积", "公共办公与服务场地面积", "公共服务场地面积", "公共服务区面积", "公共空间面积", "公共服务面积"], "form, floor plan");
    public static readonly FieldKey ResidentAreaSqm = new("resident_area_sqm", ValueKind.AreaSqm, "m²",
        ["入驻团队企业使用面积", "孵化场地面积", "入孵企业使用面积", "孵化企业使用面积", "入驻企业使用面积", "入驻团队和企业使用面积"], "form");
    public static readonly FieldKey PremisesSource = new("premises_source", ValueKind.Enum, "",
        ["场地来源", "场地性质", "产权性质"], "which proof exists", ["owned", "leased"]);
    public static readonly FieldKey LeaseStartDate = new("lease_start_date", ValueKind.Date, "",
        ["租赁起始日期", "租赁开始日期", "租期起"], "lease contract");
    public static readonly FieldKey LeaseEndDate = new("lease_end_date", ValueKind.Date, "",
        ["租赁截止日期", "租赁结束日期", "租期止"], "lease contract");
    public static readonly FieldKey LeaseTermYears = new("lease_term_years", ValueKind.Years, "年",
        ["租期", "租赁期限", "租赁年限"], "lease contract");
    public static readonly FieldKey WorkstationsTotal = new("workstations_total", ValueKind.Count, "个",
        ["提供工位数", "创业工位", "工位数", "创业工位数", "工位总数", "提供创业工位数"], "form");
    public static readonly FieldKey WorkstationsOpen = new("workstations_open", ValueKind.Count, "个",
        ["开放区域工位数", "开放工位数"], "form");

    // People
    public static readonly FieldKey StaffTotal = new("staff_total", ValueKind.Count, "人",
        ["服务人员数量", "管理人员", "职工总数", "服务人员", "工作人员数量", "管理人员数量", "团队人数", "服务人员数", "管理服务人员数", "服务团队人数"], "staff roster rows");
    public static readonly FieldKey StaffCollegeOrAbove = new("staff_college_or_above", ValueKind.Count, "人",
        ["大专以上学历人数", "专科以上人员", "大专以上人员", "大专及以上学历人数", "专科以上学历人数"], "diplomas of level 专科 and above for rostered staff");
    public static readonly FieldKey StaffFullTime = new("staff_full_time", ValueKind.Count, "人",
        ["专职人员", "专职人员数", "专职服务人员", "专职管理人员", "专职服务人员数", "专职人员数量"], "staff roster");
    public static readonly FieldKey StaffTrained = new("staff_trained", ValueKind.Count, "人",
        ["接受孵化器专业培训的人员", "接受专业培训人数", "培训人员数", "持证人数", "接受专业培训的人员", "接受孵化器专业培训人员数"], "training certificates");
    public static readonly FieldKey MentorsCount = new("mentors_count", ValueKind.Count, "人",
        ["创业导师数", "导师", "创业导师", "导师人数", "创业导师人数", "签约导师数", "创业导师数量"], "mentor appointment letters");
    public static readonly FieldKey InvestmentManagers = new("investment_managers", ValueKind.Count, "人",
        ["具备创业投资经验的中高级管理人员", "投资管理人员", "中高级投资管理人员"], "form / roster");

    // Residents, activity, money
    public static readonly FieldKey ResidentCount = new("resident_count", ValueKind.Count, "家",
        ["入驻团队及企业数", "年协议入驻创业团队和企业", "入孵企业", "入驻企业数", "入孵企业数", "入驻团队企业数", "入驻企业和团队数", "在孵企业数", "入驻团队和企业数", "在孵企业", "入驻企业(团队)数"], "resident list rows");
    public static readonly FieldKey ResidentTechCount = new("resident_tech_count", ValueKind.Count, "家",
        ["科技类团队企业数", "科技型企业数", "科技型中小微企业数", "科技类企业数", "科技型团队企业数", "科技型企业(团队)数"], "resident list rows marked technology");
    public static readonly FieldKey MakersCount = new("makers_count", ValueKind.Count, "人",
        ["聚集创客数量", "活跃创客", "创客数量", "活跃创客数"], "form");
    public static readonly FieldKey GraduatedCount = new("graduated_count", ValueKind.Count, "家",
        ["已毕业企业数", "毕业企业数"], "form");
    public static readonly FieldKey IpCount = new("ip_count", ValueKind.Count, "项",
        ["入驻团队及企业拥有知识产权数", "知识产权数", "拥有知识产权数", "知识产权数量", "拥有知识产权数量"], "form");
    public static readonly FieldKey EventsPerMonth = new("events_per_month", ValueKind.Number, "场/月",
        ["平均月举办活动场次", "月均活动场次", "每月举办活动次数", "月均举办活动场次", "平均每月活动场次", "月均活动次数"], "activity records");
    public static readonly FieldKey EventsPerYear = new("events_per_year", ValueKind.Count, "场",
        ["每年开展活动场次", "年度活动场次", "年举办活动场次", "年度举办活动次数", "全年活动场次", "年开展活动场次"], "activity records in the 12 months before application_date");
    public static readonly FieldKey SeedFundWan = new("seed_fund_wan", ValueKind.MoneyWan, "万元",
        ["种子基金规模", "种子资金", "孵化专项资金", "种子基金", "种子资金规模", "种子基金(资金)规模", "孵化基金规模", "种子资金规模(万元)"], "bank deposit proof or fund document");
    public static readonly FieldKey SeedFundInvestedWan = new("seed_fund_invested_wan", ValueKind.MoneyWan, "万元",
        ["种子基金已投资额度", "已投资额度", "种子基金已投资额"], "form");
    public static readonly FieldKey RevenueWan = new("revenue_wan", ValueKind.MoneyWan, "万元",
        ["上年度总收入", "总收入", "营业收入", "年度总收入", "上年度营业收入", "上年度收入"], "financial statement");
    public static readonly FieldKey OperatingCostWan = new("operating_cost_wan", ValueKind.MoneyWan, "万元",
        ["上年度运营成本", "运营成本", "营业成本", "年度运营成本", "上年度支出", "年度运营支出"], "financial statement");
    public static readonly FieldKey EquipmentValueWan = new("equipment_value_wan", ValueKind.MoneyWan, "万元",
        ["专业设备、开发测试软件总价值", "设备总价值", "专业设备总价值"], "equipment list");
    public static readonly FieldKey ServedPerYear = new("served_per_year", ValueKind.Count, "个",
        ["年度服务企业和创新创业团队数量", "年度服务企业和团队数量", "年服务企业数"], "form");
    public static readonly FieldKey IncubationCases = new("incubation_cases", ValueKind.Count, "个",
        ["成功孵化案例", "典型孵化案例", "孵化案例数"], "form / report");
    public static readonly FieldKey InvestmentCases = new("investment_cases", ValueKind.Count, "个",
        ["成功投资案例", "投资案例数"], "form / report");
    public static readonly FieldKey NewCompaniesPerYear = new("new_companies_per_year", ValueKind.Count, "家",
        ["入驻创业团队每年注册成为新企业数", "每年注册新企业数", "年新注册企业数"], "form");
    public static readonly FieldKey FinancedPerYear = new("financed_per_year", ValueKind.Count, "家",
        ["每年获得融资的团队数", "获得融资团队数", "年获得融资团队数"], "form");
    public static readonly FieldKey MaxResidencyMonths = new("max_residency_months", ValueKind.Months, "个月",
        ["入驻时限", "最长入驻时间", "入驻期限", "最长入驻期限"], "resident list (longest stay)");

    public static readonly IReadOnlyList<FieldKey> All =
    [
        SpaceName, OperatorName, CreditCode, LegalRepresentative, Address, SpaceCategory, HostType,
        EstablishedDate, RegistrationDate, ApplicationDate,
        TotalAreaSqm, PublicAreaSqm, ResidentAreaSqm, PremisesSource, LeaseStartDate, LeaseEndDate,
        LeaseTermYears, WorkstationsTotal, WorkstationsOpen,
        StaffTotal, StaffCollegeOrAbove, StaffFullTime, StaffTrained, MentorsCount, InvestmentManagers,
        ResidentCount, ResidentTechCount, MakersCount, GraduatedCount, IpCount, EventsPerMonth, EventsPerYear,
        SeedFundWan, SeedFundInvestedWan, RevenueWan, OperatingCostWan, EquipmentValueWan, ServedPerYear,
        IncubationCases, InvestmentCases, NewCompaniesPerYear, FinancedPerYear, MaxResidencyMonths,
    ];

    private static readonly FrozenDictionary<string, FieldKey> ByName =
        All.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, out FieldKey key)
    {
        if (ByName.TryGetValue(name, out var found)) { key = found; return true; }
        key = null!;
        return false;
    }

    public static FieldKey Get(string name) =>
        ByName.TryGetValue(name, out var key) ? key : throw new KeyNotFoundException($"unknown field key '{name}'");
}
