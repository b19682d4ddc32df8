using ZcIngest.Core.Reports;

namespace ZcIngest.Extractors.Forensics;

/// <summary>
/// Reads a PDF's bytes for signs that it was changed after it was made: incremental updates (and what they
/// changed), the programs named in its metadata, its dates, and typed text laid over a scanned page. A
/// linearized file's first-page section, digital signatures and form filling are reported as what they are,
/// not as edits. Never throws for a bad file: the report then carries an <see cref="PdfForensicReport.Error"/>.
/// </summary>
public static class PdfForensics
{
    public const long DefaultMaxBytes = 256L << 20;

    /// <summary>An update this close to the creation time, by the creating program, is part of making the file.</summary>
    private static readonly TimeSpan CreationSlack = TimeSpan.FromMinutes(2);

    public static PdfForensicReport Analyze(string path, long maxBytes = DefaultMaxBytes)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
            if (length > maxBytes) return new PdfForensicReport { FileBytes = length, Error = $"文件过大（{length >> 20} MB），未做结构检查" };
            return Analyze(File.ReadAllBytes(path));
        }
        catch (IOException e)
        {
            return new PdfForensicReport { Error = "无法读取文件：" + e.Message };
        }
        catch (UnauthorizedAccessException e)
        {
            return new PdfForensicReport { Error = "无法读取文件：" + e.Message };
        }
    }

    public static PdfForensicReport Analyze(byte[] data)
    {
        var head = data.AsSpan(0, Math.Min(1024, data.Length));
        if (head.IndexOf("%PDF-"u8) < 0) return new PdfForensicReport { FileBytes = data.Length, Error = "不是 PDF 文件" };
        try
        {
            return AnalyzeStructure(data);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException
                                      or OverflowException or FormatException or InvalidDataException)
        {
            // The parsers are bounded and tolerant; a file that still trips them is reported, not thrown.
            return new PdfForensicReport { FileBytes = data.Length, Error = "文件结构无法解析：" + e.GetType().Name };
        }
    }

    private static PdfForensicReport AnalyzeStructure(byte[] data)
    {
        var s = PdfStructureScanner.Scan(data);
        if (s.Incomplete)
            return new PdfForensicReport { FileBytes = data.Length, EofMarkers = s.EofMarkers, Error = "文件结构过于复杂，结构检查未完成" };
        var revisions = s.Revisions;
        // A linearized file's first-page cross-reference section closes with its own %%EOF: same revision.
        var original = s.Linearized && revisions.Count >= 2 ? 2 : 1;
        var infoNumbers = revisions.Select(r => r.Trailer?.RefOf("Info")?.Number).OfType<int>().ToHashSet();
        var pages = PageMap.Build(s);
        var encrypted = s.Encrypted;

        var info = encrypted ? null : InfoOf(s, s.ResolveDict(LastTrailerValue(s, "Info")));
        var firstInfo = encrypted ? null : revisions.Take(original)
            .SelectMany(r => r.Objects).LastOrDefault(o => infoNumbers.Contains(o.Number))?.Dict;
        var originalInfo = firstInfo is null ? null : InfoOf(s, firstInfo);

        var updates = new List<PdfUpdate>();
        foreach (var r in revisions.Skip(original))
        {
            var roles = r.Objects.Select(o => PdfObjectRoles.Classify(o, infoNumbers)).ToList();
            // An object stream that could not be opened hides what it holds: count it as an unknown change.
            if (r.Objects.Any(o => o.Dict?.NameOf("Type") == "ObjStm" && r.Objects.All(c => c.Container != o.Number)))
                roles.Add(ObjectRole.Other);
            var unplaced = r.Objects.Where((o, i) => i < roles.Count && roles[i] == ObjectRole.Content && pages.PageOf(o.Number) is null).Count();
            var updateInfo = r.Objects.LastOrDefault(o => infoNumbers.Contains(o.Number))?.Dict;
            var facts = updateInfo is null || encrypted ? null : InfoOf(s, updateInfo);
            var tool = facts?.Producer ?? facts?.Creator;
            var kind = KindOf(roles.Where(x => x != ObjectRole.Structure).ToHashSet(), r.FreedObjects);
            if (kind is UpdateKind.Content or UpdateKind.Metadata && IsAtCreation(facts, originalInfo ?? info, tool))
                kind = UpdateKind.AtCreation;
            var touched = r.Objects.Select(o => pages.PageOf(o.Number)).OfType<int>().Distinct().Order().ToList();
            updates.Add(new PdfUpdate(r.Index, kind, roles.Distinct().ToList(), touched, r.Objects.Count, r.FreedObjects, r.Xref,
                tool, facts?.ModDate, unplaced));
        }

        var xmp = encrypted ? null : XmpOf(s);
        var report = new PdfForensicReport
        {
            FileBytes = data.Length,
            EofMarkers = s.EofMarkers,
            Revisions = revisions.Count - (original - 1),
            XrefTables = revisions.Count(r => r.Xref == XrefKind.Table),
            XrefStreams = revisions.Count(r => r.Xref == XrefKind.Stream),
            PrevLinks = revisions.Count(r => r.Prev is not null),
            Linearized = s.Linearized,
            Encrypted = encrypted,
            Info = info,
            OriginalInfo = originalInfo != info ? originalInfo : null,
            Xmp = xmp,
            Updates = updates,
            TextOverImages = encrypted ? [] : PageLayers.FindTextOverImages(s, pages),
        };
        report.Finding = ModificationVerdict.Judge(report);
        return report;
    }

    private static UpdateKind KindOf(HashSet<ObjectRole> roles, int freed)
    {
        if (roles.Count == 0) return freed > 0 ? UpdateKind.Content : UpdateKind.Empty;
        if (roles.Contains(ObjectRole.Signature)) return UpdateKind.Signature;
        ObjectRole[] drawn = [ObjectRole.Page, ObjectRole.Annotation, ObjectRole.Image, ObjectRole.Font, ObjectRole.FormXObject];
        if (roles.Contains(ObjectRole.SignatureSupport) && !roles.Overlaps(drawn)) return UpdateKind.SignatureSupport;
        ObjectRole[] formFill = [ObjectRole.Widget, ObjectRole.AcroForm, ObjectRole.FormXObject, ObjectRole.Font, ObjectRole.Page,
            ObjectRole.Catalog, ObjectRole.Info, ObjectRole.Metadata, ObjectRole.Other];
        if (roles.Overlaps([ObjectRole.Widget, ObjectRole.AcroForm]) && roles.IsSubsetOf(formFill)) return UpdateKind.FormFill;
        if (roles.IsSubsetOf([ObjectRole.Info, ObjectRole.Metadata, ObjectRole.Catalog]) && freed == 0) return UpdateKind.Metadata;
        return UpdateKind.Content;
    }

    private static bool IsAtCreation(PdfInfoFacts? update, PdfInfoFacts? original, string? tool)
    {
        if (update?.ModDate is not { } modified || (update.CreationDate ?? original?.CreationDate) is not { } created) return false;
        if (PdfTools.IsEditor(tool) || modified - created > CreationSlack) return false;
        var originalTool = original?.Producer ?? original?.Creator;
        return tool is null || originalTool is null || string.Equals(tool, originalTool, StringComparison.Ordinal);
    }

    private static PdfValue? LastTrailerValue(PdfStructure s, string key) =>
        s.Revisions.Select(r => r.Trailer?[key]).LastOrDefault(v => v is not null);

    private static PdfInfoFacts? InfoOf(PdfStructure s, PdfDict? dict)
    {
        if (dict is null) return null;
        string? Text(string key) => PdfText.Decode(s.Resolve(dict[key])) is { Length: > 0 } t ? t : null;
        return new PdfInfoFacts(Text("Producer"), Text("Creator"), PdfText.ParseDate(Text("CreationDate")), PdfText.ParseDate(Text("ModDate")));
    }

    private static XmpFacts? XmpOf(PdfStructure s)
    {
        var root = s.ResolveDict(LastTrailerValue(s, "Root"));
        var def = root?.RefOf("Metadata") is { } r && s.Latest.TryGetValue(r.Number, out var m) ? m : null;
        def ??= s.Latest.Values.LastOrDefault(o => o.IsStream && o.Dict?.NameOf("Type") == "Metadata" && o.Dict.NameOf("Subtype") == "XML");
        return def is null || s.StreamData(def, 4 << 20) is not { } packet ? null : XmpFacts.Parse(packet);
    }
}
