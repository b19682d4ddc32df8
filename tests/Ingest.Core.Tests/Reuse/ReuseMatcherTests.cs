using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Reuse;

namespace ZcIngest.Core.Tests.Reuse;

public sealed class ReuseMatcherTests
{
    private static readonly string LeaseA = TextFingerprintTests.Lease("太原市晋阳置业有限公司", "山西创客汇科技服务有限公司", "太原市小店区长治路227号", 860, 412800, 2020, 3);
    private static readonly string LeaseB = TextFingerprintTests.Lease("许昌市国有资产经营有限公司", "许昌智汇众创空间管理有限公司", "许昌市魏都区七一路189号", 640, 256000, 2021, 7);

    private static IndexedSubmission Submission(string id, string? operatorKey, params IndexedKey[] keys) =>
        new(id, operatorKey, operatorKey, "/out/" + id) { Keys = [.. keys] };

    private static ReuseCandidates Candidates(params IndexedSubmission[] others) => new(
        others.SelectMany(o => o.Keys.Select(k => (o.SubmissionId, k))).ToList(),
        others.SelectMany(o => o.Documents.Select(d => (o.SubmissionId, d))).ToList(),
        others.ToDictionary(o => o.SubmissionId, o => o.Info));

    private static DocumentFingerprint Lease(string id, string text) =>
        new(id, DocumentType.LeaseContract, "租赁合同.pdf", TextFingerprint.Of(text), []);

    [Fact]
    public void FlagsFor_FlagsDuplicateCertificate_WhenAnotherApplicantShowsTheSameDiploma()
    {
        var mine = Submission("S003", "A公司", new IndexedKey(ReuseKeyKind.Diploma, "127671201606394844", "d6", "邓帆"));
        var theirs = Submission("S004", "B公司", new IndexedKey(ReuseKeyKind.Diploma, "127671201606394844", "d5", "邓帆"));
        var flag = Assert.Single(ReuseMatcher.FlagsFor(mine, Candidates(theirs)));
        Assert.Equal(FlagCode.DuplicateCertificate, flag.Code);
        Assert.Equal(["S004"], flag.RelatedSubmissions);
        Assert.Equal(["d6"], flag.DocumentIds);
        Assert.Contains("邓帆", flag.Message);
        Assert.Contains("S004", flag.Message);
        Assert.Contains("127671201606394844", flag.Message);
    }

    [Fact]
    public void FlagsFor_ReturnsNothing_WhenTheOtherSubmissionIsTheSameOperator()
    {
        var mine = Submission("S003", "A公司", new IndexedKey(ReuseKeyKind.Diploma, "127671201606394844", "d6", "邓帆"));
        var resubmitted = Submission("S103", "A公司", new IndexedKey(ReuseKeyKind.Diploma, "127671201606394844", "d4", "邓帆"));
        Assert.Empty(ReuseMatcher.FlagsFor(mine, Candidates(resubmitted)));
    }

    [Fact]
    public void FlagsFor_FlagsDuplicateCertificate_WhenTwoPeopleOfOneSubmissionShareANumber()
    {
        var mine = Submission("S001", "A公司",
            new IndexedKey(ReuseKeyKind.Diploma, "101081201905000123", "d6", "黄杰"),
            new IndexedKey(ReuseKeyKind.Diploma, "101081201905000123", "d7", "王晶"),
            // The roster row naming the same number is a mention of one of them, not a third certificate.
            new IndexedKey(ReuseKeyKind.Diploma, "101081201905000123", "d5", "黄杰", Primary: false));
        var flag = Assert.Single(ReuseMatcher.FlagsFor(mine, Candidates()));
        Assert.Equal(FlagCode.DuplicateCertificate, flag.Code);
        Assert.Empty(flag.RelatedSubmissions);
        Assert.Equal(["d6", "d7"], flag.DocumentIds);
    }

    [Fact]
    public void FlagsFor_FlagsDuplicateDocument_WhenAnotherOperatorPresentsTheSameLicence()
    {
        var mine = Submission("S010", "B公司", new IndexedKey(ReuseKeyKind.CreditCode, "91140100MA0GRXXX1X", "d3", "A公司"));
        var theirs = Submission("S009", "A公司", new IndexedKey(ReuseKeyKind.CreditCode, "91140100MA0GRXXX1X", "d3", "A公司"));
        var flag = Assert.Single(ReuseMatcher.FlagsFor(mine, Candidates(theirs)));
        Assert.Equal(FlagCode.DuplicateDocument, flag.Code);
        Assert.Equal(["S009"], flag.RelatedSubmissions);
    }

    [Fact]
    public void FlagsFor_FlagsDuplicateDocument_ForTheSameLeaseButNotForASiblingOfItsTemplate()
    {
        var mine = Submission("S010", "B公司") with { Documents = [Lease("d4", LeaseA)] };
        var copy = Submission("S009", "A公司") with { Documents = [Lease("d4", LeaseA.Replace("协商一致", "协商一玫"))] };
        var sibling = Submission("S011", "C公司") with { Documents = [Lease("d4", LeaseB)] };
        var flag = Assert.Single(ReuseMatcher.FlagsFor(mine, Candidates(copy, sibling)));
        Assert.Equal(FlagCode.DuplicateDocument, flag.Code);
        Assert.Equal(["S009"], flag.RelatedSubmissions);
        Assert.Equal(["d4"], flag.DocumentIds);
    }

    [Fact]
    public void FlagsFor_IgnoresItsOwnEarlierEntries()
    {
        var mine = Submission("S003", "A公司", new IndexedKey(ReuseKeyKind.Diploma, "127671201606394844", "d6", "邓帆"));
        Assert.Empty(ReuseMatcher.FlagsFor(mine, Candidates(mine with { OperatorKey = "other" })));
    }
}
