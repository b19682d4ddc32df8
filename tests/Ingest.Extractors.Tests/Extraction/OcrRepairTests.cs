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
    [InlineData("许昌卓越新动多化器管理有限公司", "许昌卓越新动孵化器管理有限公司")]
    [InlineData("极客丝路科技企业钱化器", "极客丝路科技企业孵化器")]
    [InlineData("多元化服务中心", "多元化服务中心")]
    public void Value_RepairsLookAlikeOfFu_BeforeHua(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Value(FieldKeys.OperatorName, read));
}
