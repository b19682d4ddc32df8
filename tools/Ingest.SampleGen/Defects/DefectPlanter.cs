using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Identity;
using ZcIngest.SampleGen.Model;

namespace ZcIngest.SampleGen.Defects;

/// <summary>
/// Plants a submission's defects. Threshold defects act before the facts are invented (as pinned targets, so the
/// documents stay consistent with them); everything else edits the facts or the form's claims afterwards and
/// records the flag the product should raise.
/// </summary>
public sealed class DefectPlanter(Rng rng, DefectPlan plan, ProgramProfile program)
{
    public List<PlantedThreshold> Planted { get; } = [];
    public List<ExpectedFlag> Flags { get; } = [];
    public DocumentMarks Marks { get; } = new();
    public string Category { get; } = rng.Pick(program.Categories);
    private readonly HashSet<string> _sharedDiplomas = [];

    private List<StaffMember> OwnDiplomas(Applicant a) =>
        a.Staff.Where(x => x.School is not null && x.DiplomaSubmitted && !_sharedDiplomas.Contains(x.DiplomaNo)).ToList();

    /// <summary>Values the factory must use instead of inventing them.</summary>
    public Dictionary<FieldKey, decimal> Targets()
    {
        var targets = new Dictionary<FieldKey, decimal>();
        if (plan.Has(DefectKind.DuplicateDocumentSource)) targets[FieldKeys.PremisesSource] = 1;
        foreach (var kind in plan.Kinds.Where(k => k is DefectKind.ThresholdAt or DefectKind.ThresholdPast))
        {
            var past = kind == DefectKind.ThresholdPast;
            var candidates = program.Thresholds
                .Where(t => t.Plantable && (t.Category is null || t.Category == Category))
                .Where(t => Planted.All(p => p.Field != t.Field))
                .ToList();
            if (candidates.Count == 0) continue;
            var t = rng.Pick(candidates);
            Pin(targets, t, past);
            Planted.Add(new PlantedThreshold(t.Field, past ? "past_threshold" : "at_threshold", t.For("other"), t.AtLeast,
                t.Source, t.Of));
        }
        return targets;
    }

    private static void Pin(Dictionary<FieldKey, decimal> targets, Threshold t, bool past)
    {
        var key = t.Field;
        var threshold = t.For("other");
        // Thresholds of spaces inside universities differ; pin the host so the planted value meets the intended one.
        targets[FieldKeys.HostType] = 0;
        if (t.Of is not null)
        {
            if (t.Of == FieldKeys.StaffTotal) targets[FieldKeys.StaffTotal] = 10;
            if (t.Of == FieldKeys.ResidentCount) targets[FieldKeys.ResidentCount] = t.Value >= 0.8m ? 35 : 20;
            targets[key] = past ? -1 : 0;
            return;
        }
        if (key == FieldKeys.RegistrationDate) { targets[key] = past ? 11 : 12; return; }
        if (key == FieldKeys.LeaseTermYears) { targets[key] = past ? 4 : 5; return; }
        if (key == FieldKeys.TotalAreaSqm) { targets[key] = past ? threshold - Math.Max(2, Math.Round(threshold * 0.01m)) : threshold; return; }
        if (key == FieldKeys.EventsPerMonth) { targets[key] = past ? threshold - 0.1m : threshold; return; }
        if (key == FieldKeys.EquipmentValueWan) { targets[key] = past ? threshold - 0.2m : threshold; return; }
        if (key == FieldKeys.MaxResidencyMonths) { targets[key] = past ? threshold + 1 : threshold; return; }
        targets[key] = past ? threshold - 1 : threshold;
    }

