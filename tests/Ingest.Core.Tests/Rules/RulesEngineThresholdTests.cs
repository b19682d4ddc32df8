using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Rules;

public class RulesEngineThresholdTests
{
    private static readonly RulesEngine Engine = new();

    public static TheoryData<ThresholdRow> Rows()
    {
        var data = new TheoryData<ThresholdRow>();
        foreach (var row in ThresholdTable.Rows) data.Add(row);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Evaluate_GivesSeedOutcome_AtAndAroundEveryThreshold(ThresholdRow row)
    {
        var report = Engine.Evaluate(RecordBuilder.Build(row.Fields), row.Program);
        var id = $"{row.Program}/{row.Rule}";
        var outcome = report.Rules.SingleOrDefault(r => r.RuleId == id);

        if (row.Expected == "absent")
        {
            Assert.Null(outcome);
            Assert.DoesNotContain(Engine.Catalog.Get(row.Program).Rules, r => r.Id == id);
            return;
        }
        if (row.Expected == "none")
        {
            Assert.Null(outcome);
            Assert.Contains(Engine.Catalog.Get(row.Program).Rules, r => r.Id == id); // the rule exists, it just does not apply
            return;
        }
        Assert.NotNull(outcome);
        Assert.Equal(row.Expected, IngestJsonName(outcome.Status));
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
    }

    /// <summary>Every comparison rule of every program has a row at its threshold (pass) and one below it (fail or warn).</summary>
    [Fact]
    public void Rows_CoverEveryNumericRule_AtAndBelowThreshold()
    {
        var uncovered = new List<string>();
        foreach (var program in Engine.Catalog.Programs)
        foreach (var rule in program.Rules.Where(r => !r.IsManual))
        {
            var slug = rule.Id[(program.ProgramId.Length + 1)..];
            var rows = ThresholdTable.Rows.Where(r => r.Program == program.ProgramId && r.Rule == slug).ToList();
            var failing = rule.IsSoft ? "warn" : "fail";
            if (!rows.Any(r => r.Expected == "pass") || !rows.Any(r => r.Expected == failing))
                uncovered.Add(rule.Id);
            // an alternative needs a row where only a later branch carries the pass
            if (rule.Alternatives is not null && rows.Count(r => r.Expected == "pass") < 2) uncovered.Add(rule.Id + " (alternative)");
        }
        Assert.Empty(uncovered);
    }

    [Fact]
    public void Rows_NameOnlyRulesThatExist()
    {
        var unknown = ThresholdTable.Rows
            .Where(r => r.Expected != "absent")
            .Where(r => !Engine.Catalog.Get(r.Program).Rules.Any(rule => rule.Id == $"{r.Program}/{r.Rule}"))
            .Select(r => r.ToString());
        Assert.Empty(unknown);
    }

    private static string IngestJsonName(RuleStatus status) => ZcIngest.Core.Json.IngestJson.SnakeCase(status.ToString());
}
