"""Text PDFs with reportlab (embedded WenQuanYi subset), and an incremental-update editor."""
import io
import re
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from .layout import PW, PH, layout
from .render import seal_image

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))


def write_text_pdf(path, blocks, title="", author="", producer=None, creator="Microsoft® Word 2016",
                   rng=None, created="D:20220601093000+08'00'", size=11.0):
    pages = layout(blocks, size=size)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH), invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, sz, s, bold = op
                c.setFont("wqy", sz)
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x, PH - y, s)
                if bold:
                    c.drawString(x + 0.35, PH - y, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, PH - y1, x2, PH - y2)
        for op in ops:
            if op[0] == "seal":
                _, cx, cy, r, text = op
                im = seal_image(text, 300, rng=rng)
                c.drawImage(ImageReader(im), cx - r, PH - cy - r, 2 * r, 2 * r, mask="auto")
        c.showPage()
    c.save()
    data = buf.getvalue()
    # reportlab's invariant mode writes a fixed date; put the real creation date in
    data = data.replace(b"D:20000101000000+00'00'", created.encode())
    with open(path, "wb") as f:
        f.write(data)
    return len(pages)


def _obj(data, n):
    m = re.search(rb"(?:^|\n)%d 0 obj\s*(.*?)\s*endobj" % n, data, re.S)
    return m.group(1)


def incremental_edit(path, page_index, cover_box, new_text, producer, moddate, size=11.0):
    """Append an incremental update: a new content stream on one page (white box + new text over the
    old value), a replaced Info dictionary (Producer of an editing tool, later ModDate), a second xref
    section whose trailer has /Prev pointing at the original one."""
    data = open(path, "rb").read()
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rfind(b"trailer"):]
    size_n = int(re.search(rb"/Size (\d+)", trailer).group(1))
    root = re.search(rb"/Root (\d+) 0 R", trailer).group(1)
    info = int(re.search(rb"/Info (\d+) 0 R", trailer).group(1))
    ids = re.search(rb"/ID\s*\[(.*?)\]", trailer, re.S)
    kids = re.search(rb"/Kids \[([^\]]*)\]", data).group(1)
    page_nums = [int(n) for n in re.findall(rb"(\d+) 0 R", kids)]
    pno = page_nums[page_index]
    pdict = _obj(data, pno)
    cm = re.search(rb"/Contents (\d+) 0 R", pdict)
    fref = int(re.search(rb"/Font (\d+) 0 R", pdict).group(1))
    fdict = _obj(data, fref).rstrip()
    old_info = _obj(data, info)
    new_info = re.sub(rb"/Producer \((.*?)\)", b"/Producer (" + producer.encode() + b")", old_info)
    new_info = re.sub(rb"/ModDate \((.*?)\)", b"/ModDate (" + moddate.encode() + b")", new_info)
    x0, y0, x1, y1 = cover_box
    c_n, f_n = size_n, size_n + 1
    content = ("q 1 1 1 rg %.2f %.2f %.2f %.2f re f Q\n" % (x0, PH - y1, x1 - x0, y1 - y0)).encode()
    content += ("BT /FEd1 %.1f Tf 0 0 0 rg %.2f %.2f Td (%s) Tj ET\n" % (size, x0 + 1, PH - y1 + 3, new_text)).encode()
    objs = [
        (c_n, b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"),
        (f_n, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        (fref, fdict[:-2].rstrip() + b" /FEd1 %d 0 R >>" % f_n),
        (pno, pdict.replace(cm.group(0), b"/Contents [ %s 0 R %d 0 R ]" % (cm.group(1), c_n))),
        (info, new_info),
    ]
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for n, body in objs:
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for n in sorted(offs):
        out += b"%d 1\n%010d 00000 n \n" % (n, offs[n])
    idpart = b" /ID [" + ids.group(1) + b"]" if ids else b""
    out += (b"trailer\n<< /Size %d /Root %s 0 R /Info %d 0 R /Prev %d%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (size_n + 2, root, info, startxref, idpart, xref_at))
    with open(path, "wb") as f:
        f.write(bytes(out))
