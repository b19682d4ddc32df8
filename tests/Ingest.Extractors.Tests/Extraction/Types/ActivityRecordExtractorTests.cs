using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction.Types;

public class ActivityRecordExtractorTests
{
    /// <summary>A list of 12 monthly events stating 「以上共计{stated}场活动」, whose last <paramref name="lostRows"/> rows the reader lost.</summary>
    private static ExtractionResult Run(int stated, int lostRows, bool heading)
    {
        var doc = new DocBuilder().Page(PageSource.PdfText).Line("众创空间创新创业活动开展情况");
        if (heading) doc.Line("（2016年8月3日—2017年7月19日）");
        doc.Line("序号 活动日期 活动名称");
        for (var i = 0; i < 12 - lostRows; i++)
        {
            var day = new DateOnly(2016, 8, 3).AddMonths(i);
            doc.Line($"{i + 1} {day.Year}年{day.Month}月{day.Day}日 创业沙龙第{i + 1}期");
        }
        doc.Line($"以上共计{stated}场活动，活动通知、签到表及照片存档备查。");
        var result = new ExtractionResult();
        new ActivityRecordExtractor().Extract(doc.View("d14"), result.For("d14", DocumentType.ActivityRecord));
        return result;
    }

    [Fact]
    public void Extract_ReadsTheStatedTotalAndPeriod()
    {
        var facts = Run(12, 0, heading: true).Documents["d14"];
        Assert.Equal(12, facts.StatedTotal?.Total);
        Assert.Equal((new DateOnly(2016, 8, 3), new DateOnly(2017, 7, 19)), facts.StatedPeriod);
    }

    [Theory]
    [InlineData(true, 1.0)]     // 12 stated over the 12 months of the heading
    [InlineData(false, 1.0909)] // without a heading, over the 11 months of the rows read
    public void Aggregate_AveragesTheStatedNumber_ReaderLostTheLastRow(bool heading, double perMonth)
    {
        var evidence = EvidenceAggregator.Aggregate(Run(12, 1, heading), new DateOnly(2017, 8, 1));
        Assert.Equal((decimal)perMonth, evidence[FieldKeys.EventsPerMonth]!.Value!.Value.Number);
        Assert.True(evidence[FieldKeys.EventsPerYear]!.LowConfidence);
    }

    [Fact]
    public void Aggregate_CountsTheRowsRead_WhenTheyAddUpToTheStatedNumber()
    {
        var evidence = EvidenceAggregator.Aggregate(Run(12, 0, heading: true), new DateOnly(2017, 8, 1));
        Assert.Equal(1m, evidence[FieldKeys.EventsPerMonth]!.Value!.Value.Number);
        Assert.Null(evidence[FieldKeys.EventsPerYear]!.LowConfidence);
    }

    [Fact]
    public void Extract_CountsAFormPageWhoseDateWasNotRead_AsAnEventBetweenItsNeighbours()
    {
        // One 活动记录表 a page; the scan read 「2017年]月5日」 (a 1 as a bracket) and lost the third page's date.
        var doc = new DocBuilder();
        foreach (var (title, date) in new[] { ("财税路演", "2016年12月12日"), ("创业沙龙", "2017年]月5日"), ("知识产权沙龙", "2017年?月19日"), ("导师面对面", "2017年2月7日") })
            doc.Page(PageSource.Ocr, 0.8).Lines("活动记录表", $"活动名称 {title}", "活动时间", date, "活动内容:邀请创业导师进行分享。");
        var facts = new DocumentFacts { DocumentId = "d20", Type = DocumentType.ActivityRecord };

        new ActivityRecordExtractor().Extract(doc.View("d20"), facts);

        Assert.Equal([new DateOnly(2016, 12, 12), new DateOnly(2017, 1, 5), new DateOnly(2017, 2, 7)], facts.Events.Select(e => e.Date).Order());
        var undated = Assert.Single(facts.UndatedEvents);
        Assert.Equal((new DateOnly(2017, 1, 5), new DateOnly(2017, 2, 7)), (undated.After, undated.Before));
    }

    [Fact]
    public void Extract_AddsNoUndatedEvent_ForAListOverSeveralPages()
    {
        var doc = new DocBuilder();
        for (var p = 0; p < 3; p++)
            doc.Page(PageSource.Ocr, 0.8).Lines("活动日期 活动名称", $"2017年{p + 1}月3日 创业沙龙", $"2017年{p + 1}月20日 项目路演");
        var facts = new DocumentFacts { DocumentId = "d20", Type = DocumentType.ActivityRecord };

        new ActivityRecordExtractor().Extract(doc.View("d20"), facts);

        Assert.Equal(6, facts.Events.Count);
        Assert.Empty(facts.UndatedEvents);
    }

    [Fact]
    public void Extract_TakesEachFormPagesOwnDate_TitleLabelLostOrDateOnALineOfItsOwn()
    {
        // The scan lost 活动名称 on the first page and every label but 记录人 on the third: each page is still one event on its date.
        var doc = new DocBuilder()
            .Page(PageSource.Ocr, 0.8).Lines("活动记录", "|和和|工业互联网创业沙龙", "|活动时间2018年1月26日活动地点共享办公区", "主办单位|建安众创空间参加人数|95人", "记录人:林燕")
            .Page(PageSource.Ocr, 0.8).Lines("活动记录", "活动名称商业计划书撰写交流会", "活动时间。2018年?月20日", "主办单位建安众创空间参加入数31人", "记录人:林燕")
            .Page(PageSource.Ocr, 0.8).Lines("活动记录", "品牌营销创业沙龙", "2018年4月3日", "建安众创空间参加人数115人", "记录人:林燕")
            .Page(PageSource.Ocr, 0.8).Lines("活动记录", "活动名称 项目路演", "活动时间 2018年5月3日", "记录人:林燕");
        var facts = new DocumentFacts { DocumentId = "d20", Type = DocumentType.ActivityRecord };

        new ActivityRecordExtractor().Extract(doc.View("d20"), facts);

        Assert.Equal([new DateOnly(2018, 1, 26), new DateOnly(2018, 4, 3), new DateOnly(2018, 5, 3)], facts.Events.Select(e => e.Date).Order());
        var undated = Assert.Single(facts.UndatedEvents);
        Assert.Equal((new DateOnly(2018, 1, 26), new DateOnly(2018, 4, 3)), (undated.After, undated.Before));
    }

    [Fact]
    public void Extract_PlacesAFormPageWhoseDateBreaksTheOrder_BetweenItsNeighbours()
    {
        // 「2017年1月4日」 filed between October's forms: its 0 was lost; it must not stretch the period back nine months.
        var doc = new DocBuilder();
        foreach (var date in new[] { "2017年10月2日", "2017年10月15日", "2017年1月4日", "2017年10月28日", "2017年11月9日" })
            doc.Page(PageSource.Ocr, 0.8).Lines("活动记录表", "活动名称 创业沙龙", $"活动时间 {date}", "活动内容:邀请创业导师进行分享。");
        var facts = new DocumentFacts { DocumentId = "d20", Type = DocumentType.ActivityRecord };

        new ActivityRecordExtractor().Extract(doc.View("d20"), facts);

        Assert.DoesNotContain(facts.Events, e => e.Date == new DateOnly(2017, 1, 4));
        var undated = Assert.Single(facts.UndatedEvents);
        Assert.Equal((new DateOnly(2017, 10, 15), new DateOnly(2017, 10, 28)), (undated.After, undated.Before));
    }
}
