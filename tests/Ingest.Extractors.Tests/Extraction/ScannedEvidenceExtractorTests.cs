using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction;

/// <summary>Supporting documents as scans read them: noise around labels, columns read apart, misread marks.</summary>
public class ScannedEvidenceExtractorTests
{
    private static DocumentFacts Run(IDocumentExtractor extractor, DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = extractor.Type };
        extractor.Extract(doc.View("d2"), facts);
        return facts;
    }

    [Fact]
    public void FinancialStatement_PairsLabelsWithAmountsLevelWithThem_ColumnsReadApart()
    {
        // The labels were read as one block and the amounts as another; only their heights pair them.
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Lines("利润表", "编制单位:太原星火科技有限公司 单位:元")
            .Cells(1.5, (40, "项目"), (300, "行次 本年金额 上年金额"))
            .Cells(1.5, (40, "、营业总收入"), (300, "工2,749,900.00 2,450,000.00"))
            .Cells(1.5, (40, "其中:营业收入"), (300, "2 2,749,900.00 2,450,000.00"))
            .Cells(1.5, (40, "、营业总成本"), (300, "3 1,634,100.00 1,455,900.00"))
            .Cells(1.5, (40, "其中:营业成本"), (300, "人4 544,900.00 485,500.00")));

        Assert.Equal(274.99m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(163.41m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Theory]
    [InlineData("医。营业总成本3 6,189,600.00 4,567,300.00")]
    [InlineData("二、和营业总成本3 6,189,600.00 4,567,300.00")]
    public void FinancialStatement_ReadsTotalRow_NoiseBeforeLabel(string costLine)
    {
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "利润表 单位:元", "项目 行次 本年金额 上年金额",
            "一、营业总收入生8,963,800.00 6,614,300.00", costLine, "其中:营业成本4 2,396,200.00 1,768,100.00"));

        Assert.Equal(896.38m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(618.96m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void FinancialStatement_TakesCurrentColumn_PriorYearNamedFirst()
    {
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder().Lines(
            "收入支出表（金额单位：万元）", "项目 上年数 本年数", "营业收入 120.5 236.8", "营业成本 100 198"));

        Assert.Equal(236.8m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(198m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void FinancialStatement_IgnoresGrowthRate_RowNamedAfterRevenue()
    {
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder().Lines(
            "单位：万元", "营业收入增长率 12.5", "营业收入 236.8"));

        Assert.Equal(236.8m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
    }

    [Fact]
    public void MentorLetter_ReadsName_AngleBracketAfterTitle()
    {
        var facts = Run(new MentorLetterExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "聘书", "效聘请孟诗琪女士〈丝路科技股份有限公司首席技术官)为", "数智龙城创新创业中心众创空间创业导师，聘期3年。"));

        Assert.Equal(["孟诗琪"], facts.Mentors.Select(m => m.Name.Value?.Text));
    }

    [Fact]
    public void MentorLetter_ReadsNoNamesFromSentence_WordsLikeListHeaders()
    {
        var facts = Run(new MentorLetterExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "兹聘请张桂英女士为星火新动", "众创空间 创业导师 ，聘期 3年", "张 桂英 二〇一九年"));

        Assert.Equal(["张桂英"], facts.Mentors.Select(m => m.Name.Value?.Text));
    }

    [Fact]
    public void Diploma_TakesStudyEnd_FootDateLostAndBirthDateWithoutSheng()
    {
        // The scan moved 生 to another line and garbled the date at the foot.
        var facts = Run(new DiplomaExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "普通高等学校", "毕业证书", "学生秦鑫，性别男，1990年3月30日", "证书编号: 101101201405828584", "生",
            "，于2010年9月至2014年1月在本校材料科学与工程专业四年制本科学习", "中北大学", "2014征"));

        Assert.Equal(2014, facts.Diploma!.GraduationDate?.Value?.Date?.Year);
        Assert.Equal("101101201405828584", facts.Diploma.CertificateNo?.Value?.Text);
    }

    [Fact]
    public void Diploma_NoGraduationDate_OnlyTheStudyStartSurvivedTheScan()
    {
        // Study end and foot date both garbled: the start of the study period must not stand in for graduation.
        var facts = Run(new DiplomaExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "普通高等学校", "毕业证书", "学生卫琳，性别女，1973年2月5日生，于1991年9月至1995征6有在本校会计学专业四年制本科学习",
            "证书编号: 101121199505190557", "1995年6有2上"));

        Assert.Null(facts.Diploma!.GraduationDate);
    }

    [Fact]
    public void Diploma_TakesFootDate_OverStudyEnd()
    {
        var facts = Run(new DiplomaExtractor(), new DocBuilder().Lines(
            "学生张三，性别女，1981年5月12日生，于1999年9月至2003年7月在本校电子商务专业四年制本科学习",
            "证书编号：107591200305300530", "2003年7月25日"));

        Assert.Equal(new DateOnly(2003, 7, 25), facts.Diploma!.GraduationDate?.Value?.Date);
    }

    [Fact]
    public void BankProof_ReadsFigures_CurrencyMarkMisreadAndUppercaseVariant()
    {
        var facts = Run(new BankDepositProofExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "单位存款证明书", "许昌丝路鼎立孵化器管理有限公司:",
            "户名 账号 币种 存款余额", "许昌丝路鼎立孵化器管理有限公司 4680479223693418007 人民币羊3,000,000.00",
            "合计金额:人民币(大写)参佰万元整(小写) Y3,000,000.00"));

        Assert.Equal(300m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
        Assert.True(facts.Bank!.Agree);
    }

    [Fact]
    public void BankProof_ReadsUppercaseRunWhole_FirstNumeralMisread()
    {
        // 「过佰贰拾万元整」 would read as 20万 if the run after the misread 壹 were taken on its own; read whole, its
        // look-alike 过 stands for 壹 and the words agree with the figures.
        var facts = Run(new BankDepositProofExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "单位存款证明书", "户名 账号 币种 存款余额", "乌鲁木齐太行创客信息技术有限公司 1050720154301170591 人民币。Y1,200,000.00",
            "合计金额:人民币(大写)过佰贰拾万元整(小写)六,200,000.00"));

        Assert.Equal(120m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
        Assert.Equal(120m, facts.Bank!.AmountUppercase?.Value?.Number);
    }

    [Fact]
    public void BusinessLicense_ReadsNameAndDate_LabelLettersInCellsOfTheirOwn()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line("统一社会信用代码911401067WM43HM63C")
            .Cells(1.5, (40, "名"), (120, "称"), (300, "太原极客丝路众创空间管理有限公司"))
            .Cells(1.5, (40, "成立日期"), (300, "2013年01月26日-"))
            .Cells(1.5, (40, "住"), (120, "所"), (300, "山西省太原市迎泽区文化路12号科创大厦B座")));

        Assert.Equal("太原极客丝路众创空间管理有限公司", facts.Fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal(new DateOnly(2013, 1, 26), facts.Fields[FieldKeys.RegistrationDate].Value?.Date);
        Assert.Equal("山西省太原市迎泽区文化路12号科创大厦B座", facts.Fields[FieldKeys.Address].Value?.Text);
    }

    [Fact]
    public void BusinessLicense_CutsTheOtherColumn_ScanLineRunsAcrossBothColumns()
    {
        // Two columns: 名称 | 注册资本 and 法定代表人 | 营业期限 on one row each, read as one line.
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line("统一社会信用代码911401067WM43HM63C")
            .Line("名称 太原青禾云帆创业服务有限公司 注册资本 壹佰万元整")
            .Line("法定代表人 范志强 营业期限 2013年08月17日至长期")
            .Line("住所 山西省太原市小店区南中环街121号产业园A座7层"));

        Assert.Equal("太原青禾云帆创业服务有限公司", facts.Fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal("范志强", facts.Fields[FieldKeys.LegalRepresentative].Value?.Text);
        Assert.Equal("山西省太原市小店区南中环街121号产业园A座7层", facts.Fields[FieldKeys.Address].Value?.Text);
    }

    [Fact]
    public void BusinessLicense_ReadsNoName_ScanLostItBetweenTheLabelAndTheOtherColumnsLabel()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line("916501023LK37MY09F")
            .Line("名称乌鲁木齐易达同舟众创空间管理有限公司注册资本")
            .Line("法定代表人营业期限")
            .Line("2018年12月12日至长期"));

        Assert.Null(facts.Fields.GetValueOrDefault(FieldKeys.LegalRepresentative)?.Value);
        Assert.Equal("乌鲁木齐易达同舟众创空间管理有限公司", facts.Fields[FieldKeys.OperatorName].Value?.Text);
    }

    [Theory]
    [InlineData("名，称")]
    [InlineData("名”称")]
    public void BusinessLicense_ReadsASpacedLabelWithASpeckInItsGap_AndAnAddressWrappedOntoTheNextLine(string nameLabel)
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line("统一社会信用代码911401067WM43HM63C")
            .Line(nameLabel + "太原青禾企业管理咨询有限公司注册资本叁佰万元整")
            .Line("住所山西省太原市万柏林区南中环街67号")
            .Line("双创基地7层", x: 90)
            .Line("登记机关")
            .Line("太原市行政审批服务管理局", x: 90));

        Assert.Equal("太原青禾企业管理咨询有限公司", facts.Fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal("山西省太原市万柏林区南中环街67号双创基地7层", facts.Fields[FieldKeys.Address].Value?.Text);
    }

    [Fact]
    public void BusinessLicense_KeepsTheAddress_WhenTheLineBelowIsNoRestOfIt()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line("名称 太原青禾企业管理咨询有限公司")
            .Line("住所山西省太原市万柏林区南中环街67号")
            .Line("成立日期2019年12月7日", x: 90)
            .Line("山西省太原市小店区8层", x: 90));

        Assert.Equal("山西省太原市万柏林区南中环街67号", facts.Fields[FieldKeys.Address].Value?.Text);
    }

    [Theory]
    [InlineData("统一社会信用代码编号54060915059035", "91140213251T2DUN7D EN / :灵各")] // the license number beside the label
    [InlineData("统一社会信用代码，", "9114060273Q5P2J823 2广。")]
    [InlineData("统一社会信用代码", "9114010513RUG5AQ29 EY \\/")]                   // the QR code's edge read as letters
    public void BusinessLicense_ReadsTheCodeUnderItsLabel_NoiseBesideIt(string labelLine, string codeLine)
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line(labelLine).Line(codeLine).Line("名称 太原青禾云帆创业服务有限公司"));

        Assert.Equal(codeLine[..18], facts.Fields[FieldKeys.CreditCode].Value?.Text);
    }

    [Theory]
    [InlineData("9114010582BLB6X60A", null)]  // passes its check character: the code as printed
    [InlineData("9114010582BLB6X60B", true)]  // fails it: may be a misread, left for a person to check
    public void BusinessLicense_TrustsACodeThatPassesItsCheck_NoisyLineReadWithLowConfidence(string code, bool? lowConfidence)
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr, 0.4)
            .Line("统一社会信用代码").Line(code + "“当归").Line("名称 太原星汉明德众创空间管理有限公司"));

        Assert.Equal(code, facts.Fields[FieldKeys.CreditCode].Value?.Text);
        Assert.Equal(lowConfidence, facts.Fields[FieldKeys.CreditCode].LowConfidence);
    }

    [Fact]
    public void BusinessLicense_JoinsCodeWithItsTail_OcrSplitTheCodeIntoTwoLinesOfOneRow()
    {
        // 「统一社会信用代码914110023T8LP」 ends at x = 260; OCR gave the last five characters a line of their own.
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Cells(1.5, (50, "统一社会信用代码914110023T8LP"), (263, "7RWOJ"))
            .Cells(1.5, (40, "名称"), (300, "许昌雁门恒信企业管理有限公司")));

        Assert.Equal("914110023T8LP7RW0J", facts.License?.CreditCode?.Value?.Text);
    }

    [Theory]
    [InlineData(490, "山西省太原市尖草坪区人民路383号数字经济产业园B座")]   // the rest starts right after the cut
    [InlineData(700, "山西省太原市尖草坪")]                              // far off on the row: another cell's text
    public void BusinessLicense_JoinsAddressWithItsRest_OcrSplitItIntoTwoLinesOfOneRow(double restX, string expected)
    {
        // 「住所 山西省太原市尖草坪|」 ends at x = 490 (11 characters from x = 380).
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Cells(1.5, (40, "名称"), (300, "太原科信青橙企业管理有限公司"))
            .Cells(1.5, (40, "住所"), (380, "山西省太原市尖草坪|"), (restX, "区人民路383号数字经济产业园B座")));

        Assert.Equal(expected, facts.License?.Address?.Value?.Text);
    }

    [Fact]
    public void BusinessLicense_KeepsNoCode_OnlyAPieceOfItWasRead()
    {
        // The tail stands on another row: nothing says it belongs to the code.
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Line("统一社会信用代码914110023T8LP")
            .Cells(1.5, (40, "名称"), (300, "许昌雁门恒信企业管理有限公司"))
            .Line("7RWOJ", x: 263));

        Assert.Null(facts.License?.CreditCode?.Value);
        Assert.Equal("914110023T8LP", facts.License?.CreditCode?.Raw);
    }

    [Fact]
    public void BusinessLicense_RepairsDivisionOfStreetAddress_AddressLabelLost()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Lines("营业执照", "名称 许昌卓越新动孵化器管理有限公司", "河南省许昌市融州市高新街268号科创大厦14层"));

        Assert.Equal("河南省许昌市禹州市高新街268号科创大厦14层", facts.Fields[FieldKeys.Address].Value?.Text);
    }

    [Fact]
    public void BusinessLicense_TakesRegistrationDateFromTerm_DateUnderLabelGarbled()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "成立日期 2014征", "F3月16", "2014年3月16", "长期"));

        Assert.Equal(new DateOnly(2014, 3, 16), facts.Fields[FieldKeys.RegistrationDate].Value?.Date);
    }

    [Fact]
    public void LeaseContract_ReadsEndDayAndArea_DayMarkAndCommaMisread()
    {
        var facts = Run(new LeaseContractExtractor(), new DocBuilder().Page(PageSource.Ocr).Lines(
            "房屋租赁合同", "甲方将坐落于河南省许昌市建安区解放路253号孵化基地5层的房屋出租给乙方使用",
            ",房屋建筑面积1L286m，用途为办公。", "租赁期限为66个月，自二〇一四年五月二十四日起至二〇一九年十一月二十三月止。"));

        Assert.Equal(new DateOnly(2019, 11, 23), facts.Fields[FieldKeys.LeaseEndDate].Value?.Date);
        Assert.Equal(5.5m, facts.Fields[FieldKeys.LeaseTermYears].Value?.Number);
        Assert.Equal(1286m, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
    }
    [Fact]
    public void ActivityRecord_ReadsDatesOnLinesOfTheirOwn_ListReadColumnByColumn()
    {
        var facts = Run(new ActivityRecordExtractor(), new DocBuilder().Page(PageSource.Ocr)
            .Cells(1.5, (40, "2016年5月23日"), (300, "产品设计与用户体验创业讲堂"))
            .Cells(1.5, (40, "2016年5月28日"), (300, "数字化转型创业讲堂"))
            .Cells(1.5, (40, "2016年8月6月"))
            .Cells(1.5, (40, "2016年10月12")));

        Assert.Equal([new DateOnly(2016, 5, 23), new DateOnly(2016, 5, 28), new DateOnly(2016, 8, 6), new DateOnly(2016, 10, 12)],
            facts.Events.Select(e => e.Date));
        Assert.Equal("数字化转型创业讲堂", facts.Events[1].Title);
    }
}
