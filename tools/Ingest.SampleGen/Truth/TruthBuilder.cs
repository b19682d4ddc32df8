using ZcIngest.Core.Fields;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Generation;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Truth;

/// <summary>
/// Writes down the truth of a submission from the facts and claims the generator rendered and the files it made:
/// declared values from the form, evidence values from the supporting documents actually present.
/// </summary>
public static class TruthBuilder
{
    public static SubmissionTruth Build(SubmissionPlan plan, IReadOnlyList<OutputFile> files)
    {
        var a = plan.Applicant;
        var truth = new SubmissionTruth
        {
            SubmissionId = plan.Id, ProgramId = a.Program.Id, Seed = plan.Rng.Seed,
            Container = plan.Packaging is Packaging.Zip or Packaging.HostileZip ? "zip" : "folder",
        };
        truth.Files.AddRange(files.Select(f => f.Truth));
        if (plan.Packaging == Packaging.HostileZip)
            truth.Files.Insert(1, new FileTruth
            {
                File = "../../说明.txt", Format = "txt", Rendering = "hostile", Status = "error",
                ExpectedError = "corrupt zip entry", HostileKind = "zip_path_traversal",
            });

        var where = new Dictionary<DocumentType, List<string>>();
        foreach (var f in files)
            foreach (var (doc, _) in f.Contents)
            {
                if (!where.TryGetValue(doc.Type, out var list)) where[doc.Type] = list = [];
                if (!list.Contains(f.Name)) list.Add(f.Name);
            }
        bool Has(DocumentType t) => where.ContainsKey(t);

        var formKeys = Claims.FormKeys(a.Program);
        if (Has(DocumentType.ApplicationForm))
            foreach (var key in formKeys)
                if (plan.Claims[key] is { } v) Field(truth, key).Declared = v;

        void Evidence(FieldKey key, ScalarValue value, DocumentType from)
        {
            var f = Field(truth, key);
            f.Evidence = value;
            f.EvidenceFiles = where[from];
        }
        if (Has(DocumentType.BusinessLicense))
        {
            var l = a.License;
            Evidence(FieldKeys.OperatorName, ScalarValue.Of(l.Name), DocumentType.BusinessLicense);
            Evidence(FieldKeys.CreditCode, ScalarValue.Of(l.CreditCode), DocumentType.BusinessLicense);
            Evidence(FieldKeys.LegalRepresentative, ScalarValue.Of(l.LegalRep), DocumentType.BusinessLicense);
            Evidence(FieldKeys.Address, ScalarValue.Of(l.Address), DocumentType.BusinessLicense);
            Evidence(FieldKeys.RegistrationDate, ScalarValue.Of(l.RegisteredOn), DocumentType.BusinessLicense);
        }
        if (a.Lease is { } lease && Has(DocumentType.LeaseContract))
        {
            Evidence(FieldKeys.TotalAreaSqm, ScalarValue.Of(lease.AreaSqm), DocumentType.LeaseContract);
            Evidence(FieldKeys.PremisesSource, ScalarValue.Of("leased"), DocumentType.LeaseContract);
            Evidence(FieldKeys.LeaseStartDate, ScalarValue.Of(lease.Start), DocumentType.LeaseContract);
            Evidence(FieldKeys.LeaseEndDate, ScalarValue.Of(lease.End), DocumentType.LeaseContract);
            Evidence(FieldKeys.LeaseTermYears, ScalarValue.Of(Model.Evidence.LeaseTermYears(lease.Start, lease.End)), DocumentType.LeaseContract);
        }
        if (a.Property is { } property && Has(DocumentType.PropertyCertificate))
        {
            Evidence(FieldKeys.TotalAreaSqm, ScalarValue.Of(property.AreaSqm), DocumentType.PropertyCertificate);
            Evidence(FieldKeys.PremisesSource, ScalarValue.Of("owned"), DocumentType.PropertyCertificate);
        }
        if (Has(DocumentType.StaffRoster))
        {
            Evidence(FieldKeys.StaffTotal, ScalarValue.Of(a.Staff.Count), DocumentType.StaffRoster);
            Evidence(FieldKeys.StaffFullTime, ScalarValue.Of(a.Staff.Count(s => s.FullTime)), DocumentType.StaffRoster);
            if (Has(DocumentType.Diploma))
                Evidence(FieldKeys.StaffCollegeOrAbove, ScalarValue.Of(a.Staff.Count(s => s.CollegeOrAbove && s.DiplomaSubmitted)), DocumentType.Diploma);
            if (Has(DocumentType.TrainingCertificate))
                Evidence(FieldKeys.StaffTrained, ScalarValue.Of(a.Staff.Count(s => s.TrainingCertNo is not null)), DocumentType.TrainingCertificate);
        }
        if (Has(DocumentType.MentorLetter))
            Evidence(FieldKeys.MentorsCount, ScalarValue.Of(a.Mentors.Count), DocumentType.MentorLetter);
        if (Has(DocumentType.ResidentList))
        {
            Evidence(FieldKeys.ResidentCount, ScalarValue.Of(a.Residents.Count), DocumentType.ResidentList);
            Evidence(FieldKeys.ResidentTechCount, ScalarValue.Of(a.Residents.Count(r => r.Tech)), DocumentType.ResidentList);
            Evidence(FieldKeys.MaxResidencyMonths, ScalarValue.Of(Model.Evidence.MaxResidencyMonths(a.Residents, a.ApplicationDate)), DocumentType.ResidentList);
        }
        if (Has(DocumentType.ActivityRecord))
        {
            Evidence(FieldKeys.EventsPerMonth, ScalarValue.Of(Model.Evidence.EventsPerMonth(a.Events)), DocumentType.ActivityRecord);
            Evidence(FieldKeys.EventsPerYear, ScalarValue.Of(Model.Evidence.EventsPerYear(a.Events, a.ApplicationDate)), DocumentType.ActivityRecord);
        }
        if (Has(DocumentType.BankDepositProof))
            Evidence(FieldKeys.SeedFundWan, ScalarValue.Of(a.Deposit.AmountYuan / 10000m), DocumentType.BankDepositProof);
        if (Has(DocumentType.FinancialStatement))
        {
            Evidence(FieldKeys.RevenueWan, ScalarValue.Of(a.Financials.RevenueYuan / 10000m), DocumentType.FinancialStatement);
            Evidence(FieldKeys.OperatingCostWan, ScalarValue.Of(a.Financials.CostYuan / 10000m), DocumentType.FinancialStatement);
        }

        // Keep glossary order in the file so truths diff cleanly.
        var ordered = FieldKeys.All.Where(k => truth.Fields.ContainsKey(k.Name)).Select(k => (k.Name, truth.Fields[k.Name])).ToList();
        truth.Fields.Clear();
        foreach (var (name, value) in ordered) truth.Fields[name] = value;

        foreach (var (name, f) in truth.Fields)
            if (f.Declared is { } d && f.Evidence is { } e && Differs(FieldKeys.Get(name), d, e))
                truth.Discrepancies.Add(new DiscrepancyTruth(name, d, e));

        if (Has(DocumentType.StaffRoster))
            truth.Staff.AddRange(a.Staff.Select(s => new StaffTruth(s.Person.Name, s.Education,
                s.School is null || !s.DiplomaSubmitted ? null : s.DiplomaNo, s.School is not null && s.DiplomaSubmitted, s.FullTime,
                s.TrainingCertNo is not null, s.School is null ? null : s.GraduatedOn)));
        if (Has(DocumentType.MentorLetter)) truth.Mentors.AddRange(a.Mentors.Select(m => m.Person.Name));
        if (Has(DocumentType.ResidentList))
            truth.Residents.AddRange(a.Residents.Select(r => new ResidentTruth(r.Name, r.EntryDate, r.Tech, r.Field)));
        if (Has(DocumentType.ActivityRecord)) truth.Events.AddRange(a.Events.Select(e => new EventTruth(e.Date, e.Title)));

        foreach (var flag in plan.Planter.Flags)
        {
            var (names, pages) = Locate(files, flag.DocumentKey, flag.Code == "low_ocr_confidence");
            truth.Flags.Add(new FlagTruth(flag.Code, names, pages, flag.RelatedSubmission is null ? [] : [flag.RelatedSubmission], flag.Detail));
        }
        truth.MissingDocuments.AddRange(plan.Planter.Marks.Omitted.OrderBy(t => t));
        truth.Planted.AddRange(plan.Planter.Planted.Select(p => new PlantedTruth(p.Field.Name, p.Intent, p.Threshold,
            p.AtLeast ? ">=" : "<=", p.Source, p.Of?.Name)));
        truth.Defects.AddRange(plan.Plan.Kinds.Select(k => IngestJson.SnakeCase(k.ToString())));
        RuleOutcomes.Apply(truth);
        return truth;
    }

