"""PDF output: text-layer PDFs (reportlab + embedded WenQuanYi subset), image-only PDFs, incremental updates."""
import io
import re
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.utils import ImageReader
from reportlab import rl_config

rl_config.invariant = 1          # reproducible output (fixed dates/ids)
pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))

ST = {
    "h1": ParagraphStyle("h1", fontName="ZH", fontSize=18, leading=26, alignment=1, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="ZH", fontSize=13.5, leading=20, spaceBefore=8, spaceAfter=4),
    "p": ParagraphStyle("p", fontName="ZH", fontSize=11, leading=19, firstLineIndent=22, wordWrap="CJK"),
    "c": ParagraphStyle("c", fontName="ZH", fontSize=11, leading=18, alignment=1),
    "r": ParagraphStyle("r", fontName="ZH", fontSize=11, leading=18, alignment=2),
    "cell": ParagraphStyle("cell", fontName="ZH", fontSize=9.5, leading=13, wordWrap="CJK"),
}


def text_pdf(path, blocks, title="", author="", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"):
    """blocks: ('h1'|'h2'|'p'|'c'|'r', text) | ('table', rows, widths_mm) | ('break',) | ('space', mm)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title=title, author=author, creator=creator, producer=producer)
    story = []
    for b in blocks:
        k = b[0]
        if k in ST:
            story.append(Paragraph(b[1].replace("&", "&amp;").replace("<", "&lt;"), ST[k]))
        elif k == "table":
            rows = [[Paragraph(str(c), ST["cell"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=[w * mm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        elif k == "break":
            story.append(PageBreak())
        elif k == "space":
            story.append(Spacer(1, b[1] * mm))

    def onpage(c, d):
        c.setFont("ZH", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"- {d.page} -")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    data = buf.getvalue()
    open(path, "wb").write(data)
    return count_pages(data)


def image_pdf(path, jpegs, producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", title=""):
    """One page per JPEG (passed through as DCT streams), page size from the JPEG's pixels and dpi."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setProducer(producer)
    c.setCreator(creator)
    c.setTitle(title)
    for j in jpegs:
        im = Image.open(io.BytesIO(j))
        dpi = im.info.get("dpi", (200, 200))[0] or 200
        w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, w, h)
        c.showPage()
    c.save()
    data = buf.getvalue()
    open(path, "wb").write(data)
    return len(jpegs)


def count_pages(data):
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def incremental_update(path, producer="Adobe Acrobat Pro DC 21.1.20155", moddate="D:20220615101530+08'00'",
                       creation="D:20220601090000+08'00'", extra_text=None):
    """Append an incremental update: a new Info dictionary (editing tool as Producer, later ModDate) and,
    optionally, a new content stream on page 1 (a white box with new text drawn over the page), with an xref
    section whose trailer points back with /Prev."""
    data = open(path, "rb").read()
    sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rfind(b"trailer"):]
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer).group(1)
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    objs = []
    n = size
    info_num = n
    n += 1
    info = (f"<< /Producer ({producer}) /Creator (Adobe Acrobat Pro DC) /CreationDate ({creation}) "
            f"/ModDate ({moddate}) >>").encode()
    objs.append((info_num, info))
    if extra_text is not None:
        # find page 1 object and rewrite it with an extra content stream appended
        m = re.search(rb"(\d+) 0 obj\s*<<((?:(?!endobj).)*?/Type /Page[^s](?:(?!endobj).)*?)>>\s*endobj", data, re.S)
        pnum = int(m.group(1))
        body = m.group(2)
        cm = re.search(rb"/Contents\s+(\d+\s+\d+\s+R|\[[^\]]*\])", body)
        old = cm.group(1)
        old_list = old[1:-1].strip() if old.startswith(b"[") else old
        snum = n
        n += 1
        x, y, w, h = extra_text["box"]
        stream = f"q 1 1 1 rg {x} {y} {w} {h} re f Q".encode()
        objs.append((snum, b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
        newbody = body.replace(cm.group(0), b"/Contents [" + old_list + b" %d 0 R]" % snum)
        objs.append((pnum, b"<<" + newbody + b">>"))
    offsets = {}
    for num, body in objs:
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    out += (b"trailer\n<< /Size %d /Root " % n) + root + (b" /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
                                                           % (info_num, sx, xref_at))
    open(path, "wb").write(bytes(out))
