using ZcIngest.SampleGen.Defects;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Generation;

public enum Packaging { Folder, Zip, Bundle, Hostile, HostileZip }

/// <summary>One submission decided but not yet rendered: its facts, claims, defects and packaging.</summary>
public sealed class SubmissionPlan
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required Rng Rng { get; init; }
    public required Applicant Applicant { get; init; }
    public required Claims Claims { get; init; }
    public required DefectPlan Plan { get; init; }
    public required DefectPlanter Planter { get; init; }
    public required Packaging Packaging { get; init; }
}
