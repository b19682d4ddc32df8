using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Extraction;

/// <summary>One logical document after classification: its entry, the file's model and the pages that are its own.</summary>
public sealed record ClassifiedDocument(DocumentEntry Entry, ReadDocument Doc, IReadOnlyList<Page> Pages)
{
    /// <summary>
    /// Pairs a record's document entries with the files' models: each entry gets the pages its page list names
    /// (all pages when the list is empty). Entries that failed, have no type, or whose file was not read are left out.
    /// </summary>
    public static IReadOnlyList<ClassifiedDocument> From(IEnumerable<DocumentEntry> entries, Func<string, ReadDocument?> documentOfFile)
    {
        var result = new List<ClassifiedDocument>();
        foreach (var entry in entries)
        {
            if (entry.Status != DocumentStatus.Ok || entry.Type is null || documentOfFile(entry.File) is not { } doc) continue;
            var pages = entry.Pages.Count == 0 ? doc.Pages : doc.Pages.Where(p => entry.Pages.Contains(p.Number)).ToList();
            result.Add(new ClassifiedDocument(entry, doc, pages));
        }
        return result;
    }
}

/// <summary>
/// The extract stage's entry point: reads every classified document with the extractor of its type, then
/// fills the record — declared values from the application form, evidence values aggregated from the
/// supporting documents, and the staff, mentor, resident and event lists. Idempotent: the record's fields
/// and lists are rebuilt from the documents on every call.
/// </summary>
public static class FieldExtractor
{
    private static readonly IReadOnlyDictionary<DocumentType, IDocumentExtractor> Extractors = new IDocumentExtractor[]
    {
        new ApplicationFormExtractor(), new BusinessLicenseExtractor(), new LeaseContractExtractor(),
        new PropertyCertificateExtractor(), new DiplomaExtractor(), new TrainingCertificateExtractor(),
        new StaffRosterExtractor(), new MentorLetterExtractor(), new BankDepositProofExtractor(),
        new ResidentListExtractor(), new ActivityRecordExtractor(), new FinancialStatementExtractor(),
    }.ToDictionary(e => e.Type);

    public static ExtractionResult Extract(SubmissionRecord record, IReadOnlyList<ClassifiedDocument> classifiedDocs,
        DateOnly? applicationDate = null)
    {
        var result = Read(classifiedDocs);
        record.Fields = new FieldSet();
        foreach (var form in result.OfType(DocumentType.ApplicationForm))
            foreach (var (key, value) in form.Fields)
                if (record.Fields[key]?.Declared?.Value is null) record.Fields.SetDeclared(key, value);

        var appDate = applicationDate ?? record.Fields[FieldKeys.ApplicationDate]?.Declared?.Value?.Date;
        foreach (var (key, value) in EvidenceAggregator.Aggregate(result, appDate))
            record.Fields.SetEvidence(key, value);

        record.Staff = StaffList(result);
        record.Mentors = result.OfType(DocumentType.MentorLetter).SelectMany(d => d.Mentors
                .Select(m => new MentorEntry { Name = m.Name.Value!.Value.Text!, DocumentId = d.DocumentId }))
            .DistinctBy(m => TextPatterns.NameKey(m.Name)).ToList();
        record.Residents = result.OfType(DocumentType.ResidentList).SelectMany(d => d.Residents)
            .DistinctBy(r => LabelText.Compact(r.Name.Value?.Text ?? ""))
            .Select(r => new ResidentEntry { Name = r.Name.Value?.Text ?? "", EntryDate = r.EntryDate, Tech = r.Tech }).ToList();
        record.Events = result.OfType(DocumentType.ActivityRecord).SelectMany(d => d.Events)
            .DistinctBy(e => (e.Date, LabelText.Compact(e.Title))).OrderBy(e => e.Date)
            .Select(e => new EventEntry { Date = e.Date, Title = e.Title }).ToList();
        return result;
    }

    /// <summary>Reads every document with its type's extractor; ID numbers are collected from every document.</summary>
    public static ExtractionResult Read(IReadOnlyList<ClassifiedDocument> classifiedDocs)
    {
        var result = new ExtractionResult();
        foreach (var doc in classifiedDocs)
        {
            if (doc.Entry.Status != DocumentStatus.Ok || doc.Entry.Type is not { } type) continue;
            var view = new DocumentView(doc.Entry.DocumentId, doc.Pages.Count > 0 ? doc.Pages : doc.Doc.Pages);
            var facts = result.For(doc.Entry.DocumentId, type, doc.Entry.File);
            if (Extractors.TryGetValue(type, out var extractor)) extractor.Extract(view, facts);
            if (type != DocumentType.ApplicationForm) MarkWeakWords(view, facts);
            else { MarkWeakFigures(view, facts); MarkImpossibleParts(view, facts); }
            MarkUnlikelyNames(view, facts);
            IdNumbers.Collect(view, facts);
        }
        MarkStrayPages(classifiedDocs, result);
        return result;
    }

