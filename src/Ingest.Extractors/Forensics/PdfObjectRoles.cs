namespace ZcIngest.Extractors.Forensics;

/// <summary>What an object is for, as far as telling an edit from a signature or a metadata touch-up goes.</summary>
public enum ObjectRole
{
    /// <summary>Cross-reference and object streams, stream lengths: bookkeeping, no meaning of their own.</summary>
    Structure,
    Catalog,
    PageTree,
    Page,
    /// <summary>A stream without a type: a page's drawing instructions (or something only a page uses).</summary>
    Content,
    Image,
    Font,
    FormXObject,
    /// <summary>A visible markup annotation (text box, stamp, drawing, highlight…).</summary>
    Annotation,
    /// <summary>A form field's widget (filling in a form).</summary>
    Widget,
    AcroForm,
    Signature,
    /// <summary>Long-term validation material added after signing (<c>/DSS</c>, <c>/VRI</c>).</summary>
    SignatureSupport,
    Info,
    Metadata,
    Other,
}

public static class PdfObjectRoles
{
    private static readonly HashSet<string> MarkupAnnotations = new(StringComparer.Ordinal)
    {
        "Text", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly",
        "StrikeOut", "Stamp", "Caret", "Ink", "Redact", "FileAttachment", "Sound",
    };

    private static readonly string[] InfoKeys = ["Producer", "Creator", "CreationDate", "ModDate", "Author", "Title"];

    /// <param name="infoNumbers">Object numbers any trailer names as <c>/Info</c>.</param>
    public static ObjectRole Classify(PdfObjectDef def, ISet<int> infoNumbers)
    {
        if (infoNumbers.Contains(def.Number)) return ObjectRole.Info;
        if (def.Value is PdfNumber or PdfKeyword or PdfRef) return ObjectRole.Structure;
        if (def.Value is not PdfDict d) return ObjectRole.Other;
        var type = d.NameOf("Type");
        var subtype = d.NameOf("Subtype");
        switch (type)
        {
            case "XRef" or "ObjStm": return ObjectRole.Structure;
            case "Catalog": return ObjectRole.Catalog;
            case "Pages": return ObjectRole.PageTree;
            case "Page": return ObjectRole.Page;
            case "Sig" or "DocTimeStamp": return ObjectRole.Signature;
            case "DSS" or "VRI": return ObjectRole.SignatureSupport;
            case "Metadata": return ObjectRole.Metadata;
            case "Font" or "FontDescriptor" or "Encoding" or "CMap": return ObjectRole.Font;
        }
        if (d.Has("ByteRange") && d.Has("Contents") && d.Has("Filter")) return ObjectRole.Signature;
        if (d.NameOf("FT") == "Sig") return ObjectRole.Signature;
        if (subtype == "Widget" || (d.Has("FT") && d.Has("T"))) return ObjectRole.Widget;
        if (subtype is not null && MarkupAnnotations.Contains(subtype) && (type == "Annot" || d.Has("Rect"))) return ObjectRole.Annotation;
        if (type == "Annot") return subtype == "Link" ? ObjectRole.Other : ObjectRole.Annotation;
        if (d.Has("Fields")) return ObjectRole.AcroForm;
        if (subtype == "Image") return ObjectRole.Image;
        if (subtype == "Form") return ObjectRole.FormXObject;
        if (subtype == "XML") return ObjectRole.Metadata;
        if (d.Has("VRI") || d.Has("Certs") && d.Has("OCSPs")) return ObjectRole.SignatureSupport;
        if (def.IsStream)
        {
            if (d.Has("Length1") || d.Has("Length2") || subtype is "Type1C" or "CIDFontType0C" or "OpenType") return ObjectRole.Font;
            if (d.Has("N") && (d.Has("Alternate") || d.Has("Range"))) return ObjectRole.Other; // an ICC profile
            if (type is null && subtype is null && !d.Has("FunctionType") && !d.Has("PatternType") && !d.Has("ShadingType"))
                return ObjectRole.Content;
            return ObjectRole.Other;
        }
        if (type is null && InfoKeys.Count(d.Has) >= 2) return ObjectRole.Info;
        return ObjectRole.Other;
    }
}
