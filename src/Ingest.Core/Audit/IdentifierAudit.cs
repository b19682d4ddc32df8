using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Audit;

/// <summary>
/// Check characters of credit codes and ID numbers, diploma numbers against their own diploma, and the same
/// certificate number on two people's certificates within the submission. A code typed into a Word file or a
/// text PDF is judged as written; one read only from a scan is judged only when it was read with confidence (or read
/// alike from two documents) and no valid code one character away appears elsewhere in the submission (the same code typed correctly).
/// </summary>
public static class IdentifierAudit
{
    private sealed record Occurrence(FieldValue Value, string Code, string? Holder = null);

    public static IEnumerable<Flag> CreditCodes(AuditInput input, AuditPolicy policy)
    {
        var found = new List<Occurrence>();
        foreach (var doc in input.Extraction.OfType(DocumentType.BusinessLicense))
            if (doc.License?.CreditCode is { Value.Text: { } t } v) found.Add(new(v, IdentifierText.Compact(t)));
        var declared = input.Record.Fields[Fields.FieldKeys.CreditCode]?.Declared;
        if (declared is { Value.Text: { } d })
            found.Add(new(declared, IdentifierText.Compact(d)));
        // The form copies the code from the license: where the license's own code could not be read, the failed code is
        // the license's too as far as anyone can tell, and the reviewer is sent to look at it.
        var unreadLicenses = input.Record.Documents
            .Where(d => d.Type == DocumentType.BusinessLicense
                        && !found.Any(o => o.Value.DocumentId == d.DocumentId))
            .Select(d => d.DocumentId).ToList();
        // A license whose scan reads the form's failing code with one character more misread (「…EUELWG9M」 for the form's
        // 「…EUE1WG9M」) that fails its check as well shows the same code: the flag names the license too.
        var declaredCode = declared?.Value?.Text is { } dc ? IdentifierText.Compact(dc) : null;
        var alikeLicenses = found
            .Where(o => o.Value != declared && declaredCode is not null && o.Code != declaredCode && input.FromOcr(o.Value)
                        && EditDistance.Between(o.Code, declaredCode, 1) <= 1 && CreditCode.Check(o.Code).IsInvalid)
            .Select(o => o.Value.DocumentId).OfType<string>().Distinct().ToList();
        foreach (var flag in Judge(input, policy.TrustedValueConfidence, found, c => CreditCode.Check(c), FlagCode.InvalidCreditCode,
                     (code, check, docs) => $"统一社会信用代码{code}（{docs}）未通过GB 32100-2015校验：{check.Reason}"))
        {
            if (!flag.DocumentIds.Contains(declared?.DocumentId ?? "")) { yield return flag; continue; }
            var withLicenses = flag;
            if (unreadLicenses.Count > 0)
                withLicenses = withLicenses with
                {
                    Message = withLicenses.Message + $"；营业执照（{string.Join("、", unreadLicenses.Select(input.FileOf))}）上的代码未能识别，请对照原件核实",
                    DocumentIds = [.. withLicenses.DocumentIds, .. unreadLicenses],
                };
            var alike = alikeLicenses.Where(d => !withLicenses.DocumentIds.Contains(d)).ToList();
            if (alike.Count > 0)
                withLicenses = withLicenses with
                {
                    Message = withLicenses.Message + $"；营业执照（{string.Join("、", alike.Select(input.FileOf))}）上的代码识别结果仅差一个字符且同样未通过校验，应为同一代码",
                    DocumentIds = [.. withLicenses.DocumentIds, .. alike],
                };
            yield return withLicenses;
        }
    }

    public static IEnumerable<Flag> IdNumbers(AuditInput input, AuditPolicy policy)
    {
        // A diploma's 18-digit number can have the shape of an ID number; it is checked as a certificate, not here.
        var certificates = input.Extraction.Documents.Values
            .SelectMany(d => d.Diplomas.Select(x => x.CertificateNo).Concat(d.Trainings.Select(x => x.CertificateNo)))
            .Select(v => v?.Value?.Text).OfType<string>().Select(IdentifierText.Compact).ToHashSet(StringComparer.Ordinal);
        var found = input.Extraction.Documents.Values
            .SelectMany(d => d.IdNumbers)
            .Where(i => i.Number.Value?.Text is { } n && !certificates.Contains(IdentifierText.Compact(n))
                        && !(i.Name ?? "").Contains("编号", StringComparison.Ordinal) && !(i.Name ?? "").Contains("证书", StringComparison.Ordinal))
            .Select(i => new Occurrence(i.Number, IdentifierText.Compact(i.Number.Value!.Value.Text!), i.Name))
            .ToList();
        var asOf = input.ApplicationDate;
        return Judge(input, policy.TrustedDigitCodeConfidence, found, c => IdNumber.Check(c, asOf), FlagCode.InvalidIdNumber,
            (code, check, docs) => $"身份证号{code}（{docs}）未通过GB 11643-1999校验：{check.Reason}");
    }

