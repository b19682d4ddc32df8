using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public sealed class FieldExtractorReadTests
{
    private static ClassifiedDocument Part(ReadDocument doc, string id, DocumentType type, int page) =>
        new(new DocumentEntry { DocumentId = id, File = doc.File, Type = type, Pages = [page], TextSource = TextSource.Ocr },
            doc, [doc.Pages[page - 1]]);

    [Theory]
    [InlineData(2, 1)]   // the page right after a letter, which the classifier could not place
    [InlineData(3, 0)]   // two pages away: another document's
    public void Read_CountsAStrayPageBesideTheLetters_ClassifierCouldNotPlaceIt(int strayPage, int silent)
    {
        var doc = new DocBuilder()
            .Page(PageSource.Ocr, 0.9).Lines("聘书", "兹聘请易丹女士为众创空间创业导师。")
            .Page(PageSource.Ocr, 0.2).Lines("聘由", "1 4J")
            .Page(PageSource.Ocr, 0.2).Lines("= o")
            .Build("07-创业导师聘书.pdf");
        var result = FieldExtractor.Read([Part(doc, "d11", DocumentType.MentorLetter, 1), Part(doc, "d12", DocumentType.Other, strayPage)]);

        Assert.Equal(silent, result.Documents["d11"].SilentPages);
        var mentors = EvidenceAggregator.Aggregate(result, null)[FieldKeys.MentorsCount];
        Assert.Equal(1m, mentors!.Value!.Value.Number);
        Assert.Equal(silent > 0, mentors.LowConfidence == true);
    }

    [Fact]
    public void Read_MarksFormFigure_ItsOwnDigitsBarelyLegible()
    {
        var doc = new DocBuilder().Page(PageSource.Ocr, 0.93)
            .Line("入驻团队和企业数(家)    3        科技类团队企业数(家)    2")
            .Line("创业导师数(人)    5")
            .Build("01-申请表.pdf");
        // A lone digit read at 0.45 beside clear label characters: the line's mean hides it.
        var line = doc.Pages[0].Lines.First();
        var i = line.Words.FindIndex(w => w.Text == "3");
        line.Words[i] = new Word { Text = "3", Box = line.Words[i].Box, Confidence = 0.45 };

        var fields = FieldExtractor.Read([Part(doc, "d1", DocumentType.ApplicationForm, 1)]).Documents["d1"].Fields;

        Assert.Equal(3m, fields[FieldKeys.ResidentCount].Value?.Number);
        Assert.True(fields[FieldKeys.ResidentCount].LowConfidence);
        Assert.Null(fields[FieldKeys.ResidentTechCount].LowConfidence);
        Assert.Null(fields[FieldKeys.MentorsCount].LowConfidence);
    }
}
