using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Audit;

/// <summary>
/// Dates that cannot all be true: a lease signed before the operator was registered, a lease expired at the
/// application date (or ending within days of it), a diploma or training certificate dated after the application,
/// activities dated after the application or before the operator was registered.
/// A date read from a poor scan is not used (a misread digit is not an inconsistency).
/// </summary>
public static class DateAudit
{
    public static IEnumerable<Flag> Check(AuditInput input, AuditPolicy policy)
    {
        DateOnly? Trusted(FieldValue? v) =>
            v?.Value?.Date is { } d && (!input.FromOcr(v) || (input.OcrConfidence(v) ?? 0) >= policy.TrustedValueConfidence) ? d : null;

        var registration = input.Extraction.OfType(DocumentType.BusinessLicense)
            .Select(d => d.License?.RegistrationDate).FirstOrDefault(v => Trusted(v) is not null);
        var registered = Trusted(registration) ?? input.Record.Fields[FieldKeys.RegistrationDate]?.Declared?.Value?.Date;
        var registeredWhere = registration is not null ? $"营业执照（{input.FileOf(registration.DocumentId)}）" : "申报书";
        var applied = input.ApplicationDate;

        foreach (var doc in input.Extraction.OfType(DocumentType.LeaseContract))
        {
            if (doc.Lease is not { } lease) continue;
            var file = input.FileOf(doc.DocumentId);
            var signedValue = lease.SignedDate?.Value?.Date is not null ? lease.SignedDate : lease.StartDate;
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

        foreach (var flag in EventsOutsideTheOperatingPeriod(input, Trusted, registered, applied))
            yield return flag;

        if (applied is not { } application) yield break;
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
    /// Activities claimed for days the space could not have held them: after the application was dated, or before the
    /// operator existed. They inflate events_per_month and events_per_year, so they are named one by one (the first
    /// few) for the reviewer to strike. One flag per activity document.
    /// </summary>
    private static IEnumerable<Flag> EventsOutsideTheOperatingPeriod(AuditInput input, Func<FieldValue?, DateOnly?> trusted,
        DateOnly? registered, DateOnly? applied)
    {
        const int named = 3;
        foreach (var doc in input.Extraction.Documents.Values)
        {
            var outside = doc.Events
                .Where(e => trusted(e.Where) is not null && (e.Date > applied || e.Date < registered))
                .OrderBy(e => e.Date).ToList();
            if (outside.Count == 0) continue;
            var listed = string.Join("、", outside.Take(named).Select(e => $"{e.Date:yyyy-MM-dd}「{e.Title}」"))
                         + (outside.Count > named ? $"等{outside.Count}场" : "");
            var bounds = new List<string>();
            if (outside.Any(e => e.Date > applied)) bounds.Add($"晚于申报日期{applied:yyyy-MM-dd}");
            if (outside.Any(e => e.Date < registered)) bounds.Add($"早于运营主体成立日期{registered:yyyy-MM-dd}");
            yield return Flag(doc.DocumentId, Severity.Medium,
                $"活动记录（{input.FileOf(doc.DocumentId)}）中的活动{listed}{string.Join("或", bounds)}，不应计入活动场次");
        }
    }

    private static Flag Flag(string documentId, Severity severity, string message) => new()
    {
        Code = FlagCode.DateInconsistency, Severity = severity, Message = message, DocumentIds = [documentId],
    };
}