    private static IEnumerable<Flag> Judge(AuditInput input, double trusted, List<Occurrence> found,
        Func<string, CodeCheck> check, FlagCode flag, Func<string, CodeCheck, string, string> message)
    {
        var checks = found.Select(o => o.Code).Distinct().ToDictionary(c => c, check);
        var valid = checks.Where(c => c.Value.IsValid).Select(c => c.Key).ToList();
        foreach (var group in found.GroupBy(o => o.Code))
        {
            var result = checks[group.Key];
            if (!result.IsInvalid) continue;
            var typed = group.Any(o => !input.FromOcr(o.Value));
            if (!typed)
            {
                // Only scans say so: a confident read, or the same failing code read from two documents (two scans
                // misread alike into the same 18 characters is beyond chance), and no correct code a misread character away.
                var corroborated = group.Select(o => o.Value.DocumentId).Distinct().Count() >= 2;
                if (!corroborated && group.All(o => (input.CodeConfidence(o.Value, o.Code) ?? 0) < trusted)) continue;
                if (valid.Any(v => EditDistance.Between(v, group.Key, 1) <= 1)) continue;
            }
            var docs = group.Select(o => o.Value.DocumentId).OfType<string>().Distinct().ToList();
            var holders = group.Select(o => o.Holder).OfType<string>().Distinct().ToList();
            var where = string.Join("、", docs.Select(input.FileOf)) + (holders.Count > 0 ? "，" + string.Join("、", holders) : "");
            yield return new Flag
            {
                Code = flag,
                Severity = Severity.High,
                Message = message(group.Key, result, where),
                DocumentIds = docs,
            };
        }
    }

    public static IEnumerable<Flag> DiplomaNumbers(AuditInput input, AuditPolicy policy)
    {
        foreach (var doc in input.Extraction.OfType(DocumentType.Diploma))
            foreach (var diploma in doc.Diplomas)
            {
                if (diploma.CertificateNo is not { Value.Text: { } number } no) continue;
                var year = diploma.GraduationDate?.Value?.Date?.Year;
                // A year or number misread from a poor scan is not a contradiction of the diploma.
                if (input.FromOcr(no) && (input.CodeConfidence(no, IdentifierText.Compact(number)) ?? 0) < policy.TrustedDigitCodeConfidence) continue;
                if (diploma.GraduationDate is { } gd && input.FromOcr(gd) && (input.OcrConfidence(gd) ?? 0) < policy.TrustedValueConfidence
                    && !diploma.YearCorroborated)
                    year = null;
                var check = DiplomaNumber.Check(number, year, diploma.Level);
                if (!check.IsInvalid) continue;
                var holder = diploma.Holder?.Value?.Text;
                yield return new Flag
                {
                    Code = FlagCode.InvalidCertificateNumber,
                    Severity = Severity.High,
                    Message = $"{holder ?? "持证人"}的毕业证书（{input.FileOf(doc.DocumentId)}）编号{check.Code}与证书本身不符：{check.Reason}",
                    DocumentIds = [doc.DocumentId],
                };
            }
    }

    /// <summary>The same diploma or training certificate number on certificates of different people in this submission.</summary>
    public static IEnumerable<Flag> DuplicateCertificates(AuditInput input)
    {
        var certificates = new List<(string Number, string? Holder, string DocumentId, int? Page, string Kind)>();
        foreach (var doc in input.Extraction.Documents.Values)
        {
            foreach (var d in doc.Diplomas)
                if (d.CertificateNo?.Value?.Text is { } n)
                    certificates.Add((IdentifierText.Compact(n), d.Holder?.Value?.Text, doc.DocumentId, d.CertificateNo.Page, "毕业证书"));
            foreach (var t in doc.Trainings)
                if (t.CertificateNo?.Value?.Text is { } n)
                    certificates.Add((IdentifierText.Compact(n), t.Holder?.Value?.Text, doc.DocumentId, t.CertificateNo.Page, "培训证书"));
        }
        foreach (var group in certificates.Where(c => c.Number.Length >= 8).GroupBy(c => (c.Kind, c.Number)))
        {
            var places = group.DistinctBy(c => (c.DocumentId, c.Page)).ToList();
            if (places.Count < 2) continue;
            var holders = places.Select(c => c.Holder).OfType<string>().Select(OrganisationNames.Key).Distinct().ToList();
            // The same person's certificate filed twice is a clerical repeat, not a reuse.
            if (holders.Count < 2) continue;
            yield return new Flag
            {
                Code = FlagCode.DuplicateCertificate,
                Severity = Severity.High,
                Message = $"{group.Key.Kind}编号{group.Key.Number}在本申报材料中出现在不同人员的证书上：" +
                          string.Join("；", places.Select(p => $"{p.Holder ?? "未识别姓名"}（{input.FileOf(p.DocumentId)}）")),
                DocumentIds = places.Select(p => p.DocumentId).Distinct().ToList(),
            };
        }
    }
}
