using ZcIngest.Core.Audit;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Tests.Audit;

public class SubmissionAuditorTests
{
    private const string Operator = "太原星辰科技孵化器管理有限公司";
    private const string ValidCode = "91350100M000100Y43";
    private const string WrongCode = "91350100M000100Y4A";

    /// <summary>A submission of one form (text PDF) plus the given documents, each a one-page file of its own.</summary>
    private sealed class Builder
    {
        public readonly SubmissionRecord Record = new() { SubmissionId = "T" };
        public readonly ExtractionResult Extraction = new();
        public readonly Dictionary<string, ReadDocument> Reads = new();

        public Builder()
        {
            Record.Fields.SetDeclared(FieldKeys.OperatorName, new FieldValue { Value = ScalarValue.Of(Operator), DocumentId = "d1", Page = 1 });
            Record.Fields.SetDeclared(FieldKeys.ApplicationDate, new FieldValue { Value = ScalarValue.Of(new DateOnly(2024, 6, 1)), DocumentId = "d1", Page = 1 });
            Add("d1", DocumentType.ApplicationForm, PageSource.PdfText, null);
        }

        public DocumentFacts Add(string id, DocumentType type, PageSource source, double? confidence)
        {
            var file = id + ".pdf";
            Record.Documents.Add(new DocumentEntry
            {
                DocumentId = id, File = file, Pages = [1], Type = type,
                TextSource = source == PageSource.Ocr ? TextSource.Ocr : TextSource.PdfText, OcrConfidence = confidence,
            });
            Reads[file] = new ReadDocument { File = file, Pages = [new Page { Number = 1, Source = source, OcrConfidence = confidence }] };
            return Extraction.For(id, type, file);
        }

        public static FieldValue Value(string id, string text) => new() { Value = ScalarValue.Of(text), DocumentId = id, Page = 1 };
        public static FieldValue Value(string id, DateOnly date) => new() { Value = ScalarValue.Of(date), DocumentId = id, Page = 1 };

        /// <summary>Writes one OCR line of (text, confidence) words, 10 px per character, onto a document's page; returns its box.</summary>
        public Box Scanned(string id, params (string Text, double Confidence)[] words)
        {
            var line = new Line { Text = string.Concat(words.Select(w => w.Text)) };
            var x = 100.0;
            foreach (var (text, confidence) in words)
            {
                line.Words.Add(new Word { Text = text, Confidence = confidence, Box = new Box(x, 200, x + 10 * text.Length, 220) });
                x += 10 * text.Length;
            }
            Reads[id + ".pdf"].Pages[0].Blocks.Add(new Block { Lines = [line] });
            return new Box(100, 200, x, 220);
        }

        public List<Flag> Audit(Func<Page, double?>? inkOf = null) => SubmissionAuditor.Audit(new AuditInput(Record, Extraction, Reads, inkOf));
    }

    private static LicenseFacts License(string id, string code, DateOnly? registered = null) =>
        new(Builder.Value(id, Operator), Builder.Value(id, code), null,
            registered is { } r ? Builder.Value(id, r) : null, null);

