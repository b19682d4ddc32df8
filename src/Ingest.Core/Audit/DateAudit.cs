using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Audit;

/// <summary>
/// Dates that cannot all be true: a lease signed before the operator was registered, a lease expired at the
/// application date (or ending within days of it), a diploma or training certificate dated after the application,
/// activities dated after the application.
/// A date read from a poor scan is not used (a misread digit is not an inconsistency).
/// </summary>
public static class DateAudit
{
    public static IEnumerable<Flag> Check(AuditInput input, AuditPolicy policy)
    {
        DateOnly? Trusted(FieldValue? v) =>
            v?.Value?.Date is { } d && (!input.FromOcr(v) || (input.OcrConfidence(v) ?? 0) >= policy.TrustedDateConfidence) ? d : null;

        var applied = input.ApplicationDate;
        // A registration after the application is a misread year (2014 read 2044): no operator applies before it exists.
        var registration = input.Extraction.OfType(DocumentType.BusinessLicense)
            .Select(d => d.License?.RegistrationDate).FirstOrDefault(v => Trusted(v) is { } d && (applied is null || d <= applied));
        var registered = Trusted(registration) ?? input.Record.Fields[FieldKeys.RegistrationDate]?.Declared?.Value?.Date;
        var registeredWhere = registration is not null ? $"营业执照（{input.FileOf(registration.DocumentId)}）" : "申报书";

        foreach (var doc in input.Extraction.OfType(DocumentType.LeaseContract))
        {
            if (doc.Lease is not { } lease) continue;
            var file = input.FileOf(doc.DocumentId);
            // The signing date, or the start when that date is missing or too poorly read to trust (a lease begins on
            // or after its signing, so a start before the registration means a signing before it too).
            var signedValue = Trusted(lease.SignedDate) is not null || Trusted(lease.StartDate) is null ? lease.SignedDate : lease.StartDate;
            var signedWord = signedValue == lease.SignedDate ? "签订" : "起租";
            if (Trusted(signedValue) is { } signed && registered is { } reg && signed < reg)
                yield return Flag(doc.DocumentId, Severity.High,
                    $"租赁合同（{file}）{signedWord}日期{signed:yyyy-MM-dd}早于运营主体成立日期{reg:yyyy-MM-dd}（{registeredWhere}）");
            if (Trusted(lease.EndDate) is { } end && applied is { } app)
            {
                if (end < app)
                    yield return Flag(doc.DocumentId, Severity.High,
                        $"租赁合同（{file}）租期至{end:yyyy-MM-dd}，申报日期{app:yyyy-MM-dd}时已到期");
                else if (end <= app.AddDays(policy.LeaseEndingSoonDays))
                    yield return Flag(doc.DocumentId, Severity.Medium,
                        $"租赁合同（{file}）租期至{end:yyyy-MM-dd}，距申报日期{app:yyyy-MM-dd}不足{policy.LeaseEndingSoonDays}天");
            }
        }

        if (applied is not { } application) yield break;
        foreach (var flag in EventsAfterTheApplication(input, Trusted, application))
            yield return flag;
        foreach (var doc in input.Extraction.Documents.Values)
        {
            foreach (var diploma in doc.Diplomas)
                if (Trusted(diploma.GraduationDate) is { } graduated && graduated > application)
                    yield return Flag(doc.DocumentId, Severity.High,
                        $"{diploma.Holder?.Value?.Text ?? "持证人"}的毕业证书（{input.FileOf(doc.DocumentId)}）落款日期{graduated:yyyy-MM-dd}晚于申报日期{application:yyyy-MM-dd}");
            foreach (var training in doc.Trainings)
                if (Trusted(training.IssueDate) is { } issued && issued > application)
                    yield return Flag(doc.DocumentId, Severity.High,
                        $"{training.Holder?.Value?.Text ?? "持证人"}的培训证书（{input.FileOf(doc.DocumentId)}）发证日期{issued:yyyy-MM-dd}晚于申报日期{application:yyyy-MM-dd}");
        }
    }

    /// <summary>
    /// Activities claimed for days after the application was dated: they cannot have happened yet, and they inflate
    /// events_per_month and events_per_year, so the first few are named for the reviewer to strike. One flag per
    /// activity document. Events before the operator's registration are not flagged: a space often runs before its
    /// operating company is incorporated (the generator's genuine submissions do too).
    /// </summary>
    private static IEnumerable<Flag> EventsAfterTheApplication(AuditInput input, Func<FieldValue?, DateOnly?> trusted, DateOnly application)
    {
        const int named = 3;
        foreach (var doc in input.Extraction.Documents.Values)
        {
            var after = doc.Events.Where(e => e.Date > application && trusted(e.Where) is not null).OrderBy(e => e.Date).ToList();
            if (after.Count == 0) continue;
            var listed = string.Join("、", after.Take(named).Select(e => $"{e.Date:yyyy-MM-dd}「{e.Title}」"))
                         + (after.Count > named ? $"等{after.Count}场" : "");
            yield return Flag(doc.DocumentId, Severity.Medium,
                $"活动记录（{input.FileOf(doc.DocumentId)}）中的活动{listed}晚于申报日期{application:yyyy-MM-dd}，不应计入活动场次");
        }
    }

    private static Flag Flag(string documentId, Severity severity, string message) => new()
    {
        Code = FlagCode.DateInconsistency, Severity = severity, Message = message, DocumentIds = [documentId],
    };
}
