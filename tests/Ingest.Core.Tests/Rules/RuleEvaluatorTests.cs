using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Rules;

public class RuleEvaluatorTests
{
    private static readonly RulesEngine Engine = new();

    private static RuleOutcome Outcome(string programId, string slug, params string[] fields) =>
        Engine.Evaluate(RecordBuilder.Build(fields), programId).Rules.Single(r => r.RuleId == $"{programId}/{slug}");

    [Fact]
    public void Evaluate_JudgesOnEvidence_WhenDeclaredWouldPass()
    {
        var o = Outcome("shanxi-2022-makerspace", "min-area", "total_area_sqm=800", "evidence:total_area_sqm=450");
        Assert.Equal(RuleStatus.Fail, o.Status);
        Assert.Equal(450m, o.Value!.Value.Number);
        Assert.Equal(ValueBasis.Evidence, o.Basis);
        Assert.Equal("total_area_sqm", o.Field);
        Assert.Equal(">= 500", o.Requirement);
        Assert.Equal("001_a6595dd4da0b6e82.txt 一(一)3", o.Source);
    }

    [Fact]
    public void Evaluate_JudgesOnEvidence_WhenDeclaredWouldFail()
    {
        var o = Outcome("shanxi-2022-makerspace", "min-area", "total_area_sqm=450", "evidence:total_area_sqm=520");
        Assert.Equal(RuleStatus.Pass, o.Status);
        Assert.Equal(ValueBasis.Evidence, o.Basis);
    }

    [Fact]
    public void Evaluate_JudgesOnDeclared_WhenNoEvidence()
    {
        var o = Outcome("shanxi-2022-makerspace", "mentors", "mentors_count=6");
        Assert.Equal(RuleStatus.Pass, o.Status);
        Assert.Equal(ValueBasis.Declared, o.Basis);
    }

    [Fact]
    public void Evaluate_ReportsMissing_WithNullValueAndBasis()
    {
        var o = Outcome("xinjiang-2019-makerspace", "residents");
        Assert.Equal(RuleStatus.Missing, o.Status);
        Assert.Null(o.Value);
        Assert.Null(o.Basis);
        Assert.Contains("resident_count", o.Message);
    }

    [Fact]
    public void Evaluate_NamesContractMainFields_ForDerivedValues()
    {
        Assert.Equal("registration_date", Outcome("shanxi-2022-makerspace", "operating-months").Field);
        Assert.Equal("lease_term_years", Outcome("shanxi-2022-makerspace", "lease-term", "premises_source=leased").Field);
        Assert.Equal("public_area_sqm", Outcome("shanxi-2022-makerspace", "public-area-ratio").Field);
        Assert.Equal("staff_college_or_above", Outcome("taiyuan-2015-incubator", "college-staff-ratio").Field);
        Assert.Equal("staff_trained", Outcome("taiyuan-2015-incubator", "trained-staff-ratio").Field);
        Assert.Equal("resident_tech_count", Outcome("taiyuan-2015-incubator", "tech-resident-ratio").Field);
        // an OR names the first field of the seed's sentence
        Assert.Equal("makers_count", Outcome("shanxi-2022-makerspace", "makers-or-teams", "resident_count=12").Field);
        Assert.Equal("total_area_sqm", Outcome("xinjiang-2019-makerspace", "area-or-workstations", "workstations_total=40").Field);
        Assert.Equal("new_companies_per_year", Outcome("xinjiang-2019-makerspace", "new-companies-or-financed").Field);
    }

    [Fact]
    public void Evaluate_ShowsRatioInPercent_AndLeaseInYears()
    {
        var ratio = Outcome("shanxi-2022-makerspace", "public-area-ratio", "public_area_sqm=450", "total_area_sqm=500");
        Assert.Equal(90m, ratio.Value!.Value.Number);
        Assert.Equal(">= 90%", ratio.Requirement);
        var lease = Outcome("shanxi-2022-makerspace", "lease-term", "premises_source=leased",
            "evidence:lease_start_date=2022-03-22", "evidence:lease_end_date=2027-03-21");
        Assert.Equal(5m, lease.Value!.Value.Number);
        Assert.Equal(ValueBasis.Evidence, lease.Basis);
    }

    [Fact]
    public void Evaluate_SoftRule_WarnsAndSaysReviewerMayWaive()
    {
        var o = Outcome("xinjiang-2019-makerspace", "residency-limit", "max_residency_months=30");
        Assert.Equal(RuleStatus.Warn, o.Status);
        Assert.Contains("豁免", o.Message);
        Assert.Equal("<= 24", o.Requirement);
    }

    [Fact]
    public void Evaluate_ManualRule_IsManualWithChineseRequirement_EvenWithNumbers()
    {
        var o = Outcome("shanxi-2022-makerspace", "seed-fund", "evidence:seed_fund_wan=500");
        Assert.Equal(RuleStatus.Manual, o.Status);
        Assert.Contains("种子基金", o.Requirement);
        Assert.Equal(500m, o.Value!.Value.Number); // shown to the reviewer, not judged
    }

    [Fact]
    public void Evaluate_Alternative_ListsBothBranchesInRequirement()
    {
        var o = Outcome("xinjiang-2019-makerspace", "new-companies-or-financed", "new_companies_per_year=2", "financed_per_year=5");
        Assert.Equal(RuleStatus.Pass, o.Status);
        Assert.Equal("new_companies_per_year >= 8 或 financed_per_year >= 3", o.Requirement);
        Assert.Equal(2m, o.Value!.Value.Number); // the value of the field the outcome names
    }

    [Fact]
    public void Evaluate_Alternative_ShowsNoValue_WhenNamedFieldIsAbsent_ButRestsOnDecidingBranch()
    {
        var o = Outcome("shanxi-2022-makerspace", "makers-or-teams", "evidence:resident_count=12");
        Assert.Equal(RuleStatus.Pass, o.Status);
        Assert.Null(o.Value);
        Assert.Equal(ValueBasis.Evidence, o.Basis);
        Assert.Contains("12", o.Message);
    }

    [Fact]
    public void Evaluate_ConditionOnUnstatedCategory_IsMissingWithReason()
    {
        var o = Outcome("taiyuan-2015-incubator", "min-area-comprehensive", "total_area_sqm=8000");
        Assert.Equal(RuleStatus.Missing, o.Status);
        Assert.Contains("space_category", o.Message);
    }

    [Fact]
    public void Evaluate_GivesEveryOutcomeAChineseMessage()
    {
        foreach (var programId in Engine.Catalog.ProgramIds)
        {
            var report = Engine.Evaluate(RecordBuilder.Build("total_area_sqm=300", "premises_source=leased"), programId);
            Assert.All(report.Rules, r => Assert.Matches("[\u4e00-\u9fff]", r.Message!));
        }
    }
}
