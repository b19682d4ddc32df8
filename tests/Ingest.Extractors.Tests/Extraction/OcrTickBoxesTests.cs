using ZcIngest.Core.Fields;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public sealed class OcrTickBoxesTests
{
    [Theory]
    [InlineData("自有口租赁国", "自有□ 租赁■")]          // boxes after the options, the filled one read as 国
    [InlineData("自有口租任国", "自有□ 租赁■")]          // and the option itself misread by one character
    [InlineData("团自有 口租赁", "■自有 □租赁")]          // boxes before the options
    [InlineData("自有轩 租赁口", "自有■ 租赁□")]
    public void Repair_WritesBoxes_OptionsWithOneMarkEach(string ocr, string expected) =>
        Assert.Equal(expected, OcrTickBoxes.Repair(FieldKeys.PremisesSource, ocr));

    [Fact]
    public void Repair_KeepsSuffix_CategoryOptions() =>
        Assert.Equal("技术支撑类□ 投资驱动类■ 综合类□",
            OcrTickBoxes.Repair(FieldKeys.SpaceCategory, "技术支撑类口投资驱动类国综合类口"));

    [Fact]
    public void Repair_ReadsABoxWithASpeckAsEmpty_NoOptionTicked() =>
        Assert.Null(ChoiceReader.Read(OcrTickBoxes.Repair(FieldKeys.SpaceCategory, "技术支撑类0”投资驱亏类0综合类0")).Option);

    [Theory]
    [InlineData("租赁")]                 // a plain answer
    [InlineData("自有 租赁")]            // options without any marks: nothing to read
    [InlineData("国自有 租赁口")]        // marks on both sides: which side is meant cannot be told
    [InlineData("自有口租赁国家大学")]   // more than a mark after the last option
    [InlineData("■自有 □租赁")]          // already boxes: ChoiceReader reads them as they are
    public void Repair_LeavesText_NotARegularTickRow(string text) =>
        Assert.Equal(text, OcrTickBoxes.Repair(FieldKeys.PremisesSource, text));

    [Fact]
    public void Read_GivesTickedOption_AfterRepair() =>
        Assert.Equal("租赁", ChoiceReader.Read(OcrTickBoxes.Repair(FieldKeys.PremisesSource, "自有口租任国")).Option);
}
