using System.Text.Json.Serialization;

namespace ZcIngest.Core.Records;

/// <summary>The canonical record of one submission: <c>record.json</c> of the contract.</summary>
public sealed class SubmissionRecord
{
    public const string SchemaId = "zcingest.record/1";

    public string Schema { get; set; } = SchemaId;
    [JsonPropertyName("submission_id")] public string SubmissionId { get; set; } = "";
    /// <summary>Program id (<c>shanxi-2022-makerspace</c>…), null when it could not be detected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Jurisdiction { get; set; }
    public List<DocumentEntry> Documents { get; set; } = [];
    public FieldSet Fields { get; set; } = new();
    public List<StaffEntry> Staff { get; set; } = [];
    public List<MentorEntry> Mentors { get; set; } = [];
    public List<ResidentEntry> Residents { get; set; } = [];
    public List<EventEntry> Events { get; set; } = [];
}

public enum TextSource { Docx, PdfText, Ocr, Mixed }

public enum DocumentStatus { Ok, Error }

/// <summary>One logical document; a scanned bundle yields several sharing <see cref="File"/>.</summary>
public sealed record DocumentEntry
{
    [JsonPropertyName("document_id")] public string DocumentId { get; init; } = "";
    public string File { get; init; } = "";
    public List<int> Pages { get; init; } = [];
    public DocumentType? Type { get; init; }
    [JsonPropertyName("type_confidence")] public double? TypeConfidence { get; init; }
    [JsonPropertyName("text_source")] public TextSource? TextSource { get; init; }
    [JsonPropertyName("ocr_confidence")] public double? OcrConfidence { get; init; }
    public DocumentStatus Status { get; init; } = DocumentStatus.Ok;
    /// <summary>Why the file could not be read, in words a clerk understands; null when it was read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Error { get; init; }
}

/// <summary>Education levels as the contract names them.</summary>
public enum EducationLevel { Doctor, Master, Bachelor, College, Other }

public sealed record StaffEntry
{
    public string Name { get; init; } = "";
    public EducationLevel? Education { get; init; }
    [JsonPropertyName("certificate_no")] public string? CertificateNo { get; init; }
    [JsonPropertyName("document_id")] public string? DocumentId { get; init; }
    /// <summary>Whether a training certificate was found for this person (Taiyuan incubators).</summary>
    public bool? Trained { get; init; }
    [JsonPropertyName("full_time")] public bool? FullTime { get; init; }
}

public sealed record MentorEntry
{
    public string Name { get; init; } = "";
    [JsonPropertyName("document_id")] public string? DocumentId { get; init; }
}

public sealed record ResidentEntry
{
    public string Name { get; init; } = "";
    [JsonPropertyName("entry_date")] public DateOnly? EntryDate { get; init; }
    public bool? Tech { get; init; }
}

public sealed record EventEntry
{
    public DateOnly? Date { get; init; }
    public string Title { get; init; } = "";
}