    public void Apply(Applicant a, Claims claims, Applicant? partner)
    {
        foreach (var kind in plan.Kinds)
        {
            switch (kind)
            {
                case DefectKind.InvalidCreditCode:
                    a.License.CreditCode = CreditCode.Corrupt(a.License.CreditCode, rng);
                    claims.Override(FieldKeys.CreditCode, ScalarValue.Of(a.License.CreditCode));
                    Flags.Add(new("invalid_credit_code", "business_license", "营业执照上的统一社会信用代码校验位错误"));
                    break;
                case DefectKind.InvalidIdNumber:
                {
                    var s = rng.Pick(a.Staff);
                    s.RosterIdNumber = IdNumber.Corrupt(s.Person.IdNumber);
                    Marks.RosterShowsIds = true;
                    Flags.Add(new("invalid_id_number", "staff_roster", $"人员名单中{s.Person.Name}的身份证号校验位错误"));
                    break;
                }
                case DefectKind.InvalidCertificateNumber:
                {
                    var s = rng.Pick(OwnDiplomas(a));
                    s.DiplomaNo = DiplomaNumber.Contradict(s.DiplomaNo, s.Education, rng);
                    Flags.Add(new("invalid_certificate_number", $"diploma:{s.Person.Name}", $"{s.Person.Name}的毕业证书编号与其毕业年份或层次不符"));
                    break;
                }
                case DefectKind.NameMismatch:
                    if (a.Lease is not null && rng.Chance(0.5))
                    {
                        a.Lease.Lessee = rng.Chance(0.5) ? a.LegalRep.Name : a.OperatorName.Replace("有限公司", "") + "（筹）";
                        Flags.Add(new("name_mismatch", "lease_contract", $"租赁合同承租方为“{a.Lease.Lessee}”，不是运营主体"));
                    }
                    else
                    {
                        a.Deposit.Holder = rng.Chance(0.5) ? a.LegalRep.Name
                            : a.OperatorName.Replace("有限公司", "") + "投资合伙企业";
                        Flags.Add(new("name_mismatch", "bank_deposit_proof", $"存款证明户名为“{a.Deposit.Holder}”，不是运营主体"));
                    }
                    break;
                case DefectKind.DateInconsistency:
                    if (a.Lease is not null && a.Lease.OriginId == a.SubmissionId)
                    {
                        // The term stays as it was (a planted lease-term threshold must survive); the lease moves earlier.
                        var before = a.License.RegisteredOn.AddMonths(-rng.Between(2, 6));
                        a.Lease.Start = before;
                        a.Lease.SignedOn = before.AddDays(-rng.Between(2, 12));
                        Flags.Add(new("date_inconsistency", "lease_contract", "租赁合同签订于运营主体成立之前"));
                    }
                    else
                    {
                        var s = rng.Pick(OwnDiplomas(a));
                        s.GraduatedOn = a.ApplicationDate.AddMonths(rng.Between(2, 5));
                        s.DiplomaNo = s.DiplomaNo[..6] + s.GraduatedOn.Year.ToString("0000") + s.DiplomaNo[10..];
                        Flags.Add(new("date_inconsistency", $"diploma:{s.Person.Name}", $"{s.Person.Name}的毕业证书落款日期晚于申报日期"));
                    }
                    break;
                case DefectKind.PdfModified:
                {
                    var type = rng.Pick(new[] { DocumentType.BankDepositProof, DocumentType.FinancialStatement, DocumentType.LeaseContract });
                    if (type == DocumentType.LeaseContract && a.Lease is null) type = DocumentType.BankDepositProof;
                    Marks.Modified.Add(type);
                    Flags.Add(new("pdf_modified", type.JsonName(), "PDF 在生成后被编辑软件以增量更新方式修改"));
                    break;
                }
                case DefectKind.LowOcr:
                {
                    var type = rng.Pick(new[] { DocumentType.BusinessLicense, DocumentType.BankDepositProof, DocumentType.FinancialStatement });
                    Marks.PoorScan = type;
                    Flags.Add(new("low_ocr_confidence", type.JsonName(), "扫描页模糊、噪点严重，识别结果不可信"));
                    break;
                }
                case DefectKind.MissingDocument:
                {
                    // Never the document another defect lives in: its flag would point at nothing.
                    var candidates = new[] { DocumentType.BankDepositProof, DocumentType.MentorLetter, DocumentType.FinancialStatement, DocumentType.ResidentList }
                        .Where(t => !Marks.Modified.Contains(t) && Marks.PoorScan != t && Flags.All(f => f.DocumentKey != t.JsonName()))
                        .ToList();
                    var type = rng.Pick(candidates);
                    Marks.Omitted.Add(type);
                    break;
                }
                case DefectKind.Contradiction:
                    Contradict(a, claims);
                    break;
                case DefectKind.DuplicateCertificateCopy when partner is not null:
                {
                    var theirs = partner.Staff.First(s => s.School is not null && s.DiplomaSubmitted
                        && DiplomaNumber.Agrees(s.DiplomaNo, s.GraduatedOn.Year, s.Education));
                    var i = a.Staff.FindIndex(s => s.School is not null);
                    var ours = a.Staff[i];
                    _sharedDiplomas.Add(theirs.DiplomaNo);
                    a.Staff[i] = new StaffMember
                    {
                        Person = theirs.Person, Role = ours.Role, Education = theirs.Education, School = theirs.School,
                        Major = theirs.Major, GraduatedOn = theirs.GraduatedOn, SchoolingType = theirs.SchoolingType,
                        DiplomaNo = theirs.DiplomaNo, FullTime = ours.FullTime, TrainingCertNo = ours.TrainingCertNo,
                        TrainedOn = ours.TrainedOn, RosterIdNumber = theirs.Person.IdNumber,
                    };
                    Flags.Add(new("duplicate_certificate", $"diploma:{theirs.Person.Name}",
                        $"{theirs.Person.Name}的毕业证书（{theirs.DiplomaNo}）也出现在另一申报单位的材料中", partner.SubmissionId));
                    break;
                }
                case DefectKind.DuplicateDocumentCopy when partner?.Lease is not null:
                {
                    // The copier claims the copied lease's area but keeps its own split between public and resident space.
                    var publicShare = a.PublicAreaSqm / a.TotalAreaSqm;
                    a.Lease = partner.Lease;
                    a.Property = null;
                    a.TotalAreaSqm = partner.Lease.AreaSqm;
                    a.PublicAreaSqm = Math.Ceiling(a.TotalAreaSqm * publicShare);
                    a.ResidentAreaSqm = a.TotalAreaSqm - a.PublicAreaSqm;
                    claims.Override(FieldKeys.TotalAreaSqm, ScalarValue.Of(a.TotalAreaSqm));
                    claims.Override(FieldKeys.PublicAreaSqm, ScalarValue.Of(a.PublicAreaSqm));
                    claims.Override(FieldKeys.ResidentAreaSqm, ScalarValue.Of(a.ResidentAreaSqm));
                    claims.Override(FieldKeys.PremisesSource, ScalarValue.Of("leased"));
                    Flags.Add(new("duplicate_document", "lease_contract", "与另一申报单位提交的租赁合同完全相同", partner.SubmissionId));
                    Flags.Add(new("name_mismatch", "lease_contract", $"租赁合同承租方为“{partner.Lease.Lessee}”，不是运营主体"));
                    break;
                }
                case DefectKind.DuplicateCertificateSource:
                case DefectKind.DuplicateDocumentSource:
                    // The flag belongs to both sides; the source learns its partner's id from the copy (see CorpusGenerator).
                    break;
            }
        }
    }

