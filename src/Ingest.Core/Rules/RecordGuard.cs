using ZcIngest.Core.Records;

namespace ZcIngest.Core.Rules;

/// <summary>
/// Records come from other systems too: <c>"documents": null</c> or a null entry in a list is read as "nothing
/// there", not as a reason to crash. Returns the record itself when it is already clean.
/// </summary>
public static class RecordGuard
{
    public static SubmissionRecord WithoutNulls(SubmissionRecord record)
    {
        var clean = record.Fields is not null
                    && record.Documents is not null && !record.Documents.Contains(null!)
                    && record.Staff is not null && !record.Staff.Contains(null!)
                    && record.Mentors is not null && !record.Mentors.Contains(null!)
                    && record.Residents is not null && !record.Residents.Contains(null!)
                    && record.Events is not null && !record.Events.Contains(null!);
        if (clean) return record;
        return new SubmissionRecord
        {
            Schema = record.Schema,
            SubmissionId = record.SubmissionId ?? "",
            Jurisdiction = record.Jurisdiction,
            Fields = record.Fields ?? new FieldSet(),
            Documents = NonNull(record.Documents),
            Staff = NonNull(record.Staff),
            Mentors = NonNull(record.Mentors),
            Residents = NonNull(record.Residents),
            Events = NonNull(record.Events),
        };
    }

    private static List<T> NonNull<T>(List<T>? items) where T : class => items?.Where(i => i is not null).ToList() ?? [];
}
