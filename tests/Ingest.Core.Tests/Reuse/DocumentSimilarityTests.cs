using ZcIngest.Core.Records;
using ZcIngest.Core.Reuse;

namespace ZcIngest.Core.Tests.Reuse;

public sealed class DocumentSimilarityTests
{
    // Two diplomas of one school's template as OCR reads a poor scan: the printed dates agree, the holder, major and
    // wording around them do not, and the certificate numbers were not read at all.
    private static string Diploma(string holder, string born, string major, string number) =>
        $"普通高等学校毕业证书 学生{holder}，性别男，{born}生，于2015年9月至2019年6月在本校{major}专业四年制本科学习，" +
        $"修完教学计划规定的全部课程，成绩合格，准予毕业。校名：太原理工大学 校长：王某 证书编号：{number} 二〇一九年六月三十日";

    private static readonly PerceptualHash Page = new([0x0123456789ABCDEFUL, 0xFEDCBA9876543210UL, 0x0F0F0F0F0F0F0F0FUL, 0xF0F0F0F0F0F0F0F0UL]);

    private static DocumentFingerprint Scan(string id, string text) =>
        new(id, DocumentType.Diploma, id + ".jpg", TextFingerprint.Of(text), [Page]);

    [Fact]
    public void Compare_NotTheSame_TemplateSiblingsWhosePageImagesLookAlike()
    {
        var a = Scan("a", Diploma("张伟", "1997年3月12日", "计算机科学与技术", "") + " 经审核，学籍管理规定齐全，特发此证");
        var b = Scan("b", Diploma("欧阳晓霞", "1997年3月12日", "电气工程及其自动化", "").Replace("修完教学计划规定的全部课程，成绩合格", "完成学业，考核通过"));
        var result = DocumentSimilarity.Compare(a, b);
        Assert.Equal(1, result.PagesMatched);
        Assert.False(result.Same, $"text {result.TextAll}, digits {result.TextVariable}");
    }

    [Fact]
    public void Compare_Same_TheSameDiplomaScannedTwice()
    {
        var text = Diploma("张伟", "1997年3月12日", "计算机科学与技术", "101121201905003344");
        var rescanned = text.Replace("成绩合格", "成绩合樁"); // one OCR slip on the second scan
        Assert.True(DocumentSimilarity.Compare(Scan("a", text), Scan("b", rescanned)).Same);
    }
}
