using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction;

public class ListExtractorTests
{
    private static DocumentFacts Run(IDocumentExtractor extractor, DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d3", Type = extractor.Type };
        extractor.Extract(doc.View("d3"), facts);
        return facts;
    }

    [Fact]
    public void StaffRoster_ReadsRowsByHeader_TableInAnyColumnOrder()
    {
        var facts = Run(new StaffRosterExtractor(), new DocBuilder().Line("众创空间服务人员名单").Table(
            ["序号", "姓 名", "性别", "职务", "最高学历", "专职/兼职", "身份证号码"],
            ["1", "张伟", "男", "主任", "硕士研究生", "专职", "140105198503120017"],
            ["2", "李 娜", "女", "运营经理", "本科", "专职", ""],
            ["3", "王强", "男", "创业辅导员", "大专", "兼职", ""],
            ["4", "赵敏", "女", "行政", "高中", "专职", ""],
            ["合计", "", "", "", "", "", ""]));

        Assert.Equal(["张伟", "李娜", "王强", "赵敏"], facts.People.Select(p => p.Name.Value?.Text));
        Assert.Equal([EducationLevel.Master, EducationLevel.Bachelor, EducationLevel.College, EducationLevel.Other],
            facts.People.Select(p => p.Education!.Value));
        Assert.Equal([true, true, false, true], facts.People.Select(p => p.FullTime!.Value));
        Assert.Equal("140105198503120017", facts.People[0].IdNumber);
        Assert.Equal("张伟", facts.IdNumbers.Single().Name);
    }

    [Fact]
    public void StaffRoster_ReadsRowsFromLayout_PdfWithoutTableStructure()
    {
        var facts = Run(new StaffRosterExtractor(), new DocBuilder().Lines(
            "序号    姓名        学历        岗位          是否专职",
            "1       刘洋        本科        负责人        是",
            "2       欧阳明      博士        技术导师      否"));

        Assert.Equal(["刘洋", "欧阳明"], facts.People.Select(p => p.Name.Value?.Text));
        Assert.Equal([EducationLevel.Bachelor, EducationLevel.Doctor], facts.People.Select(p => p.Education!.Value));
        Assert.Equal([true, false], facts.People.Select(p => p.FullTime!.Value));
        Assert.Equal("负责人", facts.People[0].Position);
    }

    [Fact]
    public void MentorLetters_ReadsEveryAppointee_SeveralLettersAndWordings()
    {
        var facts = Run(new MentorLetterExtractor(), new DocBuilder()
            .Lines("聘 书", "兹聘请 张 建 国 先生为星火众创空间创业导师，聘期三年。", "星火众创空间", "2021年3月1日")
            .Page().Lines("聘书", "李华女士：", "经研究决定，特聘您担任我空间创业导师。")
            .Page().Lines("聘书", "兹聘任欧阳娜娜同志为创业导师。")
            .Page().Lines("聘请张建国为本空间导师（续聘）。"));

        Assert.Equal(["张建国", "李华", "欧阳娜娜"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MentorLetters_ReadsList_MentorTable()
    {
        var facts = Run(new MentorLetterExtractor(), new DocBuilder().Table(
            ["序号", "导师姓名", "工作单位", "职称"], ["1", "孙立", "山西大学", "教授"], ["2", "周文", "太原理工大学", "副教授"]));

        Assert.Equal(["孙立", "周文"], facts.Mentors.Select(m => m.Name.Value?.Text));
    }

    [Fact]
    public void ResidentList_ReadsRowsAndDecidesTech_FieldColumn()
    {
        var facts = Run(new ResidentListExtractor(), new DocBuilder().Table(
            ["序号", "企业（团队）名称", "入驻时间", "注册资金（万元）", "技术领域"],
            ["1", "太原云智软件有限公司", "2021年3月", "100", "软件和信息技术服务"],
            ["2", "晋味餐饮管理有限公司", "2021.5.10", "50", "餐饮服务"],
            ["3", "山西优选电子商务有限公司", "2021-06-01", "200", "电子商务"],
            ["4", "新材科技团队", "2022年1月5日", "", "新材料"],
            ["5", "星光文化传媒工作室", "2022年2月", "10", "文化传媒"]));

        Assert.Equal(5, facts.Residents.Count);
        Assert.Equal([true, false, false, true, false], facts.Residents.Select(r => r.Tech!.Value));
        Assert.Equal(new DateOnly(2021, 5, 10), facts.Residents[1].EntryDate);
        Assert.Equal(100m, facts.Residents[0].RegisteredCapitalWan);
        Assert.Null(facts.Residents[3].RegisteredCapitalWan);
    }

    [Fact]
    public void ResidentList_ReadsMarkAndName_SealOverLastRowAndClosingSentenceUnderIt()
    {
        var facts = Run(new ResidentListExtractor(), new DocBuilder().Table(
            ["序号", "企业名称", "入驻时间", "技术领域", "是否科技型"],
            ["16", "聚能光合工作室", "2022年04月19日", "软件开发", "是"],
            ["17", "蓝海极客网络科技有限公司合计入驻团队和企业17家，其中科技型14家。", "2022年04月30日", "现代农业技术晋中晋创萌芽创业服务有限公司", "是★专用章"],
            ["18", "汾水优选商贸有限公司", "2022年05月03日", "商贸", "否 晋中晋创萌芽创业服务有限公司"]));

        Assert.Equal(["聚能光合工作室", "蓝海极客网络科技有限公司", "汾水优选商贸有限公司"], facts.Residents.Select(r => r.Name.Value!.Value.Text!));
        Assert.Equal([true, true, false], facts.Residents.Select(r => r.Tech!.Value));
    }

    [Fact]
    public void ResidentList_ConvertsYuanCapital_YuanHeader()
    {
        var facts = Run(new ResidentListExtractor(), new DocBuilder().Table(
            ["入驻企业名称", "入孵日期", "注册资本(元)", "所属行业"], ["晋中智联物联网科技有限公司", "2020-09-01", "1,000,000", "物联网"]));

        Assert.Equal(100m, facts.Residents.Single().RegisteredCapitalWan);
        Assert.True(facts.Residents.Single().Tech);
    }

    [Theory]
    [InlineData("人工智能", true)]
    [InlineData("生物医药", true)]
    [InlineData("互联网+教育", true)]
    [InlineData("商贸零售", false)]
    [InlineData("电子商务", false)]
    [InlineData("餐饮", false)]
    [InlineData("", null)]
    public void TechFieldRule_Decides_FieldText(string field, bool? expected) =>
        Assert.Equal(expected, TechFieldRule.IsTech(field));

    [Fact]
    public void ActivityRecord_ReadsListRows_ActivityTable()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Table(
            ["序号", "活动时间", "活动名称", "参与人数"],
            ["1", "2021年1月15日", "创业政策宣讲会", "50"],
            ["2", "2021.3.20", "项目路演", "30"],
            ["3", "2021-03-28", "投融资对接会", "40"]));

        Assert.Equal(3, facts.Events.Count);
        Assert.Equal(new DateOnly(2021, 3, 20), facts.Events[1].Date);
        Assert.Equal("项目路演", facts.Events[1].Title);
    }

    [Fact]
    public void ActivityRecord_ContinuesListByPosition_NextPageTableWithDateAndTitleRunTogether()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Table(
                ["序号", "活动日期", "活动名称", "地点"],
                ["1", "2018年9月3日", "导师面对面", "路演厅"])
            .Page().TableMerged((1, 2),
                ["2", "2018年9月17日 直播电商技术交流会", "路演厅"],
                ["3", "2018年9月24日 财务规范管理创业讲堂", "共享办公区"]));

