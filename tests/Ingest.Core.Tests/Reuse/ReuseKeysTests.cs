using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reuse;

namespace ZcIngest.Core.Tests.Reuse;

public sealed class ReuseKeysTests
{
    private static FieldValue Text(string s) => new() { Value = ScalarValue.Of(s) };

    [Fact]
    public void From_IndexesCertificatesLicencePeopleAndRosterMentions()
    {
        var extraction = new ExtractionResult();
        // OCR ran the year after the number onto it: the 18 digits of the 证书编号 are the key.
        extraction.For("d6", DocumentType.Diploma).Diploma =
            new DiplomaFacts(Text("邓 帆"), EducationLevel.Bachelor, "本科", null, Text("1276712016063948442020"), null);
        extraction.For("d3", DocumentType.BusinessLicense).License =
            new LicenseFacts(Text("太原数智龙城创业服务有限公司"), Text("911401066T4L9JE494"), null, null, null);
        extraction.For("d5", DocumentType.StaffRoster).IdNumbers.Add(new IdNumberFact(Text("140105199003071234"), "邓帆"));
        var record = new SubmissionRecord
        {
            Staff = [new StaffEntry { Name = "王晶", CertificateNo = "101081201905000123", DocumentId = "d5" }],
        };

        var keys = ReuseKeys.From(extraction, record);

        Assert.Contains(new IndexedKey(ReuseKeyKind.Diploma, "127671201606394844", "d6", "邓帆"), keys);
        Assert.Contains(new IndexedKey(ReuseKeyKind.CreditCode, "911401066T4L9JE494", "d3", "太原数智龙城创业服务有限公司"), keys);
        Assert.Contains(new IndexedKey(ReuseKeyKind.Person, "邓帆|19900307", "d5", "邓帆"), keys);
        Assert.Contains(new IndexedKey(ReuseKeyKind.Diploma, "101081201905000123", "d5", "王晶", Primary: false), keys);
    }

    [Fact]
    public void From_SkipsNumbersTooShortToIdentifyAnything()
    {
        var extraction = new ExtractionResult();
        extraction.For("d8", DocumentType.TrainingCertificate).Training = new TrainingFacts(Text("李明"), Text("No.2021-15"), null, null);
        Assert.Empty(ReuseKeys.From(extraction, new SubmissionRecord()));
    }

    [Fact]
    public void Operator_IsTheDeclaredName_NotTheLicencesName()
    {
        var record = new SubmissionRecord();
        record.Fields.SetEvidence(FieldKeys.OperatorName, Text("别人的公司有限公司"));
        Assert.Equal((null, null), ReuseKeys.Operator(record));
        record.Fields.SetDeclared(FieldKeys.OperatorName, Text("许昌智汇 众创空间管理有限责任公司"));
        Assert.Equal("许昌智汇众创空间管理有限公司", ReuseKeys.Operator(record).Key);
    }
}
