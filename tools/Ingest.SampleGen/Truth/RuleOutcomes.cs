using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules;

namespace ZcIngest.SampleGen.Truth;

/// <summary>
/// The rules a perfect reading of the submission fails: the truth's values put into a record and checked by the
/// product's own rules engine. Only the numbers come from the engine; the values it judges are the generator's.
/// </summary>
public static class RuleOutcomes
{
    private static readonly RulesEngine Engine = new();

    public static void Apply(SubmissionTruth truth)
    {
        var report = Engine.Evaluate(ToRecord(truth), truth.ProgramId);
        truth.FailingRules.AddRange(report.Rules.Where(r => r.Status == RuleStatus.Fail).Select(Outcome));
        truth.WarningRules.AddRange(report.Rules.Where(r => r.Status == RuleStatus.Warn).Select(Outcome));
    }

    private static RuleTruth Outcome(RuleOutcome r) => new(r.RuleId, r.Field, r.Requirement, r.Value, r.Basis?.ToString().ToLowerInvariant());

    /// <summary>What record.json would hold if every file had been read perfectly.</summary>
    public static SubmissionRecord ToRecord(SubmissionTruth truth)
    {
        var record = new SubmissionRecord { SubmissionId = truth.SubmissionId, Jurisdiction = truth.ProgramId };
        var n = 0;
        foreach (var file in truth.Files.Where(f => f.Status == "ok"))
            foreach (var doc in file.Documents)
                record.Documents.Add(new DocumentEntry
                {
                    DocumentId = $"d{++n}", File = file.File, Pages = doc.Pages, Type = doc.Type, Status = DocumentStatus.Ok,
                    TextSource = file.Rendering switch { "docx" => TextSource.Docx, "pdf_text" => TextSource.PdfText, _ => TextSource.Ocr },
                });
        foreach (var (name, field) in truth.Fields)
        {
            var key = FieldKeys.Get(name);
            if (field.Declared is { } d) record.Fields.SetDeclared(key, new FieldValue { Value = d });
            if (field.Evidence is { } e) record.Fields.SetEvidence(key, new FieldValue { Value = e });
        }
        record.Staff.AddRange(truth.Staff.Select(s => new StaffEntry
        {
            Name = s.Name, Education = s.Education, CertificateNo = s.CertificateNo, Trained = s.Trained, FullTime = s.FullTime,
        }));
        record.Mentors.AddRange(truth.Mentors.Select(m => new MentorEntry { Name = m }));
        record.Residents.AddRange(truth.Residents.Select(r => new ResidentEntry { Name = r.Name, EntryDate = r.EntryDate, Tech = r.Tech }));
        record.Events.AddRange(truth.Events.Select(e => new EventEntry { Date = e.Date, Title = e.Title }));
        return record;
    }
}
