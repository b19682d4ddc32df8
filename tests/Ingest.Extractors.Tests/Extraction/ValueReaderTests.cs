using ZcIngest.Core.Fields;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public sealed class ValueReaderTests
{
    [Theory]
    [InlineData("3,470m:", "3,470平方米")]
    [InlineData("800 m?", "800平方米")]
    [InlineData("495m'", "495平方米")]
    [InlineData("1,043ms2", "1,043平方米")] // the superscript read as s2
    [InlineData("120m²", "120m²")]       // a real ² is left for the normaliser
    [InlineData("12mm", "12mm")]         // another unit is not an area
    public void OcrSquareMetre_ReadsOcrVariantsOfSquareMetre(string raw, string expected) =>
        Assert.Equal(expected, ValueReader.OcrSquareMetre(raw));

    [Theory]
    [InlineData("total_area_sqm", "860㎡（租赁），提供创业工位52个。", 860)]   // a self-evaluation table's sentence
    [InlineData("staff_total", "6人，其中专职人员5人；创业导师4人。", 6)]
    [InlineData("max_residency_months", "最长19个月。", 19)]
    [InlineData("seed_fund_wan", "60万元。", 60)]
    [InlineData("total_area_sqm", "共计1", null)]                          // a figure cut by the line's wrap
    [InlineData("total_area_sqm", "5,.586m2", null)]                       // a damaged thousands mark
    [InlineData("staff_total", "6家，其中科技类4家", null)]                  // companies are no staff
    public void Read_TakesTheFigureASentenceOpensWith_WithAUnitThatFits(string key, string cell, int? expected)
    {
        var value = ValueReader.Read(FieldKeys.Get(key), new Span(cell, 1, null, null, Ocr: false), "d1", 0.99);
        Assert.Equal(expected, (int?)value.Value?.Number);
    }

    [Theory]
    [InlineData("二百=十", true)]   // 一百二十 read with 二 as =: the other numerals are no surer
    [InlineData("三百-十九", true)]
    [InlineData("一百二十", false)]
    [InlineData("120", false)]
    public void Read_MarksLowConfidence_ChineseNumeralsRepairedOnAScan(string cell, bool low)
    {
        var value = ValueReader.Read(FieldKeys.SeedFundWan, new Span(cell, 1, null, 0.9, Ocr: true), "d1", 0.99, labelUnit: "万元");
        Assert.NotNull(value.Value);
        Assert.Equal(low, value.LowConfidence == true);
    }

    [Theory]
    [InlineData("operator_name", "成立日期| 2014年01月23晶", null)]        // the next cell's label and value
    [InlineData("legal_representative", "运营主体成立日期", null)]
    [InlineData("operator_name", "许昌云帆朗晴科技企业孵化器有限公司", "许昌云帆朗晴科技企业孵化器有限公司")]
    [InlineData("legal_representative", "李静〈等字", "李静")]              // 「（签字）」 as the scan read it
    [InlineData("legal_representative", "欧阳明辉", "欧阳明辉")]
    [InlineData("legal_representative", "_邓德华_,住所位于_山西省朔州市朔城区开发南路366号科技园15层_。", "邓德华")] // a fill-in form's blank
    [InlineData("legal_representative", "”贾玉兰“,住所位于“山西省朔州市朔城", "贾玉兰")]    // its underscores read as quotes
    [InlineData("operator_name", "机构名称", null)]                                              // the label where the value was lost
    [InlineData("operator_name", "情况", null)]                                                  // a heading's tail
    public void Read_TakesNoLabelForAName_AndCutsTheSignatureBracket(string key, string cell, string? expected)
    {
        var value = ValueReader.Read(FieldKeys.Get(key), new Span(cell, 1, null, 0.9, Ocr: true), "d1", 0.97);

        Assert.Equal(expected, value.Value?.Text);
    }
}
