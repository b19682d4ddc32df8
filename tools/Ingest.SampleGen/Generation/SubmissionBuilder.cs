using System.Security.Cryptography;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Defects;
using ZcIngest.SampleGen.Documents;
using ZcIngest.SampleGen.Hostile;
using ZcIngest.SampleGen.Model;
using ZcIngest.SampleGen.Truth;
using ZcIngest.SampleGen.Writers;

namespace ZcIngest.SampleGen.Generation;

/// <summary>Renders one planned submission into files, packs it as a folder, a zip or a bound volume, and writes its truth.</summary>
public sealed class SubmissionBuilder(string outDir, string workDir, Rng corpusRng)
{
    private readonly FileMaker _files = new(Directory.CreateDirectory(workDir).FullName);

    public SubmissionTruth Build(SubmissionPlan plan)
    {
        var a = plan.Applicant;
        var rng = plan.Rng.Derive("render");
        var marks = plan.Planter.Marks;
        var ctx = new RenderContext(a, plan.Claims, rng.Derive("content"), marks.RosterShowsIds);
        var docs = Render(ctx, marks, rng);
        var files = plan.Packaging == Packaging.Bundle ? Bundle(plan, docs, rng) : Separate(plan, docs, rng);
        if (plan.Packaging is Packaging.Hostile) files.AddRange(HostileExtras(files, rng));

        var truth = TruthBuilder.Build(plan, files);
        Write(plan, files, truth);
        return truth;
    }

    private static List<RenderedDocument> Render(RenderContext ctx, DocumentMarks marks, Rng rng)
    {
        var a = ctx.Applicant;
        var docs = new List<RenderedDocument>();
        void Add(DocumentType type, Func<RenderedDocument> make)
        {
            if (!marks.Omitted.Contains(type)) docs.Add(make());
        }
        var layout = rng.PickWeighted((FormLayout.Grid4, 4), (FormLayout.Table2, 3), (FormLayout.Paragraphs, 2));
        Add(DocumentType.ApplicationForm, () => new ApplicationFormRenderer().Render(ctx, layout));
        Add(DocumentType.OperatingReport, () => new OperatingReportRenderer().Render(ctx));
        Add(DocumentType.BusinessLicense, () => new BusinessLicenseRenderer().Render(ctx));
        if (a.Lease is not null) Add(DocumentType.LeaseContract, () => new LeaseContractRenderer().Render(ctx));
        if (a.Property is not null) Add(DocumentType.PropertyCertificate, () => new PropertyCertificateRenderer().Render(ctx));
        Add(DocumentType.StaffRoster, () => new StaffRosterRenderer().Render(ctx));
        foreach (var s in a.Staff.Where(s => s.School is not null && s.DiplomaSubmitted))
            Add(DocumentType.Diploma, () => new DiplomaRenderer().Render(ctx, s));
        foreach (var s in a.Staff.Where(s => s.TrainingCertNo is not null))
            Add(DocumentType.TrainingCertificate, () => new TrainingCertificateRenderer().Render(ctx, s));
        foreach (var m in a.Mentors) Add(DocumentType.MentorLetter, () => new MentorLetterRenderer().Render(ctx, m));
        Add(DocumentType.BankDepositProof, () => new BankDepositProofRenderer().Render(ctx));
        Add(DocumentType.ResidentList, () => new ResidentListRenderer().Render(ctx));
        Add(DocumentType.ActivityRecord, () => new ActivityRecordRenderer().Render(ctx));
        Add(DocumentType.FinancialStatement, () => new FinancialStatementRenderer().Render(ctx));
        return docs;
    }

    private List<OutputFile> Separate(SubmissionPlan plan, List<RenderedDocument> docs, Rng rng)
    {
        var marks = plan.Planter.Marks;
        var small = ScanProfile.Random(rng, small: true);
        var files = new List<OutputFile>();
        var number = 0;
        string Name(string stem, string ext) => $"{++number:00}-{stem.TrimStart("0123456789-".ToCharArray())}.{ext}";
        DateTime Edited(RenderedDocument d) => d.Content.CreatedAt.AddDays(rng.Between(20, 90)).AddHours(rng.Between(1, 8));

        foreach (var group in docs.GroupBy(d => d.Type))
        {
            var type = group.Key;
            var list = group.ToList();
            var first = list[0];
            var poor = marks.PoorScan == type;
            var modified = marks.Modified.Contains(type);
            switch (type)
            {
                case DocumentType.Diploma:
                    if (rng.Chance(0.5))
                        files.Add(_files.ScanPdf(list, Name("学历证书", "pdf"), corpusRng.Derive("diplomas"), small));
                    else
                        foreach (var d in list)
                            files.Add(_files.Jpeg(d, Name(d.Name, "jpg"), corpusRng.Derive(d.Key), small));
                    break;
                case DocumentType.TrainingCertificate:
                    files.Add(_files.ScanPdf(list, Name("培训证书", "pdf"), rng.Derive("training"), small));
                    break;
                case DocumentType.MentorLetter:
                    if (rng.Chance(0.6)) files.Add(_files.TextPdf(list, Name("创业导师聘书", "pdf"), rng.Derive("mentors")));
                    else files.Add(_files.ScanPdf(list, Name("创业导师聘书", "pdf"), rng.Derive("mentors"), small));
                    break;
                case DocumentType.LeaseContract:
                {
                    // A copied lease must be the very same file as its original: name, format and bytes follow the lease.
                    var leaseRng = corpusRng.Derive("lease-file:" + plan.Applicant.Lease!.OriginId);
                    var leaseName = Name(first.Name, "pdf");
                    if (modified) files.Add(_files.TextPdf(list, leaseName, leaseRng, Edited(first)));
                    else if (leaseRng.Chance(0.4)) files.Add(_files.TextPdf(list, leaseName, leaseRng));
                    else files.Add(_files.ScanPdf(list, leaseName, leaseRng, ScanProfile.Random(leaseRng, small: true)));
                    break;
                }
                case DocumentType.ApplicationForm:
                case DocumentType.OperatingReport:
                case DocumentType.StaffRoster:
                case DocumentType.ResidentList:
                case DocumentType.ActivityRecord:
                {
                    var roll = rng.NextDouble();
                    if (type == DocumentType.ApplicationForm && roll > 0.8 || type == DocumentType.StaffRoster && roll > 0.85)
                        files.Add(_files.ScanPdf(list, Name(first.Name, "pdf"), rng.Derive(first.Key), small));
                    else if (roll < 0.5) files.Add(_files.Docx(first, Name(first.Name, "docx")));
                    else files.Add(_files.TextPdf(list, Name(first.Name, "pdf"), rng.Derive(first.Key)));
                    break;
                }
                default:
                {
                    // Licence, property certificate, bank proof, financial statement: mostly scans of paper.
                    if (modified) files.Add(_files.TextPdf(list, Name(first.Name, "pdf"), rng.Derive(first.Key), Edited(first)));
                    else if (!poor && type is DocumentType.BankDepositProof or DocumentType.FinancialStatement && rng.Chance(0.4))
                        files.Add(_files.TextPdf(list, Name(first.Name, "pdf"), rng.Derive(first.Key)));
                    else if (type is DocumentType.BusinessLicense or DocumentType.PropertyCertificate && rng.Chance(0.5))
                        files.Add(_files.Jpeg(first, Name(first.Name, "jpg"), rng.Derive(first.Key), small, poor));
                    else
                        files.Add(_files.ScanPdf(list, Name(first.Name, "pdf"), rng.Derive(first.Key), small,
                            poor ? _ => new HashSet<int> { 1 } : null));
                    break;
                }
            }
        }
        return files;
    }

