using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Worker.Pipeline;

/// <summary>
/// The state of one submission as it moves through the stages. Every stage derives its output from what
/// earlier stages left here, so running a stage twice gives the same result (a retried job is harmless).
/// </summary>
public sealed class SubmissionJob
{
    public required string SubmissionId { get; init; }
    /// <summary>The submission folder or .zip as given.</summary>
    public required string SourcePath { get; init; }
    /// <summary><c>&lt;out&gt;/&lt;submission_id&gt;</c>: record.json, report.json, report.html.</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>Scratch space for unpacked zips, conversions and page images.</summary>
    public required string WorkDirectory { get; init; }
    /// <summary>An explicit program id from the command line; null means detect it.</summary>
    public string? JurisdictionOverride { get; init; }

    public List<SubmittedFile> Files { get; } = [];
    public Dictionary<string, ReadResult> Reads { get; } = new(StringComparer.Ordinal);
    /// <summary>One entry per submitted file as read; the classify stage derives record.documents from these.</summary>
    public List<DocumentEntry> FileEntries { get; } = [];
    public SubmissionRecord Record { get; set; } = new();
    /// <summary>Per-document facts beyond the glossary (lessee, account holder, certificate numbers) for the audit checks.</summary>
    public ExtractionResult? Extraction { get; set; }
    /// <summary>
    /// Flags raised by the audit stages (check digits, names and dates, PDF forensics, reuse across applicants).
    /// They run before check-rules, which puts them into the report and lets them weigh on the verdict.
    /// Each audit stage replaces the flags it owns, so running it twice does not double them.
    /// </summary>
    public List<Flag> Flags { get; } = [];
    public SubmissionReport? Report { get; set; }
    /// <summary>Stage failures: the submission is still written out, with what could be done.</summary>
    public List<string> StageErrors { get; } = [];
    public Dictionary<string, double> StageTimingsMs { get; } = new(StringComparer.Ordinal);
    /// <summary>Files the read stage took from the read cache instead of reading them.</summary>
    public int ReadCacheHits { get; set; }
}

/// <summary>One file of a submission: where it is on disk now, or why it could not be taken out of its zip.</summary>
/// <param name="Name">The name as submitted, relative to the submission (a zip entry name, sanitised).</param>
public sealed record SubmittedFile(string Name, string? Path, string? Error = null);
