using ZcIngest.Core.Records;

namespace ZcIngest.SampleGen.Model;

public sealed record Person(string Name, bool Male, DateOnly Birth, string IdNumber, string Phone);

public sealed class StaffMember
{
    public required Person Person { get; init; }
    public required string Role { get; init; }
    public required EducationLevel Education { get; init; }
    public School? School { get; init; }
    public string Major { get; init; } = "";
    public DateOnly GraduatedOn { get; set; }
    public char SchoolingType { get; init; } = '1';
    /// <summary>The 证书编号 as printed on the diploma (possibly planted as contradicting it).</summary>
    public string DiplomaNo { get; set; } = "";
    public bool FullTime { get; init; }
    public string? TrainingCertNo { get; init; }
    public DateOnly? TrainedOn { get; init; }
    /// <summary>False when the applicant left this person's diploma out of the submission.</summary>
    public bool DiplomaSubmitted { get; set; } = true;
    /// <summary>The ID number printed on the roster (a planted typo makes it differ from <see cref="Person"/>'s).</summary>
    public string RosterIdNumber { get; set; } = "";

    public bool CollegeOrAbove => Education is EducationLevel.Doctor or EducationLevel.Master or EducationLevel.Bachelor
        or EducationLevel.College;
}

public sealed record Mentor(Person Person, string Title, string Employer, DateOnly AppointedOn, int TermYears);

public sealed record Resident(string Name, DateOnly EntryDate, decimal CapitalWan, string Field, bool Tech, string Contact);

public sealed record ActivityEvent(DateOnly Date, string Title, string Kind, string Place, int Participants);

public sealed class License
{
    public required string Name { get; set; }
    public required string CreditCode { get; set; }
    public required string LegalRep { get; init; }
    public required string Address { get; init; }
    public required decimal CapitalWan { get; init; }
    public required DateOnly RegisteredOn { get; set; }
    public required DateOnly IssuedOn { get; set; }
    public required string Authority { get; init; }
    public required string Scope { get; init; }
}

public sealed class Lease
{
    public required string Lessor { get; init; }
    public required string LessorCode { get; init; }
    public required string LessorRep { get; init; }
    public required string Lessee { get; set; }
    public required string Address { get; init; }
    public required decimal AreaSqm { get; set; }
    public required DateOnly Start { get; set; }
    public required int Months { get; set; }
    public required DateOnly SignedOn { get; set; }
    public required decimal RentPerSqmDay { get; init; }
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);
    /// <summary>The submission whose lease this is (a copied lease keeps the original's id).</summary>
    public required string OriginId { get; set; }
}

public sealed record PropertyCertificate(string Owner, string CertNo, string Address, decimal AreaSqm, DateOnly RegisteredOn,
    string Use);

public sealed class Deposit
{
    public required string Bank { get; init; }
    public required string Branch { get; init; }
    public required string Holder { get; set; }
    public required string AccountNo { get; init; }
    public required decimal AmountYuan { get; set; }
    public required DateOnly IssuedOn { get; init; }
}

public sealed record Financials(int Year, decimal RevenueYuan, decimal CostYuan, decimal OperatingCostYuan, decimal TaxYuan,
    decimal SellingYuan, decimal AdminYuan, decimal FinanceYuan);

/// <summary>
/// The applicant's true facts: what its supporting documents show. The application form's claims start from
/// these and may be changed by a planted defect (see <see cref="Defects.DefectPlanter"/>).
/// </summary>
public sealed class Applicant
{
    public required string SubmissionId { get; init; }
    public required ProgramProfile Program { get; init; }
    public required string Category { get; set; }
    public required string HostType { get; set; }
    public required District District { get; init; }
    public required string SpaceName { get; init; }
    public required string OperatorName { get; init; }
    public required Person LegalRep { get; init; }
    public required Person Manager { get; init; }
    public required Person Contact { get; init; }
    public required string Address { get; init; }
    public required DateOnly EstablishedOn { get; set; }
    public required DateOnly ApplicationDate { get; init; }
    public required License License { get; init; }
    public required decimal TotalAreaSqm { get; set; }
    public required decimal PublicAreaSqm { get; set; }
    public required decimal ResidentAreaSqm { get; set; }
    public Lease? Lease { get; set; }
    public PropertyCertificate? Property { get; set; }
    public required int WorkstationsTotal { get; set; }
    public required int WorkstationsOpen { get; set; }
    public required List<StaffMember> Staff { get; set; }
    public required List<Mentor> Mentors { get; set; }
    public required List<Resident> Residents { get; set; }
    public required List<ActivityEvent> Events { get; set; }
    public required int MakersCount { get; set; }
    public required int GraduatedCount { get; set; }
    public required int IpCount { get; set; }
    public required decimal SeedFundWan { get; set; }
    public required decimal SeedInvestedWan { get; set; }
    public required Deposit Deposit { get; init; }
    public required Financials Financials { get; set; }
    public required decimal EquipmentWan { get; set; }
    public required int ServedPerYear { get; set; }
    public required int IncubationCases { get; set; }
    public required int InvestmentCases { get; set; }
    public required int NewCompaniesPerYear { get; set; }
    public required int FinancedPerYear { get; set; }
    public required int InvestmentManagers { get; set; }
    public required string Platform { get; init; }
    public required string Specialization { get; init; }
}
