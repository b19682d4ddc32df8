using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;

namespace ZcIngest.Core.Audit;

/// <summary>Scanned pages whose recognition is too poor to trust: a person should read them.</summary>
public static class OcrQualityAudit
{
    public static IEnumerable<Flag> Check(AuditInput input, AuditPolicy policy)
    {
        foreach (var doc in input.Record.Documents)
        {
            if (doc.Status != DocumentStatus.Ok || !input.ReadsByFile.TryGetValue(doc.File, out var read)) continue;
            var poor = read.Pages
                .Where(p => doc.Pages.Count == 0 || doc.Pages.Contains(p.Number))
                .Where(p => p.Source == PageSource.Ocr && p.OcrConfidence is { } c && c < policy.LowPageConfidence)
                .Where(p => !IsBlank(input, p, policy))
                .ToList();
            if (poor.Count == 0) continue;
            var pages = string.Join("、", poor.Select(p => $"第{p.Number}页（{p.OcrConfidence:0.00}）"));
            yield return new Flag
            {
                Code = FlagCode.LowOcrConfidence,
                Severity = Severity.High,
                Message = $"{doc.File}{pages}识别置信度低于{policy.LowPageConfidence:0.00}，识别结果不可信，请人工核对原件",
                DocumentIds = [doc.DocumentId],
            };
        }
    }

    /// <summary>Nothing read and next to nothing printed: a page left blank but for a seal, not an illegible one.</summary>
    private static bool IsBlank(AuditInput input, Page page, AuditPolicy policy) =>
        !page.Lines.Any(l => l.Words.Any(w => w.Text.Trim().Length > 0)) && input.InkOf(page) is { } ink && ink < policy.BlankPageInk;
}