        Assert.Equal(["导师面对面", "直播电商技术交流会", "财务规范管理创业讲堂"], facts.Events.Select(e => e.Title));
        Assert.Equal(new DateOnly(2018, 9, 24), facts.Events[2].Date);
    }

    [Fact]
    public void ActivityRecord_ReadsLastRowAloneOnNextPage_NoTableThere()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Table(
                ["序号", "活动日期", "活动名称", "地点"],
                ["1", "2018年3月3日", "导师面对面", "路演厅"],
                ["2", "2018年3月9日", "项目路演", "路演厅"],
                ["3", "2018年3月20日", "创业沙龙", "路演厅"])
            .Page()
            .Cells(1.5, (52, "4"), (312, "2018年3月31日"), (572, "创业训练营"), (832, "路演厅"))
            .Line("以上共计4场活动，活动通知、签到表及照片存档备查。")
            .Cells(1.5, (52, "5"), (312, "2018年4月2日"), (572, "不是表格的一行"), (832, "某处")));

        Assert.Equal([3, 3, 3, 3], facts.Events.Select(e => e.Date.Month));
        Assert.Equal(new DateOnly(2018, 3, 31), facts.Events[^1].Date);
    }

    [Fact]
    public void ActivityRecord_IgnoresNarrowerTableOnSamePage_NotAContinuation()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Table(
                ["序号", "活动日期", "活动名称", "地点"],
                ["1", "2018年9月3日", "导师面对面", "路演厅"])
            .TableMerged((1, 2), ["2", "2018年9月17日 直播电商技术交流会", "路演厅"]));

        Assert.Single(facts.Events);
    }

    [Fact]
    public void ActivityRecord_ReadsLabelledNotices_LabelPairs()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder()
            .Lines("活动记录", "活动名称：创新创业大赛启动仪式", "活动时间：2021年4月8日", "活动地点：二楼路演厅")
            .Page().Lines("活动记录", "活动主题：知识产权保护讲座", "举办时间：2021年6月18日"));

        Assert.Equal([("创新创业大赛启动仪式", new DateOnly(2021, 4, 8)), ("知识产权保护讲座", new DateOnly(2021, 6, 18))],
            facts.Events.Select(e => (e.Title, e.Date)));
    }

    [Fact]
    public void ActivityRecord_ReadsDatedLines_Chronicle()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Lines(
            "2021年活动一览", "1. 2021年5月14日 创客沙龙第12期", "2. 2021年7月2日 大学生创业训练营"));

        Assert.Equal(["创客沙龙第12期", "大学生创业训练营"], facts.Events.Select(e => e.Title));
    }

    [Fact]
    public void ActivityRecord_UsesHeadingAndFirstDate_SingleNews()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Lines(
            "星火众创空间举办秋季项目路演", "2021年9月23日，星火众创空间举办了秋季项目路演，12个团队参加。"));

        Assert.Equal(("星火众创空间举办秋季项目路演", new DateOnly(2021, 9, 23)), (facts.Events.Single().Title, facts.Events.Single().Date));
    }
}
