using ZcIngest.Core.Discrepancies;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;
using ZcIngest.Core.Tests.Rules;

namespace ZcIngest.Core.Tests.Discrepancies;

public class DiscrepancyFinderTests
{
    private static List<Discrepancy> Find(string programId, params string[] items) =>
        DiscrepancyFinder.Find(RecordBuilder.Build(items), RuleCatalog.Default.Get(programId));

    [Theory]
    [InlineData("total_area_sqm", "1000", "1010", false)]    // exactly 1 %: within tolerance
    [InlineData("total_area_sqm", "1000", "1011", true)]
    [InlineData("seed_fund_wan", "100", "98.9", true)]
    [InlineData("seed_fund_wan", "100", "99.5", false)]
    [InlineData("mentors_count", "5", "4", true)]            // counts: any difference
    [InlineData("registration_date", "2021-03-01", "2021-03-02", true)]
    [InlineData("registration_date", "2021-03-01", "2021-03-01", false)]
    [InlineData("operator_name", "太原市某某科技有限公司", "太原市某某科技有限公司 ", false)]
    [InlineData("operator_name", "某某（太原）科技有限公司", "某某(太原)科技有限公司", false)] // full/half-width forms
    [InlineData("credit_code", "９１１４０１００ＭＡ０ＸＸＸＸＸ１Ｘ", "91140100MA0XXXXX1X", false)]
    [InlineData("operator_name", "太原市某某科技有限公司", "太原市某某信息有限公司", true)]
    [InlineData("events_per_month", "4", "3.75", false)]      // a rounded average, at the precision declared
    [InlineData("events_per_month", "2.5", "2.4545", false)]
    [InlineData("events_per_month", "4", "3.4", true)]
    public void Differs_AppliesContractTolerances(string field, string declared, string evidence, bool expected)
    {
        var found = Find("shanxi-2022-makerspace", $"{field}={declared}", $"evidence:{field}={evidence}");
        Assert.Equal(expected, found.Count == 1);
    }

    [Fact]
    public void Find_IsHigh_WhenTheDifferenceFlipsARule()
    {
        var d = Assert.Single(Find("shanxi-2022-makerspace", "total_area_sqm=800", "evidence:total_area_sqm=450"));
        Assert.Equal(Severity.High, d.Severity);
        Assert.Equal(800m, d.Declared!.Value.Number);
        Assert.Equal(450m, d.Evidence!.Value.Number);
        Assert.Contains("min-area", d.Message);
    }

    [Fact]
    public void Find_IsHigh_WhenTheDifferenceFlipsADerivedRule()
    {
        // operating months: declared registration 2021-01-01 gives 17 months, the license's 2021-09-01 gives 9
        var d = Assert.Single(Find("shanxi-2022-makerspace", "registration_date=2021-01-01", "evidence:registration_date=2021-09-01",
            "application_date=2022-06-01"));
        Assert.Equal(Severity.High, d.Severity);
    }

    [Fact]
    public void Find_IsMedium_WhenARuleReadsTheFieldButKeepsItsOutcome()
    {
        var d = Assert.Single(Find("shanxi-2022-makerspace", "total_area_sqm=800", "evidence:total_area_sqm=700"));
        Assert.Equal(Severity.Medium, d.Severity);
    }

    [Fact]
    public void Find_IsLow_ForSmallDifferenceInAFieldNoRuleReads()
    {
        var d = Assert.Single(Find("shanxi-2022-makerspace", "revenue_wan=100", "evidence:revenue_wan=105"));
        Assert.Equal(Severity.Low, d.Severity);
    }

    [Fact]
    public void Find_IsMedium_ForOperatorIdentity()
    {
        var d = Assert.Single(Find("shanxi-2022-makerspace", "operator_name=甲公司", "evidence:operator_name=乙公司"));
        Assert.Equal(Severity.Medium, d.Severity);
    }

    [Fact]
    public void Find_IgnoresFieldsWithOnlyOneSide()
    {
        Assert.Empty(Find("shanxi-2022-makerspace", "total_area_sqm=800", "evidence:public_area_sqm=700"));
    }

    [Fact]
    public void TextNormalization_FoldsWidthAndRemovesSpaces()
    {
        Assert.Equal("ABC(1)2", TextNormalization.ForComparison(" ＡＢＣ（１）\u3000２ "));
        Assert.True(FieldKeys.OperatorName.Kind == ValueKind.Text);
    }

