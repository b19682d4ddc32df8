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
}
