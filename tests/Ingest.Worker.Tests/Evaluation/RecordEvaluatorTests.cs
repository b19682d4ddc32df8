using System.Text.Json.Nodes;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Worker.Evaluation;

namespace ZcIngest.Worker.Tests.Evaluation;

public class RecordEvaluatorTests
{
    private static TruthFile Truth() => TruthFile.Parse(JsonNode.Parse("""
    {
      "submission_id": "S1", "program_id": "shanxi-2022-makerspace",
      "fields": {
        "total_area_sqm": { "declared": 800, "evidence": 450 },
        "operator_name": { "declared": "太原某某科技有限公司" }
      },
      "files": [
        { "file": "a.docx", "type": "application_form", "status": "ok" },
        { "file": "bundle.pdf", "status": "ok", "page_details": [
            { "page": 1, "type": "business_license" }, { "page": 2, "type": "lease_contract" }, { "page": 3, "type": "lease_contract" } ] },
        { "file": "x.pdf", "status": "error" }
      ]
    }
    """)!.AsObject());

    [Fact]
    public void Add_CountsMatchesAndMisses_PerSide()
    {
        var record = new SubmissionRecord { SubmissionId = "S1" };
        record.Fields.SetDeclared(FieldKeys.TotalAreaSqm, new FieldValue { Value = ScalarValue.Of(800.00m) });
        record.Fields.SetEvidence(FieldKeys.TotalAreaSqm, new FieldValue { Value = ScalarValue.Of(800m) });
        record.Fields.SetDeclared(FieldKeys.OperatorName, new FieldValue { Value = ScalarValue.Of("太原某某科技有限公司 ") });
        record.Documents =
        [
            new DocumentEntry { DocumentId = "d1", File = "a.docx", Type = DocumentType.ApplicationForm },
            new DocumentEntry { DocumentId = "d2", File = "bundle.pdf", Pages = [1], Type = DocumentType.BusinessLicense },
            new DocumentEntry { DocumentId = "d3", File = "bundle.pdf", Pages = [2, 3], Type = DocumentType.StaffRoster },
            new DocumentEntry { DocumentId = "d4", File = "x.pdf", Status = DocumentStatus.Error, Error = "damaged PDF" },
        ];

        var evaluator = new RecordEvaluator();
        evaluator.Add(Truth(), record);

        Assert.Equal(2, evaluator.Total(evaluator.Declared).Correct);
        Assert.Equal(0, evaluator.Total(evaluator.Evidence).Correct); // 800 is not the lease's 450
        Assert.Equal(1, evaluator.Total(evaluator.Evidence).Expected);
        Assert.Equal(2, evaluator.DocumentTypes.Correct);              // form and license right, lease wrong
        Assert.Equal(3, evaluator.DocumentTypes.Expected);
        Assert.Equal(1, evaluator.BundlePages.Correct);
        Assert.Equal(1, evaluator.UnreadableReported.Correct);
        Assert.Contains(evaluator.Failures, f => f.Contains("evidence total_area_sqm"));
    }

    [Fact]
    public void Add_CountsEverythingMissed_WhenNoRecord()
    {
        var evaluator = new RecordEvaluator();
        evaluator.Add(Truth(), null);
        Assert.Equal(0, evaluator.Total(evaluator.Declared).Correct);
        Assert.Equal(3, evaluator.Total(evaluator.Declared).Expected + evaluator.Total(evaluator.Evidence).Expected);
        Assert.Contains(evaluator.Failures, f => f.Contains("no record.json"));
    }
}
