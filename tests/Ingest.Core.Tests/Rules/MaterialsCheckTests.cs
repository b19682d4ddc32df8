using ZcIngest.Core.Records;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Rules;

public class MaterialsCheckTests
{
    private static readonly RulesEngine Engine = new();

    private static List<DocumentType> Missing(string programId, params string[] items) =>
        Engine.Evaluate(RecordBuilder.Build(items), programId).MissingDocuments;

    private static readonly string[] ShanxiComplete =
    [
        "doc:application_form", "doc:operating_report", "doc:business_license", "doc:diploma", "doc:lease_contract",
        "doc:financial_statement", "doc:resident_list", "doc:activity_record", "doc:mentor_letter", "doc:bank_deposit_proof",
    ];

    [Fact]
    public void Missing_IsEmpty_ForCompleteShanxiSubmission()
    {
        Assert.Empty(Missing("shanxi-2022-makerspace", ShanxiComplete));
    }

    [Fact]
    public void Missing_ListsEveryShanxiKind_ForEmptySubmission()
    {
        Assert.Equal(
            [DocumentType.ApplicationForm, DocumentType.OperatingReport, DocumentType.BusinessLicense, DocumentType.Diploma,
             DocumentType.LeaseContract, DocumentType.FinancialStatement, DocumentType.ResidentList, DocumentType.ActivityRecord,
             DocumentType.MentorLetter, DocumentType.BankDepositProof],
            Missing("shanxi-2022-makerspace"));
    }

    [Fact]
    public void Missing_AcceptsTrainingCertificate_InsteadOfDiploma()
    {
        var items = ShanxiComplete.Where(i => i != "doc:diploma").Append("doc:training_certificate").ToArray();
        Assert.Empty(Missing("shanxi-2022-makerspace", items));
    }

    [Fact]
    public void Missing_AsksForPropertyCertificate_WhenPremisesAreOwned()
    {
        var items = ShanxiComplete.Where(i => i != "doc:lease_contract").Append("premises_source=owned").ToArray();
        Assert.Equal([DocumentType.PropertyCertificate], Missing("shanxi-2022-makerspace", items));
        var leased = ShanxiComplete.Where(i => i != "doc:lease_contract").Append("premises_source=leased").ToArray();
        Assert.Equal([DocumentType.LeaseContract], Missing("shanxi-2022-makerspace", leased));
    }

    [Fact]
    public void Missing_CountsOnlyReadableDocuments()
    {
        var record = RecordBuilder.Build(ShanxiComplete);
        var license = record.Documents.FindIndex(d => d.Type == DocumentType.BusinessLicense);
        record.Documents[license] = record.Documents[license] with { Status = DocumentStatus.Error, Error = "encrypted PDF：文件已加密" };
        Assert.Equal([DocumentType.BusinessLicense], Engine.Evaluate(record, "shanxi-2022-makerspace").MissingDocuments);
    }

    [Fact]
    public void Missing_UsesWhatTheRulesNeed_WhereSeedListsNoMaterials()
    {
        Assert.Equal(
            [DocumentType.ApplicationForm, DocumentType.BusinessLicense, DocumentType.LeaseContract, DocumentType.ResidentList,
             DocumentType.StaffRoster, DocumentType.MentorLetter, DocumentType.ActivityRecord],
            Missing("xinjiang-2019-makerspace"));
    }
}
