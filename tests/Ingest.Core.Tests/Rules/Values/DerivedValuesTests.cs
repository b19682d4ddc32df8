using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Tests.Rules.Values;

public class DerivedValuesTests
{
    [Theory]
    [InlineData("public_area_ratio", "public_area_sqm", "total_area_sqm")]
    [InlineData("college_staff_ratio", "staff_college_or_above", "staff_total")]
    [InlineData("trained_staff_ratio", "staff_trained", "staff_total")]
    [InlineData("tech_resident_ratio", "resident_tech_count", "resident_count")]
    [InlineData("resident_area_ratio", "resident_area_sqm", "total_area_sqm")]
    public void Ratio_IsNumeratorOverDenominator_InPercent_NamingTheNumerator(string name, string numerator, string denominator)
    {
        var record = RecordBuilder.Build($"{numerator}=45", $"{denominator}=60");
        Assert.True(DerivedValues.TryGet(name, out var derived));
        var fact = derived.Compute(new FactResolver(record)).Fact!;
        Assert.Equal(75m, fact.Shown);
        Assert.Equal(numerator, derived.MainField.Name);
    }

    [Fact]
    public void Ratio_TakesEvidenceOverDeclared_PerInput_AndIsDeclaredIfAnyInputIs()
    {
        // total: evidence 500 beats declared 1000; public: only declared
        var record = RecordBuilder.Build("total_area_sqm=1000", "evidence:total_area_sqm=500", "public_area_sqm=450");
        var fact = DerivedValues.PublicAreaRatio.Compute(new FactResolver(record)).Fact!;
        Assert.Equal(90m, fact.Shown);
        Assert.Equal(ValueBasis.Declared, fact.Basis);

        var proven = RecordBuilder.Build("evidence:total_area_sqm=500", "evidence:public_area_sqm=450");
        Assert.Equal(ValueBasis.Evidence, DerivedValues.PublicAreaRatio.Compute(new FactResolver(proven)).Fact!.Basis);
    }

    [Fact]
    public void Ratio_ComparesExactly_ButShowsTruncatedPercent()
    {
        var record = RecordBuilder.Build("resident_area_sqm=1999.99", "total_area_sqm=3000");
        var fact = DerivedValues.ResidentAreaRatio.Compute(new FactResolver(record)).Fact!;
        Assert.Equal(66.66m, fact.Shown);
        Assert.True(fact.Quantity.CompareTo(new Quantity(2, 3)) < 0);
    }

    [Fact]
    public void Ratio_IsMissing_WhenDenominatorIsZeroOrAbsent()
    {
        Assert.Null(DerivedValues.CollegeStaffRatio.Compute(new FactResolver(RecordBuilder.Build("staff_college_or_above=3", "staff_total=0"))).Fact);
        var missing = DerivedValues.CollegeStaffRatio.Compute(new FactResolver(RecordBuilder.Build("staff_college_or_above=3")));
        Assert.Contains("staff_total", missing.MissingReason);
    }

    [Theory]
    [InlineData("90%", 9, 10)]
    [InlineData("2/3", 2, 3)]
    [InlineData("500", 500, 1)]
    public void Quantity_ParsesThresholdTexts(string text, int numerator, int denominator)
    {
        Assert.True(Quantity.TryParse(text, out var q));
        Assert.Equal(0, q.CompareTo(new Quantity(numerator, denominator)));
    }

    [Fact]
    public void PremisesSource_IsInferredFromLeaseTermsOrReadableProofs_WhenNotStated()
    {
        Assert.Equal("leased", new FactResolver(RecordBuilder.Build("lease_end_date=2030-01-01")).EnumCode(FieldKeys.PremisesSource));
        Assert.Equal("leased", new FactResolver(RecordBuilder.Build("doc:lease_contract")).EnumCode(FieldKeys.PremisesSource));
        Assert.Equal("owned", new FactResolver(RecordBuilder.Build("doc:property_certificate")).EnumCode(FieldKeys.PremisesSource));
        Assert.Null(new FactResolver(RecordBuilder.Build("total_area_sqm=600")).EnumCode(FieldKeys.PremisesSource));
        // a stated source is never overridden
        Assert.Equal("owned", new FactResolver(RecordBuilder.Build("premises_source=owned", "doc:lease_contract")).EnumCode(FieldKeys.PremisesSource));
    }
}
