using ZcIngest.Core.Documents;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class EvidenceAggregatorTests
{
    private static ClassifiedDocument Roster() => new DocBuilder().Table(
        ["序号", "姓名", "学历", "职务", "专兼职"],
        ["1", "张伟", "硕士", "主任", "专职"],
        ["2", "李娜", "本科", "运营", "专职"],
        ["3", "王强", "大专", "辅导员", "兼职"],
        ["4", "赵敏", "本科", "行政", "专职"]).Classified("d4", DocumentType.StaffRoster);

    private static ClassifiedDocument Diploma(string id, string name, string level) => new DocBuilder().Lines(
        "毕业证书", $"学生{name}，性别男，于2010年9月至2014年7月在本校学习，{level}毕业。", "证书编号：101081201405001234", "2014年7月1日")
        .Classified(id, DocumentType.Diploma);

    private static (SubmissionRecord Record, ZcIngest.Core.Extraction.ExtractionResult Result) Run(DateOnly? app, params ClassifiedDocument[] docs)
    {
        var record = new SubmissionRecord();
        var result = FieldExtractor.Extract(record, docs, app);
        return (record, result);
    }

    private static decimal? Evidence(SubmissionRecord r, FieldKey k) => r.Fields[k]?.Evidence?.Value?.Number;

    [Fact]
    public void Aggregate_CountsOnlyRosteredStaffDiplomas_DiplomaOfOutsider()
    {
        var (record, _) = Run(null, Roster(),
            Diploma("d5", "张伟", "硕士研究生"), Diploma("d6", "王强", "专科"), Diploma("d7", "孙某", "本科"));

        Assert.Equal(4m, Evidence(record, FieldKeys.StaffTotal));
        Assert.Equal(3m, Evidence(record, FieldKeys.StaffFullTime));
        Assert.Equal(2m, Evidence(record, FieldKeys.StaffCollegeOrAbove));
        Assert.Equal("d4", record.Fields[FieldKeys.StaffCollegeOrAbove]!.Evidence!.DocumentId);
        var zhang = record.Staff.Single(s => s.Name == "张伟");
        Assert.Equal(EducationLevel.Master, zhang.Education);
        Assert.Equal("d5", zhang.DocumentId);
        Assert.Equal("101081201405001234", zhang.CertificateNo);
        Assert.Equal(4, record.Staff.Count);
    }

    [Fact]
    public void Aggregate_GivesNoDiplomaCount_NoDiplomaSubmitted()
    {
        var (record, _) = Run(null, Roster());

        Assert.Null(record.Fields[FieldKeys.StaffCollegeOrAbove]);
        Assert.Null(record.Fields[FieldKeys.StaffTrained]);
    }

    [Fact]
    public void Aggregate_CountsTrainedRosteredStaff_TrainingCertificates()
    {
        var cert = new DocBuilder().Lines("培训证书", "李娜同志于2021年5月参加孵化器从业人员培训，考核合格。").Classified("d8", DocumentType.TrainingCertificate);
        var outsider = new DocBuilder().Lines("培训证书", "兹证明 周某 参加培训。").Classified("d9", DocumentType.TrainingCertificate);

        var (record, _) = Run(null, Roster(), cert, outsider);

        Assert.Equal(1m, Evidence(record, FieldKeys.StaffTrained));
        Assert.True(record.Staff.Single(s => s.Name == "李娜").Trained);
        Assert.False(record.Staff.Single(s => s.Name == "张伟").Trained);
    }

    [Fact]
    public void Aggregate_CountsDistinctMentors_AcrossLetters()
    {
        var a = new DocBuilder().Lines("兹聘请张建国先生为创业导师。").Classified("d10", DocumentType.MentorLetter);
        var b = new DocBuilder().Lines("兹聘请李华女士为创业导师。", "兹聘请张建国先生为创业导师。").Classified("d11", DocumentType.MentorLetter);

        var (record, _) = Run(null, a, b);

        Assert.Equal(2m, Evidence(record, FieldKeys.MentorsCount));
        Assert.Equal(2, record.Mentors.Count);
        Assert.Equal("d10", record.Fields[FieldKeys.MentorsCount]!.Evidence!.DocumentId);
    }

    private static ClassifiedDocument ScannedDiploma(string id, string name, string level) => new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
        "毕业证书", $"学生{name}，性别男，于2010年9月至2014年7月在本校学习，{level}毕业。", "2014年7月1日")
        .Classified(id, DocumentType.Diploma);

    [Fact]
    public void Aggregate_MatchesScannedDiplomaByElimination_HolderMisreadAsNobody()
    {
        // 肉伟 is OCR's reading of 赵敏's diploma: the one rostered bachelor still without a diploma.
        var (record, _) = Run(null, Roster(), ScannedDiploma("d5", "张伟", "硕士研究生"), ScannedDiploma("d6", "李娜", "本科"),
            ScannedDiploma("d7", "肉伟", "本科"));

        Assert.Equal(3m, Evidence(record, FieldKeys.StaffCollegeOrAbove));
    }

    [Fact]
    public void Aggregate_DoesNotMatchByElimination_TwoRosteredPeopleOfThatLevelLeft()
    {
        var (record, _) = Run(null, Roster(), ScannedDiploma("d5", "张伟", "硕士研究生"), ScannedDiploma("d7", "肉伟", "本科"));

        Assert.Equal(1m, Evidence(record, FieldKeys.StaffCollegeOrAbove));
        // 肉伟's diploma may be a rostered person's read wrong: the count is a reading to check, pointing at that scan.
        var count = record.Fields[FieldKeys.StaffCollegeOrAbove]!.Evidence!;
        Assert.True(count.LowConfidence);
        Assert.Equal("d7", count.DocumentId);
        Assert.Contains("未能与名单对应", count.Snippet);
    }

    [Theory]
    [InlineData("47家", true)]     // more technology residents than residents: one of the two figures is misread
    [InlineData("17家", null)]
    public void Extract_MarksScannedFormsPartAndWhole_PartAboveWhole(string techResidents, bool? lowConfidence)
    {
        var form = new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Lines("入驻团队企业数 23家", $"科技类团队企业数 {techResidents}").Classified("d1", DocumentType.ApplicationForm);

        var (record, _) = Run(null, form);

        Assert.Equal(lowConfidence, record.Fields[FieldKeys.ResidentTechCount]!.Declared!.LowConfidence);
        Assert.Equal(lowConfidence, record.Fields[FieldKeys.ResidentCount]!.Declared!.LowConfidence);
    }

    [Theory]
    [InlineData("卓越汇智投资管理有限合", true)]     // 公司 misread at the end: no organisation's name ends so
    [InlineData("太原卓越汇智投资管理有限公司", null)]
    public void Aggregate_MarksScannedLicenseeName_NotEndingLikeAnOrganisation(string read, bool? lowConfidence)
    {
        var license = new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("营业执照", $"名称 {read}", "法定代表人 熊霞")
            .Classified("d3", DocumentType.BusinessLicense);

        var (record, _) = Run(null, license);

        Assert.Equal(read, record.Fields[FieldKeys.OperatorName]!.Evidence!.Value?.Text);
        Assert.Equal(lowConfidence, record.Fields[FieldKeys.OperatorName]!.Evidence!.LowConfidence);
    }

    [Theory]
    [InlineData("能起", true)]    // 熊霞 misread: no common surname
    [InlineData("熊霞", null)]
    public void Aggregate_MarksScannedRepresentative_NoCommonSurname(string read, bool? lowConfidence)
    {
        var license = new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("营业执照", "名称 太原启航数智企业管理有限公司", $"法定代表人 {read}")
            .Classified("d3", DocumentType.BusinessLicense);

        var (record, _) = Run(null, license);

        Assert.Equal(read, record.Fields[FieldKeys.LegalRepresentative]!.Evidence!.Value?.Text);
        Assert.Equal(lowConfidence, record.Fields[FieldKeys.LegalRepresentative]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_KeepsTheCollegeCountSure_WhenEveryDiplomaMatchesARosteredName()
    {
        var (record, _) = Run(null, Roster(), ScannedDiploma("d5", "张伟", "硕士研究生"), ScannedDiploma("d6", "李娜", "本科"));

        Assert.Equal(2m, Evidence(record, FieldKeys.StaffCollegeOrAbove));
        Assert.NotEqual(true, record.Fields[FieldKeys.StaffCollegeOrAbove]!.Evidence!.LowConfidence);
    }

    private static ClassifiedDocument ScannedRoster(string total) => new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
        ["序号", "姓名", "学历", "职务", "专兼职"],
        ["1", "张伟", "硕士", "主任", "专职"],
        ["2", "李娜", "本科", "运营", "专职"],
        ["3", "王强", "大专", "辅导员", "兼职"]).Lines(total).Classified("d4", DocumentType.StaffRoster);

    [Theory]
    [InlineData("合计：42人，其中专职12人。", 12, true)]    // 12 rows read under 合计42人: the 4 is a misread 1
    [InlineData("合计：13人，其中专职13人。", 13, false)]   // one row lost: the stated total counts
    public void Aggregate_TrustsRows_StatedTotalOneDigitOffAndTenRowsMore(string total, int expected, bool doubtful)
    {
        var rows = new List<string[]> { new[] { "序号", "姓名", "学历", "职务", "专兼职" } };
        string[] names = ["张伟", "李娜", "王强", "赵敏", "刘洋", "陈静", "杨帆", "黄磊", "周杰", "吴昊", "郑爽", "孙悦"];
        rows.AddRange(names.Select((n, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), n, "本科", "运营", "专职" }));
        var roster = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(rows.ToArray()).Lines(total).Classified("d4", DocumentType.StaffRoster);

        var (record, _) = Run(null, roster);

        Assert.Equal((decimal)expected, Evidence(record, FieldKeys.StaffTotal));
        Assert.Equal(doubtful ? true : null, record.Fields[FieldKeys.StaffTotal]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_PointsAtTheStatedSentence_WhenTheStatedTotalCounts()
    {
        // Three rows read under 合计：4人: the figure shown (and read again from the scan) is the sentence's, below the rows.
        var (record, _) = Run(null, ScannedRoster("合计：4人，其中专职2人。"));

        var total = record.Fields[FieldKeys.StaffTotal]!.Evidence!;
        var fullTime = record.Fields[FieldKeys.StaffFullTime]!.Evidence!;
        Assert.Equal(4m, total.Value?.Number);
        Assert.Equal(2m, fullTime.Value?.Number);
        // DocBuilder puts the header at y 50 and the three rows at 80, 110 and 140; the sentence follows them.
        Assert.True(total.Box!.Value.Y0 > 140, $"box {total.Box}");
        Assert.Equal(total.Box, fullTime.Box);
    }

    private static ClassifiedDocument ScannedTraining(string id, string name) => new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
        "培训证书", $"{name}同志于2016年4月2日至4月6日参加科技企业孵化器从业人员专业培训，", "证书编号：FHQ201671828")
        .Classified(id, DocumentType.TrainingCertificate);

    [Fact]
    public void Aggregate_MarksTrainedCount_AScannedCertificatesHolderMatchesNobody()
    {
        // 雇硕 is OCR's reading of 王强's certificate: two characters wrong, no rostered name fits.
        var (record, _) = Run(null, Roster(), ScannedTraining("d8", "张伟"), ScannedTraining("d9", "雇硕"));

        var trained = record.Fields[FieldKeys.StaffTrained]!.Evidence!;
        Assert.Equal(1m, trained.Value?.Number);
        Assert.True(trained.LowConfidence);
        Assert.Equal("d9", trained.DocumentId);
    }

    [Fact]
    public void Aggregate_CountsStatedTotal_ScannedRosterLostRows()
    {
        var (record, _) = Run(null, ScannedRoster("合计：5人，其中专职4人。"),
            ScannedDiploma("d5", "张伟", "硕士研究生"), ScannedDiploma("d6", "潘浩", "本科"), ScannedDiploma("d7", "周颖", "专科"));

        Assert.Equal(5m, Evidence(record, FieldKeys.StaffTotal));
        Assert.Equal(4m, Evidence(record, FieldKeys.StaffFullTime));
        // 张伟 by name; 潘浩 and 周颖 match no row read, and two rows were lost.
        Assert.Equal(3m, Evidence(record, FieldKeys.StaffCollegeOrAbove));
        Assert.True(record.Fields[FieldKeys.StaffTotal]!.Evidence!.Confidence <= 0.75);
    }

    [Fact]
    public void Aggregate_DoubtsTheRowCount_WhenTheScansRowNumbersRunPastTheRowsRead()
    {
        // Rows 4 and 5 lost their names to the scan (a seal over them); their numbers are still there.
        var roster = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["序号", "姓名", "学历", "职务", "专兼职"],
            ["1", "张伟", "硕士", "主任", "专职"],
            ["2", "李娜", "本科", "运营", "专职"],
            ["3", "王强", "大专", "辅导员", "兼职"],
            ["4", "", "", "", ""],
            ["5", "", "", "", ""]).Classified("d4", DocumentType.StaffRoster);

        var (record, _) = Run(null, roster);

        Assert.Equal(3m, Evidence(record, FieldKeys.StaffTotal));
        Assert.True(record.Fields[FieldKeys.StaffTotal]!.Evidence!.LowConfidence);
        Assert.True(record.Fields[FieldKeys.StaffFullTime]!.Evidence!.LowConfidence);
        // Every numbered row read: the count stands.
        var (whole, _) = Run(null, ScannedRoster(""));
        Assert.Null(whole.Fields[FieldKeys.StaffTotal]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_CountsRows_TextRosterStatingAnotherTotal()
    {
        var roster = new DocBuilder().Table(
            ["序号", "姓名", "学历", "职务", "专兼职"],
            ["1", "张伟", "硕士", "主任", "专职"],
            ["2", "李娜", "本科", "运营", "兼职"]).Lines("合计：5人，其中专职4人。").Classified("d4", DocumentType.StaffRoster);

        var (record, _) = Run(null, roster);

        Assert.Equal(2m, Evidence(record, FieldKeys.StaffTotal));
        Assert.Equal(1m, Evidence(record, FieldKeys.StaffFullTime));
    }

    [Fact]
    public void Aggregate_MarksFullTimeCount_ARowsColumnUnread()
    {
        var roster = new DocBuilder().Table(
            ["序号", "姓名", "学历", "职务", "专兼职"],
            ["1", "张伟", "硕士", "主任", "专职"],
            ["2", "李娜", "本科", "运营", ""],
            ["3", "王强", "本科", "运营", "专职"]).Classified("d4", DocumentType.StaffRoster);

        var (record, _) = Run(null, roster);

        Assert.Equal(2m, Evidence(record, FieldKeys.StaffFullTime));
        Assert.True(record.Fields[FieldKeys.StaffFullTime]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_TakesStatedFullTime_ScannedRosterWhoseColumnWasMisread()
    {
        var (record, _) = Run(null, ScannedRoster("合计：3人，其中专职3人。"));

        Assert.Equal(3m, Evidence(record, FieldKeys.StaffTotal));
        Assert.Equal(3m, Evidence(record, FieldKeys.StaffFullTime));
    }

    [Fact]
    public void Aggregate_CountsStatedResidents_ScannedListLostRows()
    {
        var list = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["序号", "企业名称", "入驻时间", "技术领域"],
            ["1", "太原云启科技有限公司", "2021-03-01", "软件和信息技术服务"],
            ["2", "太原禾丰餐饮有限公司", "2021-05-01", "餐饮"]).Lines("合计入驻团队和企业4家，其中科技型3家。")
            .Classified("d8", DocumentType.ResidentList);

        var (record, _) = Run(null, list);

        Assert.Equal(4m, Evidence(record, FieldKeys.ResidentCount));
        Assert.Equal(3m, Evidence(record, FieldKeys.ResidentTechCount));
    }

    [Fact]
    public void Aggregate_CountsResidents_FromTheStatedTotal_WhenNoRowOfAScannedListCouldBeRead()
    {
        var list = new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Lines("入驻创业团队和企业名单", "| 号 乌 mm 鳃", "启航科信信息技术有限公司", "合计入驻团队和企业13家，其中科技型10家。")
            .Classified("d9", DocumentType.ResidentList);

        var (record, _) = Run(null, list);

        Assert.Equal(13m, Evidence(record, FieldKeys.ResidentCount));
        Assert.Equal(10m, Evidence(record, FieldKeys.ResidentTechCount));
        Assert.True(record.Fields[FieldKeys.ResidentCount]!.Evidence!.Confidence <= 0.75);
    }

    [Fact]
    public void Aggregate_CountsScannedRowsWhoseDateWasLost_BetweenTheirDatedNeighbours()
    {
        // The third row's date cell was lost by the scan; it lies between 2021-03-05 and 2021-03-18, inside the year.
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["活动日期", "活动名称"],
            ["2021年01月10日", "政策宣讲会"],
            ["2021年03月05日", "投融资对接会"],
            ["20ts9iopae", "团队建设与管理技术交流会"],
            ["2021年03月18日", "人工智能技术讲座"],
            ["2021年06月30日", "创新创业大赛"]).Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2021, 12, 31), doc);

        Assert.Equal(5m, Evidence(record, FieldKeys.EventsPerYear));
        Assert.Equal(decimal.Round(5m / 6m, 4), Evidence(record, FieldKeys.EventsPerMonth));
        Assert.NotEqual(true, record.Fields[FieldKeys.EventsPerYear]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_LeavesAnUndatedRowUncounted_WhenItFollowsTheLastDatedRow()
    {
        // After the list's last date: as often a notice's line read under the header as a lost event.
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["活动日期", "活动名称"],
            ["2021年01月10日", "政策宣讲会"],
            ["2021年03月05日", "投融资对接会"],
            ["签到表", "各位创业者请于活动前签到"]).Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2021, 12, 31), doc);

        Assert.Equal(2m, Evidence(record, FieldKeys.EventsPerYear));
    }

    [Fact]
    public void Aggregate_KeepsTheDay_OfAScannedDateWhose日WasMisread()
    {
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["活动日期", "活动名称"],
            ["2020年08月27有日", "政策宣讲会"],
            ["2021年03月05且", "投融资对接会"]).Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2021, 8, 20), doc);

        // 2020-08-27 is inside the year before 2021-08-20; read as 2020-08-01 it would fall out.
        Assert.Equal(2m, Evidence(record, FieldKeys.EventsPerYear));
        Assert.Contains(record.Events, e => e.Date == new DateOnly(2021, 3, 5));
    }

    [Fact]
    public void Aggregate_GivesNoMonthlyAverage_WhenAScannedListLostMostRowsAndStatesNoPeriod()
    {
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["活动日期", "活动名称"],
            ["2016年09月03日", "政策宣讲会"]).Lines("以上共计35场活动。").Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2016, 12, 31), doc);

        Assert.Null(record.Fields[FieldKeys.EventsPerMonth]?.Evidence);
    }

    [Fact]
    public void Aggregate_MarksMonthlyAverageDoubtful_WhenRowsWereLostAndNoPeriodBoundsThem()
    {
        // Four stated, three read: the lost one may lie before 2021-01 or after 2021-03, so 4 / 3 months is unsure.
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.9).Table(
            ["活动日期", "活动名称"],
            ["2021年01月10日", "政策宣讲会"],
            ["2021年02月05日", "投融资对接会"],
            ["2021年03月18日", "人工智能技术讲座"]).Lines("以上共计4场活动。").Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2021, 12, 31), doc);

        Assert.True(record.Fields[FieldKeys.EventsPerMonth]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_CountsRowButNotItsDate_WhenYearIsMisreadDecadesAhead()
    {
        // The last row's 2017 read as 2047: six events over 2017-01..2017-06, not six over 31 years.
        var doc = new DocBuilder().Table(
            ["日期", "活动名称"],
            ["2017-01-10", "政策宣讲"],
            ["2017-02-20", "项目路演"],
            ["2017-03-05", "投融资对接"],
            ["2017-04-18", "技术讲座"],
            ["2017-06-30", "创业大赛"],
            ["2047-06-30", "创业沙龙"]).Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2017, 12, 31), doc);

        Assert.Equal(1m, Evidence(record, FieldKeys.EventsPerMonth));
        Assert.True(record.Fields[FieldKeys.EventsPerYear]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_AppliesEventFormulas_EventsAcrossMonths()
    {
        // 6 events from 2021-01 to 2021-06 inclusive: 6 months → 1 per month; 12 months before 2021-12-31: 4 of them.
        var doc = new DocBuilder().Table(
            ["日期", "活动名称"],
            ["2020-12-15", "迎新年创客沙龙"],
            ["2021-01-10", "政策宣讲"],
            ["2021-02-20", "项目路演"],
            ["2021-03-05", "投融资对接"],
            ["2021-03-18", "技术讲座"],
            ["2021-05-30", "创业大赛"]).Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(new DateOnly(2021, 12, 31), doc);

        Assert.Equal(1m, Evidence(record, FieldKeys.EventsPerMonth));
        Assert.Equal(5m, Evidence(record, FieldKeys.EventsPerYear));
        Assert.Equal(6, record.Events.Count);
    }

    [Fact]
    public void Aggregate_CountsEventsPerYear_FromDeclaredApplicationDate()
    {
        var form = new DocBuilder().Lines("填报时间：2022年6月1日").Classified("d1", DocumentType.ApplicationForm);
        var doc = new DocBuilder().Table(["活动日期", "活动主题"], ["2021-05-31", "a"], ["2021-06-02", "b"], ["2022-06-01", "c"], ["2022-06-02", "d"])
            .Classified("d12", DocumentType.ActivityRecord);

        var (record, _) = Run(null, form, doc);

        Assert.Equal(2m, Evidence(record, FieldKeys.EventsPerYear));
        Assert.Equal(decimal.Round(4m / 14m, 4), Evidence(record, FieldKeys.EventsPerMonth));
    }

    [Fact]
    public void Aggregate_DerivesPremisesFromLease_LeaseOnly()
    {
        var lease = new DocBuilder().Lines("出租方：甲公司", "承租方：乙公司", "建筑面积：450平方米", "租赁期限：2022年3月22日至2027年3月21日")
            .Classified("d3", DocumentType.LeaseContract);
        var (record, _) = Run(null, lease);

        Assert.Equal("leased", record.Fields[FieldKeys.PremisesSource]!.Evidence!.Value?.Text);
        Assert.Equal("d3", record.Fields[FieldKeys.PremisesSource]!.Evidence!.DocumentId);
        Assert.Equal(450m, Evidence(record, FieldKeys.TotalAreaSqm));
        Assert.Equal(5m, Evidence(record, FieldKeys.LeaseTermYears));
        Assert.Equal(new DateOnly(2027, 3, 21), record.Fields[FieldKeys.LeaseEndDate]!.Evidence!.Value?.Date);
    }

    [Fact]
    public void Aggregate_DerivesOwnedPremises_PropertyCertificateOnly()
    {
        var cert = new DocBuilder().Table(["权利人", "乙公司"], ["坐落", "太原市某路1号"], ["建筑面积", "600㎡"])
            .Classified("d3", DocumentType.PropertyCertificate);
        var (record, _) = Run(null, cert);

        Assert.Equal("owned", record.Fields[FieldKeys.PremisesSource]!.Evidence!.Value?.Text);
        Assert.Equal(600m, Evidence(record, FieldKeys.TotalAreaSqm));
    }

    [Fact]
    public void Extract_FillsDeclaredAndEvidence_WholeSubmission()
    {
        var form = new DocBuilder().Table(
            ["众创空间名称", "星火众创空间", "运营主体名称", "太原星火科技有限公司"],
            ["服务场地面积(m²)", "800", "场地来源", "☑租赁 □自有"],
            ["种子基金规模(万元)", "100", "入驻团队及企业数", "3"]).Classified("d1", DocumentType.ApplicationForm);
        var license = new DocBuilder().Lines("名称 太原星火科技有限公司", "统一社会信用代码 91140105MA0GRK8L3X", "成立日期 2018年5月10日")
            .Classified("d2", DocumentType.BusinessLicense);
        var bank = new DocBuilder().Lines("户名：太原星火科技有限公司", "金额：人民币壹佰万元整（¥1,000,000.00）").Classified("d6", DocumentType.BankDepositProof);
        var residents = new DocBuilder().Table(["名称", "入驻时间", "技术领域"], ["甲软件公司", "2021年1月", "软件"], ["乙餐饮店", "2021年2月", "餐饮"])
            .Classified("d7", DocumentType.ResidentList);
        var other = new DocBuilder().Lines("服务场地面积：9999").Classified("d9", DocumentType.OperatingReport);

        var (record, result) = Run(null, form, license, bank, residents, other);

        Assert.Equal(800m, record.Fields[FieldKeys.TotalAreaSqm]!.Declared!.Value?.Number);
        Assert.Null(record.Fields[FieldKeys.TotalAreaSqm]!.Evidence);
        Assert.Equal("leased", record.Fields[FieldKeys.PremisesSource]!.Declared!.Value?.Text);
        Assert.Equal("太原星火科技有限公司", record.Fields[FieldKeys.OperatorName]!.Evidence!.Value?.Text);
        Assert.Equal("d2", record.Fields[FieldKeys.OperatorName]!.Evidence!.DocumentId);
        Assert.Equal("91140105MA0GRK8L3X", record.Fields[FieldKeys.CreditCode]!.Evidence!.Value?.Text);
        Assert.Equal(100m, Evidence(record, FieldKeys.SeedFundWan));
        Assert.Equal(3m, record.Fields[FieldKeys.ResidentCount]!.Declared!.Value?.Number);
        Assert.Equal(2m, Evidence(record, FieldKeys.ResidentCount));
        Assert.Equal(1m, Evidence(record, FieldKeys.ResidentTechCount));
        Assert.Equal([true, false], record.Residents.Select(r => r.Tech!.Value));
        Assert.Equal("太原星火科技有限公司", result.Documents["d6"].Bank!.Holder?.Value?.Text);
        Assert.True(result.Documents["d6"].Bank!.Agree);
    }

    [Fact]
    public void Aggregate_TakesOperatorNameTwoProofsAgreeOn_LicenseWordBarelyLegible()
    {
        var license = new DocBuilder().Page(PageSource.Ocr, 0.3).Lines("营业执照", "名称 太原优客青查投资管理有限公司", "法定代表人 吕丽")
            .Classified("d3", DocumentType.BusinessLicense);
        var lease = new DocBuilder().Lines("房屋租赁合同", "出租方（甲方）：太原萌芽物业有限公司", "承租方（乙方）：太原优客青橙投资管理有限公司")
            .Classified("d4", DocumentType.LeaseContract);
        var bank = new DocBuilder().Lines("单位存款证明书", "太原优客青橙投资管理有限公司：", "兹证明贵单位存款余额人民币¥2,000,000.00元")
            .Classified("d8", DocumentType.BankDepositProof);

        var (record, _) = Run(null, license, lease, bank);

        Assert.Equal("太原优客青橙投资管理有限公司", record.Fields[FieldKeys.OperatorName]!.Evidence!.Value?.Text);
        Assert.Equal(true, record.Fields[FieldKeys.LegalRepresentative]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_ShowsTheSurestOfTheProofsThatAgree_LicenseWordBarelyLegible()
    {
        // The lease (a poor scan) and the bank proof (a clear text layer) read the same name: the clear reading stands.
        var license = new DocBuilder().Page(PageSource.Ocr, 0.3).Lines("营业执照", "名称 太原优客青查投资管理有限公司")
            .Classified("d3", DocumentType.BusinessLicense);
        var lease = new DocBuilder().Page(PageSource.Ocr, 0.4).Lines("房屋租赁合同", "承租方（乙方）：太原优客青橙投资管理有限公司")
            .Classified("d4", DocumentType.LeaseContract);
        var bank = new DocBuilder().Lines("单位存款证明书", "太原优客青橙投资管理有限公司：", "兹证明贵单位存款余额人民币¥2,000,000.00元")
            .Classified("d8", DocumentType.BankDepositProof);

        var (record, _) = Run(null, license, lease, bank);

        Assert.Equal("d8", record.Fields[FieldKeys.OperatorName]!.Evidence!.DocumentId);
        Assert.Null(record.Fields[FieldKeys.OperatorName]!.Evidence!.LowConfidence);
    }

    [Fact]
    public void Aggregate_KeepsLicenseName_ReadConfidently()
    {
        var license = new DocBuilder().Page(PageSource.Ocr, 0.95).Lines("营业执照", "名称 太原优客青查投资管理有限公司")
            .Classified("d3", DocumentType.BusinessLicense);
        var lease = new DocBuilder().Lines("房屋租赁合同", "承租方（乙方）：太原优客青橙投资管理有限公司")
            .Classified("d4", DocumentType.LeaseContract);

        var (record, _) = Run(null, license, lease);

        Assert.Equal("太原优客青查投资管理有限公司", record.Fields[FieldKeys.OperatorName]!.Evidence!.Value?.Text);
    }
}

public class ClassifiedDocumentTests
{
    [Fact]
    public void From_GivesEachEntryItsPages_BundleOfTwoDocuments()
    {
        var bundle = new DocBuilder().Lines("营业执照").Page().Lines("房屋租赁合同").Page().Lines("第二页").Build("bundle.pdf");
        var entries = new[]
        {
            new DocumentEntry { DocumentId = "d1", File = "bundle.pdf", Pages = [1], Type = DocumentType.BusinessLicense },
            new DocumentEntry { DocumentId = "d2", File = "bundle.pdf", Pages = [2, 3], Type = DocumentType.LeaseContract },
            new DocumentEntry { DocumentId = "d3", File = "broken.pdf", Status = DocumentStatus.Error, Error = "damaged PDF" },
            new DocumentEntry { DocumentId = "d4", File = "missing.pdf", Type = DocumentType.Diploma },
        };

        var docs = ClassifiedDocument.From(entries, f => f == "bundle.pdf" ? bundle : null);

        Assert.Equal(["d1", "d2"], docs.Select(d => d.Entry.DocumentId));
        Assert.Equal([2, 3], docs[1].Pages.Select(p => p.Number));
    }
}
