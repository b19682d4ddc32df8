"""Minimal hand-written WordprocessingML (.docx) writer.

Blocks (shared with the PDF / image renderers):
  ("title", text) ("h", text) ("p", text) ("right", text) ("center", text) ("sp",) ("pb",)
  ("table", rows, widths)  rows: list of cells; a cell is str or dict(text=, span=n, vmerge="restart"|"cont", bold=bool)
  ("seal", text)  -- ignored in docx
"""
import zipfile
from xml.sax.saxutils import escape

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""
DOCRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman"/><w:sz w:val="24"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">%sT09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%sT16:40:00Z</dcterms:modified></cp:coreProperties>"""
APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application></Properties>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    out = []
    for i, part in enumerate(text.split("\n")):
        if i:
            out.append("<w:r><w:br/></w:r>")
        out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(part)))
    return "".join(out)


def _para(text, jc=None, bold=False, size=None, before=0):
    ppr = ""
    if jc or before:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:spacing w:before="%d"/>' % before if before else "",
                                      '<w:jc w:val="%s"/>' % jc if jc else "")
    return "<w:p>%s%s</w:p>" % (ppr, _run(text, bold, size))


def _table(rows, widths):
    total = sum(widths)
    tw = 9000
    grid = [int(tw * w / total) for w in widths]
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' % tw]
    x += ['<w:gridCol w:w="%d"/>' % g for g in grid]
    x.append("</w:tblGrid>")
    for row in rows:
        x.append("<w:tr>")
        col = 0
        for cell in row:
            if isinstance(cell, str):
                cell = {"text": cell}
            span = cell.get("span", 1)
            w = sum(grid[col:col + span])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if span > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % span
            vm = cell.get("vmerge")
            if vm == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif vm == "cont":
                tcpr += "<w:vMerge/>"
            tcpr += '<w:vAlign w:val="center"/>'
            text = "" if vm == "cont" else cell.get("text", "")
            x.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, _para(text, cell.get("jc"), cell.get("bold", False))))
            col += span
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def write_docx(path, blocks, title="", author="user", date="2022-06-01", app="Microsoft Office Word", font="宋体"):
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append(_para(b[1], "center", True, 36))
        elif k == "h":
            body.append(_para(b[1], None, True, 28, 120))
        elif k == "p":
            body.append(_para(b[1]))
        elif k == "right":
            body.append(_para(b[1], "right"))
        elif k == "center":
            body.append(_para(b[1], "center"))
        elif k == "sp":
            body.append("<w:p/>")
        elif k == "pb":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif k == "table":
            body.append(_table(b[1], b[2]))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>') % (W, "".join(body))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOCRELS),
                           ("word/document.xml", doc), ("word/styles.xml", STYLES % font),
                           ("docProps/core.xml", CORE % (escape(title), escape(author), escape(author), date, date)),
                           ("docProps/app.xml", APP % app)]:
            zi = zipfile.ZipInfo(name, date_time=(2022, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
