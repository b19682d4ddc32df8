using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;
using ZcIngest.Worker.Pipeline;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Tests.Pipeline.Stages;

public sealed class CheckRulesStageTests
{
    // Xinjiang 2019 with every threshold met exactly: the rules alone give a pass.
    private static readonly (string Key, ScalarValue Value)[] XinjiangAllMet =
    [
        ("registration_date", ScalarValue.Of(new DateOnly(2018, 4, 1))),
        ("application_date", ScalarValue.Of(new DateOnly(2019, 4, 1))),
        ("total_area_sqm", ScalarValue.Of(500m)), ("public_area_sqm", ScalarValue.Of(375m)),
        ("resident_count", ScalarValue.Of(20m)), ("new_companies_per_year", ScalarValue.Of(8m)),
        ("incubation_cases", ScalarValue.Of(3m)), ("staff_full_time", ScalarValue.Of(3m)),
        ("mentors_count", ScalarValue.Of(3m)), ("events_per_year", ScalarValue.Of(10m)),
        ("max_residency_months", ScalarValue.Of(24m)),
    ];

    private static SubmissionJob Job(params Flag[] flags)
    {
        var job = new SubmissionJob { SubmissionId = "T", SourcePath = "T", OutputDirectory = "out/T", WorkDirectory = "work/T" };
        job.Record = new SubmissionRecord { SubmissionId = "T", Jurisdiction = "xinjiang-2019-makerspace" };
        foreach (var (key, value) in XinjiangAllMet)
            job.Record.Fields.SetDeclared(FieldKeys.Get(key), new FieldValue { Value = value });
        job.Flags.AddRange(flags);
        return job;
    }

    [Fact]
    public async Task Run_Passes_WhenRulesPassAndNoFlag()
    {
        var job = Job();
        await new CheckRulesStage(new RulesEngine()).RunAsync(job, CancellationToken.None);
        Assert.Equal(Verdict.Pass, job.Report!.Verdict);
    }

    [Fact]
    public async Task Run_NeedsReview_WhenAnAuditStageRaisedAHighFlag()
    {
        var flag = new Flag { Code = FlagCode.DuplicateCertificate, Severity = Severity.High, Message = "同一证书编号" };
        var job = Job(flag);
        await new CheckRulesStage(new RulesEngine()).RunAsync(job, CancellationToken.None);
        Assert.Equal(Verdict.NeedsReview, job.Report!.Verdict);
        Assert.Equal(flag, Assert.Single(job.Report.Flags));
    }

    [Fact]
    public async Task Run_KeepsFlags_WhenTheProgramIsUnknown()
    {
        var job = Job(new Flag { Code = FlagCode.PdfModified, Severity = Severity.Medium });
        job.Record.Jurisdiction = null;
        await new CheckRulesStage(new RulesEngine()).RunAsync(job, CancellationToken.None);
        Assert.Equal(Verdict.NeedsReview, job.Report!.Verdict);
        Assert.Single(job.Report.Flags);
    }

    [Fact]
    public async Task Run_ReportsDiscrepancies_WhenTheProgramIsUnknown()
    {
        var job = Job();
        job.Record.Jurisdiction = null;
        job.Record.Fields.SetEvidence(FieldKeys.ResidentCount, new FieldValue { Value = ScalarValue.Of(11m) });
        await new CheckRulesStage(new RulesEngine()).RunAsync(job, CancellationToken.None);
        var d = Assert.Single(job.Report!.Discrepancies);
        Assert.Equal("resident_count", d.Field);
        Assert.Equal(Severity.Medium, d.Severity);
    }
}
