namespace ZcIngest.Core.Tests.Rules;

/// <summary>
/// One expectation: in <see cref="Program"/>, rule <see cref="Rule"/> (the slug after the program id) comes out
/// <see cref="Expected"/> (pass, fail, warn, missing, manual; none = the rule exists but does not apply to
/// this record, so it is not reported; absent = the program has no such rule)
/// for a record holding <see cref="Fields"/> (see <see cref="RecordBuilder"/>).
/// </summary>
public sealed record ThresholdRow(string Program, string Rule, string Expected, string[] Fields)
{
    public override string ToString() => $"{Program}/{Rule} → {Expected} [{string.Join("; ", Fields)}]";
}

/// <summary>
/// The expected outcome at, just below and around every numeric threshold of every program, written from a
/// reading of the seeds in ../shared/seeds (article cited per group), never from the engine's output.
/// "X以上 / 不低于 / 不少于 / 满" include X; 原则上 / 一般 make a failure a warning.
/// </summary>
public static class ThresholdTable
{
    private const string Tyms = "taiyuan-2015-makerspace";
    private const string Tyin = "taiyuan-2015-incubator";
    private const string Sxms = "shanxi-2022-makerspace";
    private const string Sxsp = "shanxi-2022-specialized";
    private const string Szms = "shuozhou-2016-makerspace";
    private const string Xcts = "xuchang-2016-tech-support";
    private const string Xcin = "xuchang-2016-investment";
    private const string Xcco = "xuchang-2016-comprehensive";
    private const string Xcsp = "xuchang-2016-specialized";
    private const string Xjms = "xinjiang-2019-makerspace";

    public static IReadOnlyList<ThresholdRow> Rows { get; } = Build();

