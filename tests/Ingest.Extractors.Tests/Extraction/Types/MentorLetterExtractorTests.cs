using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction.Types;

public class MentorLetterExtractorTests
{
    private static DocumentFacts Run(DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d9", Type = DocumentType.MentorLetter };
        new MentorLetterExtractor().Extract(doc.View("d9"), facts);
        return facts;
    }

    [Fact]
    public void Extract_ReadsOneAppointee_SameNameReadTwiceACharacterApartOnOnePage()
    {
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "聘书", "兹聘请万霞女士（恒信投资管理有限公司律师）为众创空间创业导师，聘期三年。", "尊敬的万起女士：", "感谢您的支持。"));

        Assert.Equal(["万霞"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
    }

    [Theory]
    [InlineData("效聘请程伟律师“乌鲁木齐科技有限公司)为众诚知微创客空间创业导师，聘期三年。", "程伟")]   // the bracket read as a quote
    [InlineData("兹聘请邵俊杰合伙人乌鲁木齐知识产权代理有限公司)为众诚知微创客空间创业导师。", "邵俊杰")] // bracket lost after a title
    [InlineData("效聘请潘晓燕合伙人《大学计算机学院)为众诚知微创客空间创业导师。", "潘晓燕")]
    public void Extract_ReadsTheAppointee_TitleAndEmployerBetweenNameAndWei(string line, string expected)
    {
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("聘书", line, "聘期内请为入驻创业团队和企业提供创业辅导。", "聘书编号: DS2018004"));

        Assert.Equal([expected], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
    }

    [Fact]
    public void Extract_ReadsTheHeadsAppointee_ScannedAgreementsSignatureReadAsAnotherName()
    {
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "创业导师聘用协议", "甲方:许昌桃源筑梦科技服务有限公司", "乙方:邱娟(云创投资管理有限公司副教授)",
            "为更好地服务入驻桃源筑梦创客空间的创业团队和企业，甲方聘请乙方担任创业导师",
            "一、乙方每季度为入驻团队提供不少于两次创业辅导", "甲方(盖章) :许昌桃源镇梦科技服务有限公司|乙方(签字) :印旭|"));

        Assert.Equal(["邱娟"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
    }

    [Fact]
    public void Extract_ReadsNoListUnderTheLettersWords_LetterAddressedToItsAppointee()
    {
        // 「兹聘请您为…」 names nobody after 聘请; the letter's words 创业导师 and 聘期 stand over other words like a header.
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line("聘书").Line("吕飞先生:")
            .Cells(1, (50, "兹聘请您为建安双创服务中心众创空间"), (450, "创业导师"), (560, "聘期"))
            .Cells(1, (50, "聘期内请您为入驻创业团队和企业提供"), (450, "创业辅导"), (560, "项目诊断"))
            .Cells(1, (50, "导师简介：连续创业者，曾创办两家科技"), (450, "并公司"), (560, "退出")));

        Assert.Equal(["吕飞"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
    }

    [Fact]
    public void Extract_CountsSilentPages_ScannedPageWithNeitherNameNorAppointment()
    {
        var facts = Run(new DocBuilder()
            .Page(PageSource.Ocr, 0.9).Lines("聘书", "兹聘请易丹女士为众创空间创业导师。")
            .Page(PageSource.Ocr, 0.3).Lines("聘由", "1 4J", "生人PR、《"));

        Assert.Equal(["易丹"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
        Assert.Equal(1, facts.SilentPages);
    }

    [Fact]
    public void Extract_KeepsTheLettersOwnWording_SecondNameFoundOnlyByAnotherWording()
    {
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "聘书", "兹聘请易丹女士为众创空间创业导师。", "王建军同志：", "特此聘任。"));

        Assert.Equal(["易丹"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
    }

    [Fact]
    public void Extract_SkipsTheStartOfAnOrganisationsName_StampUnderASignatureLabel()
    {
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "创业导师服务协议", "甲方：大同恒信领航创业服务有限公司", "受聘人：易丹", "甲方聘请乙方担任创业导师。")
            .Page(PageSource.Ocr, 0.9).Lines("创业导师服务协议", "甲方：大同恒信领航创业服务有限公司", "受聘人：大同恒信"));

        Assert.Equal(["易丹"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
    }

    [Fact]
    public void Extract_CountsALetterWhoseNameIsUnreadable_AppointmentSentenceWithoutName()
    {
        var facts = Run(new DocBuilder()
            .Page(PageSource.Ocr, 0.9).Lines("聘书", "兹聘请田玉兰女士为光合龙城众创空间创业导师，聘期5年。")
            .Page(PageSource.Ocr, 0.9).Lines("聘书", "Le女士(太行投资管理有限公司律师)为光合龙城", "众创空间创业导师，聘期5年。")
            .Page(PageSource.Ocr, 0.9).Lines("附件：导师服务记录表", "2021年3月 路演点评"));

        Assert.Equal(["田玉兰"], facts.Mentors.Select(m => m.Name.Value!.Value.Text!));
        Assert.Equal(1, facts.UnreadableLetters);
    }

    [Fact]
    public void Extract_CountsAOnePageLetterAsUnreadable_WordingLostToTheScan()
    {
        var facts = Run(new DocBuilder().Page(PageSource.Ocr, 0.4).Lines("聘", "效聘肯易华)", "先生(前副及管理有恨口」田教为蝴专钳"));

        Assert.Empty(facts.Mentors);
        Assert.Equal(1, facts.UnreadableLetters);
    }

    [Fact]
    public void Aggregate_CountsUnreadableLettersAsMentors_LowerConfidence()
    {
        var letters = new DocBuilder()
            .Page(PageSource.Ocr, 0.9).Lines("兹聘请田玉兰女士为众创空间创业导师。")
            .Page(PageSource.Ocr, 0.9).Lines("兹聘请丁振华先生为众创空间创业导师。")
            .Page(PageSource.Ocr, 0.9).Lines("NT 2女士(泰和投资管理有限公司董事长)为易立创想空间创业导师，聘期5年")
            .Classified("d9", DocumentType.MentorLetter);
        var record = new SubmissionRecord();
        FieldExtractor.Extract(record, [letters]);

        var count = record.Fields[FieldKeys.MentorsCount]!.Evidence!;
        Assert.Equal(3m, count.Value!.Value.Number);
        Assert.True(count.Confidence <= 0.7);
    }
}
