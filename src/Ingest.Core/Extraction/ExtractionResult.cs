using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Extraction;

/// <summary>
/// Everything the extractors read from a submission's documents, by document id: the glossary values each
/// document states and the typed facts auditors check later (who the lessee, license holder and account
/// holder are, diploma numbers with their years and levels, ID numbers, dates). Text facts are
/// <see cref="FieldValue"/>s so every one carries its document, page, box, snippet and confidence.
/// </summary>
public sealed class ExtractionResult
{
    public Dictionary<string, DocumentFacts> Documents { get; } = new(StringComparer.Ordinal);

    public IEnumerable<DocumentFacts> OfType(DocumentType type) => Documents.Values.Where(d => d.Type == type);

    public DocumentFacts For(string documentId, DocumentType type, string? file = null)
    {
        if (!Documents.TryGetValue(documentId, out var facts))
            Documents[documentId] = facts = new DocumentFacts { DocumentId = documentId, Type = type, File = file };
        return facts;
    }
}

public sealed class DocumentFacts
{
    public required string DocumentId { get; init; }
    public required DocumentType Type { get; init; }
    /// <summary>The submitted file the document is in (applicants often name a scan after its person).</summary>
    public string? File { get; init; }
    /// <summary>Glossary values the document states (declared ones for the application form).</summary>
    public Dictionary<FieldKey, FieldValue> Fields { get; } = new();
    public LicenseFacts? License { get; set; }
    public LeaseFacts? Lease { get; set; }
    public PropertyFacts? Property { get; set; }
    /// <summary>The diploma, or the first of several when one document holds a diploma per page.</summary>
    public DiplomaFacts? Diploma
    {
        get => Diplomas.FirstOrDefault();
        set { Diplomas.Clear(); if (value is not null) Diplomas.Add(value); }
    }
    public List<DiplomaFacts> Diplomas { get; } = [];
    /// <summary>The training certificate, or the first of several (one per page).</summary>
    public TrainingFacts? Training
    {
        get => Trainings.FirstOrDefault();
        set { Trainings.Clear(); if (value is not null) Trainings.Add(value); }
    }
    public List<TrainingFacts> Trainings { get; } = [];
    public BankFacts? Bank { get; set; }
    public List<PersonFact> People { get; } = [];
    public List<NameFact> Mentors { get; } = [];
    /// <summary>Letters of appointment whose appointee's name could not be read (each still appoints one mentor).</summary>
    public int UnreadableLetters { get; set; }
    /// <summary>
    /// Scanned pages of a letters document on which neither an appointee nor an appointment could be read: each may be
    /// a letter lost to the scan (or a cover page), so a count of the letters is not sure.
    /// </summary>
    public int SilentPages { get; set; }
    /// <summary>The period an activity list says it covers in its heading (（2016年8月3日—2017年7月19日）).</summary>
    public (DateOnly From, DateOnly To)? StatedPeriod { get; set; }
    public List<ResidentFact> Residents { get; } = [];
    /// <summary>The total a roster or resident list states under its rows (合计：6人，其中专职4人).</summary>
    public StatedTotal? StatedTotal { get; set; }
    /// <summary>On a scanned list, the last row number its 序号 column shows (null when none): rows beyond those read were lost.</summary>
    public int? LastRowNumber { get; set; }
    public List<EventFact> Events { get; } = [];
    /// <summary>Rows of an activity list with a title but a date the scan lost, each between its dated neighbours.</summary>
    public List<UndatedEvent> UndatedEvents { get; } = [];
    /// <summary>身份证号 seen anywhere in the document, with the name on the same line or row when there is one.</summary>
    public List<IdNumberFact> IdNumbers { get; } = [];
}

public sealed record LicenseFacts(FieldValue? Name, FieldValue? CreditCode, FieldValue? LegalRepresentative,
    FieldValue? RegistrationDate, FieldValue? Address);

public sealed record LeaseFacts(FieldValue? Lessor, FieldValue? Lessee, FieldValue? Address, FieldValue? Area,
    FieldValue? StartDate, FieldValue? EndDate, FieldValue? TermYears, FieldValue? SignedDate);

public sealed record PropertyFacts(FieldValue? Owner, FieldValue? Address, FieldValue? Area, FieldValue? CertificateNo);

public sealed record DiplomaFacts(FieldValue? Holder, EducationLevel? Level, string? LevelText, FieldValue? School,
    FieldValue? CertificateNo, FieldValue? GraduationDate)
{
    /// <summary>Read by OCR: a holder name that matches nobody may be a misreading rather than another person.</summary>
    public bool Scanned { get; init; }

    /// <summary>
    /// The graduation date's year is also the year the certificate's study period ends (「于1995年9月至1999年6月」):
    /// two readings of it agree, so a check may rest on it however poorly the scan read the words around it.
    /// </summary>
    public bool YearCorroborated { get; init; }
}

public sealed record TrainingFacts(FieldValue? Holder, FieldValue? CertificateNo, FieldValue? Title, FieldValue? IssueDate)
{
    /// <summary>Read by OCR: a holder name that matches nobody may be a misreading rather than another person.</summary>
    public bool Scanned { get; init; }
}

/// <param name="Agree">True when both renderings were read and agree, false when they differ, null when one is missing.</param>
public sealed record BankFacts(FieldValue? Holder, FieldValue? AmountFigures, FieldValue? AmountUppercase, bool? Agree);

/// <param name="Part">The part the total names (其中专职 / 其中科技型), when stated.</param>
/// <param name="Scanned">Read by OCR, where rows are dropped or merged more often than the total line is misread.</param>
public sealed record StatedTotal(FieldValue Where, int Total, int? Part, bool Scanned);

/// <summary>A row of a staff roster.</summary>
public sealed record PersonFact(FieldValue Name, EducationLevel? Education, string? EducationText, string? Position,
    bool? FullTime, string? IdNumber);

public sealed record NameFact(FieldValue Name);

public sealed record ResidentFact(FieldValue Name, DateOnly? EntryDate, decimal? RegisteredCapitalWan, string? Field, bool? Tech);

public sealed record EventFact(FieldValue Where, DateOnly Date, string Title);

/// <summary>
/// An event whose date could not be read, bounded by the list's order: on or after the dated row above
/// (<paramref name="After"/>), on or before the dated row below (<paramref name="Before"/>).
/// </summary>
public sealed record UndatedEvent(string Title, DateOnly After, DateOnly Before);

public sealed record IdNumberFact(FieldValue Number, string? Name);
