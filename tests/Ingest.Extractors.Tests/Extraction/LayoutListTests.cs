using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction;

/// <summary>Lists on text-layer pages: one run of text per cell, wrapped cells, headers in two lines.</summary>
public class LayoutListTests
{
    private static DocumentFacts Run(IDocumentExtractor extractor, DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d1", Type = extractor.Type };
        extractor.Extract(doc.View(), facts);
        return facts;
    }

    [Fact]
    public void ResidentList_JoinsWrappedCellsAndIgnoresNumbers_TextLayerRows()
    {
        var doc = new DocBuilder()
            .Cells(1.0, (50, "序号"), (90, "企业（团队）名称"), (300, "入驻时间"), (400, "注册资金"), (480, "技术领域"), (580, "科技型"), (650, "联系人"))
            .Cells(1.5, (400, "（万元）"))
            .Cells(1.0, (52, "1"), (90, "极客新动科技有限公司"), (300, "二〇一五年二月"), (400, "5"), (480, "物联网"), (580, "是"), (650, "程红梅"))
            .Cells(1.5, (300, "十二日"))
            .Cells(1.0, (52, "2"), (90, "优客云创文化传媒有限公司"), (300, "二〇一六年五月"), (400, "100"), (480, "现代农业技术"), (580, "是"), (650, "袁洁"))
            .Cells(1.5, (300, "十一日"))
            .Cells(1.5, (52, "3"), (90, "星火光合商贸有限公司"), (300, "2016-06-01"), (400, "—"), (480, "商贸服务"), (580, "否"), (650, "胡宁"))
            .Page()
            .Cells(1.5, (52, "4"), (90, "太行数智网络科技有限公司"), (300, "2016年9月6日"), (400, "20"), (480, "电子信息"), (580, "是"), (650, "龙健"))
            .Line("合计入驻团队和企业4家，其中科技型3家。", 48);

        var facts = Run(new ResidentListExtractor(), doc);

        Assert.Equal(["极客新动科技有限公司", "优客云创文化传媒有限公司", "星火光合商贸有限公司", "太行数智网络科技有限公司"],
            facts.Residents.Select(r => r.Name.Value?.Text));
        Assert.Equal(new DateOnly(2015, 2, 12), facts.Residents[0].EntryDate);
        Assert.Equal(new DateOnly(2016, 5, 11), facts.Residents[1].EntryDate);
        // The applicant's own yes/no column decides over the field text.
        Assert.Equal([true, true, false, true], facts.Residents.Select(r => r.Tech!.Value));
        Assert.Equal(100m, facts.Residents[1].RegisteredCapitalWan);
    }

    [Fact]
    public void StaffRoster_CompletesWrappedHeader_TwoLineHeaderCell()
    {
        var doc = new DocBuilder()
            .Cells(1.0, (50, "序号"), (90, "姓名"), (150, "学历"), (250, "职务"), (350, "专职/兼"))
            .Cells(1.5, (350, "职"))
            .Cells(1.0, (52, "1"), (90, "吴斌"), (150, "硕士研究"), (250, "孵化服务专员"), (350, "专职"))
            .Cells(1.5, (150, "生"))
            .Cells(1.5, (52, "2"), (90, "廖佳"), (150, "高中"), (250, "会计"), (350, "兼职"))
            .Line("合计：2人，其中专职1人。", 48);

        var facts = Run(new StaffRosterExtractor(), doc);

        Assert.Equal(["吴斌", "廖佳"], facts.People.Select(p => p.Name.Value?.Text));
        Assert.Equal([EducationLevel.Master, EducationLevel.Other], facts.People.Select(p => p.Education!.Value));
        Assert.Equal([true, false], facts.People.Select(p => p.FullTime!.Value));
    }

    [Fact]
    public void StaffRoster_CompletesWrappedHeader_OtherHeadersWrapOnTheSameLine()
    {
        var doc = new DocBuilder()
            .Cells(1.0, (50, "序"), (90, "姓名"), (150, "性"), (190, "学历"), (250, "职务"), (350, "专职/兼"), (420, "孵化器专"))
            .Cells(1.5, (50, "号"), (150, "别"), (350, "职"), (420, "业培训"))
            .Cells(1.5, (52, "1"), (90, "武娜"), (150, "女"), (190, "本科"), (250, "财务主管"), (350, "专职"), (420, "是"))
            .Cells(1.5, (52, "2"), (90, "李帅"), (150, "男"), (190, "大专"), (250, "总经理"), (350, "兼职"), (420, "否"));

        var facts = Run(new StaffRosterExtractor(), doc);

        Assert.Equal(["武娜", "李帅"], facts.People.Select(p => p.Name.Value?.Text));
        Assert.Equal([true, false], facts.People.Select(p => p.FullTime));
    }