    private static List<ThresholdRow> Build()
    {
        var rows = new List<ThresholdRow>();
        void R(string program, string rule, string expected, params string[] fields) =>
            rows.Add(new ThresholdRow(program, rule, expected, fields));
        void Shanxi(string rule, string expected, params string[] fields)
        {
            R(Sxms, rule, expected, fields);
            R(Sxsp, rule, expected, fields);
        }
        void XuchangBase(string rule, string expected, params string[] fields)
        {
            R(Xcts, rule, expected, fields);
            R(Xcin, rule, expected, fields);
            R(Xcco, rule, expected, fields);
        }

        // 000 第四条(五): 创业空间原则上500平方米以上, 众创服务空间原则上300平方米以上 (soft → warn)
        R(Tyms, "min-area", "pass", "total_area_sqm=500");
        R(Tyms, "min-area", "warn", "total_area_sqm=499");
        R(Tyms, "min-area", "warn", "total_area_sqm=499.5");
        R(Tyms, "min-area", "missing");
        R(Tyms, "min-service-area", "pass", "public_area_sqm=300");
        R(Tyms, "min-service-area", "warn", "public_area_sqm=299");
        // 000 第四条(一)(四)(七): qualitative
        R(Tyms, "purpose-premises-team", "manual", "total_area_sqm=800");
        R(Tyms, "residents", "manual", "resident_count=50");
        R(Tyms, "mentors", "manual", "mentors_count=10");

        // 000 第五条(一): 大专以上学历占职工总数60%以上; 接受专业培训的人员比例30%以上
        R(Tyin, "college-staff-ratio", "pass", "staff_total=10", "staff_college_or_above=6");
        R(Tyin, "college-staff-ratio", "pass", "staff_total=5", "staff_college_or_above=3");
        R(Tyin, "college-staff-ratio", "fail", "staff_total=10", "staff_college_or_above=5");
        R(Tyin, "college-staff-ratio", "fail", "staff_total=100", "staff_college_or_above=59");
        R(Tyin, "college-staff-ratio", "missing", "staff_college_or_above=6");
        R(Tyin, "college-staff-ratio", "missing", "staff_total=0", "staff_college_or_above=0");
        R(Tyin, "trained-staff-ratio", "pass", "staff_total=10", "staff_trained=3");
        R(Tyin, "trained-staff-ratio", "fail", "staff_total=10", "staff_trained=2");
        R(Tyin, "trained-staff-ratio", "fail", "staff_total=100", "staff_trained=29");
        // 000 第五条(三): 实际运营1年以上
        R(Tyin, "operating-months", "pass", "registration_date=2021-03-15", "application_date=2022-03-15");
        R(Tyin, "operating-months", "fail", "registration_date=2021-03-15", "application_date=2022-03-14");
        R(Tyin, "operating-months", "pass", "established_date=2021-03-15", "application_date=2022-03-15");
        R(Tyin, "operating-months", "missing", "registration_date=2021-03-15");
        // 000 第五条(四): 科技型企业占入孵企业80%以上; 入孵企业一般不超过3年 (soft)
        R(Tyin, "tech-resident-ratio", "pass", "resident_count=10", "resident_tech_count=8");
        R(Tyin, "tech-resident-ratio", "fail", "resident_count=100", "resident_tech_count=79");
        R(Tyin, "max-residency", "pass", "max_residency_months=36");
        R(Tyin, "max-residency", "warn", "max_residency_months=37");
        // 000 第五条(五): 孵化企业使用场地占总面积2/3以上
        R(Tyin, "resident-area-ratio", "pass", "total_area_sqm=3000", "resident_area_sqm=2000");
        R(Tyin, "resident-area-ratio", "pass", "total_area_sqm=6000", "resident_area_sqm=4000");
        R(Tyin, "resident-area-ratio", "fail", "total_area_sqm=3000", "resident_area_sqm=1999");
        R(Tyin, "resident-area-ratio", "fail", "total_area_sqm=3000", "resident_area_sqm=1999.99");
        // 000 第五条(六): 种子资金不少于100万元
        R(Tyin, "seed-fund", "pass", "seed_fund_wan=100");
        R(Tyin, "seed-fund", "fail", "seed_fund_wan=99.99");
        // 000 第五条(七): 综合类5000平方米、30家；专业型2000平方米、10家
        R(Tyin, "min-area-comprehensive", "pass", "space_category=comprehensive", "total_area_sqm=5000");
        R(Tyin, "min-area-comprehensive", "fail", "space_category=comprehensive", "total_area_sqm=4999");
        R(Tyin, "residents-comprehensive", "pass", "space_category=comprehensive", "resident_count=30");
        R(Tyin, "residents-comprehensive", "fail", "space_category=comprehensive", "resident_count=29");
        R(Tyin, "min-area-specialized", "pass", "space_category=specialized", "total_area_sqm=2000");
        R(Tyin, "min-area-specialized", "fail", "space_category=specialized", "total_area_sqm=1999");
        R(Tyin, "residents-specialized", "pass", "space_category=specialized", "resident_count=10");
        R(Tyin, "residents-specialized", "fail", "space_category=specialized", "resident_count=9");
        // category conditions: the other category's thresholds do not apply; an unstated category cannot be judged
        R(Tyin, "min-area-comprehensive", "none", "space_category=specialized", "total_area_sqm=2000");
        R(Tyin, "min-area-specialized", "none", "space_category=comprehensive", "total_area_sqm=5000");
        R(Tyin, "min-area-comprehensive", "missing", "total_area_sqm=5000");
        R(Tyin, "min-area-specialized", "missing", "total_area_sqm=5000");
        R(Tyin, "specialized-platform", "manual", "space_category=specialized");
        R(Tyin, "specialized-platform", "none", "space_category=comprehensive");

        // 001 一(一)1: 实际注册并运营时间满12个月
        Shanxi("operating-months", "pass", "registration_date=2021-06-30", "application_date=2022-06-30");
        Shanxi("operating-months", "fail", "registration_date=2021-06-30", "application_date=2022-06-29");
        Shanxi("operating-months", "pass", "registration_date=2021-08-31", "application_date=2022-08-31");
        Shanxi("operating-months", "fail", "registration_date=2021-08-31", "application_date=2022-08-30");
        // 001 一(一)3: 高校内不低于200平方米，其他不低于500平方米
        Shanxi("min-area", "pass", "total_area_sqm=500");
        Shanxi("min-area", "fail", "total_area_sqm=499");
        Shanxi("min-area", "fail", "total_area_sqm=499.9");
        Shanxi("min-area", "pass", "host_type=other", "total_area_sqm=500");
        Shanxi("min-area", "none", "host_type=university", "total_area_sqm=300");
        Shanxi("min-area-university", "pass", "host_type=university", "total_area_sqm=200");
        Shanxi("min-area-university", "fail", "host_type=university", "total_area_sqm=199");
        Shanxi("min-area-university", "none", "total_area_sqm=200");
        // 001 一(一)3: 属租赁场地的，租期应在5年以上
        Shanxi("lease-term", "pass", "premises_source=leased", "lease_term_years=5");
        Shanxi("lease-term", "fail", "premises_source=leased", "lease_term_years=4.9");
        Shanxi("lease-term", "pass", "premises_source=leased", "lease_start_date=2022-03-22", "lease_end_date=2027-03-21");
        Shanxi("lease-term", "fail", "premises_source=leased", "lease_start_date=2022-03-22", "lease_end_date=2027-03-20");
        Shanxi("lease-term", "none", "premises_source=owned", "lease_term_years=1");
        Shanxi("lease-term", "fail", "lease_term_years=3");
        Shanxi("lease-term", "missing", "premises_source=leased");
        Shanxi("lease-term", "none", "total_area_sqm=600"); // nothing says the premises are leased: the rule adds nothing
        // 001 一(一)3: 公共办公与服务场地面积不低于总面积的90%
        Shanxi("public-area-ratio", "pass", "total_area_sqm=500", "public_area_sqm=450");
        Shanxi("public-area-ratio", "fail", "total_area_sqm=500", "public_area_sqm=449");
        Shanxi("public-area-ratio", "fail", "total_area_sqm=1000", "public_area_sqm=899.99");
        // 001 一(一)4: 导师不少于5人；每月活动不少于3次；种子基金“一定金额”
        Shanxi("mentors", "pass", "mentors_count=5");
        Shanxi("mentors", "fail", "mentors_count=4");
        Shanxi("events-per-month", "pass", "events_per_month=3");
        Shanxi("events-per-month", "fail", "events_per_month=2.9");
        Shanxi("seed-fund", "manual", "seed_fund_wan=0.5");
        Shanxi("seed-fund", "manual");
        // 001 一(一)6: 活跃创客不少于50人，或活跃创业团队不少于10个
        Shanxi("makers-or-teams", "pass", "makers_count=50");
        Shanxi("makers-or-teams", "fail", "makers_count=49", "resident_count=9");
        Shanxi("makers-or-teams", "pass", "makers_count=49", "resident_count=10");
        Shanxi("makers-or-teams", "pass", "resident_count=10");
        Shanxi("makers-or-teams", "missing", "makers_count=49");
        Shanxi("makers-or-teams", "missing");
        // 001 一(二): qualitative conditions of the specialized program only
        R(Sxsp, "industry-focus", "manual");
        R(Sxsp, "host-interaction", "manual");
        R(Sxms, "industry-focus", "absent");

        // 002 第四条(二): 大专校内不低于100平方米，其他不低于200平方米；租期5年以上；公共面积90%
        R(Szms, "min-area", "pass", "total_area_sqm=200");
        R(Szms, "min-area", "fail", "total_area_sqm=199");
        R(Szms, "min-area-college", "pass", "host_type=university", "total_area_sqm=100");
        R(Szms, "min-area-college", "fail", "host_type=university", "total_area_sqm=99");
        R(Szms, "min-area", "none", "host_type=university", "total_area_sqm=150");
        R(Szms, "lease-term", "pass", "premises_source=leased", "lease_term_years=5");
        R(Szms, "lease-term", "fail", "premises_source=leased", "lease_term_years=4.99");
        R(Szms, "lease-term", "pass", "premises_source=leased", "lease_start_date=2016-01-01", "lease_end_date=2020-12-31");
        R(Szms, "lease-term", "fail", "premises_source=leased", "lease_start_date=2016-01-01", "lease_end_date=2020-12-30");
        R(Szms, "lease-term", "none", "premises_source=owned");
        R(Szms, "public-area-ratio", "pass", "total_area_sqm=200", "public_area_sqm=180");
        R(Szms, "public-area-ratio", "fail", "total_area_sqm=200", "public_area_sqm=179");
        // 002 第四条(三): 导师不少于3人；每月活动不少于1次
        R(Szms, "mentors", "pass", "mentors_count=3");
        R(Szms, "mentors", "fail", "mentors_count=2");
        R(Szms, "events-per-month", "pass", "events_per_month=1");
        R(Szms, "events-per-month", "fail", "events_per_month=0.9");
        // 002 第四条(五): 活跃创客不少10人，或活跃创业团队不少于3个
        R(Szms, "makers-or-teams", "pass", "makers_count=10");
        R(Szms, "makers-or-teams", "fail", "makers_count=9", "resident_count=2");
        R(Szms, "makers-or-teams", "pass", "makers_count=9", "resident_count=3");
        R(Szms, "makers-or-teams", "missing", "makers_count=9");

        // 003 第五条(一)2-3: 大专以上人员不低于60%；租赁期不少于5年；总面积500平方米以上
        XuchangBase("college-staff-ratio", "pass", "staff_total=10", "staff_college_or_above=6");
        XuchangBase("college-staff-ratio", "fail", "staff_total=10", "staff_college_or_above=5");
        XuchangBase("lease-term", "pass", "premises_source=leased", "lease_term_years=5");
        XuchangBase("lease-term", "fail", "premises_source=leased", "lease_term_years=4");
        XuchangBase("lease-term", "none", "premises_source=owned", "lease_term_years=4");
        XuchangBase("min-area", "pass", "total_area_sqm=500");
        XuchangBase("min-area", "fail", "total_area_sqm=499");
        XuchangBase("legal-entity", "manual");
        // 003 第五条(二)1 技术支撑类: 设备软件不低于20万元；年服务不少于15个；孵化案例不少于2个
        R(Xcts, "equipment-value", "pass", "equipment_value_wan=20");
        R(Xcts, "equipment-value", "fail", "equipment_value_wan=19.9");
        R(Xcts, "served-per-year", "pass", "served_per_year=15");
        R(Xcts, "served-per-year", "fail", "served_per_year=14");
        R(Xcts, "incubation-cases", "pass", "incubation_cases=2");
        R(Xcts, "incubation-cases", "fail", "incubation_cases=1");
        // 003 第五条(二)2 投资驱动类: 年服务不少于15个；投资案例不少于2个；至少2名投资管理人员
        R(Xcin, "served-per-year", "pass", "served_per_year=15");
        R(Xcin, "served-per-year", "fail", "served_per_year=14");
        R(Xcin, "investment-cases", "pass", "investment_cases=2");
        R(Xcin, "investment-cases", "fail", "investment_cases=1");
        R(Xcin, "investment-managers", "pass", "investment_managers=2");
        R(Xcin, "investment-managers", "fail", "investment_managers=1");
        // 003 第五条(二)3 综合类: 年服务不少于30个；孵化案例不少于3个；至少2名专职培训人员或投资专家
        R(Xcco, "served-per-year", "pass", "served_per_year=30");
        R(Xcco, "served-per-year", "fail", "served_per_year=29");
        R(Xcco, "incubation-cases", "pass", "incubation_cases=3");
        R(Xcco, "incubation-cases", "fail", "incubation_cases=2");
        R(Xcco, "trainers-or-investors", "pass", "staff_full_time=2");
        R(Xcco, "trainers-or-investors", "fail", "staff_full_time=1", "investment_managers=1");
        R(Xcco, "trainers-or-investors", "pass", "staff_full_time=1", "investment_managers=2");
        R(Xcco, "trainers-or-investors", "missing", "staff_full_time=1");
        // category-specific rules belong to their own program only
        R(Xcts, "investment-cases", "absent", "investment_cases=0");
        R(Xcin, "equipment-value", "absent", "equipment_value_wan=0");

        // 003 第六条(二): 面积500平方米以上；近三年累计服务20家以上；孵化案例2家以上；团队不少于5人、专科以上60%；导师不少于3人
        R(Xcsp, "min-area", "pass", "total_area_sqm=500");
        R(Xcsp, "min-area", "fail", "total_area_sqm=499");
        R(Xcsp, "served-three-years", "pass", "served_per_year=20");
        R(Xcsp, "served-three-years", "fail", "served_per_year=19");
        R(Xcsp, "incubation-cases", "pass", "incubation_cases=2");
        R(Xcsp, "incubation-cases", "fail", "incubation_cases=1");
        R(Xcsp, "team-size", "pass", "staff_total=5");
        R(Xcsp, "team-size", "fail", "staff_total=4");
        R(Xcsp, "college-staff-ratio", "pass", "staff_total=5", "staff_college_or_above=3");
        R(Xcsp, "college-staff-ratio", "fail", "staff_total=100", "staff_college_or_above=59");
        R(Xcsp, "mentors", "pass", "mentors_count=3");
        R(Xcsp, "mentors", "fail", "mentors_count=2");
        R(Xcsp, "host-leading", "manual");
        R(Xcsp, "lease-term", "absent", "premises_source=leased", "lease_term_years=1");

        // 004 第六条3: 实际注册并运营时间满1年
        R(Xjms, "operating-months", "pass", "registration_date=2018-04-01", "application_date=2019-04-01");
        R(Xjms, "operating-months", "fail", "registration_date=2018-04-01", "application_date=2019-03-31");
        // 004 第六条4: 不低于500平方米的服务场地，或不少于30个创业工位；工位和公共服务场地不低于总面积75%
        R(Xjms, "area-or-workstations", "pass", "total_area_sqm=500");
        R(Xjms, "area-or-workstations", "fail", "total_area_sqm=499", "workstations_total=29");
        R(Xjms, "area-or-workstations", "pass", "total_area_sqm=499", "workstations_total=30");
        R(Xjms, "area-or-workstations", "pass", "workstations_total=30");
        R(Xjms, "area-or-workstations", "missing", "total_area_sqm=499");
        R(Xjms, "public-area-ratio", "pass", "total_area_sqm=500", "public_area_sqm=375");
        R(Xjms, "public-area-ratio", "fail", "total_area_sqm=500", "public_area_sqm=374");
        // 004 第六条5: 年协议入驻不低于20家
        R(Xjms, "residents", "pass", "resident_count=20");
        R(Xjms, "residents", "fail", "resident_count=19");
        // 004 第六条6: 新注册企业不低于8家，或不低于3家获得融资
        R(Xjms, "new-companies-or-financed", "pass", "new_companies_per_year=8");
        R(Xjms, "new-companies-or-financed", "fail", "new_companies_per_year=7", "financed_per_year=2");
        R(Xjms, "new-companies-or-financed", "pass", "new_companies_per_year=7", "financed_per_year=3");
        R(Xjms, "new-companies-or-financed", "pass", "financed_per_year=3");
        // 004 第六条7-9: 典型孵化案例不少于3个；专职人员至少3名；导师至少3名；活动不少于10场次
        R(Xjms, "incubation-cases", "pass", "incubation_cases=3");
        R(Xjms, "incubation-cases", "fail", "incubation_cases=2");
        R(Xjms, "full-time-staff", "pass", "staff_full_time=3");
        R(Xjms, "full-time-staff", "fail", "staff_full_time=2");
        R(Xjms, "mentors", "pass", "mentors_count=3");
        R(Xjms, "mentors", "fail", "mentors_count=2");
        R(Xjms, "events-per-year", "pass", "events_per_year=10");
        R(Xjms, "events-per-year", "fail", "events_per_year=9");
        // 004 第七条: 入驻时限一般不超过24个月 (soft)
        R(Xjms, "residency-limit", "pass", "max_residency_months=24");
        R(Xjms, "residency-limit", "warn", "max_residency_months=25");
        R(Xjms, "direction", "manual");
        return rows;
    }
}
