using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Reuse;

/// <summary>
/// The reuse flags of one submission against what the index holds of the others: the same certificate number
/// (duplicate_certificate), the same licence presented by another operator or the same supporting document
/// (duplicate_document). Matches with a submission of the same operator are not reuse by another applicant.
/// The result depends only on the index, so it is the same whichever of two submissions arrived first.
/// </summary>
public static class ReuseMatcher
{
    public static readonly FlagCode[] OwnedCodes = [FlagCode.DuplicateCertificate, FlagCode.DuplicateDocument];

    /// <summary>Supporting documents whose copy in another application means reuse. Forms and reports are the applicant's
    /// own words; activity records may quote the same public news; "other" is anything.</summary>
    public static bool IsFingerprinted(DocumentType type) =>
        type is not (DocumentType.ApplicationForm or DocumentType.OperatingReport or DocumentType.ActivityRecord or DocumentType.Other);

    public static List<Flag> FlagsFor(IndexedSubmission self, ReuseCandidates candidates)
    {
        var flags = new List<Flag>();
        bool Foreign(string other) => other != self.SubmissionId
            && !(self.OperatorKey is not null && candidates.Submissions.TryGetValue(other, out var info) && info.OperatorKey == self.OperatorKey);

        // The same certificate number in another applicant's submission.
        var certificateDocs = new HashSet<(string Doc, string Other)>();
        foreach (var group in self.Keys.Where(k => k.Kind is ReuseKeyKind.Diploma or ReuseKeyKind.Training).GroupBy(k => (k.Kind, k.Key)))
        {
            var others = candidates.Keys
                .Where(c => c.Key.Kind == group.Key.Kind && c.Key.Key == group.Key.Key && Foreign(c.SubmissionId))
                .Select(c => c.SubmissionId).Distinct().Order(StringComparer.Ordinal).ToList();
            var holder = group.Select(k => k.Label).FirstOrDefault(l => !string.IsNullOrEmpty(l));
            var docs = DocumentsOf(group);
            if (others.Count > 0)
            {
                foreach (var doc in docs) foreach (var other in others) certificateDocs.Add((doc, other));
                flags.Add(new Flag
                {
                    Code = FlagCode.DuplicateCertificate, Severity = Severity.High, DocumentIds = docs, RelatedSubmissions = others,
                    Message = $"{holder ?? "某人"}的{CertificateName(group.Key.Kind)}（{group.Key.Key}）也出现在{Name(others, candidates)}的材料中",
                });
            }
            // One number on the certificates of two different people of this submission.
            var holders = group.Where(k => k.Primary && !string.IsNullOrEmpty(k.Label)).Select(k => k.Label!).Distinct().ToList();
            if (holders.Count > 1)
                flags.Add(new Flag
                {
                    Code = FlagCode.DuplicateCertificate, Severity = Severity.High, DocumentIds = docs,
                    Message = $"{CertificateName(group.Key.Kind)}编号{group.Key.Key}同时出现在{string.Join("、", holders)}的证书上",
                });
        }

        // A licence (by its credit code) that another operator also presented.
        var documentMatches = new List<(string Doc, string Other, string How)>();
        foreach (var key in self.Keys.Where(k => k.Kind == ReuseKeyKind.CreditCode))
            foreach (var other in candidates.Keys.Where(c => c.Key.Kind == ReuseKeyKind.CreditCode && c.Key.Key == key.Key && Foreign(c.SubmissionId)))
                documentMatches.Add((key.DocumentId, other.SubmissionId, $"统一社会信用代码{key.Key}相同，而两者申报的运营主体不同"));

        // The same supporting document, by its text and page images.
        foreach (var mine in self.Documents.Where(d => IsFingerprinted(d.Type)))
            foreach (var (other, theirs) in candidates.Documents)
            {
                if (theirs.Type != mine.Type || !Foreign(other)) continue;
                var result = DocumentSimilarity.Compare(mine, theirs);
                if (!result.Same) continue;
                if (mine.Type is DocumentType.Diploma or DocumentType.TrainingCertificate)
                {
                    if (certificateDocs.Contains((mine.DocumentId, other))) continue;
                    flags.Add(new Flag
                    {
                        Code = FlagCode.DuplicateCertificate, Severity = Severity.High, DocumentIds = [mine.DocumentId], RelatedSubmissions = [other],
                        Message = $"{mine.Type.ChineseName()}（{mine.File}）与{Name([other], candidates)}提交的证书相同：{result.Describe()}",
                    });
                }
                else documentMatches.Add((mine.DocumentId, other, result.Describe()));
            }

        foreach (var byDoc in documentMatches.GroupBy(m => m.Doc))
        {
            var document = self.Documents.FirstOrDefault(d => d.DocumentId == byDoc.Key);
            var others = byDoc.Select(m => m.Other).Distinct().Order(StringComparer.Ordinal).ToList();
            var what = document is null ? "营业执照" : $"{document.Type.ChineseName()}（{document.File}）";
            flags.Add(new Flag
            {
                Code = FlagCode.DuplicateDocument, Severity = Severity.High, DocumentIds = [byDoc.Key], RelatedSubmissions = others,
                Message = $"{what}也出现在{Name(others, candidates)}的材料中：{string.Join("；", byDoc.Select(m => m.How).Distinct())}",
            });
        }
        return MergeSameCertificateFlags(flags);
    }

    private static List<string> DocumentsOf(IEnumerable<IndexedKey> keys)
    {
        var list = keys.ToList();
        // The certificate itself is the evidence; a roster row only when no certificate was read.
        var primary = list.Where(k => k.Primary).Select(k => k.DocumentId).Distinct().ToList();
        return (primary.Count > 0 ? primary : list.Select(k => k.DocumentId).Distinct()).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A certificate page matched by its image as well as its number is one finding, not two.</summary>
    private static List<Flag> MergeSameCertificateFlags(List<Flag> flags) =>
        flags.DistinctBy(f => (f.Code, string.Join(",", f.DocumentIds), string.Join(",", f.RelatedSubmissions), f.Message)).ToList();

    private static string CertificateName(ReuseKeyKind kind) => kind == ReuseKeyKind.Training ? "培训证书" : "毕业证书";

    private static string Name(IReadOnlyList<string> submissions, ReuseCandidates candidates) =>
        string.Join("、", submissions.Select(s =>
            candidates.Submissions.TryGetValue(s, out var info) && !string.IsNullOrEmpty(info.OperatorName)
                ? $"申报材料{s}（{info.OperatorName}）"
                : $"申报材料{s}"));
}
