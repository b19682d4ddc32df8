using System.Text.Json.Nodes;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Evaluation;

namespace ZcIngest.Worker.Tests.Evaluation;

public class AuditEvaluatorTests
{
    private static TruthFile Truth() => TruthFile.Parse(JsonNode.Parse("""
    {
      "submission_id": "S1", "fields": {}, "files": [],
      "flags": [
        { "code": "invalid_credit_code", "files": ["03-营业执照.pdf"], "pages": [1], "detail": "校验位错误" },
        { "code": "name_mismatch", "files": ["04-租赁合同.pdf"], "detail": "承租方不是运营主体" }
      ],
      "discrepancies": [ { "field": "mentors_count", "declared": 8, "evidence": 4 } ]
    }
    """)!.AsObject());

    private static SubmissionRecord Record() => new()
    {
        SubmissionId = "S1",
        Documents =
        [
            new DocumentEntry { DocumentId = "d1", File = "01-申请表.docx" },
            new DocumentEntry { DocumentId = "d3", File = "03-营业执照.pdf" },
            new DocumentEntry { DocumentId = "d4", File = "04-租赁合同.pdf" },
        ],
    };

    [Fact]
    public void Add_MatchesFlagsByCodeAndFile()
    {
        var report = new SubmissionReport
        {
            Flags =
            [
                new Flag { Code = FlagCode.InvalidCreditCode, DocumentIds = ["d1", "d3"] },  // form and license: the license is the truth's file
                new Flag { Code = FlagCode.NameMismatch, DocumentIds = ["d3"] },             // right code, wrong file
                new Flag { Code = FlagCode.LowOcrConfidence, DocumentIds = ["d4"] },         // not in truth
            ],
            Discrepancies = [new Discrepancy { Field = "mentors_count" }, new Discrepancy { Field = "seed_fund_wan" }],
        };
        var evaluator = new AuditEvaluator();
        evaluator.Add(Truth(), Record(), report);

        Assert.Equal(1.0, evaluator.Flags["invalid_credit_code"].Recall);
        Assert.Equal(1.0, evaluator.Flags["invalid_credit_code"].Precision);
        Assert.Equal(0.0, evaluator.Flags["name_mismatch"].Recall);
        Assert.Equal(0.0, evaluator.Flags["name_mismatch"].Precision);
        Assert.Equal(0.0, evaluator.Flags["low_ocr_confidence"].Precision);
        Assert.Equal(1, evaluator.Discrepancies.Correct);
        Assert.Equal(0.5, evaluator.Discrepancies.Precision);
        Assert.Contains(evaluator.Failures, f => f.Contains("name_mismatch 04-租赁合同.pdf: missed"));
        Assert.Contains(evaluator.Failures, f => f.Contains("discrepancy seed_fund_wan: not in truth"));
    }

    [Fact]
    public void Add_CountsAReuseFlagApart_WhenTheOtherApplicantIsNotInTheRun()
    {
        var truth = TruthFile.Parse(JsonNode.Parse("""
        { "submission_id": "S1", "fields": {}, "files": [],
          "flags": [
            { "code": "duplicate_document", "files": ["04-租赁合同.pdf"], "related_submissions": ["S2"] },
            { "code": "duplicate_certificate", "files": ["06-学历证书.pdf"], "related_submissions": ["S3"] } ] }
        """)!.AsObject());
        var evaluator = new AuditEvaluator { Processed = new HashSet<string> { "S1", "S3" } };
        evaluator.Add(truth, Record(), new SubmissionReport());

        Assert.Equal(1, evaluator.UnfindableReuseFlags);
        Assert.False(evaluator.Flags.ContainsKey("duplicate_document"));
        Assert.Equal(0.0, evaluator.Flags["duplicate_certificate"].Recall); // S3 was processed: a real miss
    }

    [Fact]
    public void Add_CountsEverythingMissed_WhenNoReport()
    {
        var evaluator = new AuditEvaluator();
        evaluator.Add(Truth(), null, null);
        Assert.Equal(0, evaluator.AllFlags.Found);
        Assert.Equal(2, evaluator.AllFlags.Expected);
        Assert.Equal(0.0, evaluator.Discrepancies.Recall);
    }
}