    /// <summary>The whole submission printed, bound and scanned as one PDF, in the order of 二、申报材料.</summary>
    private List<OutputFile> Bundle(SubmissionPlan plan, List<RenderedDocument> docs, Rng rng)
    {
        var profile = ScanProfile.Random(rng, small: true) with { UpsideDownChance = 0.05 };
        var poorType = plan.Planter.Marks.PoorScan;
        var file = _files.ScanPdf(docs, "申报材料（装订本）.pdf", rng.Derive("bundle"), profile,
            d => d.Type == poorType ? new HashSet<int> { 1 } : null, bundle: true);
        return [file];
    }

    private IEnumerable<OutputFile> HostileExtras(List<OutputFile> good, Rng rng)
    {
        var pdf = good.First(f => f.Truth.Format == "pdf").Bytes;
        var dir = Path.Combine(workDir, "hostile-" + rng.Next(0, int.MaxValue).ToString("x8"));
        Directory.CreateDirectory(dir);
        byte[] encrypted;
        try
        {
            var input = Path.Combine(dir, "in.pdf");
            var output = Path.Combine(dir, "out.pdf");
            File.WriteAllBytes(input, pdf);
            // RC4-128 with qpdf's static id: the key follows from password and id, so the bytes are reproducible.
            ExternalTool.Run("qpdf", "--static-id", "--allow-weak-crypto", "--encrypt", "zc2022", "owner2022", "128",
                "--use-aes=n", "--", input, output);
            encrypted = File.ReadAllBytes(output);
        }
        finally { Directory.Delete(dir, true); }

        OutputFile Bad(string name, byte[] bytes, string format, string kind, string? error) =>
            new(name, bytes, new FileTruth { File = name, Format = format, Rendering = "hostile", Status = "error", ExpectedError = error, HostileKind = kind }, []);
        return
        [
            Bad("90-加密-存款证明.pdf", encrypted, "pdf", "encrypted_pdf", "encrypted PDF"),
            Bad("91-财务报表（不完整）.pdf", HostileFiles.Truncated(pdf), "pdf", "truncated_pdf", "damaged PDF"),
            Bad("92-补充材料.pdf", [], "pdf", "empty_file", "file is empty"),
            Bad("93-活动照片.pdf", HostileFiles.Executable(), "pdf", "executable", "not a document: executable"),
            Bad("94-补充说明.docx", HostileFiles.NotAZipDocx(), "docx", "docx_not_zip", null),
            Bad("95-场地照片.png", HostileFiles.PixelFlood(), "png", "pixel_flood", null),
        ];
    }

    private void Write(SubmissionPlan plan, List<OutputFile> files, SubmissionTruth truth)
    {
        foreach (var f in files) f.Truth.Sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Bytes));
        var json = IngestJson.Serialize(truth) + "\n";
        var zipped = plan.Packaging is Packaging.Zip or Packaging.HostileZip;
        if (zipped)
        {
            var entries = files.Select(f => (f.Name, f.Bytes)).ToList();
            if (plan.Packaging == Packaging.HostileZip)
                entries.Insert(1, ("../../说明.txt", System.Text.Encoding.UTF8.GetBytes("本条目路径指向压缩包之外，解压时不得写出目标目录。\n")));
            File.WriteAllBytes(Path.Combine(outDir, plan.Id + ".zip"), DeterministicZip.Create(entries));
            File.WriteAllText(Path.Combine(outDir, plan.Id + ".truth.json"), json);
            return;
        }
        var dir = Path.Combine(outDir, plan.Id);
        Directory.CreateDirectory(dir);
        foreach (var f in files) File.WriteAllBytes(Path.Combine(dir, f.Name), f.Bytes);
        File.WriteAllText(Path.Combine(dir, "truth.json"), json);
    }
}
