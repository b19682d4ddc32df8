using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction.Types;

public class DiplomaExtractorTests
{
    private static DiplomaFacts Run(DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d6", Type = DocumentType.Diploma };
        new DiplomaExtractor().Extract(doc.View("d6"), facts);
        return facts.Diploma!;
    }

    [Fact]
    public void Extract_ReadsHolderBeforeSex_ScanLostTheWordStudent()
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "普通高等学校", "毕业证书", "谭立新，性别男，1967年3月26日生，于1987年9月至1990年7月在本校汉语言文学专业三年",
            "制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"));

        Assert.Equal("谭立新", diploma.Holder?.Value?.Text);
        Assert.True(diploma.Scanned);
    }

    [Fact]
    public void Extract_TakesLevelFromNumber_ScanLostTheLineNamingIt()
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "普通高等学校", "毕业证书", "计划规定的全部课程，成绩合格，准予毕业。", "校(院)长:赵帅 石河子大学",
            "证书编号:107591200805594814 2008年6月21日"));

        Assert.Equal(EducationLevel.Bachelor, diploma.Level);
        Assert.Null(diploma.LevelText);
    }

    [Fact]
    public void Extract_TakesNoGraduationDate_WhenTheOnlyFullDateLeftIsTheBirthDate()
    {
        // 性别 misread (性别曙男), 生 lost (8F), and the foot date broken over two lines: 1978 is the birth date.
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "普通高等学校", "毕业证书", "学生余鑫，性别曙男，1978年12月8F", "生，于1996年9月至2000年年6月在本校会计学专业四年制本科学习",
            "证书编号：106981200005878330", "2000年", "F6月22日"));

        Assert.Null(diploma.GraduationDate);
    }

    [Fact]
    public void Extract_MarksTheFootDateDoubtful_WhenOneDigitOffTheStudyPeriodsEnd()
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "研究生", "毕业证书", "研究生叶美玲，性别女，1994年8月19日生，于2013年9月至2017年1月在本校学习，学制4年，准予毕业。",
            "证书编号：106985201701436680", "2047年1月24日"));

        Assert.Equal(new DateOnly(2047, 1, 24), diploma.GraduationDate?.Value?.Date);
        Assert.True(diploma.GraduationDate!.LowConfidence);
    }

    [Fact]
    public void Extract_KeepsTheFootDateSure_WhenItAgreesWithTheStudyPeriod()
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "研究生", "毕业证书", "研究生叶美玲，性别女，1994年8月19日生，于2013年9月至2017年1月在本校学习，学制4年，准予毕业。",
            "证书编号：106985201701436680", "2017年1月24日"));

        Assert.NotEqual(true, diploma.GraduationDate?.LowConfidence);
    }

    [Fact]
    public void Extract_ReadsHolderOnTheLineAboveSex_NameBehindOcrNoise()
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "普通高等学校", "毕业证书", "上E毛侍", "，性别男，1992年7月23日生,于2011年9月至2014年1月在本校市场营销专业三年",
            "制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"));

        Assert.Equal("毛侍", diploma.Holder?.Value?.Text);
    }

    [Fact]
    public void Extract_ReadsNoHolder_LongRunBeforeSex()
    {
        var diploma = Run(new DocBuilder().Lines("普通高等学校毕业证书谭立新，性别男，于1987年9月至1990年7月在本校专科学习。"));

        Assert.Null(diploma.Holder?.Value);
        Assert.False(diploma.Scanned);
    }

    [Theory]
    [InlineData("证书编号; 101101199706701090 1997年6月20晶")]
    [InlineData("证书编号：101101199706701090 1997年6月20日")]
    public void Extract_ReadsNumberApartFromTheDateAfterIt_ColonReadAsSemicolon(string numberLine)
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "研究生", "毕业证书", "研究生姜丽娟,性别女，1971年8月28日生，于1994年9月至1997年6月在本校经济学专业学习，学制3年，修",
            "完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", "校(院)长:胡勇中北大学", numberLine));

        Assert.Equal("101101199706701090", diploma.CertificateNo?.Value?.Text);
        Assert.Equal(EducationLevel.Master, diploma.Level);
    }

    [Theory]
    [InlineData("证 书 编号 : 107581200205331636 1999 年 6 月 28 日", true)]   // foot date and study period's end agree
    [InlineData("证 书 编号 : 107581200205331636 2000 年 6 月 28 日", false)]  // they disagree
    [InlineData("证 书 编号 : 107581200205331636", false)]                    // the study period's end is the only reading
    public void Extract_CorroboratesGraduationYear_OnlyWithASecondReadingOfIt(string footLine, bool corroborated)
    {
        var diploma = Run(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines(
            "普通 高 等 学 校", "毕业 证 书",
            "学 生 段 强 ， 性 别 男 ，1976 年 10 月 12 有 日 生 ， 于 1995 年 9 月 至 1999 年 6 月 在 本 校 计算 机 科学 与 技术 专业 四 年 制 本 科",
            "学 习 ， 修 完 教 学 计划 规定 的 全 部 课程 ， 成 绩 合格 ， 准 予 毕 业 。", "校 ( 院 ) 长 : 徐 宁 新 疆 农业 大 学", footLine));

        Assert.Equal(corroborated, diploma.YearCorroborated);
    }
}
