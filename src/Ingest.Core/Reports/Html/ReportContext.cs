using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Rules;
using ZcIngest.Core.Rules.Model;

namespace ZcIngest.Core.Reports.Html;

/// <summary>What every section of the page reads: the record, the report, and the program's rule file when known.</summary>
internal sealed class ReportContext
{
    private readonly Dictionary<string, DocumentEntry> _documents;
    private readonly Dictionary<string, Rule> _rules;

    public ReportContext(SubmissionRecord record, SubmissionReport report, RuleCatalog catalog)
    {
        Record = record;
        Report = report;
        var programId = report.Jurisdiction ?? record.Jurisdiction;
        Program = programId is not null && catalog.Contains(programId) ? catalog.Get(programId) : null;
        // Ids should be unique; a hand-edited record with a repeated id must not crash the page, the first one wins.
        _documents = new Dictionary<string, DocumentEntry>(StringComparer.Ordinal);
        foreach (var d in record.Documents) _documents.TryAdd(d.DocumentId, d);
        _rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var r in Program?.Rules ?? []) _rules.TryAdd(r.Id, r);
    }

    public SubmissionRecord Record { get; }
    public SubmissionReport Report { get; }
    public ProgramRules? Program { get; }

    public Rule? RuleFor(RuleOutcome outcome) => _rules.GetValueOrDefault(outcome.RuleId);

    public DocumentEntry? Document(string? documentId) =>
        documentId is null ? null : _documents.GetValueOrDefault(documentId);

    public FieldEntry? Field(string? name) =>
        name is not null && FieldKeys.TryGet(name, out var key) ? Record.Fields[key] : null;

    /// <summary>"租赁合同.pdf 第 2 页": where a value was read, or the bare id when the record lost the document.</summary>
    public string Where(string? documentId, int? page)
    {
        if (documentId is null) return "";
        var file = Document(documentId)?.File ?? documentId;
        return page is { } p ? $"{file} 第 {p} 页" : file;
    }

    /// <summary>A document named for a reviewer: file, and its pages when the file holds several documents.</summary>
    public string DocumentName(string documentId)
    {
        if (Document(documentId) is not { } d) return documentId;
        var shared = Record.Documents.Count(o => o.File == d.File) > 1;
        return shared && d.Pages.Count > 0 ? $"{d.File}（第 {Pages(d.Pages)} 页）" : d.File;
    }

    /// <summary>Page lists as ranges: 1–3, 5.</summary>
    public static string Pages(IReadOnlyList<int> pages)
    {
        if (pages.Count == 0) return "—";
        var sorted = pages.Distinct().Order().ToList();
        var parts = new List<string>();
        var start = sorted[0];
        var prev = start;
        foreach (var p in sorted.Skip(1).Append(int.MinValue))
        {
            if (p == prev + 1) { prev = p; continue; }
            parts.Add(start == prev ? $"{start}" : $"{start}–{prev}");
            start = prev = p;
        }
        return string.Join(", ", parts);
    }

    public static bool IsLow(FieldValue? value) =>
        value is not null && (value.LowConfidence == true || ReportLabels.IsLow(value.Confidence));
}
