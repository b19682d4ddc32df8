using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public sealed class FieldExtractorTests
{
    private static FieldValue Text(string text) => new() { Value = ScalarValue.Of(text), DocumentId = "d3", Page = 1 };

    [Theory]
    [InlineData("operator_name", "许昌", true)]               // a place kept of a license's name line
    [InlineData("operator_name", "许昌龙城创客孵化器管理有限公司", false)]
    [InlineData("address", "河南", true)]
    [InlineData("address", "河南省许昌市建安区体育路327号", false)]
    [InlineData("legal_representative", "王丽", false)]      // a person's name is short
    public void Fragment_KeepsNoValue_TooShortForAnOrganisationOrAnAddress(string key, string text, bool dropped)
    {
        var value = FieldExtractor.Fragment(FieldKeys.Get(key), Text(text))!;
        Assert.Equal(dropped, value.Value is null);
        if (dropped) Assert.Equal(text, value.Raw);
    }
}
