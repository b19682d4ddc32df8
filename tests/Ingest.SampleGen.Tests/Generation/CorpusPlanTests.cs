using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Defects;
using ZcIngest.SampleGen.Generation;
using ZcIngest.SampleGen.Identity;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Tests.Generation;

public class CorpusPlanTests
{
    private static readonly List<SubmissionPlan> Plans =
        new CorpusGenerator(Path.GetTempPath(), 20221122, Programs.All).Plan(500);

    [Fact]
    public void Plan_CoversEveryProgram_InTenSubmissions() =>
        Assert.Equal(Programs.All.Select(p => p.Id).Order(), Plans.Take(10).Select(p => p.Applicant.Program.Id).Order());

    [Theory]
    [InlineData("invalid_credit_code")]
    [InlineData("invalid_id_number")]
    [InlineData("invalid_certificate_number")]
    [InlineData("name_mismatch")]
    [InlineData("date_inconsistency")]
    [InlineData("pdf_modified")]
    [InlineData("duplicate_certificate")]
    [InlineData("duplicate_document")]
    [InlineData("low_ocr_confidence")]
    public void Plan_RaisesEveryFlagCode_AtLeastTwice_InOneCycle(string code) =>
        Assert.True(Plans.Take(DefectSchedule.CycleLength).Sum(p => p.Planter.Flags.Count(f => f.Code == code)) >= 2);

    [Fact]
    public void Plan_FlagsMatchTheFacts()
    {
        foreach (var plan in Plans)
        {
            var a = plan.Applicant;
            var omitted = plan.Planter.Marks.Omitted;
            var codes = plan.Planter.Flags.Select(f => f.Code).ToHashSet();
            void Check(bool fact, string code) => Assert.True(fact == codes.Contains(code), $"{plan.Id} {code}: facts say {fact}");
            Check(!CreditCode.IsValid(a.License.CreditCode), "invalid_credit_code");
            Check(a.Staff.Any(s => !IdNumber.IsValid(s.RosterIdNumber)), "invalid_id_number");
            Check(a.Staff.Any(s => s.School is not null && s.DiplomaSubmitted && !DiplomaNumber.Agrees(s.DiplomaNo, s.GraduatedOn.Year, s.Education)),
                "invalid_certificate_number");
            Check(a.Lease is { } l && l.Lessee != a.OperatorName
                  || a.Deposit.Holder != a.OperatorName && !omitted.Contains(DocumentType.BankDepositProof), "name_mismatch");
            Check(a.Lease is { } lease && (lease.SignedOn < a.License.RegisteredOn || lease.End < a.ApplicationDate)
                  || a.Staff.Any(s => s.School is not null && s.DiplomaSubmitted && s.GraduatedOn > a.ApplicationDate), "date_inconsistency");
            foreach (var flag in plan.Planter.Flags)
                Assert.DoesNotContain(omitted, t => flag.DocumentKey == t.JsonName());
        }
    }

    [Fact]
    public void Plan_DuplicatePairs_ShareTheCertificateAndTheLease()
    {
        foreach (var plan in Plans.Where(p => p.Plan.Has(DefectKind.DuplicateCertificateCopy)))
        {
            var source = Plans[plan.Plan.Partner!.Value];
            Assert.Contains(plan.Applicant.Staff, s => source.Applicant.Staff.Any(o => o.DiplomaNo == s.DiplomaNo));
            Assert.Contains(source.Planter.Flags, f => f.Code == "duplicate_certificate" && f.RelatedSubmission == plan.Id);
        }
        foreach (var plan in Plans.Where(p => p.Plan.Has(DefectKind.DuplicateDocumentCopy)))
        {
            var source = Plans[plan.Plan.Partner!.Value];
            Assert.Same(source.Applicant.Lease, plan.Applicant.Lease);
            Assert.Contains(source.Planter.Flags, f => f.Code == "duplicate_document" && f.RelatedSubmission == plan.Id);
        }
    }

    [Fact]
    public void Plan_ThresholdDefects_SitExactlyAtOrJustPastTheThreshold()
    {
        var planted = Plans.SelectMany(p => p.Planter.Planted.Select(t => (p, t))).ToList();
        Assert.Contains(planted, x => x.t.Intent == "at_threshold");
        Assert.Contains(planted, x => x.t.Intent == "past_threshold");
        foreach (var (plan, t) in planted)
        {
            var value = Effective(plan.Applicant, t.Field);
            var limit = t.Of is null ? t.Threshold : t.Threshold * Effective(plan.Applicant, t.Of);
            var passes = t.AtLeast ? value >= limit : value <= limit;
            Assert.True(passes == (t.Intent == "at_threshold"), $"{plan.Id} {t.Field} {t.Intent}: {value} vs {limit}");
            if (t.Intent == "at_threshold" && t.Of is null) Assert.Equal(limit, value);
        }
    }

    /// <summary>The value a rule judges: what the supporting documents show, for the planted fields.</summary>
    private static decimal Effective(Applicant a, FieldKey key)
    {
        if (key == FieldKeys.TotalAreaSqm) return a.Lease?.AreaSqm ?? a.Property!.AreaSqm;
        if (key == FieldKeys.PublicAreaSqm) return a.PublicAreaSqm;
        if (key == FieldKeys.LeaseTermYears) return Evidence.LeaseTermYears(a.Lease!.Start, a.Lease.End);
        if (key == FieldKeys.RegistrationDate) return Evidence.WholeMonths(a.License.RegisteredOn, a.ApplicationDate);
        if (key == FieldKeys.MentorsCount) return a.Mentors.Count;
        if (key == FieldKeys.EventsPerMonth) return Evidence.EventsPerMonth(a.Events);
        if (key == FieldKeys.EventsPerYear) return Evidence.EventsPerYear(a.Events, a.ApplicationDate);
        if (key == FieldKeys.StaffTotal) return a.Staff.Count;
        if (key == FieldKeys.StaffCollegeOrAbove) return a.Staff.Count(s => s.CollegeOrAbove && s.DiplomaSubmitted);
        if (key == FieldKeys.StaffTrained) return a.Staff.Count(s => s.TrainingCertNo is not null);
        if (key == FieldKeys.StaffFullTime) return a.Staff.Count(s => s.FullTime);
        if (key == FieldKeys.ResidentCount) return a.Residents.Count;
        if (key == FieldKeys.ResidentTechCount) return a.Residents.Count(r => r.Tech);
        if (key == FieldKeys.MaxResidencyMonths) return Evidence.MaxResidencyMonths(a.Residents, a.ApplicationDate);
        if (key == FieldKeys.SeedFundWan) return a.Deposit.AmountYuan / 10000m;
        if (key == FieldKeys.EquipmentValueWan) return a.EquipmentWan;
        if (key == FieldKeys.ServedPerYear) return a.ServedPerYear;
        if (key == FieldKeys.IncubationCases) return a.IncubationCases;
        if (key == FieldKeys.InvestmentCases) return a.InvestmentCases;
        if (key == FieldKeys.InvestmentManagers) return a.InvestmentManagers;
        throw new ArgumentException($"no effective value for {key}");
    }
}
