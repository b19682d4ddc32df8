using System.Text.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Rules;

public class VerdictsTests
{
    private static RuleOutcome Rule(RuleStatus status) => new() { RuleId = "p/" + status, Status = status };
    private static Discrepancy Disc(Severity s) => new() { Field = "total_area_sqm", Severity = s };
    private static Flag FlagOf(Severity s) => new() { Code = FlagCode.PdfModified, Severity = s };

    [Fact]
    public void Decide_Fails_WhenAnyRuleFails_EvenIfOthersAreMissing()
    {
        Assert.Equal(Verdict.Fail, Verdicts.Decide([Rule(RuleStatus.Pass), Rule(RuleStatus.Missing), Rule(RuleStatus.Fail)], [], []));
    }

    [Fact]
    public void Decide_NeedsReview_WhenAnyRuleIsMissing()
    {
        Assert.Equal(Verdict.NeedsReview, Verdicts.Decide([Rule(RuleStatus.Pass), Rule(RuleStatus.Missing)], [], []));
    }

    [Fact]
    public void Decide_NeedsReview_OnHighDiscrepancyOrFlag_ButNotOnMediumOrLow()
    {
        RuleOutcome[] passing = [Rule(RuleStatus.Pass)];
        Assert.Equal(Verdict.NeedsReview, Verdicts.Decide(passing, [Disc(Severity.High)], []));
        Assert.Equal(Verdict.NeedsReview, Verdicts.Decide(passing, [], [FlagOf(Severity.High)]));
        Assert.Equal(Verdict.Pass, Verdicts.Decide(passing, [Disc(Severity.Medium), Disc(Severity.Low)], [FlagOf(Severity.Medium)]));
    }

    [Fact]
    public void Decide_Passes_WithWarningsAndManualRules_WhenNumbersPass()
    {
        Assert.Equal(Verdict.Pass, Verdicts.Decide([Rule(RuleStatus.Pass), Rule(RuleStatus.Warn), Rule(RuleStatus.Manual)], [], []));
    }

    [Fact]
    public void Decide_NeedsReview_WhenOnlyManualRulesRemain()
    {
        // qualitative rules never make a verdict pass by themselves
        Assert.Equal(Verdict.NeedsReview, Verdicts.Decide([Rule(RuleStatus.Manual), Rule(RuleStatus.Manual)], [], []));
        Assert.Equal(Verdict.NeedsReview, Verdicts.Decide([], [], []));
    }

    private const string OnlyManualProgram = """
    { "program_id": "taiyuan-2015-makerspace", "title": "仅定性", "seed_file": "000_9d159ad4b61970a3.txt",
      "issuer": "太原市科学技术局", "effective_date": "2015-11-19", "version": 1,
      "rules": [ { "id": "taiyuan-2015-makerspace/team", "source": "000_9d159ad4b61970a3.txt 第四条(一)", "quote": "服务",
                   "operator": "manual", "requirement": "有专业团队", "level": "hard" } ],
      "materials": [] }
    """;

    [Fact]
    public void Evaluate_NeedsReview_ForProgramWhoseRulesAreAllManual()
    {
        var engine = new RulesEngine(RuleCatalog.Load([("taiyuan-2015-makerspace.json", OnlyManualProgram)]));
        var report = engine.Evaluate(RecordBuilder.Build("total_area_sqm=900"), "taiyuan-2015-makerspace");
        Assert.Equal(RuleStatus.Manual, Assert.Single(report.Rules).Status);
        Assert.Equal(Verdict.NeedsReview, report.Verdict);
    }

    private static readonly string[] XinjiangAllMet =
    [
        "registration_date=2018-04-01", "application_date=2019-04-01", "total_area_sqm=500", "public_area_sqm=375",
        "resident_count=20", "new_companies_per_year=8", "incubation_cases=3", "staff_full_time=3", "mentors_count=3",
        "events_per_year=10", "max_residency_months=24",
    ];

    [Fact]
    public void Evaluate_Passes_XinjiangRecordMeetingEveryThresholdExactly()
    {
        var report = new RulesEngine().Evaluate(RecordBuilder.Build(XinjiangAllMet), "xinjiang-2019-makerspace");
        Assert.Equal(Verdict.Pass, report.Verdict);
        Assert.Contains(report.Rules, r => r.Status == RuleStatus.Manual);
    }

    [Fact]
    public void Evaluate_StillPasses_WhenOnlyASoftRuleIsBroken()
    {
        var fields = XinjiangAllMet.Where(f => !f.StartsWith("max_residency")).Append("max_residency_months=30");
        var report = new RulesEngine().Evaluate(RecordBuilder.Build(fields), "xinjiang-2019-makerspace");
        Assert.Contains(report.Rules, r => r.Status == RuleStatus.Warn);
        Assert.Equal(Verdict.Pass, report.Verdict);
    }

    [Fact]
    public void Evaluate_Fails_WhenOneHardThresholdIsMissedByOne()
    {
        var fields = XinjiangAllMet.Where(f => !f.StartsWith("resident_count")).Append("resident_count=19");
        Assert.Equal(Verdict.Fail, new RulesEngine().Evaluate(RecordBuilder.Build(fields), "xinjiang-2019-makerspace").Verdict);
    }

