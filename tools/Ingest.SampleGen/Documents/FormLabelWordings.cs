using System.Collections.Frozen;
using ZcIngest.Core.Fields;

namespace ZcIngest.SampleGen.Documents;

/// <summary>
/// The label wordings the generator writes on forms, frozen from the glossary on 2026-11-23. The generator
/// keeps its own copy on purpose: when the product learns a new synonym (FieldKeys.Labels), the corpus must
/// not change under it — sample-docs stays byte-identical, and the samples do not quietly follow the extractor.
/// </summary>
public static class FormLabelWordings
{
    private static readonly FrozenDictionary<string, string[]> ByKey = new Dictionary<string, string[]>
    {
        ["space_name"] = ["众创空间名称", "载体名称", "孵化器名称", "空间名称", "众创空间(孵化器)名称", "载体全称"],
        ["operator_name"] = ["运营主体名称", "运营单位", "运营机构", "申报单位", "运营主体", "运营单位名称", "申报单位名称", "运营主体单位", "运营管理机构", "申报主体", "运营主体单位名称"],
        ["credit_code"] = ["统一社会信用代码", "法人代码", "社会统一信用代码", "组织机构代码"],
        ["legal_representative"] = ["法定代表人", "运营主体法人", "法人代表", "负责人"],
        ["address"] = ["运营场所地址", "载体地址", "通讯地址", "住所", "地址", "场地地址"],
        ["space_category"] = ["众创空间类型", "孵化器类型", "载体类型", "类型", "类别"],
        ["host_type"] = ["依托单位类型", "所在位置", "是否高校内"],
        ["established_date"] = ["创办时间", "运营时间", "成立时间", "投入运营时间", "开始运营时间", "投入使用时间", "运营起始时间"],
        ["registration_date"] = ["成立日期", "注册日期", "注册时间"],
        ["application_date"] = ["填报时间", "申报日期", "填报日期", "申请日期", "申报时间", "申请时间", "填表日期", "填表时间"],
        ["total_area_sqm"] = ["服务场地面积", "场地总面积", "可自主支配场地面积", "建筑面积", "总面积", "场地面积", "租赁面积", "孵化场地总面积", "可自主支配孵化场地面积", "运营面积", "场地总面积(建筑面积)"],
        ["public_area_sqm"] = ["公共区域面积", "公共办公与服务场地面积", "公共服务场地面积", "公共服务区面积", "公共空间面积", "公共服务面积"],
        ["resident_area_sqm"] = ["入驻团队企业使用面积", "孵化场地面积", "入孵企业使用面积", "孵化企业使用面积", "入驻企业使用面积", "入驻团队和企业使用面积"],
        ["premises_source"] = ["场地来源", "场地性质", "产权性质"],
        ["lease_start_date"] = ["租赁起始日期", "租赁开始日期", "租期起"],
        ["lease_end_date"] = ["租赁截止日期", "租赁结束日期", "租期止"],
        ["lease_term_years"] = ["租期", "租赁期限", "租赁年限"],
        ["workstations_total"] = ["提供工位数", "创业工位", "工位数", "创业工位数", "工位总数", "提供创业工位数"],
        ["workstations_open"] = ["开放区域工位数", "开放工位数"],
        ["staff_total"] = ["服务人员数量", "管理人员", "职工总数", "服务人员", "工作人员数量", "管理人员数量", "团队人数", "服务人员数", "管理服务人员数", "服务团队人数"],
        ["staff_college_or_above"] = ["大专以上学历人数", "专科以上人员", "大专以上人员", "大专及以上学历人数", "专科以上学历人数"],
        ["staff_full_time"] = ["专职人员", "专职人员数", "专职服务人员", "专职管理人员", "专职服务人员数", "专职人员数量"],
        ["staff_trained"] = ["接受孵化器专业培训的人员", "接受专业培训人数", "培训人员数", "持证人数", "接受专业培训的人员", "接受孵化器专业培训人员数"],
        ["mentors_count"] = ["创业导师数", "导师", "创业导师", "导师人数", "创业导师人数", "签约导师数", "创业导师数量"],
        ["investment_managers"] = ["具备创业投资经验的中高级管理人员", "投资管理人员", "中高级投资管理人员"],
        ["resident_count"] = ["入驻团队及企业数", "年协议入驻创业团队和企业", "入孵企业", "入驻企业数", "入孵企业数", "入驻团队企业数", "入驻企业和团队数", "在孵企业数", "入驻团队和企业数", "在孵企业", "入驻企业(团队)数"],
        ["resident_tech_count"] = ["科技类团队企业数", "科技型企业数", "科技型中小微企业数", "科技类企业数", "科技型团队企业数", "科技型企业(团队)数"],
        ["makers_count"] = ["聚集创客数量", "活跃创客", "创客数量", "活跃创客数"],
        ["graduated_count"] = ["已毕业企业数", "毕业企业数"],
        ["ip_count"] = ["入驻团队及企业拥有知识产权数", "知识产权数", "拥有知识产权数", "知识产权数量", "拥有知识产权数量"],
        ["events_per_month"] = ["平均月举办活动场次", "月均活动场次", "每月举办活动次数", "月均举办活动场次", "平均每月活动场次", "月均活动次数"],
        ["events_per_year"] = ["每年开展活动场次", "年度活动场次", "年举办活动场次", "年度举办活动次数", "全年活动场次", "年开展活动场次"],
        ["seed_fund_wan"] = ["种子基金规模", "种子资金", "孵化专项资金", "种子基金", "种子资金规模", "种子基金(资金)规模", "孵化基金规模", "种子资金规模(万元)"],
        ["seed_fund_invested_wan"] = ["种子基金已投资额度", "已投资额度", "种子基金已投资额"],
        ["revenue_wan"] = ["上年度总收入", "总收入", "营业收入", "年度总收入", "上年度营业收入", "上年度收入"],
        ["operating_cost_wan"] = ["上年度运营成本", "运营成本", "营业成本", "年度运营成本", "上年度支出", "年度运营支出"],
        ["equipment_value_wan"] = ["专业设备、开发测试软件总价值", "设备总价值", "专业设备总价值"],
        ["served_per_year"] = ["年度服务企业和创新创业团队数量", "年度服务企业和团队数量", "年服务企业数"],
        ["incubation_cases"] = ["成功孵化案例", "典型孵化案例", "孵化案例数"],
        ["investment_cases"] = ["成功投资案例", "投资案例数"],
        ["new_companies_per_year"] = ["入驻创业团队每年注册成为新企业数", "每年注册新企业数", "年新注册企业数"],
        ["financed_per_year"] = ["每年获得融资的团队数", "获得融资团队数", "年获得融资团队数"],
        ["max_residency_months"] = ["入驻时限", "最长入驻时间", "入驻期限", "最长入驻期限"],
    }.ToFrozenDictionary();

    public static IReadOnlyList<string> For(FieldKey key) =>
        ByKey.TryGetValue(key.Name, out var labels) ? labels : key.Labels;
}
