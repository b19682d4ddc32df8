using ZcIngest.Core.Fields;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class OcrRepairTests
{
    [Fact]
    public void Value_RepairsDivisionName_ScannedAddressWithSpaces() =>
        Assert.Equal("河南省许昌市禹州市北大街110号", OcrRepair.Value(FieldKeys.Address, "河南省 许昌市 融州市 北大街110号"));

    [Fact]
    public void Value_LeavesDivisionsAlone_OtherTextKeys() =>
        Assert.Equal("融州市科技有限公司", OcrRepair.Value(FieldKeys.OperatorName, "融州市科技有限公司"));

    [Theory]
    [InlineData("2016年01]月19日", "2016年01月19日")]   // a speck after a two-digit month
    [InlineData("2016年0]月19日", "2016年01月19日")]    // the month's 1 read as a bracket
    [InlineData("2017年]月5日", "2017年1月5日")]
    [InlineData("2017年1]月5日", "2017年1]月5日")]      // 1 or 11: not guessed
    [InlineData("2018年12月07|日", "2018年12月07日")]
    public void Value_ReadsADatesMarks_BarOrBracketInMonthOrDay(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.RegistrationDate, read));

    [Theory]
    [InlineData("L276m", "1276m")]
    [InlineData("[240平方米", "[240平方米")]    // the bracket may be the 1 (1240) or a speck: not guessed
    [InlineData("l,200万元", "1,200万元")]
    [InlineData("1276m2", "1276m2")]
    [InlineData("建筑面积：L376m2", "建筑面积：1376m2")]
    public void Value_ReadsLeadingOne_LetterOrBracketBeforeAFigure(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.TotalAreaSqm, read));

    [Theory]
    [InlineData("1.200m'", "1,200m'")]          // a thousands comma read as a point: areas have two decimals at most
    [InlineData("1,283.60平方米", "1,283.60平方米")]
    [InlineData("1283.6m2", "1283.6m2")]
    [InlineData("12.345.678", "12.345.678")]     // not one figure of that shape: left alone
    public void Value_ReadsThousandsComma_ReadAsPointInAnArea(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.TotalAreaSqm, read));

    [Theory]
    [InlineData("毛志字)", "毛志字")]
    [InlineData("|黄宁(", "黄宁")]
    [InlineData("买买提·艾力", "买买提·艾力")]
    [InlineData("方涛(EF)", "方涛(EF)")]
    [InlineData("顾永强(签字", "顾永强")]   // the 签字 note's closing bracket cut off with the cell     // a closed bracket is left whole for the value reader
    public void Value_TrimsBorderAndBracketMarks_ScannedPersonName(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.LegalRepresentative, read));

    [Theory]
    [InlineData("许昌卓越新动多化器管理有限公司", "许昌卓越新动孵化器管理有限公司")]
    [InlineData("极客丝路科技企业钱化器", "极客丝路科技企业孵化器")]
    [InlineData("多元化服务中心", "多元化服务中心")]
    public void Value_RepairsLookAlikeOfFu_BeforeHua(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.OperatorName, read));

    [Theory]
    [InlineData("提伯零忒万伍仔贰佰元整", "捌佰零贰万伍仟贰佰元整")]
    [InlineData("伍佰陆拾陆万抽什提 佰元整", "伍佰陆拾陆万捌仟捌佰元整")]
    [InlineData("项佰万元整", "贰佰万元整")]
    public void Value_ReadsLookAlikesAsUppercaseNumerals_GarbledAmount(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.RevenueWan, read));

    [Theory]
    [InlineData("提供服务万元")] // no uppercase amount: too few of its numerals
    [InlineData("过从过抬万元整")] // replaced, still no well-formed amount
    [InlineData("壹佰壹拾万元整")] // nothing to repair
    public void UppercaseMoney_LeavesTextAlone_NotARepairableAmount(string read) =>
        Assert.Equal(read, OcrRepair.UppercaseMoney(read));

    [Fact]
    public void Value_LeavesUppercaseAlone_TextKeys() =>
        Assert.Equal("提伯零忒万伍仔贰佰元整", OcrRepair.Value(FieldKeys.OperatorName, "提伯零忒万伍仔贰佰元整"));

    [Fact]
    public void Numerals_RestoresLeadingOne_HundredWithoutDigit()
    {
        Assert.Equal("一百七十六", OcrRepair.Numerals("百七十六"));
        Assert.True(OcrRepair.NumeralsRepaired("百七十六"));
        Assert.False(OcrRepair.NumeralsRepaired("一百七十六"));
        Assert.Equal("十二", OcrRepair.Numerals("十二"));
    }

    [Theory]
    [InlineData("[+=", "十二")]
    [InlineData("=+", "二十")]
    [InlineData("—", "—")] // a dash for none
    [InlineData("==", "==")] // no 十 among them
    public void Numerals_ReadsSymbolsBack_EveryNumeralMisread(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Numerals(read));
}
