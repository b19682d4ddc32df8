using System.Text.Json.Serialization;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Reports;

/// <summary><c>report.json</c> of the contract: the verdict and everything a reviewer needs to sign it.</summary>
public sealed class SubmissionReport
{
    public const string SchemaId = "zcingest.report/1";

    public string Schema { get; set; } = SchemaId;
    [JsonPropertyName("submission_id")] public string SubmissionId { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Jurisdiction { get; set; }
    public Verdict Verdict { get; set; }
    public List<RuleOutcome> Rules { get; set; } = [];
    public List<Discrepancy> Discrepancies { get; set; } = [];
    public List<Flag> Flags { get; set; } = [];
    [JsonPropertyName("missing_documents")] public List<DocumentType> MissingDocuments { get; set; } = [];
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public Risk? Risk { get; set; }
}

public enum Verdict { Pass, Fail, NeedsReview }

public enum RuleStatus { Pass, Fail, Warn, Missing, Manual }

public enum Severity { Low, Medium, High }

public sealed record RuleOutcome
{
    [JsonPropertyName("rule_id")] public string RuleId { get; init; } = "";
    /// <summary>Seed file and article, e.g. <c>001_a6595dd4da0b6e82.txt 一(一)3</c>.</summary>
    public string Source { get; init; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Field { get; init; }
    /// <summary>The requirement in words a reviewer reads (<c>&gt;= 500</c>, or the qualitative condition).</summary>
    public string Requirement { get; init; } = "";
    /// <summary>The value judged (a number, date or text), null when missing or manual.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public ScalarValue? Value { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public ValueBasis? Basis { get; init; }
    public RuleStatus Status { get; init; }
    /// <summary>A Chinese sentence saying why, for the reviewer.</summary>
    public string? Message { get; init; }
}

public sealed record Discrepancy
{
    public string Field { get; init; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public ScalarValue? Declared { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public ScalarValue? Evidence { get; init; }
    public Severity Severity { get; init; }
    public string Message { get; init; } = "";
}

public enum FlagCode
{
    InvalidCreditCode,
    InvalidIdNumber,
    InvalidCertificateNumber,
    NameMismatch,
    DateInconsistency,
    PdfModified,
    DuplicateCertificate,
    DuplicateDocument,
    LowOcrConfidence,
}

public sealed record Flag
{
    public FlagCode Code { get; init; }
    public Severity Severity { get; init; }
    public string Message { get; init; } = "";
    [JsonPropertyName("document_ids")] public List<string> DocumentIds { get; init; } = [];
    [JsonPropertyName("related_submissions")] public List<string> RelatedSubmissions { get; init; } = [];
}

public sealed record Risk
{
    public double Score { get; init; }
    public List<RiskFactor> Factors { get; init; } = [];
}

public sealed record RiskFactor(string Name, double Contribution);
