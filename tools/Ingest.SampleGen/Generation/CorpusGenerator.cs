using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Defects;
using ZcIngest.SampleGen.Identity;
using ZcIngest.SampleGen.Model;
using ZcIngest.SampleGen.Truth;

namespace ZcIngest.SampleGen.Generation;

/// <summary>
/// Plans a whole corpus first (facts, claims and defects, so both sides of a duplicate pair know each other), then
/// renders each submission. Submission <c>i</c> is always planned the same way for a given seed, whatever the count.
/// </summary>
public sealed class CorpusGenerator(string outDir, long seed, IReadOnlyList<ProgramProfile> programs, int jobs = 1)
{
    public List<SubmissionTruth> Generate(int count, Action<SubmissionTruth, TimeSpan>? progress = null)
    {
        Directory.CreateDirectory(outDir);
        var root = new Rng(seed);
        var plans = Plan(count);

        var work = Path.Combine(Path.GetTempPath(), $"zc-samplegen-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            // Submissions are independent once planned: every random stream is derived from the seed by name, so
            // rendering them on several threads changes nothing in the output.
            var truths = new SubmissionTruth[plans.Count];
            var gate = new object();
            Parallel.ForEach(plans, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) },
                () => new SubmissionBuilder(outDir, Path.Combine(work, Guid.NewGuid().ToString("N")), root.Derive("corpus")),
                (plan, _, builder) =>
                {
                    var started = System.Diagnostics.Stopwatch.StartNew();
                    var truth = builder.Build(plan);
                    truths[plan.Index] = truth;
                    lock (gate) progress?.Invoke(truth, started.Elapsed);
                    return builder;
                },
                _ => { });
            return truths.ToList();
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    /// <summary>Decides every submission of a run without rendering anything (cheap; used by tests too).</summary>
    public List<SubmissionPlan> Plan(int count)
    {
        var root = new Rng(seed);
        var plans = new List<SubmissionPlan>();
        for (var i = 0; i < count; i++) plans.Add(PlanOne(i, count, root, plans));
        return plans;
    }

    private SubmissionPlan PlanOne(int i, int count, Rng root, List<SubmissionPlan> earlier)
    {
        var id = $"S{i + 1:000}";
        var rng = root.Derive(id);
        var program = programs[i % programs.Count];
        var plan = DefectSchedule.For(i, count);
        var planter = new DefectPlanter(rng.Derive("defects"), plan, program);
        var targets = planter.Targets();
        var applicant = new ApplicantFactory(rng.Derive("facts"), program, id, planter.Category, targets).Create();
        var claims = Claims.From(applicant);
        var partner = plan.Partner is { } p && p < i ? earlier[p].Applicant : null;
        planter.Apply(applicant, claims, partner);
        planter.AddConsequentialFlags(applicant);
        if (partner is not null) AddSourceFlags(earlier[plan.Partner!.Value], plan, id);
        return new SubmissionPlan
        {
            Index = i, Id = id, Rng = rng, Applicant = applicant, Claims = claims, Plan = plan, Planter = planter,
            Packaging = PackagingFor(i),
        };
    }

    /// <summary>The original of a copied diploma or lease carries the duplicate flag too, pointing at the copy.</summary>
    private static void AddSourceFlags(SubmissionPlan source, DefectPlan copyPlan, string copyId)
    {
        if (copyPlan.Has(DefectKind.DuplicateCertificateCopy))
        {
            var s = source.Applicant.Staff.First(x => x.School is not null && x.DiplomaSubmitted
                && DiplomaNumber.Agrees(x.DiplomaNo, x.GraduatedOn.Year, x.Education));
            source.Planter.Flags.Add(new ExpectedFlag("duplicate_certificate", $"diploma:{s.Person.Name}",
                $"{s.Person.Name}的毕业证书（{s.DiplomaNo}）也出现在另一申报单位的材料中", copyId));
        }
        if (copyPlan.Has(DefectKind.DuplicateDocumentCopy))
            source.Planter.Flags.Add(new ExpectedFlag("duplicate_document", DocumentType.LeaseContract.JsonName(),
                "同一份租赁合同也出现在另一申报单位的材料中", copyId));
    }

    /// <summary>
    /// Mostly folders; every fifth a zip; one bound volume per fourteen (the clean slot of the defect cycle); a
    /// hostile folder and a hostile zip once per fifty, starting right after the first full defect cycle.
    /// </summary>
    public static Packaging PackagingFor(int i) => (i % 50) switch
    {
        14 => Packaging.Hostile,
        15 => Packaging.HostileZip,
        _ when i % DefectSchedule.CycleLength == 6 => Packaging.Bundle,
        _ when i % 5 == 4 => Packaging.Zip,
        _ => Packaging.Folder,
    };
}
