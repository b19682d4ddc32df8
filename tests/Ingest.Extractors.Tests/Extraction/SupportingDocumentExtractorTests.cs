using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction;

public class SupportingDocumentExtractorTests
{
    private static DocumentFacts Run(IDocumentExtractor extractor, DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = extractor.Type };
        extractor.Extract(doc.View("d2"), facts);
        return facts;
    }

    [Fact]
    public void BusinessLicense_ReadsSpacedLabels_LicenseLayout()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Lines(
            "营 业 执 照",
            "统一社会信用代码 91140105MA0GRK8L3X",
            "名 称    太原星火科技有限公司",
            "类 型    有限责任公司(自然人投资或控股)",
            "法定代表人    张伟",
            "注 册 资 本    伍佰万元整",
            "成 立 日 期    2018年05月10日",
            "住 所    山西省太原市小店区长治路249号"));

        Assert.Equal("太原星火科技有限公司", facts.License!.Name?.Value?.Text);
        Assert.Equal("91140105MA0GRK8L3X", facts.License.CreditCode?.Value?.Text);
        Assert.Equal("张伟", facts.License.LegalRepresentative?.Value?.Text);
        Assert.Equal(new DateOnly(2018, 5, 10), facts.License.RegistrationDate?.Value?.Date);
        Assert.Equal("山西省太原市小店区长治路249号", facts.License.Address?.Value?.Text);
        Assert.Equal(new DateOnly(2018, 5, 10), facts.Fields[FieldKeys.RegistrationDate].Value?.Date);
    }

    [Fact]
    public void BusinessLicense_JoinsLetterSpacedLabel_ScanReadLabelAndValueApart()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Page(ZcIngest.Core.Documents.PageSource.Ocr, 0.9)
            .Cells(1.5, (138, "统一社会信用代码914110034R7B96BM6T"))
            .Cells(1.5, (138, "名      称"), (387, "许昌天山智汇创业服务有限公司"))
            .Cells(1.5, (138, "法定代表人"), (387, "卢伟")));

        Assert.Equal("许昌天山智汇创业服务有限公司", facts.License!.Name?.Value?.Text);
        Assert.Equal("卢伟", facts.License.LegalRepresentative?.Value?.Text);
    }

    [Fact]
    public void BusinessLicense_FindsCodeWithoutLabel_CodeOnItsOwnLine()
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Table(
                ["名称", "山西汾河孵化器管理有限公司"], ["经营者", "李娜"], ["注册日期", "2019.3.1"], ["经营场所", "晋中市榆次区文华街1号"])
            .Line("9114 0700 MA0K12345Y"));

        Assert.Equal("9114 0700 MA0K12345Y".Replace(" ", ""), facts.License!.CreditCode?.Value?.Text);
        Assert.Equal("李娜", facts.License.LegalRepresentative?.Value?.Text);
        Assert.Equal(new DateOnly(2019, 3, 1), facts.License.RegistrationDate?.Value?.Date);
        Assert.Equal("晋中市榆次区文华街1号", facts.License.Address?.Value?.Text);
    }

    [Fact]
    public void LeaseContract_ReadsPartiesAreaAndBothEndsTerm_NarrativeContract()
    {
        var facts = Run(new LeaseContractExtractor(), new DocBuilder().Lines(
            "房屋租赁合同",
            "出租方（甲方）：太原市恒通物业管理有限公司",
            "承租方（乙方）：太原星火科技有限公司",
            "第一条 甲方将位于太原市小店区长治路249号的房屋出租给乙方使用，建筑面积为450平方米。",
            "第二条 租赁期限自2022年3月22日起至",
            "2027年3月21日止，共五年。",
            "第三条 第一年租金自2022年3月22日至2023年3月21日按季支付。"));

        var lease = facts.Lease!;
        Assert.Equal("太原市恒通物业管理有限公司", lease.Lessor?.Value?.Text);
        Assert.Equal("太原星火科技有限公司", lease.Lessee?.Value?.Text);
        Assert.Equal("太原市小店区长治路249号", lease.Address?.Value?.Text);
        Assert.Equal(450m, lease.Area?.Value?.Number);
        Assert.Equal(new DateOnly(2022, 3, 22), lease.StartDate?.Value?.Date);
        Assert.Equal(new DateOnly(2027, 3, 21), lease.EndDate?.Value?.Date);
        Assert.Equal(5m, lease.TermYears?.Value?.Number);
        Assert.Equal(5m, facts.Fields[FieldKeys.LeaseTermYears].Value?.Number);
    }

    [Fact]
    public void LeaseContract_ReadsDottedRangeAndLabelledArea_FormStyleContract()
    {
        var facts = Run(new LeaseContractExtractor(), new DocBuilder().Table(
            ["甲方", "山西科创园区运营有限公司（以下简称甲方）"],
            ["乙方", "晋中云帆网络科技有限公司"],
            ["房屋坐落", "晋中市榆次区汇通路88号3层"],
            ["租赁面积（㎡）", "1,050.5"],
            ["租赁期限", "2021.7.1-2024.6.30"]));

        var lease = facts.Lease!;
        Assert.Equal("山西科创园区运营有限公司", lease.Lessor?.Value?.Text);
        Assert.Equal("晋中云帆网络科技有限公司", lease.Lessee?.Value?.Text);
        Assert.Equal("晋中市榆次区汇通路88号3层", lease.Address?.Value?.Text);
        Assert.Equal(1050.5m, lease.Area?.Value?.Number);
        Assert.Equal(3m, lease.TermYears?.Value?.Number);
    }

    [Fact]
    public void LeaseContract_TakesStatedTerm_WhenOnlyStartIsWritten()
    {
        var facts = Run(new LeaseContractExtractor(), new DocBuilder().Lines(
            "出租人：王建国", "承租人：运城创客空间管理有限公司",
            "租赁房屋面积共计叁佰平方米，即300㎡。",
            "租期五年，自二〇二二年三月二十二日起计算。"));

        Assert.Equal(5m, facts.Lease!.TermYears?.Value?.Number);
        Assert.Null(facts.Lease.EndDate);
        Assert.Equal("王建国", facts.Lease.Lessor?.Value?.Text);
    }

    [Fact]
    public void PropertyCertificate_ReadsOwnerAddressArea_CertificateTable()
    {
        var facts = Run(new PropertyCertificateExtractor(), new DocBuilder()
            .Line("晋(2020)太原市不动产权第0012345号")
            .Table(["权利人", "太原星火科技有限公司"], ["坐落", "太原市万柏林区和平北路100号"], ["用途", "办公"],
                ["面积", "共有宗地面积1200㎡/房屋建筑面积860.25㎡"]));

        Assert.Equal("太原星火科技有限公司", facts.Property!.Owner?.Value?.Text);
        Assert.Equal("太原市万柏林区和平北路100号", facts.Property.Address?.Value?.Text);
        Assert.Equal(860.25m, facts.Property.Area?.Value?.Number);
        Assert.Equal("晋(2020)太原市不动产权第0012345号", facts.Property.CertificateNo?.Value?.Text);
    }

    [Fact]
    public void Diploma_ReadsHolderLevelSchoolNumberDate_StandardWording()
    {
        var facts = Run(new DiplomaExtractor(), new DocBuilder().Lines(
            "普通高等学校",
            "毕 业 证 书",
            "学生 李 四，性别女，一九九五年三月二十日生，于二〇一三年九月至二〇一七年七月在本校",
            "计算机科学与技术专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
            "校名：山西大学",
            "校（院）长：王五",
            "证书编号：101081201705001234",
            "二〇一七年七月一日"));

        var d = facts.Diploma!;
        Assert.Equal("李四", d.Holder?.Value?.Text);
        Assert.Equal(EducationLevel.Bachelor, d.Level);
        Assert.Equal("山西大学", d.School?.Value?.Text);
        Assert.Equal("101081201705001234", d.CertificateNo?.Value?.Text);
        Assert.Equal(new DateOnly(2017, 7, 1), d.GraduationDate?.Value?.Date);
    }

    [Theory]
    [InlineData("专科", EducationLevel.College)]
    [InlineData("硕士研究生", EducationLevel.Master)]
    [InlineData("博士研究生", EducationLevel.Doctor)]
    [InlineData("高等职业教育", EducationLevel.College)]
    public void Diploma_ReadsLevel_LabelledTemplate(string level, EducationLevel expected)
    {
        var facts = Run(new DiplomaExtractor(), new DocBuilder().Table(
            ["姓名", "赵六"], ["学历层次", level], ["毕业院校", "太原理工大学"], ["证书编号", "101121202006004321"], ["毕业时间", "2020年6月30日"]));

        Assert.Equal("赵六", facts.Diploma!.Holder?.Value?.Text);
        Assert.Equal(expected, facts.Diploma.Level);
        Assert.Equal("太原理工大学", facts.Diploma.School?.Value?.Text);
        Assert.Equal(new DateOnly(2020, 6, 30), facts.Diploma.GraduationDate?.Value?.Date);
    }

    [Fact]
    public void TrainingCertificate_ReadsHolderAndNumber_Sentence()
    {
        var facts = Run(new TrainingCertificateExtractor(), new DocBuilder().Lines(
            "结业证书", "王芳同志于2021年5月参加科技企业孵化器从业人员培训，经考核合格，特发此证。",
            "证书编号：FH2021-0516", "2021年5月30日"));

        Assert.Equal("王芳", facts.Training!.Holder?.Value?.Text);
        Assert.Equal("FH2021-0516", facts.Training.CertificateNo?.Value?.Text);
        Assert.Equal(new DateOnly(2021, 5, 30), facts.Training.IssueDate?.Value?.Date);
    }

    [Theory]
    [InlineData("邓秀英辐志于2016年5月7日至5月11日参加科技企业孵化器从业人员专业培训", "邓秀英")]
    [InlineData("王辉同忐于2016年10月30日参加科技企业孵化器从业人员专业培训", "王辉")]
    [InlineData("张志强同志于2016年10月30日参加科技企业孵化器从业人员专业培训", "张志强")]
    public void TrainingCertificate_ReadsHolder_FormOfAddressMisread(string sentence, string holder)
    {
        var facts = Run(new TrainingCertificateExtractor(), new DocBuilder().Lines("培训证书", sentence, "证书编号：FHQ201694940"));

        Assert.Equal(holder, facts.Training!.Holder?.Value?.Text);
    }

    [Fact]
    public void TrainingCertificate_ReadsHolder_ProofWording()
    {
        var facts = Run(new TrainingCertificateExtractor(), new DocBuilder().Lines(
            "培训证明", "兹证明 陈 静 参加了2022年度山西省众创空间管理人员能力提升培训。", "编号: SX-2022-118"));

        Assert.Equal("陈静", facts.Training!.Holder?.Value?.Text);
        Assert.Equal("SX-2022-118", facts.Training.CertificateNo?.Value?.Text);
    }

    [Fact]
    public void BankProof_ParsesBothRenderingsAndAgrees_DepositCertificate()
    {
        var facts = Run(new BankDepositProofExtractor(), new DocBuilder().Lines(
            "存款证明书",
            "户名：太原星火科技有限公司",
            "账号：1405 0122 6308 0000 1234",
            "截至2022年5月31日，存款余额为人民币（大写）壹佰万元整",
            "（小写）¥1,000,000.00"));

        var bank = facts.Bank!;
        Assert.Equal("太原星火科技有限公司", bank.Holder?.Value?.Text);
        Assert.Equal(100m, bank.AmountFigures?.Value?.Number);
        Assert.Equal(100m, bank.AmountUppercase?.Value?.Number);
        Assert.True(bank.Agree);
        Assert.Equal(100m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
    }

    [Fact]
    public void BankProof_TakesAddressee_HolderCellRanIntoAccountNumber()
    {
        // The holder cell wrapped and merged with the account number, so 户名's neighbour is the label 账号.
        var facts = Run(new BankDepositProofExtractor(), new DocBuilder().Lines(
            "单位存款证明书",
            "太原萌芽新动信息技术有限公司：",
            "兹证明截至2016-05-22，贵单位在我行开立的下列账户存款余额如下：").Table(
            ["户名", "账号", "币种", "存款余额"], ["太原萌芽新动信息技术有限公 5009415887119143049", "人民币", "¥1,200,000.00"]));

        Assert.Equal("太原萌芽新动信息技术有限公司", facts.Bank!.Holder?.Value?.Text);
    }

    [Fact]
    public void Diploma_KeepsEighteenDigits_DateOnTheSameLine()
    {
        var facts = Run(new DiplomaExtractor(), new DocBuilder().Lines(
            "普通高等学校", "毕业证书",
            "学生黄杰，性别男，1976年11月4日生，于1994年9月至1997年6月在本校人力资源管理专业三年制专科学习，",
            "证书编号: 129491199705624972 1997年6月21日"));

        Assert.Equal("129491199705624972", facts.Diploma!.CertificateNo?.Value?.Text);
    }

    [Theory]
    [InlineData("成立日2018年08月26")]
    [InlineData("营业期2018年08月26日至长期")]
    public void BusinessLicense_ReadsRegistrationDate_LabelOrDayLostToTheScan(string line)
    {
        var facts = Run(new BusinessLicenseExtractor(), new DocBuilder().Lines(
            "统一社会信用代码911402135A6B7D9PXP", "名称大同博远莲城科技服务有限公司", "法定代表人宋勇", line));

        Assert.Equal(new DateOnly(2018, 8, 26), facts.License!.RegistrationDate?.Value?.Date);
    }

    [Fact]
    public void BankProof_LeavesAmountNull_RenderingsDisagree()
    {
        var facts = Run(new BankDepositProofExtractor(), new DocBuilder().Table(
            ["账户名称", "晋中云帆网络科技有限公司"], ["金额（大写）", "伍拾万元整"], ["金额（小写）", "400000.00元"]));

        Assert.False(facts.Bank!.Agree);
        Assert.Equal(50m, facts.Bank.AmountUppercase?.Value?.Number);
        Assert.Equal(40m, facts.Bank.AmountFigures?.Value?.Number);
        Assert.Null(facts.Fields[FieldKeys.SeedFundWan].Value);
        Assert.NotNull(facts.Fields[FieldKeys.SeedFundWan].Raw);
    }

    [Fact]
    public void FinancialStatement_ReadsCurrentYearInYuan_IncomeStatement()
    {
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder()
            .Lines("利 润 表", "编制单位：太原星火科技有限公司        2021年度        单位：元")
            .Table(["项目", "行次", "本年金额", "上年金额"],
                ["一、营业收入", "1", "1,500,000.00", "1,200,000.00"],
                ["减：营业成本", "2", "800,000.00", "700,000.00"]));

        Assert.Equal(150m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(80m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void FinancialStatement_ReadsWanHeader_SimpleTable()
    {
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder().Table(
            ["项目", "金额(万元)"], ["总收入", "236.8"], ["运营成本", "198"]));

        Assert.Equal(236.8m, facts.Fields[FieldKeys.RevenueWan].Value?.Number);
        Assert.Equal(198m, facts.Fields[FieldKeys.OperatingCostWan].Value?.Number);
    }

    [Fact]
    public void FinancialStatement_KeepsRaw_NoUnitDeclared()
    {
        var facts = Run(new FinancialStatementExtractor(), new DocBuilder().Table(["营业收入", "1500000"]));

        Assert.Null(facts.Fields[FieldKeys.RevenueWan].Value);
        Assert.Equal("1500000", facts.Fields[FieldKeys.RevenueWan].Raw);
    }
}
