"""A minimal hand-written .docx (WordprocessingML) writer: paragraphs and tables with merges."""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text, size=None, bold=False, font=None, underline=False):
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    if underline:
        rpr += '<w:u w:val="single"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    parts = str(text).split("\n")
    body = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{body}</w:r>"


class Docx:
    def __init__(self, font="宋体", size=12, author="Administrator", title=""):
        self.body = []
        self.font, self.size, self.author, self.title = font, size, author, title

    def p(self, text="", size=None, bold=False, align=None, indent=False, font=None, space_after=None, runs=None):
        ppr = ""
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        if indent:
            ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>'
        if space_after is not None:
            ppr += f'<w:spacing w:after="{space_after}"/>'
        rs = "".join(_run(t, size or self.size, b, font or self.font, u) for t, b, u in runs) if runs \
            else _run(text, size or self.size, bold, font or self.font)
        self.body.append(f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{rs}</w:p>")

    def page_break(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def table(self, rows, widths, size=None, borders=True, bold_cols=(), center=False):
        """rows: list of rows; a cell is a str or a dict {t, span, vmerge ('restart'|'cont'), bold, align}."""
        size = size or self.size - 1.5
        tw = sum(widths)
        b = ''.join(f'<w:{s} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV")) if borders else ""
        jc = '<w:jc w:val="center"/>' if center else ""
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
        x = [f'<w:tbl><w:tblPr><w:tblW w:w="{tw}" w:type="dxa"/>{jc}'
             f'<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/>'
             f'<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
             f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for row in rows:
            x.append("<w:tr>")
            ci = 0
            for j, cell in enumerate(row):
                if not isinstance(cell, dict):
                    cell = {"t": cell}
                span = cell.get("span", 1)
                w = sum(widths[ci:ci + span])
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if cell.get("vmerge") == "restart":
                    tcpr += '<w:vMerge w:val="restart"/>'
                elif cell.get("vmerge") == "cont":
                    tcpr += "<w:vMerge/>"
                tcpr += '<w:vAlign w:val="center"/>'
                bold = cell.get("bold", j in bold_cols)
                al = cell.get("align")
                paras = [""] if cell.get("vmerge") == "cont" else str(cell.get("t", "")).split("\n\n")
                jp = ('<w:pPr><w:jc w:val="%s"/></w:pPr>' % al) if al else ""
                ps = "".join('<w:p>' + jp + _run(pt, cell.get("size", size), bold, self.font) + '</w:p>'
                             for pt in paras)
                x.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{ps}</w:tc>")
                ci += span
            x.append("</w:tr>")
        x.append("</w:tbl>")
        self.body.append("".join(x))
        self.p("", size=6)

    def save(self, path, created="2022-06-01T09:00:00Z"):
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
               + "".join(self.body) +
               '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" '
               'w:bottom="1440" w:left="1247" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
               "</w:body></w:document>")
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                 '</Relationships>')
        styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
                  f'<w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:eastAsia="{self.font}" w:cs="Times New Roman"/>'
                  f'<w:sz w:val="{self.size * 2}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
                  '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
                  '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                  '</w:styles>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>'
                f'<cp:lastModifiedBy>{escape(self.author)}</cp:lastModifiedBy>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
               'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                               ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
                               ("docProps/core.xml", core), ("docProps/app.xml", app)):
                zi = zipfile.ZipInfo(name, (2022, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
