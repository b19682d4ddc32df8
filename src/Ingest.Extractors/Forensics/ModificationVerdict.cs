using System.Globalization;
using ZcIngest.Core.Reports;

namespace ZcIngest.Extractors.Forensics;

/// <summary>
/// Turns the facts of a <see cref="PdfForensicReport"/> into the <c>pdf_modified</c> finding and a sentence that says
/// exactly what was seen. High: an update after creation changed what the pages show. Medium: only metadata changed,
/// or the metadata alone says an editing program saved the file later than it was made, or typed text sits on a scan.
/// </summary>
public static class ModificationVerdict
{
    private static readonly TimeSpan DateSlack = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public static PdfModificationFinding? Judge(PdfForensicReport r)
    {
        if (r.Error is not null) return null;
        var edits = r.Updates.Where(u => u.Kind is UpdateKind.Content or UpdateKind.Metadata).ToList();
        var content = edits.Where(u => u.Kind == UpdateKind.Content).ToList();
        var editors = EditorNames(r);
        var (created, modified) = Dates(r);
        var modifiedLater = created is { } c && modified is { } m && m - c > DateSlack;
        // Signing or filling in a form rewrites the metadata with the signing program and a later date: no edit.
        var benignUpdates = r.Updates.Any(u => u.Kind is UpdateKind.Signature or UpdateKind.SignatureSupport or UpdateKind.FormFill);
        var resavedByEditor = editors.Count > 0 && modifiedLater && !benignUpdates;
        var scanLike = PdfTools.Classify(r.OriginalInfo?.Creator ?? r.Info?.Creator) == PdfToolKind.Scanner
                       || PdfTools.Classify(r.OriginalInfo?.Producer ?? r.Info?.Producer) == PdfToolKind.Scanner
                       || edits.Count > 0 || editors.Count > 0;
        var overlays = scanLike ? r.TextOverImages : [];

        Severity severity;
        if (content.Count > 0) severity = Severity.High;
        else if (edits.Count > 0 || resavedByEditor || overlays.Count > 0) severity = Severity.Medium;
        else return null;

        var parts = new List<string>();
        if (edits.Count > 0)
        {
            parts.Add($"文件在生成后被增量修改过 {edits.Count} 次（{r.EofMarkers} 个 %%EOF，{r.XrefTables + r.XrefStreams} 个交叉引用节，"
                      + $"{r.PrevLinks} 个 /Prev 回指{(r.Linearized ? "；线性化文件的首页节已扣除" : "")}）");
            var changed = Changes(edits);
            if (changed.Length > 0) parts.Add("改动内容：" + changed);
            if (edits.Any(e => r.Updates.Any(u => u.Kind == UpdateKind.Signature && u.Revision < e.Revision)))
                parts.Add("其中有修改发生在数字签名之后");
        }
        else if (resavedByEditor)
            parts.Add("未发现增量更新，但元数据显示文件由编辑软件重新保存过");
        if (editors.Count > 0) parts.Add("修改工具：" + string.Join("、", editors));
        var originalTool = OriginalTool(r);
        if (originalTool is not null && !editors.Contains(originalTool)) parts.Add("原生成工具：" + originalTool);
        if (modifiedLater) parts.Add($"修改时间 {Show(modified!.Value)} 晚于创建时间 {Show(created!.Value)}");
        foreach (var o in overlays.Take(3))
            parts.Add($"第 {o.Page} 页整页扫描图像（覆盖 {o.ImageCoverage:P0}）上叠加了 {o.Characters} 个可见文字字符"
                      + (o.Sample.Length > 0 ? $"（“{o.Sample}”）" : ""));
        var signatures = r.Updates.Count(u => u.Kind == UpdateKind.Signature);
        if (signatures > 0) parts.Add($"另有 {signatures} 次数字签名更新，不计为修改");
        var formFills = r.Updates.Count(u => u.Kind == UpdateKind.FormFill);
        if (formFills > 0) parts.Add($"另有 {formFills} 次表单填写更新，不计为修改");

        var pages = edits.SelectMany(e => e.Pages).Concat(overlays.Select(o => o.Page)).Distinct().Order().ToList();
        return new PdfModificationFinding(severity, string.Join("；", parts), pages);
    }

    /// <summary>The editing programs the file names anywhere: its metadata, its updates' metadata, the XMP history.</summary>
    private static List<string> EditorNames(PdfForensicReport r)
    {
        IEnumerable<string?> names =
        [
            r.Info?.Producer, r.Info?.Creator, r.Xmp?.Producer, r.Xmp?.CreatorTool,
            .. r.Updates.Select(u => u.Tool), .. r.Xmp?.HistoryAgents ?? [],
        ];
        return names.OfType<string>().Where(PdfTools.IsEditor).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? OriginalTool(PdfForensicReport r)
    {
        var info = r.OriginalInfo ?? r.Info;
        if (info is null) return null;
        var tools = new[] { info.Creator, info.Producer }.OfType<string>().Where(t => !PdfTools.IsEditor(t)).Distinct().ToList();
        return tools.Count == 0 ? null : string.Join(" / ", tools);
    }

    private static (DateTimeOffset? Created, DateTimeOffset? Modified) Dates(PdfForensicReport r)
    {
        var created = r.OriginalInfo?.CreationDate ?? r.Info?.CreationDate ?? r.Xmp?.CreateDate;
        var modified = new[] { r.Info?.ModDate, r.Xmp?.ModifyDate }.Concat(r.Updates.Select(u => u.ModDate))
            .OfType<DateTimeOffset>().DefaultIfEmpty().Max();
        return (created, modified == default ? null : modified);
    }

    private static string Changes(List<PdfUpdate> edits)
    {
        var words = new List<string>();
        var roles = edits.SelectMany(e => e.Roles).ToHashSet();
        var unplaced = edits.Sum(e => e.UnplacedStreams);
        var placedContent = edits.Any(e => e.Roles.Contains(ObjectRole.Content) && e.Pages.Count > 0);
        if (roles.Contains(ObjectRole.Page) || placedContent) words.Add("页面内容");
        if (roles.Contains(ObjectRole.Image)) words.Add("图像");
        if (roles.Contains(ObjectRole.Font)) words.Add("字体");
        if (roles.Contains(ObjectRole.FormXObject)) words.Add("图形对象");
        if (roles.Contains(ObjectRole.Annotation)) words.Add("注释/批注");
        if (roles.Contains(ObjectRole.PageTree)) words.Add("页面结构");
        if (edits.Any(e => e.FreedObjects > 0)) words.Add($"删除对象 {edits.Sum(e => e.FreedObjects)} 个");
        if (roles.Contains(ObjectRole.Other)) words.Add("其他对象");
        if (roles.Contains(ObjectRole.Info) || roles.Contains(ObjectRole.Metadata)) words.Add("文档元数据");
        if (unplaced > 0) words.Add($"新增 {unplaced} 个未被任何页面引用的内容流");
        var pages = edits.SelectMany(e => e.Pages).Distinct().Order().ToList();
        var where = pages.Count > 0 ? "第 " + string.Join("、", pages.Take(10).Select(p => p.ToString(CultureInfo.InvariantCulture))) + " 页的" : "";
        return words.Count == 0 ? "" : where + string.Join("、", words);
    }

    private static string Show(DateTimeOffset d) => d.ToOffset(ChinaTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
