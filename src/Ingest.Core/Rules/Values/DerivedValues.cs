using System.Diagnostics.CodeAnalysis;
using ZcIngest.Core.Fields;

namespace ZcIngest.Core.Rules.Values;

/// <summary>A value the checker computes from glossary keys; <see cref="MainField"/> is what the report names.</summary>
public sealed record DerivedValue(string Name, FieldKey MainField, string Label, string Unit,
    IReadOnlyList<FieldKey> Inputs, Func<FactResolver, Resolution> Compute);

/// <summary>The derived values rule files may name in <c>value</c>. Never extracted, always computed here.</summary>
public static class DerivedValues
{
    public static readonly DerivedValue OperatingMonths = new("operating_months", FieldKeys.RegistrationDate,
        "实际注册并运营时间", "个月",
        [FieldKeys.RegistrationDate, FieldKeys.EstablishedDate, FieldKeys.ApplicationDate], Durations.OperatingMonths);

    public static readonly DerivedValue LeaseYears = new("lease_years", FieldKeys.LeaseTermYears,
        "租期", "年",
        [FieldKeys.LeaseStartDate, FieldKeys.LeaseEndDate, FieldKeys.LeaseTermYears], Durations.LeaseYears);

    public static readonly DerivedValue PublicAreaRatio = Ratio("public_area_ratio",
        FieldKeys.PublicAreaSqm, FieldKeys.TotalAreaSqm, "公共办公与服务场地面积占总面积比例");

    public static readonly DerivedValue CollegeStaffRatio = Ratio("college_staff_ratio",
        FieldKeys.StaffCollegeOrAbove, FieldKeys.StaffTotal, "大专以上学历人员占比");

    public static readonly DerivedValue TrainedStaffRatio = Ratio("trained_staff_ratio",
        FieldKeys.StaffTrained, FieldKeys.StaffTotal, "接受孵化器专业培训人员占比");

    public static readonly DerivedValue TechResidentRatio = Ratio("tech_resident_ratio",
        FieldKeys.ResidentTechCount, FieldKeys.ResidentCount, "科技型企业占入驻（入孵）企业比例");

    public static readonly DerivedValue ResidentAreaRatio = Ratio("resident_area_ratio",
        FieldKeys.ResidentAreaSqm, FieldKeys.TotalAreaSqm, "孵化企业使用场地占总面积比例");

    public static readonly IReadOnlyList<DerivedValue> All =
        [OperatingMonths, LeaseYears, PublicAreaRatio, CollegeStaffRatio, TrainedStaffRatio, TechResidentRatio, ResidentAreaRatio];

    public static bool TryGet(string name, [NotNullWhen(true)] out DerivedValue? value)
    {
        value = All.FirstOrDefault(d => d.Name == name);
        return value is not null;
    }

    private static DerivedValue Ratio(string name, FieldKey numerator, FieldKey denominator, string label) =>
        new(name, numerator, label, "%", [numerator, denominator], r => ComputeRatio(r, numerator, denominator));

    /// <summary>numerator ÷ denominator, each evidence over declared; shown in percent, compared exactly.</summary>
    private static Resolution ComputeRatio(FactResolver r, FieldKey numerator, FieldKey denominator)
    {
        var top = r.Number(numerator);
        var bottom = r.Number(denominator);
        if (top.Fact is null || bottom.Fact is null)
            return Resolution.Missing(string.Join("；", new[] { top.MissingReason, bottom.MissingReason }.Where(m => m is not null)));
        var n = top.Fact.Quantity.ToDecimal();
        var d = bottom.Fact.Quantity.ToDecimal();
        if (d <= 0) return Resolution.Missing($"{denominator.DisplayName}为{FactResolver.Format(d)}，无法计算比例");
        var q = new Quantity(n, d);
        var shown = q.Percent();
        return Resolution.Of(new Fact(q, shown, Bases.Weakest(top.Fact.Basis, bottom.Fact.Basis),
            $"{top.Fact.Description} ÷ {bottom.Fact.Description} = {FactResolver.Format(shown)}%"));
    }
}