    /// <summary>
    /// A scanned page the classifier could not place, next to a letter of appointment in the same file, may be a
    /// letter the scan made illegible: the letters' count is then not sure (counted on the letters' facts).
    /// </summary>
    private static void MarkStrayPages(IReadOnlyList<ClassifiedDocument> classifiedDocs, ExtractionResult result)
    {
        var letters = classifiedDocs.Where(d => d.Entry.Type == DocumentType.MentorLetter && result.Documents.ContainsKey(d.Entry.DocumentId)).ToList();
        foreach (var stray in classifiedDocs.Where(d => d.Entry.Type == DocumentType.Other && d.Entry.TextSource is TextSource.Ocr or TextSource.Mixed))
            if (letters.FirstOrDefault(l => l.Entry.File == stray.Entry.File
                    && l.Entry.Pages.Any(p => stray.Entry.Pages.Any(q => Math.Abs(p - q) == 1))) is { } next)
                result.Documents[next.Entry.DocumentId].SilentPages++;
    }

    /// <summary>Names and addresses a supporting document proves, marked when a word of them was barely legible.</summary>
    private static void MarkWeakWords(DocumentView view, DocumentFacts facts)
    {
        foreach (var (key, value) in facts.Fields.Where(f => f.Key.Kind == ValueKind.Text).ToList())
            facts.Fields[key] = Fragment(key, view.MarkWeakWords(value))!;
        if (facts.License is { } license)
            facts.License = license with { Name = Fragment(FieldKeys.OperatorName, view.MarkWeakWords(license.Name)),
                Address = Fragment(FieldKeys.Address, view.MarkWeakWords(license.Address)),
                LegalRepresentative = view.MarkWeakWords(license.LegalRepresentative) };
        if (facts.Lease is { } lease)
            facts.Lease = lease with { Lessee = view.MarkWeakWords(lease.Lessee), Lessor = view.MarkWeakWords(lease.Lessor),
                Address = Fragment(FieldKeys.Address, view.MarkWeakWords(lease.Address)) };
        if (facts.Bank is { } bank) facts.Bank = bank with { Holder = view.MarkWeakWords(bank.Holder) };
    }

    /// <summary>
    /// Names a scan gives in a shape no name has — a legal representative with no common surname, a licensee's or
    /// lessee's name not ending like an organisation's: misreadings to check.
    /// </summary>
    private static void MarkUnlikelyNames(DocumentView view, DocumentFacts facts)
    {
        if (facts.Fields.TryGetValue(FieldKeys.LegalRepresentative, out var stated))
            facts.Fields[FieldKeys.LegalRepresentative] = view.MarkUnlikelyName(stated)!;
        if (facts.Fields.TryGetValue(FieldKeys.OperatorName, out var operatorName))
            facts.Fields[FieldKeys.OperatorName] = view.MarkUnfinishedOrganisation(operatorName)!;
        if (facts.License is { } license)
            facts.License = license with
            {
                LegalRepresentative = view.MarkUnlikelyName(license.LegalRepresentative),
                Name = view.MarkUnfinishedOrganisation(license.Name),
            };
        if (facts.Lease is { } lease) facts.Lease = lease with { Lessee = view.MarkUnfinishedOrganisation(lease.Lessee) };
    }

    /// <summary>A part and the whole it belongs to, as a form states them.</summary>
    private static readonly (FieldKey Part, FieldKey Whole)[] PartsOfWholes =
    [
        (FieldKeys.ResidentTechCount, FieldKeys.ResidentCount), (FieldKeys.StaffFullTime, FieldKeys.StaffTotal),
        (FieldKeys.StaffCollegeOrAbove, FieldKeys.StaffTotal), (FieldKeys.StaffTrained, FieldKeys.StaffTotal),
        (FieldKeys.WorkstationsOpen, FieldKeys.WorkstationsTotal), (FieldKeys.PublicAreaSqm, FieldKeys.TotalAreaSqm),
        (FieldKeys.ResidentAreaSqm, FieldKeys.TotalAreaSqm),
    ];

    /// <summary>
    /// A scanned form stating a part above its whole (科技类团队企业数 47家 of 入驻团队企业数 23家) misread one of the two;
    /// which one the form cannot tell, so both are kept and marked: neither is sure enough to contradict the evidence.
    /// </summary>
    private static void MarkImpossibleParts(DocumentView view, DocumentFacts facts)
    {
        foreach (var (partKey, wholeKey) in PartsOfWholes)
        {
            if (!facts.Fields.TryGetValue(partKey, out var part) || !facts.Fields.TryGetValue(wholeKey, out var whole)) continue;
            if (part.Value?.Number is not { } p || whole.Value?.Number is not { } w || p <= w) continue;
            if (!view.OnScannedPage(part) && !view.OnScannedPage(whole)) continue;
            facts.Fields[partKey] = part with { LowConfidence = true };
            facts.Fields[wholeKey] = whole with { LowConfidence = true };
        }
    }

    /// <summary>
    /// The form's figures marked when a digit of them was barely legible (「3」 at 0.45 for 12): the declared value is kept
    /// for the reviewer, but it is not sure enough to contradict the evidence with.
    /// </summary>
    private static void MarkWeakFigures(DocumentView view, DocumentFacts facts)
    {
        foreach (var (key, value) in facts.Fields.Where(f => f.Key.Kind.IsNumeric()).ToList())
            facts.Fields[key] = view.MarkWeakFigure(value)!;
    }