    [Fact]
    public void Audit_FlagsCreditCode_TypedInvalidCode()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.PdfText, null).License = License("d2", WrongCode);
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.InvalidCreditCode, flag.Code);
        Assert.Equal(["d2"], flag.DocumentIds);
        Assert.Contains(WrongCode, flag.Message);
    }

    [Fact]
    public void Audit_FlagsCreditCode_OnTheFormAndTheLicenseWhoseCodeCouldNotBeRead()
    {
        var b = new Builder();
        b.Record.Fields.SetDeclared(FieldKeys.CreditCode, Builder.Value("d1", WrongCode));
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.0);
        var flag = Assert.Single(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
        Assert.Equal(["d1", "d2"], flag.DocumentIds);
        Assert.Contains("未能识别", flag.Message);
    }

    [Fact]
    public void Audit_FlagsCreditCode_OnTheFormAndTheLicenseReadingItWithOneMoreCharacterMisread()
    {
        // The license's scan reads the form's failing code with a 1 as L: the same code, failing too, on both papers.
        var misread = "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => WrongCode[..12] + c + WrongCode[13..])
            .First(c => c != WrongCode && CreditCode.Check(c).IsInvalid);
        var b = new Builder();
        b.Record.Fields.SetDeclared(FieldKeys.CreditCode, Builder.Value("d1", WrongCode));
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.72).License = License("d2", misread);

        var flag = Assert.Single(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);

        Assert.Equal(["d1", "d2"], flag.DocumentIds);
        Assert.Contains("应为同一代码", flag.Message);
    }

    [Fact]
    public void Audit_NoFlag_ValidCodeOnAPoorScan()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.75).License = License("d2", ValidCode);
        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
    }

    [Fact]
    public void Audit_NoFlag_InvalidCodeReadWithLowConfidence()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.72).License = License("d2", WrongCode);
        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
    }

    [Fact]
    public void Audit_NoFlag_ScanMisreadsOneCharacterOfTheTypedValidCode()
    {
        var b = new Builder();
        b.Record.Fields.SetDeclared(FieldKeys.CreditCode, Builder.Value("d1", ValidCode));
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.93).License = License("d2", WrongCode);
        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
    }

    [Fact]
    public void Audit_FlagsCreditCode_SameFailingCodeReadFromTwoScans()
    {
        var b = new Builder();
        b.Add("d3", DocumentType.ApplicationForm, PageSource.Ocr, 0.72);
        b.Record.Fields.SetDeclared(FieldKeys.CreditCode, Builder.Value("d3", WrongCode));
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.72).License = License("d2", WrongCode);
        var flag = Assert.Single(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
        Assert.Equal(["d2", "d3"], flag.DocumentIds.Order());
    }

    [Fact]
    public void Audit_NoFlag_TwoScansReadDifferentFailingCodes()
    {
        var b = new Builder();
        b.Add("d3", DocumentType.ApplicationForm, PageSource.Ocr, 0.72);
        b.Record.Fields.SetDeclared(FieldKeys.CreditCode, Builder.Value("d3", "91350100M000100Y4B"));
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.72).License = License("d2", WrongCode);
        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
    }

    [Fact]
    public void Audit_FlagsCreditCode_ConfidentScanWithoutCorrectCopy()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.Ocr, 0.93).License = License("d2", WrongCode);
        Assert.Contains(b.Audit(), f => f.Code == FlagCode.InvalidCreditCode);
    }

    [Fact]
    public void Audit_FlagsIdNumber_RosterHoldsWrongCheckDigit()
    {
        var b = new Builder();
        var roster = b.Add("d2", DocumentType.StaffRoster, PageSource.Docx, null);
        roster.IdNumbers.Add(new IdNumberFact(Builder.Value("d2", "11010519491231002X"), "张三"));
        roster.IdNumbers.Add(new IdNumberFact(Builder.Value("d2", "110105194912310021"), "李四"));
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.InvalidIdNumber, flag.Code);
        Assert.Contains("李四", flag.Message);
    }

    [Fact]
    public void Audit_FlagsIdNumber_ScannedNumberReadSurelyBesideAGarbledName()
    {
        // The stamp over the row reads as 「区」 and 「出」 at no confidence; the number itself was read at 0.91.
        var b = new Builder();
        var roster = b.Add("d2", DocumentType.StaffRoster, PageSource.Ocr, 0.85);
        var box = b.Scanned("d2", ("区", 0.0), ("宋国栋", 0.90), ("出", 0.26), ("140702199907034752", 0.91));
        roster.IdNumbers.Add(new IdNumberFact(Builder.Value("d2", "140702199907034752") with { Box = box }, "宋国栋"));
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.InvalidIdNumber, flag.Code);
    }

    [Fact]
    public void Audit_NoIdFlag_TheNumberItselfReadPoorlyOnAClearLine()
    {
        var b = new Builder();
        var roster = b.Add("d2", DocumentType.StaffRoster, PageSource.Ocr, 0.85);
        var box = b.Scanned("d2", ("宋", 0.95), ("国", 0.95), ("栋", 0.95), ("140702199907034752", 0.45));
        roster.IdNumbers.Add(new IdNumberFact(Builder.Value("d2", "140702199907034752") with { Box = box }, "宋国栋"));
        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.InvalidIdNumber);
    }

    [Fact]
    public void Audit_FlagsCertificateNumber_ScannedDigitsReadBelowTheTextThreshold()
    {
        // Tesseract scores correct digit runs low: 0.79 is a sure enough reading of an all-digit number.
        var b = new Builder();
        var diploma = b.Add("d2", DocumentType.Diploma, PageSource.Ocr, 0.9);
        var box = b.Scanned("d2", ("129491199705624972", 0.79));
        diploma.Diploma = new DiplomaFacts(Builder.Value("d2", "黄杰"), EducationLevel.College, "专科", null,
            Builder.Value("d2", "129491199705624972") with { Box = box }, null);
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.InvalidCertificateNumber, flag.Code);
    }

    [Fact]
    public void Audit_TrustsNoScannedDate_TheExtractorMarkedDoubtful()
    {
        // The words read surely (0.95), but the diploma's own study period says the foot date's year is a misread.
        var b = new Builder();
        var diploma = b.Add("d2", DocumentType.Diploma, PageSource.Ocr, 0.9);
        var numberBox = b.Scanned("d2", ("101081201805000123", 0.95));
        var dateBox = b.Scanned("d2", ("2048年7月1日", 0.95));
        diploma.Diploma = new DiplomaFacts(Builder.Value("d2", "叶美玲"), EducationLevel.Bachelor, "本科", null,
            Builder.Value("d2", "101081201805000123") with { Box = numberBox },
            Builder.Value("d2", new DateOnly(2048, 7, 1)) with { Box = dateBox, Confidence = 0.5, LowConfidence = true });

        Assert.DoesNotContain(b.Audit(), f => f.Code is FlagCode.InvalidCertificateNumber or FlagCode.DateInconsistency);
    }

    [Theory]
    [InlineData(true, true)]    // the study period ends the same year: two readings of the year agree
    [InlineData(false, false)]  // the foot date alone, read poorly (a seal over its 日 at 0.00): no check rests on it
    public void Audit_TrustsPoorlyReadGraduationYear_OnlyWhenTheStudyPeriodBearsItOut(bool corroborated, bool flagged)
    {
        var b = new Builder();
        var diploma = b.Add("d2", DocumentType.Diploma, PageSource.Ocr, 0.9);
        var numberBox = b.Scanned("d2", ("107581200205331636", 0.91));
        var dateBox = b.Scanned("d2", ("1999", 0.87), ("年", 0.91), ("6", 0.97), ("月", 0.96), ("28", 0.93), ("日", 0.0));
        diploma.Diploma = new DiplomaFacts(Builder.Value("d2", "段强"), EducationLevel.Bachelor, "本科", null,
            Builder.Value("d2", "107581200205331636") with { Box = numberBox },
            Builder.Value("d2", new DateOnly(1999, 6, 28)) with { Box = dateBox }) { Scanned = true, YearCorroborated = corroborated };

        Assert.Equal(flagged, b.Audit().Any(f => f.Code == FlagCode.InvalidCertificateNumber));
    }

    [Fact]
    public void Audit_FlagsCertificateNumber_YearContradictsDiploma()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.Diploma, PageSource.PdfText, null).Diploma = new DiplomaFacts(Builder.Value("d2", "王晶"),
            EducationLevel.Bachelor, "本科", null, Builder.Value("d2", "101081201805000123"), Builder.Value("d2", new DateOnly(2016, 7, 1)));
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.InvalidCertificateNumber, flag.Code);
        Assert.Contains("王晶", flag.Message);
    }

    [Fact]
    public void Audit_FlagsDuplicate_SameNumberOnTwoPeoplesDiplomas()
    {
        var b = new Builder();
        DiplomaFacts Diploma(string id, string holder) => new(Builder.Value(id, holder), EducationLevel.Bachelor, "本科", null,
            Builder.Value(id, "101081201605000123"), Builder.Value(id, new DateOnly(2016, 7, 1)));
        b.Add("d2", DocumentType.Diploma, PageSource.PdfText, null).Diploma = Diploma("d2", "王晶");
        b.Add("d3", DocumentType.Diploma, PageSource.PdfText, null).Diploma = Diploma("d3", "李娜");
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.DuplicateCertificate, flag.Code);
        Assert.Equal(["d2", "d3"], flag.DocumentIds);
        Assert.Empty(flag.RelatedSubmissions);
    }

    [Fact]
    public void Audit_NoDuplicate_SamePersonsDiplomaFiledTwice()
    {
        var b = new Builder();
        DiplomaFacts Diploma(string id) => new(Builder.Value(id, "王晶"), EducationLevel.Bachelor, "本科", null,
            Builder.Value(id, "101081201605000123"), Builder.Value(id, new DateOnly(2016, 7, 1)));
        b.Add("d2", DocumentType.Diploma, PageSource.PdfText, null).Diploma = Diploma("d2");
        b.Add("d3", DocumentType.Diploma, PageSource.PdfText, null).Diploma = Diploma("d3");
        Assert.Empty(b.Audit());
    }

    [Theory]
    [InlineData("张建国", true)]
    [InlineData("太原星辰科技孵化器管理（筹）", true)]
    [InlineData("太原星辰科技孵化器管理有限责任公司", false)]
    public void Audit_NameMismatch_OnlyForAnotherParty(string lessee, bool flagged)
    {
        var b = new Builder();
        b.Add("d2", DocumentType.LeaseContract, PageSource.PdfText, null).Lease =
            new LeaseFacts(null, Builder.Value("d2", lessee), null, null, null, null, null, null);
        Assert.Equal(flagged, b.Audit().Any(f => f.Code == FlagCode.NameMismatch && f.DocumentIds.SequenceEqual(["d2"])));
    }

    [Fact]
    public void Audit_FlagsDates_LeaseSignedBeforeRegistrationAndExpired()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.PdfText, null).License = License("d2", ValidCode, new DateOnly(2020, 5, 1));
        b.Add("d3", DocumentType.LeaseContract, PageSource.PdfText, null).Lease = new LeaseFacts(null, Builder.Value("d3", Operator),
            null, null, Builder.Value("d3", new DateOnly(2020, 3, 1)), Builder.Value("d3", new DateOnly(2024, 2, 28)), null,
            Builder.Value("d3", new DateOnly(2020, 2, 20)));
        var flags = b.Audit().Where(f => f.Code == FlagCode.DateInconsistency).ToList();
        Assert.Equal(2, flags.Count);
        Assert.Contains(flags, f => f.Message.Contains("2020-02-20") && f.Message.Contains("2020-05-01"));
        Assert.Contains(flags, f => f.Message.Contains("已到期"));
    }

    [Fact]
    public void Audit_FlagsLeaseStartBeforeRegistration_SigningDateTooPoorlyReadToTrust()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.PdfText, null).License = License("d2", ValidCode, new DateOnly(2016, 1, 13));
        b.Add("d3", DocumentType.LeaseContract, PageSource.Ocr, 0.9);
        // 签订日期 under a seal (read at 0.6), the period clause clearly (0.9).
        var signedBox = new Box(100, 100, 200, 120);
        var startBox = new Box(100, 300, 200, 320);
        b.Reads["d3.pdf"].Pages[0].Blocks.Add(new Block { Lines = [
            new Line { Text = "2015/07/06", Words = [new Word { Text = "2015/07/06", Confidence = 0.6, Box = signedBox }] },
            new Line { Text = "2015/07/13", Words = [new Word { Text = "2015/07/13", Confidence = 0.9, Box = startBox }] }] });
        b.Extraction.Documents["d3"].Lease = new LeaseFacts(null, Builder.Value("d3", Operator), null, null,
            Builder.Value("d3", new DateOnly(2015, 7, 13)) with { Box = startBox }, Builder.Value("d3", new DateOnly(2025, 7, 12)) with { Box = startBox },
            null, Builder.Value("d3", new DateOnly(2015, 7, 6)) with { Box = signedBox });

        var flag = Assert.Single(b.Audit(), f => f.Code == FlagCode.DateInconsistency);
        Assert.Contains("起租日期2015-07-13早于运营主体成立日期2016-01-13", flag.Message);
    }

    [Fact]
    public void Audit_NoDateFlag_RegistrationYearMisreadAfterTheApplication()
    {
        // 2014 read 2044 on the licence: every lease would then be signed "before the operator existed".
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.PdfText, null).License = License("d2", ValidCode, new DateOnly(2044, 10, 1));
        b.Add("d3", DocumentType.LeaseContract, PageSource.PdfText, null).Lease = new LeaseFacts(null, Builder.Value("d3", Operator),
            null, null, Builder.Value("d3", new DateOnly(2014, 12, 1)), Builder.Value("d3", new DateOnly(2030, 11, 30)), null,
            Builder.Value("d3", new DateOnly(2014, 11, 15)));

        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.DateInconsistency);
    }

    [Fact]
    public void Audit_NoDateFlag_ConsistentLease()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.PdfText, null).License = License("d2", ValidCode, new DateOnly(2020, 5, 1));
        b.Add("d3", DocumentType.LeaseContract, PageSource.PdfText, null).Lease = new LeaseFacts(null, Builder.Value("d3", Operator),
            null, null, Builder.Value("d3", new DateOnly(2020, 6, 1)), Builder.Value("d3", new DateOnly(2030, 5, 31)), null,
            Builder.Value("d3", new DateOnly(2020, 5, 20)));
        Assert.Empty(b.Audit());
    }

    [Fact]
    public void Audit_FlagsDate_DiplomaDatedAfterApplication()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.Diploma, PageSource.PdfText, null).Diploma = new DiplomaFacts(Builder.Value("d2", "王晶"),
            EducationLevel.Bachelor, "本科", null, Builder.Value("d2", "101081202405000123"), Builder.Value("d2", new DateOnly(2024, 9, 1)));
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.DateInconsistency, flag.Code);
        Assert.Contains("晚于申报日期", flag.Message);
    }

    [Fact]
    public void Audit_FlagsEvents_DatedAfterApplicationOnly()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BusinessLicense, PageSource.PdfText, null).License = License("d2", ValidCode, new DateOnly(2022, 3, 1));
        var events = b.Add("d3", DocumentType.ActivityRecord, PageSource.PdfText, null).Events;
        foreach (var (date, title) in new[] { (new DateOnly(2021, 12, 5), "开业前沙龙"), (new DateOnly(2023, 5, 14), "创业沙龙"), (new DateOnly(2024, 7, 2), "路演日") })
            events.Add(new EventFact(Builder.Value("d3", date), date, title));

        var flag = Assert.Single(b.Audit(), f => f.Code == FlagCode.DateInconsistency);
        Assert.Equal(["d3"], flag.DocumentIds);
        Assert.Contains("2024-07-02「路演日」", flag.Message);
        Assert.DoesNotContain("开业前沙龙", flag.Message);
        Assert.DoesNotContain("创业沙龙", flag.Message);
    }

    [Fact]
    public void Audit_NoEventFlag_EventsWithinThePeriodOrMisreadFromAPoorScan()
    {
        var b = new Builder();
        var events = b.Add("d3", DocumentType.ActivityRecord, PageSource.Ocr, 0.55).Events;
        events.Add(new EventFact(Builder.Value("d3", new DateOnly(2028, 5, 14)), new DateOnly(2028, 5, 14), "创业沙龙"));
        var inPeriod = b.Add("d4", DocumentType.ActivityRecord, PageSource.PdfText, null).Events;
        inPeriod.Add(new EventFact(Builder.Value("d4", new DateOnly(2024, 5, 31)), new DateOnly(2024, 5, 31), "路演日"));
        Assert.DoesNotContain(b.Audit(), f => f.Code == FlagCode.DateInconsistency);
    }

    [Fact]
    public void Audit_FlagsLowOcr_OnlyThePoorPage()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.BankDepositProof, PageSource.Ocr, 0.40);
        b.Add("d3", DocumentType.FinancialStatement, PageSource.Ocr, 0.93);
        var flag = Assert.Single(b.Audit());
        Assert.Equal(FlagCode.LowOcrConfidence, flag.Code);
        Assert.Equal(["d2"], flag.DocumentIds);
    }

    [Theory]
    [InlineData(0.004, false)]
    [InlineData(0.25, true)]
    [InlineData(null, true)]
    public void Audit_FlagsLowOcr_UnlessNothingReadFromANearlyBlankPage(double? ink, bool flagged)
    {
        var b = new Builder();
        b.Add("d2", DocumentType.Other, PageSource.Ocr, 0.0);
        Assert.Equal(flagged, b.Audit(_ => ink).Any(f => f.Code == FlagCode.LowOcrConfidence));
    }

    [Fact]
    public void Audit_FlagsLowOcr_PoorlyReadWordsOnALightPage()
    {
        var b = new Builder();
        b.Add("d2", DocumentType.Other, PageSource.Ocr, 0.30);
        b.Scanned("d2", ("某某", 0.30));
        Assert.Contains(b.Audit(_ => 0.004), f => f.Code == FlagCode.LowOcrConfidence);
    }
}
