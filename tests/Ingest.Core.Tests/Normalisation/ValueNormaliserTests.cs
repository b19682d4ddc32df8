using System.Globalization;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Tests.Normalisation;

public class ValueNormaliserTests
{
    [Theory]
    [InlineData("space_category", "综合", "comprehensive")]
    [InlineData("space_category", "综合类孵化器", "comprehensive")]
    [InlineData("space_category", "专业化", "specialized")]
    [InlineData("space_category", "专业型", "specialized")]
    [InlineData("space_category", "技术支撑类", "tech_support")]
    [InlineData("space_category", "投资驱动类众创空间", "investment_driven")]
    [InlineData("space_category", "☑综合 □专业化 □技术支撑类", "comprehensive")]
    [InlineData("space_category", "□综合 √专业化", "specialized")]
    [InlineData("space_category", "specialized", "specialized")]
    [InlineData("space_category", "综合□ 专业化√", "specialized")]
    [InlineData("space_category", "综合（√） 专业化（ ）", "comprehensive")]
    [InlineData("host_type", "是", "university")]
    [InlineData("space_category", "专业化众创空间（人工智能方向）", "specialized")]
    [InlineData("premises_source", "租赁场地", "leased")]
    [InlineData("premises_source", "自有", "owned")]
    [InlineData("premises_source", "租赁", "leased")]
    [InlineData("host_type", "高校内", "university")]
    [InlineData("host_type", "大专校内", "university")]
    [InlineData("host_type", "高校外", "other")]
    [InlineData("operator_name", "山西某某科技有限公司\u3000", "山西某某科技有限公司")]
    [InlineData("credit_code", "91140100 mA0Ｋ12345X", "91140100MA0K12345X")]
    [InlineData("credit_code", "91411002FUCANYU29C，位于河南省许昌市魏都区瑞祥路295号。", "91411002FUCANYU29C")] // a letter's sentence goes on
    [InlineData("credit_code", "91411002XH2JCERA99法定代表人丁秀英", "91411002XH2JCERA99")]
    [InlineData("credit_code", "914110O2XH2JC码RA99", "914110O2XH2JC码RA99")] // a misread inside the code is kept for the audit to see
    public void Parse_ReturnsCode_ForTextAndEnumKeys(string key, string raw, string expected)
    {
        var value = ValueNormaliser.Parse(FieldKeys.Get(key), raw);

        Assert.Equal(expected, value.Value?.Text);
        Assert.Equal(raw, value.Raw);
    }

    [Theory]
    [InlineData("space_category", "☑综合 ☑专业化", ParseFailure.Ambiguous)]
    [InlineData("space_category", "□综合 □专业化", ParseFailure.Empty)]
    [InlineData("space_category", "孵化", ParseFailure.Unrecognised)]
    [InlineData("premises_source", "无偿使用", ParseFailure.Unrecognised)]
    [InlineData("seed_fund_wan", "约100万", ParseFailure.Approximate)]
    [InlineData("total_area_sqm", "500-600", ParseFailure.Range)]
    [InlineData("established_date", "2021-02-30", ParseFailure.Invalid)]
    [InlineData("operator_name", " / ", ParseFailure.Empty)]
    [InlineData("established_date", "2019年", ParseFailure.Ambiguous)]
    [InlineData("events_per_month", "4场/年", ParseFailure.Unrecognised)]
    public void Parse_ReturnsNullWithReason_ForUnusableValue(string key, string raw, ParseFailure expected)
    {
        var value = ValueNormaliser.Parse(FieldKeys.Get(key), raw);

        Assert.Null(value.Value);
        Assert.Equal(expected, value.Failure);
        Assert.Equal(raw, value.Raw);
    }

    [Theory]
    [InlineData("seed_fund_wan", "50", "50")]
    [InlineData("seed_fund_wan", "壹佰万元整", "100")]
    [InlineData("seed_fund_wan", "￥500,000.00", "50")]
    [InlineData("total_area_sqm", "1,200.5 平方米", "1200.5")]
    [InlineData("staff_total", "共12名", "12")]
    [InlineData("events_per_month", "4场/月", "4")]
    [InlineData("events_per_month", "2.5", "2.5")]
    [InlineData("events_per_month", "每月4场", "4")]
    [InlineData("events_per_month", "月均3次", "3")]
    [InlineData("lease_term_years", "五年", "5")]
    [InlineData("lease_term_years", "3", "3")]
    [InlineData("lease_term_years", "18个月", "1.5")]
    [InlineData("max_residency_months", "三年", "36")]
    [InlineData("max_residency_months", "24", "24")]
    public void Parse_ReturnsNumberInKeyUnit_ForNumericKeys(string key, string raw, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), ValueNormaliser.Parse(FieldKeys.Get(key), raw).Value?.Number);

    [Theory]
    [InlineData("registration_date", "二〇二〇年三月一日", "2020-03-01", DatePrecision.Day)]
    [InlineData("established_date", "2021年3月", "2021-03-01", DatePrecision.Month)]
    public void Parse_ReturnsDateAndPrecision_ForDateKeys(string key, string raw, string expected, DatePrecision precision)
    {
        var value = ValueNormaliser.Parse(FieldKeys.Get(key), raw);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), value.Value?.Date);
        Assert.Equal(precision, value.Precision);
    }

    [Fact]
    public void Parse_Refuses_EveryKeyOnUnreadableText()
    {
        foreach (var key in FieldKeys.All.Where(k => k.Kind != ValueKind.Text))
            Assert.Null(ValueNormaliser.Parse(key, "见附件").Value);
    }
}

public class ValueNormaliserHostileInputTests
{
    public static TheoryData<string> HostileTexts =>
    [
        new string('9', 5000),
        new string('9', 28) + "亿",
        "79228162514264337593543950335万元",
        "九千九百九十九万九千九百九十九亿",
        "1" + string.Concat(Enumerable.Repeat(",000", 2000)),
        "零点" + new string('五', 5000),
        new string('年', 3000) + "个月",
        string.Concat(Enumerable.Repeat("☑综合", 1000)),
        "\0\uFFFF\uD800",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Parse_NeverThrows_OnHostileText(string raw)
    {
        foreach (var key in FieldKeys.All)
        {
            var value = ValueNormaliser.Parse(key, raw);
            Assert.Equal(raw, value.Raw);
        }
    }
}
