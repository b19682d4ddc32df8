using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Normalisation;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Reuse;

/// <summary>The keys a submission is indexed under, from what the extractors read.</summary>
public static class ReuseKeys
{
    public static List<IndexedKey> From(ExtractionResult? extraction, SubmissionRecord record)
    {
        var keys = new List<IndexedKey>();
        if (extraction is not null)
            foreach (var facts in extraction.Documents.Values)
            {
                foreach (var diploma in facts.Diplomas)
                    Add(keys, ReuseKeyKind.Diploma, DiplomaNumber(CertificateNumber(diploma.CertificateNo)), facts.DocumentId, Text(diploma.Holder));
                foreach (var training in facts.Trainings)
                    Add(keys, ReuseKeyKind.Training, CertificateNumber(training.CertificateNo), facts.DocumentId, Text(training.Holder));
                if (facts.License is { } license)
                    Add(keys, ReuseKeyKind.CreditCode, CreditCode(license.CreditCode), facts.DocumentId, Text(license.Name));
                foreach (var id in facts.IdNumbers)
                    if (id.Name is { } name) Add(keys, ReuseKeyKind.Person, Person(name, Text(id.Number)), facts.DocumentId, name);
                foreach (var person in facts.People)
                    if (Text(person.Name) is { } name) Add(keys, ReuseKeyKind.Person, Person(name, person.IdNumber), facts.DocumentId, name);
            }
        // A roster row names a diploma by its number: the same certificate, mentioned rather than shown.
        foreach (var staff in record.Staff)
            if (staff.DocumentId is { } doc && DiplomaNumber(CertificateNumber(staff.CertificateNo)) is { } number
                && !keys.Any(k => k.Kind == ReuseKeyKind.Diploma && k.Key == number))
                keys.Add(new IndexedKey(ReuseKeyKind.Diploma, number, doc, staff.Name, Primary: false));
        return keys.Distinct().ToList();
    }

    /// <summary>
    /// The operator the application form declares, as a comparison key. Not the licence's name: an applicant who
    /// copies another's licence would then look like that other applicant.
    /// </summary>
    public static (string? Key, string? Name) Operator(SubmissionRecord record)
    {
        var name = record.Fields.TryGet(FieldKeys.OperatorName, out var entry)
            ? entry.Declared?.Value?.Text
            : null;
        return string.IsNullOrWhiteSpace(name) ? (null, null) : (CompanyNames.ForComparison(name), name.Trim());
    }

    /// <summary>Certificate numbers: letters and digits only, upper case, with at least 8 digits (shorter ones collide by chance).</summary>
    public static string? CertificateNumber(FieldValue? value) => CertificateNumber(Text(value));

    public static string? CertificateNumber(string? text)
    {
        if (text is null) return null;
        var key = new string(TextNormaliser.ToHalfWidth(text).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return key.Count(char.IsAsciiDigit) >= 8 ? key : null;
    }

    /// <summary>
    /// A 毕业证书编号 has 18 digits; OCR sometimes runs the next figures of the line (a year) onto it, differently
    /// on two scans of the same diploma, so only the first 18 identify it.
    /// </summary>
    private static string? DiplomaNumber(string? key) =>
        key is { Length: > 18 } && key.All(char.IsAsciiDigit) ? key[..18] : key;

    private static string? CreditCode(FieldValue? value)
    {
        var key = CertificateNumber(value);
        return key is { Length: 18 } ? key : null;
    }

    /// <summary>Name and birth date (digits 7–14 of an 18-digit 身份证号): the same name alone is common.</summary>
    private static string? Person(string name, string? idNumber)
    {
        var id = CertificateNumber(idNumber);
        if (id is not { Length: 18 }) return null;
        var person = TextNormaliser.WithoutSpaces(name);
        return person.Length is >= 2 and <= 6 ? person + "|" + id[6..14] : null;
    }

    private static string? Text(FieldValue? value) => value?.Value?.Text ?? value?.Raw;

    private static void Add(List<IndexedKey> keys, ReuseKeyKind kind, string? key, string documentId, string? label)
    {
        if (key is not null) keys.Add(new IndexedKey(kind, key, documentId, label is null ? null : TextNormaliser.WithoutSpaces(label)));
    }
}
