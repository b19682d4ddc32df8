using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction;

public class FillInBlanksTests
{
    private static decimal? Number(Dictionary<FieldKey, FieldValue> f, FieldKey k) => f.GetValueOrDefault(k)?.Value?.Number;

    [Fact]
    public void Read_NamesEachBlankByTheClauseBeforeIt_InWordingsOtherThanTheGlossaryLabels()
    {
        var fields = FillInBlanks.Read(new DocBuilder().PlainLine("申请书").Lines(
            "我单位＿晋阳启明科技有限公司＿成立于＿2019年4月8日＿，法定代表人＿王建国＿。",
            "本空间于＿2020年1月6日＿投入运营，场地总面积为＿1,200＿平方米，公共服务面积＿450＿平方米，场地性质＿自有＿。",
            "现有管理服务人员＿12＿名，其中大专以上学历＿10＿人、专职人员＿8＿人；签约创业导师＿6＿名。",
            "在孵企业＿32＿家，其中科技型＿20＿家；月均举办创业沙龙、培训等活动＿4＿场，种子资金规模＿200＿万元。").View());

        Assert.Equal("晋阳启明科技有限公司", fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal(new DateOnly(2019, 4, 8), fields[FieldKeys.RegistrationDate].Value?.Date);
        Assert.Equal("王建国", fields[FieldKeys.LegalRepresentative].Value?.Text);
        Assert.Equal(new DateOnly(2020, 1, 6), fields[FieldKeys.EstablishedDate].Value?.Date);
        Assert.Equal(1200m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal(450m, Number(fields, FieldKeys.PublicAreaSqm));
        Assert.Equal("owned", fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal(12m, Number(fields, FieldKeys.StaffTotal));
        Assert.Equal(10m, Number(fields, FieldKeys.StaffCollegeOrAbove));
        Assert.Equal(8m, Number(fields, FieldKeys.StaffFullTime));
        Assert.Equal(6m, Number(fields, FieldKeys.MentorsCount));
        Assert.Equal(32m, Number(fields, FieldKeys.ResidentCount));
        Assert.Equal(20m, Number(fields, FieldKeys.ResidentTechCount));
        Assert.Equal(4m, Number(fields, FieldKeys.EventsPerMonth));
        Assert.Equal(200m, Number(fields, FieldKeys.SeedFundWan));
        Assert.Equal(15, fields.Count);
    }

    [Fact]
    public void Read_TakesTheValuesSetOffBySpaces_TypedFormWithoutUnderlines()
    {
        var fields = FillInBlanks.Read(new DocBuilder().PlainLine("众创空间备案申请表").Lines(
            "    我单位 乌鲁木齐安和鼎盛科技服务有限公司（统一社会信用代码：91650104M2CAW2GU2A）是天山创客工场的运营主体，运营场所位于 新疆维吾尔自治区乌鲁木齐市新市区长春中路311号。",
            "    运营主体于 2018年5月22日 在市场监督管理部门登记注册。",
            "    空间服务场地面积为 780㎡，场地来源为租赁；其中公共区域面积 620㎡，共提供创业工位 60个。",
            "    空间现有服务人员数量 5人，专职人员 4人；聘请专兼职创业导师 4人。",
            "    目前年协议入驻创业团队和企业 24家。",
            "申请单位（盖章）：乌鲁木齐安和鼎盛科技服务有限公司").View());

        Assert.Equal("乌鲁木齐安和鼎盛科技服务有限公司", fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal("新疆维吾尔自治区乌鲁木齐市新市区长春中路311号", fields[FieldKeys.Address].Value?.Text);
        Assert.Equal(new DateOnly(2018, 5, 22), fields[FieldKeys.RegistrationDate].Value?.Date);
        Assert.Equal(780m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal(620m, Number(fields, FieldKeys.PublicAreaSqm));
        Assert.Equal(60m, Number(fields, FieldKeys.WorkstationsTotal));
        Assert.Equal(5m, Number(fields, FieldKeys.StaffTotal));
        Assert.Equal(4m, Number(fields, FieldKeys.StaffFullTime));
        Assert.Equal(4m, Number(fields, FieldKeys.MentorsCount));
        Assert.Equal(24m, Number(fields, FieldKeys.ResidentCount));
    }

    [Fact]
    public void Read_ReadsNothing_TableRowsWithSpacesButNoSentences()
    {
        var fields = FillInBlanks.Read(new DocBuilder().Lines(
            "众创空间名称 天山创客工场", "运营主体 乌鲁木齐安和鼎盛科技服务有限公司", "服务场地面积 780㎡", "服务人员数量 5人",
            "专职人员 4人", "创业导师 4人", "入驻团队 24家").View());

        Assert.Empty(fields);
    }

    [Fact]
    public void Read_TakesTheSpacesFoundingDate_WhenTheSentenceIsAboutTheSpace()
    {
        var fields = FillInBlanks.Read(new DocBuilder().Lines(
            "本空间成立于＿2021年3月1日＿，现有场地面积＿640＿平方米，专职＿4＿人。",
            "其中公共办公与服务场地面积＿589＿平方米，租期＿6＿年，聚集创客＿201＿人。").View());

        Assert.Equal(new DateOnly(2021, 3, 1), fields[FieldKeys.EstablishedDate].Value?.Date);
        Assert.False(fields.ContainsKey(FieldKeys.RegistrationDate));
        Assert.Equal(640m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal(589m, Number(fields, FieldKeys.PublicAreaSqm));
        Assert.Equal(6m, Number(fields, FieldKeys.LeaseTermYears));
        Assert.Equal(201m, Number(fields, FieldKeys.MakersCount));
    }

    [Fact]
    public void Read_LeavesABlankUnread_WhenItsUnitIsNotTheKeys()
    {
        // 「专职＿4＿家」 is no count of people; 「联系电话」 is no glossary key.
        var fields = FillInBlanks.Read(new DocBuilder().Lines(
            "本空间现有服务人员＿9＿人，其中专职＿4＿家，联系电话＿0351-6612345＿，",
            "聚集创客＿201＿人，租期＿6＿年，场地面积＿640＿人。").View());

        Assert.Equal(9m, Number(fields, FieldKeys.StaffTotal));
        Assert.False(fields.ContainsKey(FieldKeys.StaffFullTime));
        Assert.False(fields.ContainsKey(FieldKeys.TotalAreaSqm));
        Assert.Equal(3, fields.Count);
    }

    [Fact]
    public void Read_ReadsNothing_OnAFormWithAFewSignatureBlanks()
    {
        var fields = FillInBlanks.Read(new DocBuilder().Lines(
            "法定代表人签字：＿＿张三＿＿", "服务场地面积＿800＿平方米", "填表日期：＿2024年5月1日＿").View());

        Assert.Empty(fields);
    }

    [Fact]
    public void Read_TakesAScansQuotesForTheUnderlinesEnds_AndJoinsAValueAcrossLines()
    {
        var fields = FillInBlanks.Read(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "我单位_朔州天山企业管理咨询有限公司_【统一社会信用代码_91140602Y6HJ4AL",
            "EQ1_)成立于_2015年1月4日_，法定代表人_”贾玉兰_“，住所位于“山西省朔州市朔城",
            "区民福东街254号创业大厦14层_。",
            "本空间现有场地面积“640_平方米，其中公共办公与服务场地面积“589_平方米，",
            "场地为“租赁“，租期_6_年。").View());

        Assert.Equal("91140602Y6HJ4ALEQ1", fields[FieldKeys.CreditCode].Value?.Text);
        Assert.Equal("贾玉兰", fields[FieldKeys.LegalRepresentative].Value?.Text);
        Assert.Equal("山西省朔州市朔城区民福东街254号创业大厦14层", fields[FieldKeys.Address].Value?.Text);
        Assert.Equal(new DateOnly(2015, 1, 4), fields[FieldKeys.RegistrationDate].Value?.Date);
        Assert.Equal(640m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal(589m, Number(fields, FieldKeys.PublicAreaSqm));
        Assert.Equal("leased", fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal(6m, Number(fields, FieldKeys.LeaseTermYears));
    }

    [Fact]
    public void Extract_PrefersTheBlanksValue_ToALabelledReadingThatRanAcrossTheBlanksEnd()
    {
        var facts = new DocumentFacts { DocumentId = "d1", Type = DocumentType.ApplicationForm };
        new ApplicationFormExtractor().Extract(new DocBuilder().Lines(
            "我单位＿朔州北辰科技有限公司＿（统一社会信用代码＿91140602Y03LY1PYMK＿）成立于＿2014年12月30日＿，法定代表人＿邓德华＿。",
            "本空间现有场地面积＿531.36＿平方米，其中公共办公与服务场地面积＿489＿平方米，场地为＿租赁＿，租期＿5＿年。").View(), facts);

        Assert.Equal("91140602Y03LY1PYMK", facts.Fields[FieldKeys.CreditCode].Value?.Text);
        Assert.Equal("朔州北辰科技有限公司", facts.Fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal(531.36m, facts.Fields[FieldKeys.TotalAreaSqm].Value?.Number);
    }
}
