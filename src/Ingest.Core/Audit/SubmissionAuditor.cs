using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Audit;

/// <summary>The per-submission audit checks: check characters, certificate numbers, names, dates and OCR quality.</summary>
public static class SubmissionAuditor
{
    /// <summary>The flag codes these checks own (a re-run replaces exactly these). duplicate_certificate is shared with the reuse index, so only flags without related submissions are ours.</summary>
    public static readonly IReadOnlySet<FlagCode> OwnedCodes = new HashSet<FlagCode>
    {
        FlagCode.InvalidCreditCode, FlagCode.InvalidIdNumber, FlagCode.InvalidCertificateNumber,
        FlagCode.NameMismatch, FlagCode.DateInconsistency, FlagCode.LowOcrConfidence, FlagCode.DuplicateCertificate,
    };

    public static bool Owns(Flag flag) =>
        OwnedCodes.Contains(flag.Code) && (flag.Code != FlagCode.DuplicateCertificate || flag.RelatedSubmissions.Count == 0);

    public static List<Flag> Audit(AuditInput input, AuditPolicy? policy = null)
    {
        policy ??= AuditPolicy.Default;
        return
        [
            .. IdentifierAudit.CreditCodes(input, policy),
            .. IdentifierAudit.IdNumbers(input, policy),
            .. IdentifierAudit.DiplomaNumbers(input, policy),
            .. IdentifierAudit.DuplicateCertificates(input),
            .. NameAudit.Check(input, policy),
            .. DateAudit.Check(input, policy),
            .. OcrQualityAudit.Check(input, policy),
        ];
    }
}
