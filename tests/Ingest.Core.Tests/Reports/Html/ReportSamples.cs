using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Reports.Html;

/// <summary>
/// A Shanxi 2022 submission judged by the real rules engine, with what the audit stages will add by hand: a flag
/// of every code, a risk score, a hostile file name and snippet, an unreadable file and a doubtful OCR value.
/// Shared with the browser tests (linked there) so both look at the same page.
/// </summary>
public static class ReportSamples
{
    public const string HostileFile = "<script>alert('x')</script>&租赁合同.pdf";
    public const string HostileSnippet = "建筑面积<b>450</b>平方米 <img src=x onerror=alert(1)>";
    public const string UnreadableError = "encrypted PDF：文件已加密，无法读取，请提交未加密的版本";

    public static SubmissionRecord Record()
    {
        var record = new SubmissionRecord
        {
            SubmissionId = "S900",
            Jurisdiction = "shanxi-2022-makerspace",
            Documents =
            [
                Doc("d1", "01-申请书.docx", DocumentType.ApplicationForm, TextSource.Docx, null, 1, 2, 3),
                Doc("d2", "02-营业执照.jpg", DocumentType.BusinessLicense, TextSource.Ocr, 0.91, 1),
                Doc("d3", HostileFile, DocumentType.LeaseContract, TextSource.Ocr, 0.42, 1, 2, 3),
                Doc("d4", "04-毕业证书-张三.jpg", DocumentType.Diploma, TextSource.Ocr, 0.88, 1),
                new DocumentEntry { DocumentId = "d5", File = "05-存款证明.pdf", Status = DocumentStatus.Error, Error = UnreadableError },
                Doc("d6", "06-装订本.pdf", DocumentType.StaffRoster, TextSource.Mixed, 0.83, 4, 5),
                Doc("d7", "06-装订本.pdf", DocumentType.Other, TextSource.Mixed, 0.83, 6) with { TypeConfidence = 0.31 },
            ],
        };
        Declared(record, FieldKeys.SpaceName, ScalarValue.Of("晋创空间"));
        Declared(record, FieldKeys.OperatorName, ScalarValue.Of("太原晋创科技有限公司"));
        Declared(record, FieldKeys.SpaceCategory, ScalarValue.Of("comprehensive"));
        Declared(record, FieldKeys.RegistrationDate, ScalarValue.Of(new DateOnly(2020, 3, 1)));
        Declared(record, FieldKeys.ApplicationDate, ScalarValue.Of(new DateOnly(2022, 6, 1)));
        record.Fields.SetDeclared(FieldKeys.TotalAreaSqm, new FieldValue
        {
            Value = ScalarValue.Of(800m), DocumentId = "d1", Page = 1, Snippet = "服务场地面积(m²) 800", Confidence = 0.99,
        });
        record.Fields.SetEvidence(FieldKeys.TotalAreaSqm, new FieldValue
        {
            // Not marked LowConfidence by a reader (a marked scan reading is no contradiction): the page shows it low by its confidence.
            Value = ScalarValue.Of(450m), DocumentId = "d3", Page = 2, Snippet = HostileSnippet, Confidence = 0.42,
        });
        Declared(record, FieldKeys.PublicAreaSqm, ScalarValue.Of(200m));
        Declared(record, FieldKeys.MentorsCount, ScalarValue.Of(6m));
        Declared(record, FieldKeys.EventsPerMonth, ScalarValue.Of(2m));
        Declared(record, FieldKeys.MakersCount, ScalarValue.Of(60m));
        Declared(record, FieldKeys.SeedFundWan, ScalarValue.Of(100m));
        return record;
    }

    /// <summary>The engine's report on <see cref="Record"/>, with one flag of every code and, unless told not to, a risk.</summary>
    public static SubmissionReport Report(SubmissionRecord record, bool withRisk = true)
    {
        var report = new RulesEngine().Evaluate(record, record.Jurisdiction!);
        report.Flags = [.. Enum.GetValues<FlagCode>().Select(FlagOf)];
        report.Verdict = Verdicts.Decide(report.Rules, report.Discrepancies, report.Flags);
        if (withRisk)
            report.Risk = new Risk
            {
                Score = 0.81,
                Factors = [new RiskFactor("租赁合同面积与申报面积相差 44%", 0.4), new RiskFactor("营业执照扫描件识别质量差", 0.15)],
            };
        return report;
    }

    private static Flag FlagOf(FlagCode code) => new()
    {
        Code = code,
        Severity = code is FlagCode.LowOcrConfidence or FlagCode.PdfModified ? Severity.Medium : Severity.High,
        Message = $"测试标记 {code}",
        DocumentIds = code switch
        {
            FlagCode.NameMismatch => ["d2", "d3"],
            FlagCode.LowOcrConfidence => ["d3"],
            FlagCode.InvalidCreditCode => ["d2"],
            FlagCode.DuplicateCertificate or FlagCode.InvalidCertificateNumber => ["d4"],
            _ => ["d3"],
        },
        RelatedSubmissions = code is FlagCode.DuplicateCertificate or FlagCode.DuplicateDocument ? ["S041", "S077"] : [],
    };

    private static DocumentEntry Doc(string id, string file, DocumentType type, TextSource source, double? ocr, params int[] pages) =>
        new()
        {
            DocumentId = id, File = file, Type = type, TypeConfidence = 0.95, TextSource = source, OcrConfidence = ocr,
            Pages = [.. pages],
        };

    private static void Declared(SubmissionRecord record, FieldKey key, ScalarValue value) =>
        record.Fields.SetDeclared(key, new FieldValue { Value = value, DocumentId = "d1", Page = 1, Confidence = 0.99 });
}
