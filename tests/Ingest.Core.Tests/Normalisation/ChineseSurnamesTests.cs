using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class ChineseSurnamesTests
{
    [Theory]
    [InlineData("熊霞")]
    [InlineData("阎晶")]
    [InlineData("闫晶")]
    [InlineData("赖国栋")]
    [InlineData("欧阳娜")]
    [InlineData("司马光明")]          // four characters: not judged
    [InlineData("买买提·艾力")]       // a transliterated name has no surname to judge
    [InlineData("吐尔逊阿依古丽")]     // too long to be a Han name of surname and given name
    public void StartsPlausibly_IsTrue_CommonSurnameOrNotJudged(string name) =>
        Assert.True(ChineseSurnames.StartsPlausibly(name));

    [Theory]
    [InlineData("能起")]   // 熊霞 misread
    [InlineData("净唱")]   // 阎晶 misread
    [InlineData("奢刚")]   // 龚刚 misread
    [InlineData("枢鹏")]   // 樊鹏 misread
    [InlineData("了丁超")] // a mark beside the name read as 了
    public void StartsPlausibly_IsFalse_ScanMisreadTheSurname(string name) =>
        Assert.False(ChineseSurnames.StartsPlausibly(name));
}
