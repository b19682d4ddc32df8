using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.RiskScoring;

namespace ZcIngest.Core.Tests.RiskScoring;

public sealed class RiskFeaturesTests
{
    private static SubmissionRecord Record(params DocumentEntry[] documents) =>
        new() { SubmissionId = "T", Jurisdiction = "shanxi-2022-makerspace", Documents = [.. documents] };

    private static double Feature(double[] x, string id) => x[RiskFeatures.IndexOf(id)];

    [Fact]
    public void Extract_AllZero_ForACleanSubmission()
    {
        var x = RiskFeatures.Extract(Record(new DocumentEntry { DocumentId = "d1", OcrConfidence = 0.95 }), new SubmissionReport());
        Assert.All(x, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Extract_CountsFlagsByCode_Capped()
    {
        var report = new SubmissionReport
        {
            Flags = [.. Enumerable.Repeat(new Flag { Code = FlagCode.NameMismatch }, 5), new Flag { Code = FlagCode.PdfModified }],
        };
        var x = RiskFeatures.Extract(Record(), report);
        Assert.Equal(3, Feature(x, "flag_name_mismatch"));
        Assert.Equal(1, Feature(x, "flag_pdf_modified"));
        Assert.Equal(0, Feature(x, "flag_invalid_credit_code"));
    }

    [Fact]
    public void Extract_MeasuresTheLargestNumericGap()
    {
        var report = new SubmissionReport
        {
            Discrepancies =
            [
                new Discrepancy { Field = "total_area_sqm", Declared = ScalarValue.Of(800m), Evidence = ScalarValue.Of(450m), Severity = Severity.High },
                new Discrepancy { Field = "address", Declared = ScalarValue.Of("甲"), Evidence = ScalarValue.Of("乙"), Severity = Severity.Low },
            ],
        };
        var x = RiskFeatures.Extract(Record(), report);
        Assert.Equal(1, Feature(x, "discrepancy_high"));
        Assert.Equal(1, Feature(x, "discrepancy_other"));
        Assert.Equal(350.0 / 800, Feature(x, "discrepancy_largest_share"), 6);
    }

    [Fact]
    public void Extract_ScalesTheWorstOcrPage()
    {
        var x = RiskFeatures.Extract(Record(new DocumentEntry { OcrConfidence = 0.65 }, new DocumentEntry { OcrConfidence = 0.97 }),
            new SubmissionReport());
        Assert.Equal(0.5, Feature(x, "ocr_confidence_gap"), 6);
    }

    [Fact]
    public void Extract_MarksUnknownProgramAndUnreadableFiles()
    {
        var record = Record(new DocumentEntry { Status = DocumentStatus.Error, Error = "encrypted PDF" });
        record.Jurisdiction = null;
        var x = RiskFeatures.Extract(record, new SubmissionReport { MissingDocuments = [DocumentType.LeaseContract] });
        Assert.Equal(1, Feature(x, "program_unknown"));
        Assert.Equal(1, Feature(x, "documents_unreadable"));
        Assert.Equal(1, Feature(x, "documents_missing"));
    }

    [Fact]
    public void All_HasAChinesePhraseForEveryFeature()
    {
        Assert.Equal(RiskFeatures.All.Count, RiskFeatures.All.Select(f => f.Id).Distinct().Count());
        Assert.All(RiskFeatures.All, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Describe(2)));
    }
}
