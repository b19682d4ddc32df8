using ZcIngest.Core.Fields;
using ZcIngest.Core.Programs;
using ZcIngest.Core.Records;

namespace ZcIngest.Worker.Pipeline.Stages;

/// <summary>
/// Sets <c>record.jurisdiction</c>: the id given on the command line wins; otherwise the program is
/// detected from the application form's title (documents classified as forms first, then all others).
/// </summary>
public sealed class DetectProgramStage : ISubmissionStage
{
    public string Name => "detect-program";

    public Task RunAsync(SubmissionJob job, CancellationToken ct)
    {
        if (job.JurisdictionOverride is { } given)
        {
            job.Record.Jurisdiction = given;
            return Task.CompletedTask;
        }
        var forms = job.Record.Documents
            .OrderBy(d => d.Type == DocumentType.ApplicationForm ? 0 : 1)
            .Select(d => d.File)
            .Distinct();
        var lines = forms
            .Where(job.Reads.ContainsKey)
            .SelectMany(f => job.Reads[f].Document?.Pages.Take(3).SelectMany(p => p.Lines.Take(40)).Select(l => l.Text) ?? []);
        var category = job.Record.Fields.Effective(FieldKeys.SpaceCategory).Value?.Text;
        var formLines = job.Record.Documents
            .Where(d => d.Type == DocumentType.ApplicationForm && job.Reads.ContainsKey(d.File))
            .SelectMany(d => (job.Reads[d.File].Document?.Pages ?? []).Where(p => d.Pages.Count == 0 || d.Pages.Contains(p.Number)))
            .SelectMany(p => p.Lines.Select(l => l.Text));
        job.Record.Jurisdiction = ProgramDetector.Detect(lines, category, formLines);
        return Task.CompletedTask;
    }
}
