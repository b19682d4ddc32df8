using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ZcIngest.Extractors.Tests.TestSupport;

/// <summary>Writes .docx test inputs from raw WordprocessingML, so each test states exactly the markup it reads.</summary>
public static class DocxBuilder
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "mc:Ignorable=\"w14 wps\"";

    /// <param name="bodyXml">The children of w:body.</param>
    /// <param name="images">Image parts to add, by relationship id (PNG bytes).</param>
    public static void Write(string path, string bodyXml, string? headerXml = null, string? footerXml = null,
        IReadOnlyDictionary<string, byte[]>? images = null)
    {
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var sectRefs = "";
        if (headerXml is not null)
        {
            var header = main.AddNewPart<HeaderPart>("rIdHeader1");
            header.Header = new Header($"<w:hdr {Namespaces}>{headerXml}</w:hdr>");
            sectRefs += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>";
        }
        if (footerXml is not null)
        {
            var footer = main.AddNewPart<FooterPart>("rIdFooter1");
            footer.Footer = new Footer($"<w:ftr {Namespaces}>{footerXml}</w:ftr>");
            sectRefs += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>";
        }
        foreach (var (id, bytes) in images ?? new Dictionary<string, byte[]>())
        {
            var part = main.AddImagePart(ImagePartType.Png, id);
            using var s = new MemoryStream(bytes);
            part.FeedData(s);
        }
        main.Document = new Document(
            $"<w:document {Namespaces}><w:body>{bodyXml}<w:sectPr>{sectRefs}<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
            "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        doc.PackageProperties.Creator = "测试";
        doc.PackageProperties.Title = "众创空间申请表";
    }

    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    public const string PageBreak = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";

    /// <summary>An application-form-like document: title, checkbox lines, a merged-cell table, a text box, a page break.</summary>
    public static string ApplicationFormBody() =>
        P("众创空间备案申请表") +
        "<w:p><w:r><w:t xml:space=\"preserve\">申报类型：</w:t></w:r><w:r><w:sym w:font=\"Wingdings 2\" w:char=\"F052\"/></w:r>" +
        "<w:r><w:t xml:space=\"preserve\">众创空间 </w:t></w:r><w:r><w:sym w:font=\"Wingdings 2\" w:char=\"F0A3\"/></w:r>" +
        "<w:r><w:t>孵化器 </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/><w:default w:val=\"1\"/></w:checkBox></w:ffData></w:fldChar></w:r>" +
        "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>已阅读</w:t></w:r>" +
        "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>删除的文字</w:delText></w:r></w:del></w:p>" +
        "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>" +
        "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>运营主体名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>太原某某科技有限公司</w:t></w:r></w:p></w:tc></w:tr>" +
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>场地面积</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>总面积(m²)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>800</w:t></w:r></w:p></w:tc></w:tr>" +
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>公共服务面积(m²)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>300</w:t></w:r></w:p></w:tc></w:tr>" +
        "</w:tbl>" +
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
        "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
        "<wp:extent cx=\"1000000\" cy=\"500000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的备注</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的备注</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>" +
        "<w:r><w:t>锚定段落</w:t></w:r></w:p>" +
        PageBreak +
        P("第二页：建设运营报告") +
        P("Makerspace operating report 2021年5月14日");
}
