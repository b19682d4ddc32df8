using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class AdministrativeDivisionsTests
{
    [Theory]
    [InlineData("河南省许昌市融州市北大街110号", "河南省许昌市禹州市北大街110号")]
    [InlineData("河南省许昌市贺州市高新街268号", "河南省许昌市禹州市高新街268号")]
    [InlineData("山西省太原市查花岭区并州路18号", "山西省太原市杏花岭区并州路18号")]
    [InlineData("山西省临汾市络都区友好北路332号", "山西省临汾市尧都区友好北路332号")]
    [InlineData("太原市查花岭区并州路18号", "太原市杏花岭区并州路18号")]
    [InlineData("山西省朔州市朔城区开发路1号", "山西省朔州市朔城区开发路1号")]
    [InlineData("山西省太源市小店区长治路88号", "山西省太原市小店区长治路88号")]
    [InlineData("出西省翔州市朔城区建安大道391号", "山西省朔州市朔城区建安大道391号")]   // 翔州: 朔州 or 忻州, 朔城区 decides
    public void Repair_ReplacesTheOnlyNameOneCharacterOff_UnderAConfirmedParent(string read, string expected) =>
        Assert.Equal(expected, AdministrativeDivisions.Repair(read));

    [Theory]
    [InlineData("湖南省长沙市岳麓区麓山南路1号")]   // another province: 长沙市 is not a misread 长治市
    [InlineData("长沙市岳麓区麓山南路1号")]
    [InlineData("山西省太源市小区区长治路88号")]    // two names off in a row: nothing confirms either
    [InlineData("北京市海淀区中关村大街1号")]
    [InlineData("山西省翔州市某某区建安大道391号")]    // 朔州 or 忻州, and nothing under it to tell
    [InlineData("")]
    public void Repair_LeavesAlone_NamesNoRealNeighbourConfirms(string read) =>
        Assert.Equal(read, AdministrativeDivisions.Repair(read));
}
