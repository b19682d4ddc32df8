using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Audit;

/// <summary>
/// The operator (as declared, else as licensed) against the license holder, every lessee and every deposit
/// account holder. A name read from a scan that differs only by a misread character is the same name; on a poorly
/// recognised stretch of scan (below the trusted confidence), by a few more.
/// </summary>
public static class NameAudit
{
    public static IEnumerable<Flag> Check(AuditInput input, AuditPolicy policy)
    {
        if (input.OperatorName is not { Value.Text: { } operatorName } op) yield break;
        var holders = new List<(FieldValue Name, string Document, string Role)>();
        foreach (var doc in input.Extraction.Documents.Values)
        {
            if (doc.License?.Name is { Value.Text: not null } license && license != op)
                holders.Add((license, "营业执照", "企业名称"));
            if (doc.Lease?.Lessee is { Value.Text: not null } lessee)
                holders.Add((lessee, "租赁合同", "承租方"));
            if (doc.Bank?.Holder is { Value.Text: not null } account)
                holders.Add((account, "存款证明", "户名"));
        }
        foreach (var (name, document, role) in holders)
        {
            var text = name.Value!.Value.Text!;
            // A label or a clause read where the name belongs says nothing about who the party is.
            if (!OrganisationNames.IsPlausibleParty(text)) continue;
            var poorlyRead = new[] { name, op }.Any(v => input.FromOcr(v) && input.OcrConfidence(v) < policy.TrustedValueConfidence);
            if (OrganisationNames.Compare(operatorName, text, input.FromOcr(name) || input.FromOcr(op), poorlyRead) != NameAgreement.Different) continue;
            yield return new Flag
            {
                Code = FlagCode.NameMismatch,
                Severity = Severity.High,
                Message = $"{document}（{input.FileOf(name.DocumentId)}）{role}为“{text}”，与运营主体“{operatorName}”不一致",
                DocumentIds = name.DocumentId is { } id ? [id] : [],
            };
        }
    }
}
