using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class CompanyNamesTests
{
    [Theory]
    [InlineData("山西某某科技有限责任公司", "山西某某科技有限公司", true)]
    [InlineData("山西某某（太原）科技有限公司", "山西某某(太原)科技有限公司", true)]
    [InlineData("山西 某某科技 有限公司", "山西某某科技有限公司", true)]
    [InlineData("ＡＢＣ科技有限公司", "abc科技有限公司", true)]
    [InlineData("山西某某科技有限公司", "山西某某信息有限公司", false)]
    [InlineData("山西某某科技股份有限公司", "山西某某科技有限公司", false)]
    public void AreSame_ComparesNormalisedNames(string a, string b, bool expected) =>
        Assert.Equal(expected, CompanyNames.AreSame(a, b));
}