    [Fact]
    public void StaffRoster_JoinsAnIdNumberItsCellWrappedAboveAndBelowTheRow()
    {
        // A text PDF's narrow cell: 16 digits on the line above the row's other cells, the last two on the line below.
        var doc = new DocBuilder()
            .Cells(1.5, (50, "序号"), (90, "姓名"), (150, "性别"), (200, "身份证号码"), (400, "学历"), (460, "岗位"))
            .Cells(1.0, (200, "4110021986030650"))
            .Cells(1.0, (52, "1"), (90, "高凯"), (150, "男"), (400, "本科"), (460, "运营总监"))
            .Cells(1.5, (200, "19"))
            .Cells(1.0, (200, "4110021993070263"))
            .Cells(1.0, (52, "2"), (90, "白红梅"), (150, "女"), (400, "中专"), (460, "副主任"))
            .Cells(1.5, (200, "2X"));

        var facts = Run(new StaffRosterExtractor(), doc);

        Assert.Equal(["高凯", "白红梅"], facts.People.Select(p => p.Name.Value?.Text));
        Assert.Equal([("411002198603065019", "高凯"), ("41100219930702632X", "白红梅")],
            facts.IdNumbers.Select(i => (i.Number.Value?.Text, i.Name)));
    }

    [Fact]
    public void ActivityRecord_ContinuesListOnNextPage_HeaderOnFirstPageOnly()
    {
        var doc = new DocBuilder()
            .Cells(1.5, (50, "序号"), (90, "活动日期"), (200, "活动名称"), (400, "地点"))
            .Cells(1.5, (52, "1"), (90, "2016年2月1日"), (200, "团队建设交流会"), (400, "三楼会议室"))
            .Page()
            .Cells(1.5, (52, "2"), (90, "2016年3月5日"), (200, "项目路演"), (400, "路演厅"))
            .Cells(1.5, (52, "3"), (90, "2016年4月9日"), (200, "政策宣讲会"), (400, "路演厅"));

        var facts = Run(new ActivityRecordExtractor(), doc);

        Assert.Equal(["团队建设交流会", "项目路演", "政策宣讲会"], facts.Events.Select(e => e.Title));
    }
}

