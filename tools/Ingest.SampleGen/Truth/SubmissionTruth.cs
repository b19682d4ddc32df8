using System.Text.Json.Serialization;
using ZcIngest.Core.Records;

namespace ZcIngest.SampleGen.Truth;

/// <summary>
/// truth.json: what a careful reader of the submission's files would write down, produced from the values the
/// generator rendered. Values follow record.json's conventions (numbers in the key's unit, ISO dates, enum codes).
/// </summary>
public sealed class SubmissionTruth
{
    public string Schema { get; init; } = "zcingest.truth/1";
    [JsonPropertyName("submission_id")] public required string SubmissionId { get; init; }
    [JsonPropertyName("program_id")] public required string ProgramId { get; init; }
    /// <summary><c>folder</c> or <c>zip</c>.</summary>
    public required string Container { get; init; }
    public required long Seed { get; init; }
    public List<FileTruth> Files { get; } = [];
    public Dictionary<string, FieldTruth> Fields { get; } = new();
    public List<StaffTruth> Staff { get; } = [];
    public List<string> Mentors { get; } = [];
    public List<ResidentTruth> Residents { get; } = [];
    public List<EventTruth> Events { get; } = [];
    public List<DiscrepancyTruth> Discrepancies { get; } = [];
    public List<FlagTruth> Flags { get; } = [];
    [JsonPropertyName("missing_documents")] public List<DocumentType> MissingDocuments { get; } = [];
    /// <summary>Threshold defects: which field was set exactly at or just past which seed condition.</summary>
    public List<PlantedTruth> Planted { get; } = [];
    /// <summary>The defect kinds planted, for filtering a corpus (snake_case names of DefectKind).</summary>
    public List<string> Defects { get; } = [];
    /// <summary>Rules the product's rules engine fails on these true values (hard conditions).</summary>
    [JsonPropertyName("failing_rules")] public List<RuleTruth> FailingRules { get; } = [];
    /// <summary>Soft (原则上) conditions the true values miss: reported as warn.</summary>
    [JsonPropertyName("warning_rules")] public List<RuleTruth> WarningRules { get; } = [];

}

public sealed class FileTruth
{
    public required string File { get; init; }
    /// <summary>The document type of a single-document file; null for a bundle (see <see cref="Documents"/>).</summary>
    public DocumentType? Type { get; init; }
    /// <summary>docx, pdf, jpg, png (what the bytes are meant to be).</summary>
    public required string Format { get; init; }
    /// <summary>docx, pdf_text, scan, image or hostile: how the file was made.</summary>
    public required string Rendering { get; init; }
    public int Pages { get; init; }
    /// <summary>Logical documents inside the file (several for a bundle), with their 1-based page ranges.</summary>
    public List<DocumentInFile> Documents { get; init; } = [];
    [JsonPropertyName("page_details")] public List<PageTruth>? PageDetails { get; init; }
    /// <summary><c>ok</c>, or <c>error</c> when the product cannot read the file.</summary>
    public string Status { get; init; } = "ok";
    /// <summary>For unreadable files: the contract's error phrase the message should start with, where it has one.</summary>
    [JsonPropertyName("expected_error")] public string? ExpectedError { get; init; }
    /// <summary>What is wrong with an unreadable file (encrypted_pdf, truncated_pdf, empty_file, executable…).</summary>
    [JsonPropertyName("hostile_kind")] public string? HostileKind { get; init; }
    [JsonPropertyName("incremental_update")] public bool? IncrementalUpdate { get; init; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
}

public sealed record DocumentInFile(DocumentType Type, string Key, List<int> Pages);

public sealed record PageTruth(int Page, DocumentType Type, int Dpi, double Angle, [property: JsonPropertyName("upside_down")] bool UpsideDown,
    bool Poor);

public sealed class FieldTruth
{
    public ScalarValue? Declared { get; set; }
    public ScalarValue? Evidence { get; set; }
    /// <summary>The files the evidence value is read from (all diplomas for the graduate count).</summary>
    [JsonPropertyName("evidence_files")] public List<string>? EvidenceFiles { get; set; }
}

public sealed record StaffTruth(string Name, EducationLevel Education,
    [property: JsonPropertyName("certificate_no")] string? CertificateNo,
    [property: JsonPropertyName("diploma_submitted")] bool DiplomaSubmitted,
    [property: JsonPropertyName("full_time")] bool FullTime, bool Trained,
    [property: JsonPropertyName("graduated_on")] DateOnly? GraduatedOn);

public sealed record ResidentTruth(string Name, [property: JsonPropertyName("entry_date")] DateOnly EntryDate, bool Tech,
    [property: JsonPropertyName("technical_field")] string TechnicalField);

public sealed record EventTruth(DateOnly Date, string Title);

public sealed record DiscrepancyTruth(string Field, ScalarValue Declared, ScalarValue Evidence);

public sealed record FlagTruth(string Code, List<string> Files, List<int>? Pages,
    [property: JsonPropertyName("related_submissions")] List<string> RelatedSubmissions, string Detail);

public sealed record RuleTruth([property: JsonPropertyName("rule_id")] string RuleId, string? Field, string Requirement,
    ScalarValue? Value, string? Basis);

public sealed record PlantedTruth(string Field, string Intent, decimal Threshold, string Operator, string Source, string? Of);
