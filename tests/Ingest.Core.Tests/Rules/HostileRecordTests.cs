using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Rules;

/// <summary>Records another system wrote, or a hostile one: the checker answers, never crashes.</summary>
public class HostileRecordTests
{
    private static readonly RulesEngine Engine = new();

    [Theory]
    [InlineData("""{ "submission_id": null, "documents": null, "fields": null, "staff": null }""")]
    [InlineData("""{ "submission_id": "X", "documents": [null], "staff": [null], "residents": [null], "events": [null] }""")]
    [InlineData("""{ "submission_id": "X", "fields": { "total_area_sqm": { "declared": null, "evidence": { "value": null } } } }""")]
    public void Evaluate_TreatsNullsAsAbsent(string json)
    {
        var record = IngestJson.Deserialize<SubmissionRecord>(json);
        foreach (var programId in Engine.Catalog.ProgramIds)
        {
            var report = Engine.Evaluate(record, programId);
            Assert.NotNull(report.SubmissionId);
            Assert.NotEqual(Verdict.Pass, report.Verdict);
            Assert.NotEmpty(report.MissingDocuments);
        }
    }

    [Theory]
    [InlineData("staff_total=79228162514264337593543950335", "staff_college_or_above=79228162514264337593543950335")]
    [InlineData("total_area_sqm=-500", "public_area_sqm=-450", "resident_area_sqm=79228162514264337593543950335")]
    [InlineData("total_area_sqm=-79228162514264337593543950335", "evidence:total_area_sqm=79228162514264337593543950335")]
    [InlineData("registration_date=0001-01-01", "application_date=9999-12-31", "lease_start_date=0001-01-01", "lease_end_date=9999-12-31")]
    [InlineData("lease_start_date=9999-12-30", "lease_end_date=9999-12-31", "premises_source=leased")]
    [InlineData("staff_total=0.0000000000000000000000000001", "staff_college_or_above=1", "staff_trained=0")]
    public void Evaluate_Answers_ForExtremeValues(params string[] fields)
    {
        foreach (var programId in Engine.Catalog.ProgramIds)
        {
            var report = Engine.Evaluate(RecordBuilder.Build(fields), programId);
            Assert.NotEmpty(report.Rules);
            Assert.NotNull(IngestJson.Serialize(report));
        }
    }
}