public class OcrRobustnessTests
{
    [Fact]
    public void BusinessLicense_ReadsGluedLabelsAndFixesCodeLetters_OcrLicense()
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BusinessLicense };
        new BusinessLicenseExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.88).Lines(
            "统一社会信用代码911401065F8RGDOR4U",
            "名称太原科信恒信科技有限公司",
            "法定代表人许子轩",
            "成立日期2014年09月27日",
            "住所山西省太原市迎泽区产业路138号科技园C座").View("d2"), facts);

        Assert.Equal("太原科信恒信科技有限公司", facts.License!.Name?.Value?.Text);
        Assert.Equal("911401065F8RGD0R4U", facts.License.CreditCode?.Value?.Text);
        Assert.Equal("许子轩", facts.License.LegalRepresentative?.Value?.Text);
        Assert.Equal("山西省太原市迎泽区产业路138号科技园C座", facts.License.Address?.Value?.Text);
    }

    [Fact]
    public void BusinessLicense_FindsAddressWithoutLabel_LabelLostToScan()
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BusinessLicense };
        new BusinessLicenseExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.8).Lines(
            "名 称  运城智汇投资管理有限公司", "|山西省运城市盐湖区体育路308号软件园12层").View("d2"), facts);

        Assert.Equal("山西省运城市盐湖区体育路308号软件园12层", facts.License!.Address?.Value?.Text);
    }

    [Fact]
    public void LeaseContract_ReadsOcrDayMarkAndBareM_ScannedLease()
    {
        var facts = new DocumentFacts { DocumentId = "d3", Type = DocumentType.LeaseContract };
        new LeaseContractExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.85).Lines(
            "甲方将坐落于山西省太原市迎泽区产业路138号科技园C座的房屋出租给乙方使用，",
            "房屋建筑面积4310m，用途为办公。",
            "租赁期限为15年，自2014年10月11日起至2029年10月10自止。").View("d3"), facts);

        Assert.Equal(4310m, facts.Lease!.Area?.Value?.Number);
        Assert.Equal(new DateOnly(2029, 10, 10), facts.Lease.EndDate?.Value?.Date);
        Assert.Equal(15m, facts.Lease.TermYears?.Value?.Number);
        Assert.Equal("山西省太原市迎泽区产业路138号科技园C座", facts.Lease.Address?.Value?.Text);
    }

    [Fact]
    public void ApplicationForm_SplitsGluedPairsAndReadsLostSuperscript_OcrFormRow()
    {
        var facts = new DocumentFacts { DocumentId = "d1", Type = DocumentType.ApplicationForm };
        new ApplicationFormExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "服务场地面积 4310.00m?产权性质租赁",
            "运营主体名称:太原科信恒信科技有限公司{盖章)").View(), facts);

        Assert.Equal(4310m, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
        Assert.Equal("leased", facts.Fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal("太原科信恒信科技有限公司", facts.Fields[FieldKeys.OperatorName].Value?.Text);
    }

    [Fact]
    public void Diploma_ReadsPostgraduateHolder_GraduateSchoolWording()
    {
        var facts = new DocumentFacts { DocumentId = "d5", Type = DocumentType.Diploma };
        new DiplomaExtractor().Extract(new DocBuilder().Lines(
            "研究生", "毕业证书", "研究生沈刚，性别男，1994年2月27日生，于2013年9月至2016年1月在本校行政管理专业学习，学制3年，修",
            "完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", "太原理工大学", "证书编号: 101125201602223840", "2016年1月26日").View("d5"), facts);

        Assert.Equal("沈刚", facts.Diploma!.Holder?.Value?.Text);
        Assert.Equal(EducationLevel.Master, facts.Diploma.Level);
        Assert.Equal("太原理工大学", facts.Diploma.School?.Value?.Text);
        Assert.Equal(new DateOnly(2016, 1, 26), facts.Diploma.GraduationDate?.Value?.Date);
    }

    [Fact]
    public void NameMatcher_MatchesOneCharacterOcrError_UniqueCandidate()
    {
        var matched = NameMatcher.Resolve(["杜夭", "胡志强", "王刚", "李四"], ["杜磊", "胡志强", "王强", "王刚"]);

        Assert.Equal("杜磊", matched["杜夭"]);
        Assert.Equal("胡志强", matched["胡志强"]);
        Assert.Equal("王刚", matched["王刚"]);
        Assert.False(matched.ContainsKey("李四"));
    }

    [Fact]
    public void NameMatcher_RefusesFuzzyMatch_TwoCandidates()
    {
        // 王丽 fits 王刚 and 王强; 赵强 fits 王强 and 钱强 with another surname.
        var matched = NameMatcher.Resolve(["王丽", "赵强"], ["王刚", "王强", "钱强"]);

        Assert.Empty(matched);
    }

    [Fact]
    public void NameMatcher_MatchesMisreadSurname_OnlyAfterSameSurnameAndFile()
    {
        // 能帆 is 熊帆 read with the surname wrong; 袁华 is named by the file before any surname guess.
        var matched = NameMatcher.Resolve([("能帆", (string?)null), ("素华", "06-毕业证书-袁华.jpg")], ["熊帆", "袁华", "李华"]);

        Assert.Equal("熊帆", matched["能帆"]);
        Assert.Equal("袁华", matched["素华"]);
    }

    [Fact]
    public void Aggregate_ComputesLongestStay_EntryDatesAndApplicationDate()
    {
        var record = new SubmissionRecord();
        FieldExtractor.Extract(record, [new DocBuilder().Table(["企业名称", "入驻时间", "技术领域"],
            ["甲公司", "2015年3月24日", "软件"], ["乙公司", "2016年1月2日", "餐饮"]).Classified("d7", DocumentType.ResidentList)],
            new DateOnly(2017, 6, 25));

        Assert.Equal(27m, record.Fields[FieldKeys.MaxResidencyMonths]!.Evidence!.Value?.Number);
    }

    [Fact]
    public void BusinessLicense_ReadsLabelWithOneMisreadCharacter_OcrLicense()
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BusinessLicense };
        new BusinessLicenseExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.8).Lines(
            "名称太原智汇聚能孵化器管理有限公司", "成立日其2014年5月28日", "营业期限2014年5月28日至长期").View("d2"), facts);

        Assert.Equal(new DateOnly(2014, 5, 28), facts.License!.RegistrationDate?.Value?.Date);
    }

    [Fact]
    public void BusinessLicense_ReadsLabelWithOneMisreadCharacter_LabelCellBesideItsValue()
    {
        // The label read apart from its value (the licence's columns), without the business term to fall back on.
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BusinessLicense };
        new BusinessLicenseExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.8)
            .Cells(1.5, (40, "名称"), (300, "太原卓越源点创业服务有限公司"))
            .Cells(1.5, (40, "成 立 日 其"), (300, "2020 年 9 月 26 日")).View("d2"), facts);

        Assert.Equal(new DateOnly(2020, 9, 26), facts.License!.RegistrationDate?.Value?.Date);
    }

    [Fact]
    public void BusinessLicense_DoesNotGuessLabel_TextLayerLicense()
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BusinessLicense };
        new BusinessLicenseExtractor().Extract(new DocBuilder().Lines("成立日其2014年5月28日").View("d2"), facts);

        Assert.Null(facts.License!.RegistrationDate);
    }

    [Theory]
    [InlineData("2020年5月2月", 2020, 5, 2)]
    [InlineData("2029年10月10自", 2029, 10, 10)]
    [InlineData("2021年3月1曰", 2021, 3, 1)]
    public void ParseDate_ReadsBackDayMark_OcrLookalikes(string raw, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), TextPatterns.ParseDate(raw).Value?.Date);

    [Fact]
    public void FinancialStatement_PrefersTotalOverPart_TotalAndOfWhichRows()
    {
        var facts = new DocumentFacts { DocumentId = "d9", Type = DocumentType.FinancialStatement };
        new FinancialStatementExtractor().Extract(new DocBuilder().Line("单位：元").Table(
            ["项目", "行次", "本年金额", "上年金额"],
            ["其中：营业收入", "1", "3,000,000.00", "2,000,000.00"],
            ["一、营业总收入", "2", "3,147,500.00", "2,078,700.00"],
            ["二、营业总成本", "3", "2,136,800.00", "1,411,200.00"],
            ["其中：营业成本", "4", "727,700.00", "480,600.00"]).View("d9"), facts);

        Assert.Equal(314.75m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(213.68m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void Diploma_ReadsOneDiplomaPerPage_SeveralCertificatesInOneScan()
    {
        var facts = new DocumentFacts { DocumentId = "d6", Type = DocumentType.Diploma };
        new DiplomaExtractor().Extract(new DocBuilder()
            .Lines("毕业证书", "学生胡志强，性别男，于2001年9月至2005年6月在本校物流管理专业四年制本科学习。", "山西大学", "证书编号: 101081200506540118")
            .Page().Lines("毕业证书", "学生钱丽娟，性别女，于1988年9月至1991年7月在本校计算机专业三年制专科学习。", "新疆职业大学", "证书编号: 109955199106151426")
            .View("d6"), facts);

        Assert.Equal(["胡志强", "钱丽娟"], facts.Diplomas.Select(d => d.Holder?.Value?.Text));
        Assert.Equal([EducationLevel.Bachelor, EducationLevel.College], facts.Diplomas.Select(d => d.Level!.Value));
        Assert.Equal([1, 2], facts.Diplomas.Select(d => d.Holder!.Page!.Value));
    }

    [Fact]
    public void ApplicationForm_DropsOcrBracketAfterName_SignatureNote()
    {
        var facts = new DocumentFacts { DocumentId = "d1", Type = DocumentType.ApplicationForm };
        new ApplicationFormExtractor().Extract(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("运营主体法人：方涛(EF)").View(), facts);

        Assert.Equal("方涛", facts.Fields[FieldKeys.LegalRepresentative].Value?.Text);
    }
}

/// <summary>Lists on scanned pages: the OCR reader gives ruled lists as tables, other scanned tables stay layout.</summary>
public class ScannedListTableTests
{
    [Fact]
    public void ActivityRecord_ReadsLaterPagesByLayout_GridFoundOnFirstScannedPageOnly()
    {
        var doc = new DocBuilder()
            .Page(PageSource.Ocr)
            .Table(["序号", "活动日期", "活动名称", "地点"],
                ["1", "2016年2月1日", "团队建设交流会", "三楼会议室"],
                ["2", "2016年2月9日", "创业沙龙", "路演厅"])
            .Page(PageSource.Ocr)
            .Cells(1.5, (52, "3"), (310, "2016年3月5日"), (570, "项目路演"), (830, "路演厅"))
            .Page(PageSource.Ocr)
            .Cells(1.5, (52, "4"), (310, "2016年4月9日"), (570, "政策宣讲会"), (830, "路演厅"));
        var facts = new DocumentFacts { DocumentId = "d1", Type = DocumentType.ActivityRecord };

        new ActivityRecordExtractor().Extract(doc.View(), facts);

        Assert.Equal(["团队建设交流会", "创业沙龙", "项目路演", "政策宣讲会"], facts.Events.Select(e => e.Title));
    }

    [Fact]
    public void Tables_LeaveOutScannedPages_ListTablesKeepThem()
    {
        var view = new DocBuilder()
            .Page(PageSource.Ocr).Table(["名称", "太原科信科技有限公司", "地址"])
            .Page().Table(["姓名", "学历", "职务"])
            .View();

        Assert.Equal([2], view.Tables.Select(t => t.Page));
        Assert.Equal([1, 2], view.ListTables.Select(t => t.Page));
    }
}
