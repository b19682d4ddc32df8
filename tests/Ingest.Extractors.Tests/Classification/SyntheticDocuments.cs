using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

/// <summary>
/// Short Chinese documents per type whose titles, sentences, order, names and numbers vary with the seed,
/// so a classifier has to learn the wording of a type rather than one fixed text.
/// </summary>
internal static class SyntheticDocuments
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "涛"];
    private static readonly string[] Places = ["太原", "许昌", "朔州", "乌鲁木齐", "晋中", "大同"];
    private static readonly string[] Orgs = ["创新科技有限公司", "众创空间管理有限公司", "孵化器运营有限公司", "智能制造有限责任公司"];

    private static readonly Dictionary<DocumentType, (string[] Titles, string[] Lines)> Templates = new()
    {
        [DocumentType.ApplicationForm] = (
            ["众创空间备案申请表", "科技企业孵化器认定申请书", "省级众创空间申报表", "众创空间申请备案表"],
            ["申报单位名称：{org}", "统一社会信用代码：{num}", "服务场地面积（平方米）：{n}", "运营主体类型：企业",
             "联系人：{name} 联系电话：{num}", "公共服务场地面积：{n}平方米", "申报类型：综合 专业化", "场地来源：自有 租赁",
             "申报单位承诺所填内容真实有效", "推荐单位意见：同意推荐"]),
        [DocumentType.LeaseContract] = (
            ["房屋租赁合同", "场地租赁协议", "租赁合同书", "厂房租赁合同"],
            ["出租方（甲方）：{org}", "承租方（乙方）：{org}", "租赁期限自{date}起至{date}止", "租金每月人民币{n}元",
             "甲乙双方经友好协商一致，订立本合同", "租赁房屋坐落于{place}市{place}路{n}号", "建筑面积{n}平方米",
             "乙方应按时支付租金", "本合同一式两份，甲乙双方各执一份", "违约责任"]),
        [DocumentType.Diploma] = (
            ["毕业证书", "普通高等学校毕业证书", "研究生毕业证书"],
            ["学生{name}，性别男，于{date}至{date}在本校{major}专业学习", "学制四年，修完教学计划规定的全部课程",
             "成绩合格，准予毕业", "证书编号：{num}", "校长：{name}", "{place}大学", "学生{name}，性别女，{date}出生"]),
        [DocumentType.BankDepositProof] = (
            ["存款证明书", "资金证明", "单位存款证明"],
            ["兹证明{org}在我行开立账户", "截至{date}存款余额为人民币{n}元", "账号：{num}", "开户银行：中国工商银行{place}分行",
             "大写金额：壹佰万元整", "本证明仅证明该时点存款余额", "特此证明"]),
        [DocumentType.StaffRoster] = (
            ["工作人员名单", "运营团队人员花名册", "专职管理服务人员名单"],
            ["序号 姓名 学历 职务 联系电话", "{n} {name} 本科 运营经理 {num}", "{n} {name} 硕士 创业导师 {num}",
             "{n} {name} 大专 财务 {num}", "{n} {name} 博士 技术总监 {num}", "合计：{n}人"]),
        [DocumentType.ActivityRecord] = (
            ["创业活动记录", "关于举办创业沙龙的通知", "创新创业大赛活动报道", "创业培训活动登记表"],
            ["活动时间：{date}", "活动地点：{place}众创空间路演厅", "参加人数：{n}人", "主讲嘉宾：{name}",
             "活动主题：创业融资与路演技巧", "本次活动吸引了众多创业团队参加", "请各入驻企业准时参加", "活动照片附后"]),
    };

    public static readonly DocumentType[] Types = Templates.Keys.ToArray();

    public static List<string> Lines(DocumentType type, Random rng, int lineCount)
    {
        var (titles, pool) = Templates[type];
        var lines = new List<string> { titles[rng.Next(titles.Length)] };
        for (var i = 0; i < lineCount; i++) lines.Add(Fill(pool[rng.Next(pool.Length)], rng));
        return lines;
    }

    /// <summary>Body lines only (a continuation page has no title).</summary>
    public static List<string> ContinuationLines(DocumentType type, Random rng, int lineCount)
    {
        var pool = Templates[type].Lines;
        return Enumerable.Range(0, lineCount).Select(_ => Fill(pool[rng.Next(pool.Length)], rng)).ToList();
    }

    public static Page Page(int number, IEnumerable<string> lines) => new()
    {
        Number = number,
        Width = 595, Height = 842,
        Source = PageSource.PdfText,
        Blocks = [new Block { Lines = lines.Select(t => new Line { Text = t }).ToList() }],
    };

    public static LabeledFile SingleFile(DocumentType type, Random rng, string group) =>
        new(group, type.JsonName() + ".pdf", [Page(1, Lines(type, rng, 5 + rng.Next(5)))], [new TruthPart(type, 1, 1)]);

    public static List<LabeledFile> Corpus(int perType, int seed)
    {
        var rng = new Random(seed);
        var files = new List<LabeledFile>();
        for (var i = 0; i < perType; i++)
            foreach (var type in Types)
                files.Add(SingleFile(type, rng, $"S{i}"));
        // A few multi-page documents so the boundary model sees continuation pages.
        for (var i = 0; i < perType / 2; i++)
            foreach (var type in Types)
            {
                var pages = new List<Page> { Page(1, Lines(type, rng, 6).Append("第1页 共2页")) };
                pages.Add(Page(2, ContinuationLines(type, rng, 6).Append("第2页 共2页")));
                files.Add(new LabeledFile($"M{i}", type.JsonName() + "-long.pdf", pages, [new TruthPart(type, 1, 2)]));
            }
        return files;
    }

    private static string Fill(string template, Random rng) => template
        .Replace("{org}", Places[rng.Next(Places.Length)] + Orgs[rng.Next(Orgs.Length)])
        .Replace("{name}", Surnames[rng.Next(Surnames.Length)] + Given[rng.Next(Given.Length)])
        .Replace("{place}", Places[rng.Next(Places.Length)])
        .Replace("{major}", rng.Next(2) == 0 ? "计算机科学与技术" : "工商管理")
        .Replace("{date}", $"{2010 + rng.Next(14)}年{1 + rng.Next(12)}月{1 + rng.Next(28)}日")
        .Replace("{num}", rng.NextInt64(10_000_000, 99_999_999_999).ToString())
        .Replace("{n}", rng.Next(1, 2000).ToString());
}
