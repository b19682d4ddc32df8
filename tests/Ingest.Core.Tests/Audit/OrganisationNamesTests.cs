using ZcIngest.Core.Audit;

namespace ZcIngest.Core.Tests.Audit;

public class OrganisationNamesTests
{
    private const string Operator = "太原星辰科技孵化器管理有限公司";

    [Theory]
    [InlineData("太原星辰科技孵化器管理有限责任公司")]
    [InlineData("太原星辰科技孵化器管理 有限公司")]
    [InlineData("太原星辰科技孵化器管理有限公司（盖章）")]
    [InlineData("太原星辰科技孵化器管理有限公司(盖章")]
    [InlineData("汽贰束记二分专用章)户名账号币种存款余额太原星辰科技孵化器管理有限公司")]
    public void Compare_Same_LegalFormSpacesAndSeal(string other) =>
        Assert.Equal(NameAgreement.Same, OrganisationNames.Compare(Operator, other, eitherFromOcr: false));

    [Fact]
    public void Compare_Same_FullWidthBrackets() =>
        Assert.Equal(NameAgreement.Same, OrganisationNames.Compare("山西华创（太原）科技有限公司", "山西华创(太原)科技有限公司", false));

    [Fact]
    public void Compare_OcrSlip_OneMisreadCharacterOnAScan() =>
        Assert.Equal(NameAgreement.LikelyOcrSlip, OrganisationNames.Compare(Operator, "太原星辰科技孵化器管理有限公同", eitherFromOcr: true));

    [Fact]
    public void Compare_Different_OneCharacterInTypedText() =>
        Assert.Equal(NameAgreement.Different, OrganisationNames.Compare(Operator, "太原星晨科技孵化器管理有限公司", eitherFromOcr: false));

    [Fact]
    public void Compare_OcrSlip_ThreeMisreadCharactersOnlyWhereTheScanWasPoorlyRecognised()
    {
        const string misread = "太原星辰科技和钱化织管理有限公司"; // 孵化器 read as 和钱化织
        Assert.Equal(NameAgreement.Different, OrganisationNames.Compare(Operator, misread, eitherFromOcr: true));
        Assert.Equal(NameAgreement.LikelyOcrSlip, OrganisationNames.Compare(Operator, misread, eitherFromOcr: true, poorlyRead: true));
        Assert.Equal(NameAgreement.Different, OrganisationNames.Compare(Operator, "太原星辰科技孵化器管理投资合伙企业", eitherFromOcr: true, poorlyRead: true));
    }

    [Fact]
    public void Compare_Different_AnotherTradeNameOnAPoorlyRecognisedScan()
    {
        // Four slips would be excused on a poor scan, but four in a row are another company's trade name.
        Assert.Equal(NameAgreement.Different,
            OrganisationNames.Compare("许昌筑梦桃源孵化器管理有限公司", "许昌众联数智孵化器管理有限公司", eitherFromOcr: true, poorlyRead: true));
        Assert.Equal(NameAgreement.LikelyOcrSlip,
            OrganisationNames.Compare("许昌筑梦桃源孵化器管理有限公司", "许昌筑梦挑源孵化器管现有限公司", eitherFromOcr: true, poorlyRead: true));
    }

    [Fact]
    public void Compare_Different_AnotherWordOfTradeInOneCharacter()
    {
        // 物业 for 创业 is one character, but a word of trade for another: the property company beside the operator.
        Assert.Equal(NameAgreement.Different,
            OrganisationNames.Compare("许昌凌云创业服务有限公司", "许昌凌云物业服务有限公司", eitherFromOcr: true));
        Assert.Equal(NameAgreement.LikelyOcrSlip,
            OrganisationNames.Compare("许昌凌云创业服务有限公司", "许昌凌云创亚服务有限公司", eitherFromOcr: true));
    }

    [Theory]
    [InlineData("张建国")]                          // the legal representative personally
    [InlineData("太原星辰科技孵化器管理（筹）")]     // an entity not yet registered
    [InlineData("太原星辰科技孵化器管理投资合伙企业")]
    [InlineData("山西云海创业服务有限公司")]
    public void Compare_Different_AnotherPartyEvenOnAScan(string other) =>
        Assert.Equal(NameAgreement.Different, OrganisationNames.Compare(Operator, other, eitherFromOcr: true));

    [Theory]
    [InlineData("太原卓越汇智投资管理有限公司", true)]
    [InlineData("许昌创业服务中心", true)]
    [InlineData("太原星火创投合伙企业（有限合伙）", true)]
    [InlineData("卓越汇智投资管理有限合", false)]
    [InlineData("太原卓越汇智投资管理", false)]
    public void EndsLikeOrganisation_TellsACutName(string name, bool expected) =>
        Assert.Equal(expected, OrganisationNames.EndsLikeOrganisation(name));
}