    /// <summary>
    /// A defect can bring others with it (a copied lease was signed before the copier existed): whatever the facts
    /// now show is flagged, so the truth never misses what a careful reader would see.
    /// </summary>
    public void AddConsequentialFlags(Applicant a)
    {
        bool Has(string code, string key) => Flags.Any(f => f.Code == code && f.DocumentKey == key);
        if (a.Lease is { } lease)
        {
            if ((lease.SignedOn < a.License.RegisteredOn || lease.End < a.ApplicationDate) && !Has("date_inconsistency", "lease_contract"))
                Flags.Add(new("date_inconsistency", "lease_contract", lease.End < a.ApplicationDate ? "租赁合同在申报时已到期" : "租赁合同签订于运营主体成立之前"));
            if (lease.Lessee != a.OperatorName && !Has("name_mismatch", "lease_contract"))
                Flags.Add(new("name_mismatch", "lease_contract", $"租赁合同承租方为“{lease.Lessee}”，不是运营主体"));
        }
        if (a.Deposit.Holder != a.OperatorName && !Has("name_mismatch", "bank_deposit_proof") && !Marks.Omitted.Contains(DocumentType.BankDepositProof))
            Flags.Add(new("name_mismatch", "bank_deposit_proof", $"存款证明户名为“{a.Deposit.Holder}”，不是运营主体"));
        foreach (var s in a.Staff.Where(s => s.School is not null && s.DiplomaSubmitted && s.GraduatedOn > a.ApplicationDate))
            if (!Has("date_inconsistency", $"diploma:{s.Person.Name}"))
                Flags.Add(new("date_inconsistency", $"diploma:{s.Person.Name}", $"{s.Person.Name}的毕业证书落款日期晚于申报日期"));
    }

    private void Contradict(Applicant a, Claims claims)
    {
        var options = new List<FieldKey> { FieldKeys.TotalAreaSqm, FieldKeys.MentorsCount, FieldKeys.SeedFundWan, FieldKeys.RevenueWan,
            FieldKeys.StaffCollegeOrAbove, FieldKeys.ResidentCount };
        var key = rng.Pick(options);
        if (key == FieldKeys.TotalAreaSqm)
            claims.Override(key, ScalarValue.Of(Math.Round(a.TotalAreaSqm * (decimal)rng.Between(1.3, 1.8) / 10m) * 10m));
        else if (key == FieldKeys.MentorsCount)
            claims.Override(key, ScalarValue.Of(a.Mentors.Count + rng.Between(2, 4)));
        else if (key == FieldKeys.SeedFundWan)
            claims.Override(key, ScalarValue.Of(a.SeedFundWan + rng.Pick(new[] { 50m, 100m, 200m })));
        else if (key == FieldKeys.RevenueWan)
            claims.Override(key, ScalarValue.Of(Math.Round(a.Financials.RevenueYuan / 10000m * 1.6m, 2)));
        else if (key == FieldKeys.ResidentCount)
            claims.Override(key, ScalarValue.Of(a.Residents.Count + rng.Between(3, 8)));
        else
        {
            // The form counts a graduate whose diploma is not in the submission: the evidence count is lower.
            var s = OwnDiplomas(a).FirstOrDefault(x => Flags.All(f => f.DocumentKey != $"diploma:{x.Person.Name}"));
            if (s is not null) s.DiplomaSubmitted = false;
            else claims.Override(FieldKeys.MentorsCount, ScalarValue.Of(a.Mentors.Count + 2));
        }
    }
}
