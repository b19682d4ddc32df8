using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Identity;

namespace ZcIngest.SampleGen.Model;

/// <summary>
/// Invents one applicant's facts for a program: healthy values a clear margin past every threshold of the seed,
/// except where <paramref name="targets"/> pins a value (a threshold defect planted exactly at or just past it).
/// </summary>
public sealed class ApplicantFactory(Rng rng, ProgramProfile program, string submissionId, string category,
    IReadOnlyDictionary<FieldKey, decimal> targets)
{
    public Applicant Create()
    {
        var district = rng.Pick(program.Districts);
        var host = program.HasHostType && !targets.ContainsKey(FieldKeys.HostType) && rng.Chance(0.2) ? "university" : "other";
        var application = rng.DateBetween(program.ApplyFrom, program.ApplyTo);

        var operatingMonths = (int)Target(FieldKeys.RegistrationDate, -1);
        var registration = operatingMonths switch
        {
            12 => application.AddMonths(-12),
            11 => application.AddMonths(-12).AddDays(1),
            _ => application.AddMonths(-rng.Between(16, 60)).AddDays(-rng.Between(0, 27)),
        };
        var established = operatingMonths > 0 ? registration : registration.AddDays(rng.Between(0, 150));
        if (established > application.AddMonths(-1)) established = registration;

        var brand = rng.Pick(Pools.BrandWords) + rng.Pick(Pools.BrandWords);
        var cityShort = district.City.Replace("市", "").Replace("回族自治州", "");
        var operatorName = $"{cityShort}{brand}{rng.Pick(Pools.OperatorSuffixes)}";
        var spaceName = program.Incubator
            ? $"{brand}科技企业孵化器"
            : rng.Pick(new[] { $"{brand}众创空间", $"{brand}创客空间", $"{brand}创新创业中心众创空间", $"{brand}空间" });
        var address = $"{district.FullName}{rng.Pick(Pools.Streets)}{rng.Between(1, 399)}号{rng.Pick(Pools.BuildingWords)}"
            + (rng.Chance(0.6) ? $"{rng.Between(2, 18)}层" : $"{rng.Pick(new[] { "A", "B", "C" })}座");
        if (host == "university")
            address = $"{district.FullName}{rng.Pick(Pools.Streets)}{rng.Between(1, 199)}号{rng.Pick(Places.Schools).Name}大学生创业园";

        var legalRep = NewPerson(application);
        var license = new License
        {
            Name = operatorName,
            CreditCode = CreditCode.Generate(rng, district.Code),
            LegalRep = legalRep.Name,
            Address = address,
            CapitalWan = rng.Pick(new[] { 50m, 100m, 200m, 300m, 500m, 1000m }),
            RegisteredOn = registration,
            IssuedOn = registration.AddDays(rng.Between(0, 400)) is var d && d < application ? d : registration,
            Authority = $"{district.City}{(rng.Chance(0.5) ? district.Name : "")}市场监督管理局".Replace("市市", "市"),
            Scope = "科技企业孵化服务；众创空间经营管理；创业指导服务；企业管理咨询；会议及展览服务；技术开发、技术咨询、技术服务、技术转让；房屋租赁。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
        };

        var (total, pub, resident) = Areas(category, host);
        var owned = rng.Chance(0.2) && !targets.ContainsKey(FieldKeys.LeaseTermYears)
            && !targets.ContainsKey(FieldKeys.PremisesSource);
        Lease? lease = null;
        PropertyCertificate? property = null;
        if (owned)
        {
            property = new PropertyCertificate(operatorName,
                $"晋({registration.Year})不动产权第{rng.Digits(7)}号".Replace("晋", ProvinceShort(district.Province)),
                address, total, registration.AddDays(rng.Between(10, 120)), rng.Pick(new[] { "商业服务", "办公", "科研" }));
        }
        else
        {
            var months = (int)Target(FieldKeys.LeaseTermYears, -1) switch
            {
                5 => 60,
                4 => 59,
                _ => rng.Pick(new[] { 60, 72, 96, 120, 66, 180 }),
            };
            var start = registration.AddDays(rng.Between(5, 90));
            while (start.AddMonths(months) <= application.AddMonths(6)) start = start.AddMonths(6);
            var lessorBrand = rng.Pick(Pools.BrandWords) + rng.Pick(new[] { "置业", "物业", "资产经营", "实业", "房地产开发" });
            lease = new Lease
            {
                Lessor = $"{cityShort}{lessorBrand}有限公司",
                LessorCode = CreditCode.Generate(rng, district.Code),
                LessorRep = NewPerson(application).Name,
                Lessee = operatorName,
                Address = address,
                AreaSqm = total,
                Start = start,
                Months = months,
                SignedOn = start.AddDays(-rng.Between(1, 20)) is var s && s > registration ? s : registration.AddDays(1),
                RentPerSqmDay = rng.Pick(new[] { 0.8m, 1.0m, 1.2m, 1.5m, 1.8m, 2.0m }),
                OriginId = submissionId,
            };
        }

        var workstations = (int)Math.Max(40, Math.Round(pub / rng.Between(5, 9)));
        var staff = Staff(application, district);
        var mentors = Mentors(application, registration);
        var residents = Residents(application, category, registration);
        var events = Events(application, district, spaceName);

        var seed = Target(FieldKeys.SeedFundWan, -1) is var sf && sf > 0 ? sf
            : rng.Pick(new[] { 100m, 120m, 150m, 200m, 300m, 500m, 180m, 250m });
        if (program.Id == "taiyuan-2015-incubator" && sf <= 0) seed = Math.Max(seed, 150m);
        var revenueYuan = rng.Between(40, 900) * 10000m + rng.Between(0, 99) * 100m;
        var costYuan = Math.Round(revenueYuan * (decimal)rng.Between(0.55, 0.95) / 100m) * 100m;
        var parts = Split(costYuan, 6);
        var financials = new Financials(application.Year - 1, revenueYuan, costYuan, parts[0] + parts[1], parts[2],
            parts[3], parts[4], parts[5]);

        var bank = rng.Pick(Pools.Banks);
        return new Applicant
        {
            SubmissionId = submissionId,
            Program = program,
            Category = category,
            HostType = host,
            District = district,
            SpaceName = spaceName,
            OperatorName = operatorName,
            LegalRep = legalRep,
            Manager = rng.Chance(0.5) ? legalRep : NewPerson(application),
            Contact = NewPerson(application),
            Address = address,
            EstablishedOn = established,
            ApplicationDate = application,
            License = license,
            TotalAreaSqm = total,
            PublicAreaSqm = pub,
            ResidentAreaSqm = resident,
            Lease = lease,
            Property = property,
            WorkstationsTotal = (int)Target(FieldKeys.WorkstationsTotal, workstations),
            WorkstationsOpen = (int)Math.Round(workstations * (decimal)rng.Between(0.6, 0.9)),
            Staff = staff,
            Mentors = mentors,
            Residents = residents,
            Events = events,
            MakersCount = rng.Between(60, 260),
            GraduatedCount = rng.Between(2, 12),
            IpCount = rng.Between(8, 90),
            SeedFundWan = seed,
            SeedInvestedWan = Math.Round(seed * (decimal)rng.Between(0.1, 0.6)),
            Deposit = new Deposit
            {
                Bank = bank,
                Branch = $"{cityShort}{rng.Pick(new[] { "分行营业部", "高新支行", "城南支行", "开发区支行", "营业部" })}",
                Holder = operatorName,
                AccountNo = $"{rng.Between(1, 6)}{rng.Digits(18)}",
                AmountYuan = seed * 10000m,
                IssuedOn = application.AddDays(-rng.Between(3, 40)),
            },
            Financials = financials,
            EquipmentWan = Target(FieldKeys.EquipmentValueWan, rng.Between(28, 260)),
            ServedPerYear = (int)Target(FieldKeys.ServedPerYear, rng.Between(34, 80)),
            IncubationCases = (int)Target(FieldKeys.IncubationCases, rng.Between(4, 9)),
            InvestmentCases = (int)Target(FieldKeys.InvestmentCases, rng.Between(3, 7)),
            NewCompaniesPerYear = rng.Between(9, 16),
            FinancedPerYear = rng.Between(4, 8),
            InvestmentManagers = (int)Target(FieldKeys.InvestmentManagers, rng.Between(2, 4) + 1),
            Platform = $"www.{DomainName()}.cn",
            Specialization = category == "specialized" ? rng.Pick(new[] { "新材料", "智能制造", "生物医药", "电子信息", "现代农业" }) : "",
        };
    }

    private decimal Target(FieldKey key, decimal fallback) => targets.TryGetValue(key, out var v) ? v : fallback;

    private Threshold? Limit(FieldKey key, string? category = null) =>
        program.Thresholds.FirstOrDefault(t => t.Field == key && (t.Category is null || t.Category == category));

    private (decimal Total, decimal Public, decimal Resident) Areas(string category, string host)
    {
        var min = Limit(FieldKeys.TotalAreaSqm, category)?.For(host) ?? 300m;
        decimal total = targets.TryGetValue(FieldKeys.TotalAreaSqm, out var t)
            ? t
            : Math.Round(min * (decimal)rng.Between(1.2, 3.0) / 10m) * 10m + rng.Pick(new[] { 0m, 0m, 0.5m, 6m, 3.6m });
        if (program.Incubator)
        {
            var resident = Math.Ceiling(total * (decimal)rng.Between(0.7, 0.8));
            return (total, total - resident, resident);
        }
        decimal pub;
        var ratio = Limit(FieldKeys.PublicAreaSqm)?.Value ?? 0.6m;
        if (targets.TryGetValue(FieldKeys.PublicAreaSqm, out var exact))
        {
            // A planted ratio: total is a round number so ratio × total is exact, then one square metre less to fail.
            total = Math.Round(Math.Max(total, min * 1.2m) / 100m) * 100m;
            pub = ratio * total + exact;
        }
        else pub = Math.Ceiling(total * Math.Min(0.98m, ratio + (decimal)rng.Between(0.02, 0.08)));
        return (total, pub, total - pub);
    }

    private Person NewPerson(DateOnly reference, int minAge = 23, int maxAge = 58)
    {
        var male = rng.Chance(0.55);
        var name = rng.Pick(Pools.Surnames) + rng.Pick(male ? Pools.MaleGiven : Pools.FemaleGiven);
        var birth = reference.AddYears(-rng.Between(minAge, maxAge)).AddDays(-rng.Between(0, 364));
        var place = rng.Pick(Places.Birthplaces);
        var phone = rng.Pick(new[] { "139", "138", "135", "186", "187", "152", "158", "133", "177" }) + rng.Digits(8);
        return new Person(name, male, birth, IdNumber.Generate(rng, place.Code, birth, male), phone);
    }

    private List<StaffMember> Staff(DateOnly application, District district)
    {
        var n = (int)Target(FieldKeys.StaffTotal, program.Incubator ? rng.Between(8, 12) : rng.Between(5, 10));
        var collegeRatio = Limit(FieldKeys.StaffCollegeOrAbove)?.Value ?? 0.5m;
        var college = targets.TryGetValue(FieldKeys.StaffCollegeOrAbove, out var c)
            ? (int)(Math.Ceiling(collegeRatio * n) + c)
            : Math.Min(n, (int)Math.Ceiling(collegeRatio * n) + rng.Between(1, 3));
        var trainedRatio = Limit(FieldKeys.StaffTrained)?.Value;
        var trained = !program.WantsTraining ? 0
            : targets.TryGetValue(FieldKeys.StaffTrained, out var tr) ? (int)(Math.Ceiling(trainedRatio!.Value * n) + tr)
            : Math.Min(n, (int)Math.Ceiling(trainedRatio!.Value * n) + rng.Between(1, 3));
        var fullTime = (int)Target(FieldKeys.StaffFullTime, Math.Max(3, n - rng.Between(0, 2)));
        var list = new List<StaffMember>();
        var names = new HashSet<string>();
        for (var i = 0; i < n; i++)
        {
            Person p;
            do p = NewPerson(application, 22, 50); while (!names.Add(p.Name));
            var level = i < college
                ? rng.PickWeighted((EducationLevel.Bachelor, 5), (EducationLevel.College, 3), (EducationLevel.Master, 2),
                    (EducationLevel.Doctor, 0.3))
                : EducationLevel.Other;
            var school = level == EducationLevel.Other ? null
                : rng.Pick(Places.Schools.Where(s => s.AwardsDegrees == (level != EducationLevel.College)).ToList());
            var studyYears = level switch
            {
                EducationLevel.College => 3, EducationLevel.Bachelor => 4, EducationLevel.Master => 7, EducationLevel.Doctor => 10,
                _ => 0,
            };
            var gradYear = Math.Min(application.Year - 1, p.Birth.Year + 18 + studyYears + rng.Between(0, 2));
            var graduated = new DateOnly(gradYear, rng.Pick(new[] { 6, 6, 6, 7, 1 }), rng.Between(20, 30) is var day && day > 28 ? 28 : day);
            var schooling = rng.PickWeighted(('1', 8), ('5', 2), ('7', 1));
            list.Add(new StaffMember
            {
                Person = p,
                Role = i == 0 ? "总经理" : rng.Pick(Pools.StaffRoles),
                Education = level,
                School = school,
                Major = rng.Pick(Pools.Majors),
                GraduatedOn = graduated,
                SchoolingType = schooling,
                DiplomaNo = school is null ? "" : DiplomaNumber.Generate(rng, school.Code, schooling, graduated.Year, level),
                FullTime = i < fullTime,
                TrainingCertNo = i < trained ? $"FHQ{application.Year - 1}{rng.Digits(5)}" : null,
                TrainedOn = i < trained ? application.AddDays(-rng.Between(60, 500)) : null,
                RosterIdNumber = p.IdNumber,
            });
        }
        // Education and training should not line up with roster order, as in a real roster.
        rng.Shuffle(list);
        return list;
    }

    private List<Mentor> Mentors(DateOnly application, DateOnly registration)
    {
        var min = (int)(Limit(FieldKeys.MentorsCount)?.Value ?? 3);
        var n = (int)Target(FieldKeys.MentorsCount, min + rng.Between(1, 4));
        var list = new List<Mentor>();
        for (var i = 0; i < n; i++)
        {
            var p = NewPerson(application, 30, 62);
            var employer = $"{rng.Pick(Pools.BrandWords)}{rng.Pick(new[] { "投资管理有限公司", "科技股份有限公司", "会计师事务所", "律师事务所", "大学", "创业投资基金" })}";
            var appointed = rng.DateBetween(registration.AddDays(30) < application ? registration.AddDays(30) : registration, application.AddDays(-10));
            list.Add(new Mentor(p, rng.Pick(Pools.MentorTitles), employer, appointed, rng.Pick(new[] { 2, 3, 3, 5 })));
        }
        return list;
    }

    private List<Resident> Residents(DateOnly application, string category, DateOnly registration)
    {
        var min = (int)(Limit(FieldKeys.ResidentCount, category)?.Value ?? 8);
        var n = (int)Target(FieldKeys.ResidentCount, min + rng.Between(2, 8));
        var techRatio = Limit(FieldKeys.ResidentTechCount)?.Value ?? 0.6m;
        var tech = targets.TryGetValue(FieldKeys.ResidentTechCount, out var t)
            ? (int)(Math.Ceiling(techRatio * n) + t)
            : Math.Min(n, (int)Math.Ceiling(techRatio * n) + rng.Between(1, 3));
        var maxStay = (int)(Limit(FieldKeys.MaxResidencyMonths)?.Value ?? 30);
        var pinnedStay = (int)Target(FieldKeys.MaxResidencyMonths, -1);
        var earliest = registration.AddMonths(1) > application.AddMonths(-maxStay + 2) ? registration.AddMonths(1) : application.AddMonths(-maxStay + 2);
        var list = new List<Resident>();
        var names = new HashSet<string>();
        for (var i = 0; i < n; i++)
        {
            string name;
            do name = rng.Pick(Pools.BrandWords) + rng.Pick(Pools.BrandWords) + rng.Pick(Pools.ResidentSuffixes);
            while (!names.Add(name));
            var isTech = i < tech;
            var fields = Pools.ResidentFields.Where(f => f.Tech == isTech).ToList();
            var field = rng.Pick(fields).Field;
            var entry = i == 0 && pinnedStay > 0 ? application.AddMonths(-pinnedStay)
                : rng.DateBetween(earliest, application.AddDays(-20));
            list.Add(new Resident(name, entry, rng.Pick(new[] { 3m, 5m, 10m, 20m, 30m, 50m, 100m, 200m }), field, isTech,
                rng.Pick(Pools.Surnames) + rng.Pick(Pools.MaleGiven.Concat(Pools.FemaleGiven).ToList())));
        }
        rng.Shuffle(list);
        return list.OrderBy(r => r.EntryDate).ToList();
    }

    private List<ActivityEvent> Events(DateOnly application, District district, string spaceName)
    {
        var min = Limit(FieldKeys.EventsPerMonth)?.Value ?? 1m;
        decimal rate;
        int months;
        if (targets.TryGetValue(FieldKeys.EventsPerMonth, out var r))
        {
            rate = r;
            months = 10;
        }
        else
        {
            rate = Math.Max(min + 0.5m, rng.Pick(new[] { 1.5m, 2m, 2.5m, 3m, 3.5m, 4m, 4.5m, 5m }));
            months = rng.Pick(new[] { 12, 14, 16, 18 });
        }
        var count = (int)Math.Round(rate * months);
        // The window ends the month before the application, so every event lies in the year before it.
        var lastMonth = new DateOnly(application.Year, application.Month, 1).AddMonths(-1);
        var firstMonth = lastMonth.AddMonths(-(months - 1));
        var perMonth = new int[months];
        perMonth[0] = 1;
        perMonth[^1] = 1;
        for (var i = 2; i < count; i++) perMonth[rng.Next(0, months)]++;
        if (count == 1) perMonth[^1] = 0;
        var list = new List<ActivityEvent>();
        for (var m = 0; m < months; m++)
        {
            var monthStart = firstMonth.AddMonths(m);
            var days = Enumerable.Range(1, DateTime.DaysInMonth(monthStart.Year, monthStart.Month)).ToList();
            rng.Shuffle(days);
            for (var k = 0; k < perMonth[m]; k++)
            {
                var kind = rng.Pick(Pools.EventKinds);
                var topic = rng.Pick(Pools.EventTopics);
                list.Add(new ActivityEvent(new DateOnly(monthStart.Year, monthStart.Month, days[k % days.Count]),
                    $"{topic}{kind}", kind, rng.Pick(new[] { "路演厅", "一楼多功能厅", "三楼会议室", "共享办公区", "线上直播" }),
                    rng.Between(15, 120)));
            }
        }
        var sorted = list.OrderBy(e => e.Date).ToList();
        if (targets.TryGetValue(FieldKeys.EventsPerYear, out var perYear))
        {
            // Keep exactly the pinned number of events in the twelve months before the application.
            var inYear = sorted.Where(e => e.Date > application.AddMonths(-12)).ToList();
            while (inYear.Count > perYear) { sorted.Remove(inYear[^1]); inYear.RemoveAt(inYear.Count - 1); }
        }
        return sorted;
    }

    private decimal[] Split(decimal total, int parts)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => rng.Between(1, 10)).ToArray();
        var sum = weights.Sum();
        var result = weights.Select(w => Math.Floor(total * w / sum / 100m) * 100m).ToArray();
        result[0] += total - result.Sum();
        return result;
    }

    private static string ProvinceShort(string province) => province switch
    {
        "山西省" => "晋", "河南省" => "豫", "新疆维吾尔自治区" => "新", _ => "晋",
    };

    private string DomainName() =>
        new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(0, 26))).ToArray());
}