    private static SubmissionRecord AddressRecord(TextSource evidenceSource, string evidenceAddress)
    {
        var record = new SubmissionRecord { SubmissionId = "T" };
        record.Documents.Add(new DocumentEntry { DocumentId = "d1", File = "form.docx", TextSource = TextSource.Docx });
        record.Documents.Add(new DocumentEntry { DocumentId = "d2", File = "license.jpg", TextSource = evidenceSource });
        record.Fields.SetDeclared(FieldKeys.Address, new FieldValue { Value = ScalarValue.Of("山西省朔州市平鲁区开元路302号数字经济产业园B座"), DocumentId = "d1" });
        record.Fields.SetEvidence(FieldKeys.Address, new FieldValue { Value = ScalarValue.Of(evidenceAddress), DocumentId = "d2" });
        return record;
    }

    [Fact]
    public void Find_IgnoresOneMisreadCharacter_OnAScan() =>
        Assert.Empty(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, "山西省逆州市平鲁区开元路302号数字经济产业园B座"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsOneCharacterDifference_InTypedText() =>
        Assert.Single(DiscrepancyFinder.Find(AddressRecord(TextSource.PdfText, "山西省逆州市平鲁区开元路302号数字经济产业园B座"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsAnotherHouseNumber_OnAScan()
    {
        // Two digits of the number differ: another building, not a misread (one misread digit is still forgiven).
        Assert.Single(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, "山西省朔州市平鲁区开元路318号数字经济产业园B座"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));
        Assert.Empty(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, "山西省朔州市平鲁区开元路308号数字经济产业园B座"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));
    }

    [Fact]
    public void Find_IgnoresAddress_ScanReadingStoppedShort() =>
        Assert.Empty(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, "山西省朔州市平鲁区"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Theory]
    [InlineData("山西省朔州市平鲁区开元路h目")]    // the last glyphs before the cut misread
    [InlineData("山西省朔州市平鲁区开元路30")]
    public void Find_IgnoresAddress_ScanReadingStoppedShortWithDamagedEnd(string cut) =>
        Assert.Empty(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, cut), RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsShortAddress_DifferingBeforeItsLastTwoCharacters() =>
        Assert.Single(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, "山西省朔州市怀仁市开元路"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsShorterAddress_InTypedText() =>
        Assert.Single(DiscrepancyFinder.Find(AddressRecord(TextSource.PdfText, "山西省朔州市平鲁区"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsAnotherAddress_EvenOnAScan() =>
        Assert.Single(DiscrepancyFinder.Find(AddressRecord(TextSource.Ocr, "山西省太原市小店区长治路88号创业大厦"),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));
    private static SubmissionRecord RepresentativeRecord(TextSource evidenceSource, bool lowConfidence)
    {
        var record = new SubmissionRecord { SubmissionId = "T" };
        record.Documents.Add(new DocumentEntry { DocumentId = "d1", File = "form.docx", TextSource = TextSource.Docx });
        record.Documents.Add(new DocumentEntry { DocumentId = "d2", File = "license.jpg", TextSource = evidenceSource });
        record.Fields.SetDeclared(FieldKeys.LegalRepresentative, new FieldValue { Value = ScalarValue.Of("阎鑫"), DocumentId = "d1" });
        record.Fields.SetEvidence(FieldKeys.LegalRepresentative,
            new FieldValue { Value = ScalarValue.Of("韶镭"), DocumentId = "d2", LowConfidence = lowConfidence ? true : null });
        return record;
    }

    [Fact]
    public void Find_IgnoresName_ScanReadItBelowTrust() =>
        Assert.Empty(DiscrepancyFinder.Find(RepresentativeRecord(TextSource.Ocr, lowConfidence: true),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsOtherName_ScanReadItConfidently() =>
        Assert.Single(DiscrepancyFinder.Find(RepresentativeRecord(TextSource.Ocr, lowConfidence: false),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    private static SubmissionRecord CountRecord(TextSource declaredSource, bool lowConfidence)
    {
        var record = new SubmissionRecord { SubmissionId = "T" };
        record.Documents.Add(new DocumentEntry { DocumentId = "d1", File = "form.pdf", TextSource = declaredSource });
        record.Documents.Add(new DocumentEntry { DocumentId = "d2", File = "list.pdf", TextSource = TextSource.PdfText });
        record.Fields.SetDeclared(FieldKeys.ResidentTechCount,
            new FieldValue { Value = ScalarValue.Of(4141m), DocumentId = "d1", LowConfidence = lowConfidence ? true : null });
        record.Fields.SetEvidence(FieldKeys.ResidentTechCount, new FieldValue { Value = ScalarValue.Of(11m), DocumentId = "d2" });
        return record;
    }

    [Fact]
    public void Find_IgnoresFigure_ScanReadItBelowTrust() =>
        Assert.Empty(DiscrepancyFinder.Find(CountRecord(TextSource.Ocr, lowConfidence: true), RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsFigure_TypedEvenIfMarked() =>
        Assert.Single(DiscrepancyFinder.Find(CountRecord(TextSource.Docx, lowConfidence: true), RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_IsMedium_WhenTheProgramIsUnknown()
    {
        var d = Assert.Single(DiscrepancyFinder.Find(RecordBuilder.Build("revenue_wan=100", "evidence:revenue_wan=105"), null));
        Assert.Equal(Severity.Medium, d.Severity);
    }

    private static SubmissionRecord StaffCountRecord(TextSource rosterSource, bool lowConfidence)
    {
        var record = new SubmissionRecord { SubmissionId = "T" };
        record.Documents.Add(new DocumentEntry { DocumentId = "d1", File = "form.docx", TextSource = TextSource.Docx });
        record.Documents.Add(new DocumentEntry { DocumentId = "d5", File = "roster.pdf", TextSource = rosterSource });
        record.Fields.SetDeclared(FieldKeys.StaffTotal, new FieldValue { Value = ScalarValue.Of(11), DocumentId = "d1" });
        record.Fields.SetEvidence(FieldKeys.StaffTotal,
            new FieldValue { Value = ScalarValue.Of(9), DocumentId = "d5", Confidence = lowConfidence ? 0.29 : 0.97, LowConfidence = lowConfidence ? true : null });
        return record;
    }

    [Fact]
    public void Find_IgnoresCount_ScannedListReadBelowTrust() =>
        Assert.Empty(DiscrepancyFinder.Find(StaffCountRecord(TextSource.Ocr, lowConfidence: true),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    [Fact]
    public void Find_KeepsCount_ScannedListReadConfidently() =>
        Assert.Single(DiscrepancyFinder.Find(StaffCountRecord(TextSource.Ocr, lowConfidence: false),
            RuleCatalog.Default.Get("shanxi-2022-makerspace")));

    private static SubmissionRecord CodeRecord(TextSource declaredSource, string declared, string evidence)
    {
        var record = new SubmissionRecord { SubmissionId = "T" };
        record.Documents.Add(new DocumentEntry { DocumentId = "d1", File = "form.pdf", TextSource = declaredSource });
        record.Documents.Add(new DocumentEntry { DocumentId = "d3", File = "license.pdf", TextSource = TextSource.Ocr });
        record.Fields.SetDeclared(FieldKeys.CreditCode, new FieldValue { Value = ScalarValue.Of(declared), DocumentId = "d1" });
        record.Fields.SetEvidence(FieldKeys.CreditCode, new FieldValue { Value = ScalarValue.Of(evidence), DocumentId = "d3" });
        return record;
    }

    // 91350100M000100Y43 and 91350100M000177Y4D pass the GB 32100 check; 91350100M000100Y4A fails it.
    [Theory]
    [InlineData(TextSource.Ocr, "91350100M000100Y4A", "91350100M000100Y43", false)]  // the scanned form misread the check character
    [InlineData(TextSource.Ocr, "91350100M000100Y43", "91350100M000100Y4A", false)]  // the scanned license did
    [InlineData(TextSource.Docx, "91350100M000100Y4A", "91350100M000100Y43", true)]  // typed: the applicant's own code
    [InlineData(TextSource.Ocr, "91350100M000177Y4D", "91350100M000100Y43", true)]   // two valid codes: another company's
    [InlineData(TextSource.Ocr, "91350100M000100Y4", "91350100M000100Y43", false)]   // cut short
    public void Find_CreditCode_MisreadSideFailsItsCheck(TextSource declaredSource, string declared, string evidence, bool expected) =>
        Assert.Equal(expected, DiscrepancyFinder.Find(CodeRecord(declaredSource, declared, evidence), RuleCatalog.Default.Get("shanxi-2022-makerspace")).Count == 1);
}