    /// <summary>
    /// An organisation's name or an address too short to be one (「许昌」 for a company, 「河南」 for a street address) is
    /// what the reader kept of a cut line or a stamp: no reading of the value, kept as raw text. A registered company
    /// name has at least a place, a trade name and a legal form (8 characters and more); an address a province or city
    /// and a street.
    /// </summary>
    public static FieldValue? Fragment(FieldKey key, FieldValue? value)
    {
        if (value?.Value?.Text is not { } text) return value;
        var shortest = key == FieldKeys.OperatorName ? 5 : key == FieldKeys.Address ? 6 : 0;
        return LabelText.Compact(text).Length < shortest ? value with { Value = null, Raw = text, LowConfidence = true } : value;
    }

    /// <summary>Rostered staff with what their diplomas and training certificates show.</summary>
    private static List<StaffEntry> StaffList(ExtractionResult result)
    {
        var rostered = result.OfType(DocumentType.StaffRoster).SelectMany(r => r.People).Select(p => p.Name.Value?.Text ?? "").ToList();
        var diplomaList = result.OfType(DocumentType.Diploma)
            .SelectMany(d => d.Diplomas.Where(x => x.Holder?.Value?.Text is not null).Select(x => (Facts: x, d.DocumentId, d.File))).ToList();
        var diplomaOwner = NameMatcher.Resolve(diplomaList.Select(d => (d.Facts.Holder!.Value!.Value.Text!, d.File)), rostered);
        var diplomas = diplomaList
            .Where(d => diplomaOwner.ContainsKey(TextPatterns.NameKey(d.Facts.Holder!.Value!.Value.Text!)))
            .GroupBy(d => diplomaOwner[TextPatterns.NameKey(d.Facts.Holder!.Value!.Value.Text!)])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.Facts.Level ?? EducationLevel.Other, LevelOrder.Instance).First());
        var trained = NameMatcher.Resolve(result.OfType(DocumentType.TrainingCertificate)
            .SelectMany(d => d.Trainings.Where(t => t.Holder?.Value?.Text is not null).Select(t => (t.Holder!.Value!.Value.Text!, d.File))),
            rostered).Values.ToHashSet(StringComparer.Ordinal);
        var anyTraining = result.OfType(DocumentType.TrainingCertificate).Any();

        var staff = new List<StaffEntry>();
        foreach (var roster in result.OfType(DocumentType.StaffRoster))
            foreach (var person in roster.People)
            {
                var name = person.Name.Value?.Text ?? "";
                var key = TextPatterns.NameKey(name);
                var hasDiploma = diplomas.TryGetValue(key, out var diploma);
                staff.Add(new StaffEntry
                {
                    Name = name,
                    Education = hasDiploma ? diploma.Facts.Level ?? person.Education : person.Education,
                    CertificateNo = hasDiploma ? diploma.Facts.CertificateNo?.Value?.Text : null,
                    DocumentId = hasDiploma ? diploma.DocumentId : roster.DocumentId,
                    Trained = anyTraining ? trained.Contains(key) : null,
                    FullTime = person.FullTime,
                });
            }
        return staff.DistinctBy(s => (TextPatterns.NameKey(s.Name), s.CertificateNo)).ToList();
    }

    private sealed class LevelOrder : IComparer<EducationLevel>
    {
        public static readonly LevelOrder Instance = new();

        public int Compare(EducationLevel x, EducationLevel y) => Rank(x).CompareTo(Rank(y));

        private static int Rank(EducationLevel level) => level switch
        {
            EducationLevel.Doctor => 4, EducationLevel.Master => 3, EducationLevel.Bachelor => 2, EducationLevel.College => 1, _ => 0,
        };
    }
}

/// <summary>身份证号 anywhere in a document, with a name written just before it on the same line when there is one.</summary>
public static partial class IdNumbers
{
    public static void Collect(DocumentView view, DocumentFacts facts)
    {
        var known = facts.IdNumbers.Select(i => i.Number.Value?.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var line in view.Lines)
        {
            var compact = LabelText.Compact(line.Text);
            foreach (System.Text.RegularExpressions.Match m in TextPatterns.IdNumber().Matches(compact))
            {
                var number = m.Value.ToUpperInvariant();
                if (!known.Add(number)) continue;
                var before = compact[..m.Index];
                var name = NameBefore().Match(before) is { Success: true } nm && TextPatterns.LooksLikeName(nm.Groups["n"].Value) ? nm.Groups["n"].Value : null;
                facts.IdNumbers.Add(new IdNumberFact(ValueReader.Of(ScalarValue.Of(number), line, view.DocumentId, 0.95), name));
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:姓名:?)?(?<n>[\p{IsCJKUnifiedIdeographs}]{2,4})(?:,|，)?(?:身份证号码|身份证号|身份证|公民身份号码)?:?$")]
    private static partial System.Text.RegularExpressions.Regex NameBefore();
}
