using ZcIngest.Core.Fields;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class LetterStatementsTests
{
    [Fact]
    public void Read_TakesWhatTheSentencesState_ApplicationWrittenAsALetter()
    {
        var fields = LetterStatements.Read(new DocBuilder().Lines(
            "关于申请认定晋中市众创空间的报告",
            "晋中市科学技术局：",
            "现将有关情况报告如下，申请认定为晋中市众创空间。",
            "一、基本情况。榆次青创工坊由晋中青创企业管理咨询有限公司运营，法定代表人：郝亮，位于山西省晋中市榆次区迎宾街88号。",
            "空间创办时间为2019年3月15日。场地来源为租赁。",
            "妥否，请批示。",
            "晋中青创企业管理咨询有限公司",
            "2021年5月6日").View());

        Assert.Equal("榆次青创工坊", fields[FieldKeys.SpaceName].Value?.Text);
        Assert.Equal("晋中青创企业管理咨询有限公司", fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal("山西省晋中市榆次区迎宾街88号", fields[FieldKeys.Address].Value?.Text);
        Assert.Equal(new DateOnly(2019, 3, 15), fields[FieldKeys.EstablishedDate].Value?.Date);
        Assert.Equal("leased", fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal(new DateOnly(2021, 5, 6), fields[FieldKeys.ApplicationDate].Value?.Date);
    }

    [Fact]
    public void Read_TakesNoValueThatDoesNotReadAsTheKeys()
    {
        // 「服务场地面积为全部租赁」 is no area; a date in the middle of the letter is not the day it was written.
        var fields = LetterStatements.Read(new DocBuilder().Lines(
            "空间服务场地面积为全部租赁，2019年3月15日起运营。", "特此报告。", "附件：营业执照").View());

        Assert.False(fields.ContainsKey(FieldKeys.TotalAreaSqm));
        Assert.False(fields.ContainsKey(FieldKeys.ApplicationDate));
    }
}