    private static FieldTruth Field(SubmissionTruth truth, FieldKey key)
    {
        if (!truth.Fields.TryGetValue(key.Name, out var f)) truth.Fields[key.Name] = f = new FieldTruth();
        return f;
    }

    /// <summary>The contract's discrepancy test: areas and money beyond 1 %, counts and dates at all, texts after normalising.</summary>
    public static bool Differs(FieldKey key, ScalarValue declared, ScalarValue evidence)
    {
        if (declared.Number is { } x && evidence.Number is { } y)
            return key.Kind is ValueKind.AreaSqm or ValueKind.MoneyWan or ValueKind.Number
                ? Math.Abs(x - y) > 0.01m * Math.Max(Math.Abs(x), Math.Abs(y))
                : x != y;
        if (declared.Date is { } dx && evidence.Date is { } dy) return dx != dy;
        return Normalise(declared.Text) != Normalise(evidence.Text);
    }

    private static string Normalise(string? s) =>
        new string((s ?? "").Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The files (and for scans, pages) that hold the document a flag names.</summary>
    private static (List<string> Files, List<int>? Pages) Locate(IReadOnlyList<OutputFile> files, string key, bool poorPagesOnly)
    {
        var names = new List<string>();
        List<int>? pages = null;
        foreach (var f in files)
            foreach (var (doc, docPages) in f.Contents)
            {
                if (doc.Key != key && doc.Type.JsonName() != key) continue;
                if (!names.Contains(f.Name)) names.Add(f.Name);
                if (poorPagesOnly)
                    (pages ??= []).AddRange(f.Truth.PageDetails?.Where(p => p.Poor && docPages.Contains(p.Page)).Select(p => p.Page) ?? []);
                else if (docPages.Count > 0)
                    (pages ??= []).AddRange(docPages);
            }
        return (names, pages);
    }
}