    [Fact]
    public void Evaluate_NeedsReview_WhenOneValueIsAbsent()
    {
        var fields = XinjiangAllMet.Where(f => !f.StartsWith("events_per_year"));
        Assert.Equal(Verdict.NeedsReview, new RulesEngine().Evaluate(RecordBuilder.Build(fields), "xinjiang-2019-makerspace").Verdict);
    }

    [Fact]
    public void Evaluate_NeedsReview_WhenDeclaredValueWouldFlipARule()
    {
        var fields = XinjiangAllMet.Where(f => !f.StartsWith("resident_count")).Concat(["resident_count=25", "evidence:resident_count=20"]);
        var report = new RulesEngine().Evaluate(RecordBuilder.Build(fields), "xinjiang-2019-makerspace");
        Assert.Equal(Verdict.Pass, report.Verdict); // 25 vs 20: both pass, so the difference is not high
        var flipping = XinjiangAllMet.Where(f => !f.StartsWith("resident_count")).Concat(["resident_count=19", "evidence:resident_count=20"]);
        var flipped = new RulesEngine().Evaluate(RecordBuilder.Build(flipping), "xinjiang-2019-makerspace");
        Assert.Equal(Severity.High, Assert.Single(flipped.Discrepancies).Severity);
        Assert.Equal(Verdict.NeedsReview, flipped.Verdict);
    }

    /// <summary>A record meeting every number of a program exactly at its threshold, as read from the seed.</summary>
    public static TheoryData<string, string[]> CompleteRecords() => new()
    {
        { "taiyuan-2015-makerspace", ["total_area_sqm=500", "public_area_sqm=300"] },
        { "taiyuan-2015-incubator", ["space_category=comprehensive", "staff_total=10", "staff_college_or_above=6", "staff_trained=3",
            "registration_date=2021-03-15", "application_date=2022-03-15", "resident_count=30", "resident_tech_count=24",
            "max_residency_months=36", "total_area_sqm=6000", "resident_area_sqm=4000", "seed_fund_wan=100"] },
        { "taiyuan-2015-incubator", ["space_category=specialized", "staff_total=5", "staff_college_or_above=3", "staff_trained=2",
            "established_date=2021-03-15", "application_date=2022-03-15", "resident_count=10", "resident_tech_count=8",
            "total_area_sqm=2000", "resident_area_sqm=1400", "seed_fund_wan=100", "max_residency_months=12"] },
        { "shanxi-2022-makerspace", ["registration_date=2021-06-30", "application_date=2022-06-30", "total_area_sqm=500",
            "public_area_sqm=450", "premises_source=owned", "mentors_count=5", "events_per_month=3", "makers_count=50"] },
        { "shanxi-2022-specialized", ["registration_date=2021-06-30", "application_date=2022-06-30", "host_type=university",
            "total_area_sqm=200", "public_area_sqm=180", "premises_source=leased", "lease_start_date=2022-03-22",
            "lease_end_date=2027-03-21", "mentors_count=5", "events_per_month=3", "resident_count=10"] },
        { "shuozhou-2016-makerspace", ["total_area_sqm=200", "public_area_sqm=180", "premises_source=leased", "lease_term_years=5",
            "mentors_count=3", "events_per_month=1", "resident_count=3"] },
        { "xuchang-2016-tech-support", ["staff_total=10", "staff_college_or_above=6", "total_area_sqm=500", "premises_source=owned",
            "equipment_value_wan=20", "served_per_year=15", "incubation_cases=2"] },
        { "xuchang-2016-investment", ["staff_total=10", "staff_college_or_above=6", "total_area_sqm=500", "premises_source=leased",
            "lease_term_years=5", "served_per_year=15", "investment_cases=2", "investment_managers=2"] },
        { "xuchang-2016-comprehensive", ["staff_total=10", "staff_college_or_above=6", "total_area_sqm=500",
            "served_per_year=30", "incubation_cases=3", "investment_managers=2"] },
        { "xuchang-2016-specialized", ["total_area_sqm=500", "served_per_year=20", "incubation_cases=2", "staff_total=5",
            "staff_college_or_above=3", "mentors_count=3"] },
        { "xinjiang-2019-makerspace", XinjiangAllMet },
    };

    [Theory]
    [MemberData(nameof(CompleteRecords))]
    public void Evaluate_Passes_RecordMeetingEveryThresholdExactly(string programId, string[] fields)
    {
        var report = new RulesEngine().Evaluate(RecordBuilder.Build(fields), programId);
        Assert.DoesNotContain(report.Rules, r => r.Status is RuleStatus.Fail or RuleStatus.Missing or RuleStatus.Warn);
        Assert.Equal(Verdict.Pass, report.Verdict);
    }

    [Fact]
    public void Report_SerializesVerdictAndStatuses_AsContractNames()
    {
        var report = new RulesEngine().Evaluate(RecordBuilder.Build(XinjiangAllMet), "xinjiang-2019-makerspace");
        using var json = JsonDocument.Parse(ZcIngest.Core.Json.IngestJson.Serialize(report));
        Assert.Equal("zcingest.report/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("pass", json.RootElement.GetProperty("verdict").GetString());
        var first = json.RootElement.GetProperty("rules")[0];
        foreach (var key in new[] { "rule_id", "source", "field", "requirement", "value", "basis", "status" })
            Assert.True(first.TryGetProperty(key, out _), key);
        Assert.Contains(">= 12", ZcIngest.Core.Json.IngestJson.Serialize(report)); // readable, not \u003E
    }
}
