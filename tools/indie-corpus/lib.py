# Rendering helpers for the independent corpus: a minimal .docx writer, a PIL page renderer and scan degradation.
import io, math, random, zipfile, datetime as dt
from xml.sax.saxutils import escape
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

FONT_FILES = {
    'sans': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 2),
    'sansb': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 2),
    'serif': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 2),
    'serifb': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 2),
    'wqy': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
    'wqyb': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
}
_fcache = {}


def font(name, px):
    k = (name, int(px))
    if k not in _fcache:
        f, idx = FONT_FILES[name]
        try:
            _fcache[k] = ImageFont.truetype(f, int(px), index=idx)
        except OSError:
            _fcache[k] = ImageFont.truetype(f, int(px), index=0)
    return _fcache[k]

# ---------------------------------------------------------------- check characters
CC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def cc_check(s17):
    t = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
    v = 31 - t % 31
    return CC_CHARS[0 if v == 31 else v]


def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    t = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(s8, w))
    v = 11 - t % 11
    return 'X' if v == 10 else ('0' if v == 11 else str(v))


def make_credit_code(rnd, region):
    alnum = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    org8 = ''.join(rnd.choice('0123456789') for _ in range(2)) + ''.join(rnd.choice(alnum[:10] + 'ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
    org = org8 + org_check(org8)
    s17 = '91' + region + org
    return s17 + cc_check(s17)


def cc_valid(code):
    return len(code) == 18 and all(c in CC_CHARS for c in code) and cc_check(code[:17]) == code[17]


def break_cc(code):
    good = code[17]
    bad = CC_CHARS[(CC_CHARS.index(good) + 7) % 31]
    return code[:17] + bad


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(rnd, region6, birth, male):
    seq = rnd.randint(10, 99)
    g = rnd.choice([1, 3, 5, 7, 9]) if male else rnd.choice([0, 2, 4, 6, 8])
    s17 = region6 + birth.strftime('%Y%m%d') + '%02d%d' % (seq, g)
    return s17 + '10X98765432'[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]

# ---------------------------------------------------------------- number / date formats
CN_DIG = '〇一二三四五六七八九'


def cn_num_small(n):  # 1..31
    if n < 10: return '一二三四五六七八九'[n - 1]
    if n == 10: return '十'
    if n < 20: return '十' + '一二三四五六七八九'[n - 11]
    t, u = divmod(n, 10)
    return '一二三四五六七八九'[t - 1] + '十' + ('' if u == 0 else '一二三四五六七八九'[u - 1])


def fmt_date(d, style):
    if style == 'cn': return f'{d.year}年{d.month}月{d.day}日'
    if style == 'cn0': return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if style == 'dot': return f'{d.year}.{d.month}.{d.day}'
    if style == 'dash': return d.isoformat()
    if style == 'slash': return f'{d.year}/{d.month:02d}/{d.day:02d}'
    if style == 'upper':
        return ''.join(CN_DIG[int(c)] for c in str(d.year)) + '年' + cn_num_small(d.month) + '月' + cn_num_small(d.day) + '日'
    raise ValueError(style)


DX = '零壹贰叁肆伍陆柒捌玖'


def daxie(yuan):
    """Chinese upper-case amount for a yuan value (up to 9999亿, fen precision)."""
    fen = int(round(yuan * 100))
    y, f = divmod(fen, 100)
    units = ['', '拾', '佰', '仟']

    def four(n):
        s, zero = '', False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = True
            else:
                if zero and s: s += '零'
                s += DX[d] + units[i]; zero = False
        return s
    parts = []
    yi, rest = divmod(y, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ''
    if yi: out += four(yi) + '亿'
    if wan:
        if out and wan < 1000: out += '零'
        out += four(wan) + '万'
    elif out and ge: out += '零'
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith('零'): out += '零'
        out += four(ge)
    if not out: out = '零'
    out += '元'
    j, fe = divmod(f, 10)
    if f == 0:
        out += '整'
    else:
        if j: out += DX[j] + '角'
        elif fe: out += '零'
        if fe: out += DX[fe] + '分'
    return out


def money_num(yuan):
    return f'{yuan:,.2f}'


def num_str(x):
    if isinstance(x, float) and x.is_integer(): x = int(x)
    return str(x)


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))


def months_between(d1, d2):
    m = (d2.year - d1.year) * 12 + d2.month - d1.month
    if d2.day < d1.day: m -= 1
    return m

# ---------------------------------------------------------------- docx writer
# blocks: ('title', text[, pt]) ('h', text) ('p', text[, opts]) ('table', rows, widths[, opts]) ('br',) ('sp',) ('seal', text) ('sign', [lines])


def _run(text, fnt, pt, bold=False, u=False):
    rpr = f'<w:rFonts w:ascii="{fnt}" w:hAnsi="{fnt}" w:eastAsia="{fnt}" w:cs="{fnt}"/>'
    if bold: rpr += '<w:b/>'
    if u: rpr += '<w:u w:val="single"/>'
    rpr += f'<w:sz w:val="{int(pt * 2)}"/><w:szCs w:val="{int(pt * 2)}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text, fnt, pt, align=None, bold=False, indent=False, before=0, after=60, pagebreak=False, line=None):
    ppr = ''
    if pagebreak: ppr += '<w:pageBreakBefore/>'
    ppr += f'<w:spacing w:before="{before}" w:after="{after}"' + (f' w:line="{line}" w:lineRule="auto"' if line else '') + '/>'
    if indent: ppr += f'<w:ind w:firstLine="{int(pt * 40)}"/>'
    if align: ppr += f'<w:jc w:val="{align}"/>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{_run(text, fnt, pt, bold) if text else ""}</w:p>'


def write_docx(path, blocks, fnt='Noto Serif CJK SC', pt=11, landscape=False):
    body = []
    W = 9638
    pb = False
    for b in blocks:
        k = b[0]
        if k == 'br':
            pb = True; continue
        if k == 'title':
            body.append(_para(b[1], fnt, b[2] if len(b) > 2 else 18, 'center', True, before=120, after=240, pagebreak=pb))
        elif k == 'h':
            body.append(_para(b[1], fnt, pt + 1, None, True, before=120, after=80, pagebreak=pb))
        elif k in ('p', 'pc', 'pr'):
            o = b[2] if len(b) > 2 else {}
            al = {'p': None, 'pc': 'center', 'pr': 'right'}[k]
            body.append(_para(b[1], fnt, o.get('pt', pt), al, o.get('b', False), o.get('indent', k == 'p'), pagebreak=pb, line=360))
        elif k == 'sp':
            body.append(_para('', fnt, pt, pagebreak=pb))
        elif k == 'sign':
            for i, line in enumerate(b[1]):
                body.append(_para(line, fnt, pt, 'right', pagebreak=pb and i == 0))
        elif k == 'seal':
            continue
        elif k == 'table':
            rows, widths = b[1], b[2]
            o = b[3] if len(b) > 3 else {}
            if pb:
                body.append(_para('', fnt, 4, pagebreak=True))
            tw = [int(W * w / sum(widths)) for w in widths]
            x = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(tw)}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>'
                 + ''.join(f'<w:{s} w:val="single" w:sz="6" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
                 + '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
                 + ''.join(f'<w:gridCol w:w="{w}"/>' for w in tw) + '</w:tblGrid>']
            for ri, row in enumerate(rows):
                x.append('<w:tr>')
                ci = 0
                for cell in row:
                    c = cell if isinstance(cell, dict) else {'t': cell}
                    cs = c.get('cs', 1)
                    w = sum(tw[ci:ci + cs]); ci += cs
                    bold = c.get('b', o.get('header') and ri == 0)
                    al = c.get('al', 'center' if (o.get('header') and ri == 0) else None)
                    paras = ''.join(_para(t, fnt, o.get('pt', pt - 0.5), al, bold, after=0, line=280) for t in str(c.get('t', '')).split('\n'))
                    x.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else '') + f'<w:vAlign w:val="center"/></w:tcPr>{paras}</w:tc>')
                x.append('</w:tr>')
            x.append('</w:tbl>')
            body.append(''.join(x))
            body.append(_para('', fnt, 6, after=0))
        pb = False
    if landscape:
        sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    else:
        sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + ''.join(body) + sect + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Administrator</dc:creator></cp:coreProperties>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in (('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc), ('docProps/core.xml', core)):
            zi = zipfile.ZipInfo(n, (2021, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)

# ---------------------------------------------------------------- PIL renderer


class Pager:
    def __init__(self, dpi=200, fam='serif', pt=11, landscape=False, margin_in=0.85):
        self.dpi, self.fam, self.pt = dpi, fam, pt
        w, h = (11.69, 8.27) if landscape else (8.27, 11.69)
        self.W, self.H = int(w * dpi), int(h * dpi)
        self.m = int(margin_in * dpi)
        self.pages = []
        self.seals = []  # (page_index, x, y, text)
        self.new()

    def px(self, pt):
        return int(pt * self.dpi / 72)

    def new(self):
        self.img = Image.new('RGB', (self.W, self.H), 'white')
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.m

    def wrap(self, text, f, width):
        lines = []
        for para in str(text).split('\n'):
            cur = ''
            for ch in para:
                if f.getlength(cur + ch) > width and cur:
                    lines.append(cur); cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def text_block(self, text, pt=None, align='left', bold=False, indent=False, gap=0.5):
        pt = pt or self.pt
        f = font(self.fam + ('b' if bold else ''), self.px(pt))
        lh = int(self.px(pt) * 1.6)
        cw = self.W - 2 * self.m
        first_ind = f.getlength('中中') if indent else 0
        lines = self.wrap(' ' * 0 + text, f, cw - first_ind) if indent else self.wrap(text, f, cw)
        if indent and lines:
            # rewrap: first line shorter
            rest = ''.join(lines)
            l0 = self.wrap(rest, f, cw - first_ind)[0]
            lines = [l0] + (self.wrap(rest[len(l0):], f, cw) if rest[len(l0):] else [])
        for i, ln in enumerate(lines):
            if self.y + lh > self.H - self.m: self.new()
            w = f.getlength(ln)
            x = self.m + (first_ind if indent and i == 0 else 0)
            if align == 'center': x = (self.W - w) / 2
            elif align == 'right': x = self.W - self.m - w
            self.d.text((x, self.y), ln, fill=(20, 20, 20), font=f)
            self.last = (x, self.y, w)
            self.y += lh
        self.y += int(lh * gap)

    def table(self, rows, widths, pt=None, header=False):
        pt = pt or self.pt - 0.5
        f = font(self.fam, self.px(pt)); fb = font(self.fam + 'b', self.px(pt))
        lh = int(self.px(pt) * 1.45); pad = int(self.px(pt) * 0.45)
        cw = self.W - 2 * self.m
        colw = [cw * w / sum(widths) for w in widths]
        for ri, row in enumerate(rows):
            cells, ci = [], 0
            for cell in row:
                c = cell if isinstance(cell, dict) else {'t': cell}
                cs = c.get('cs', 1)
                x0 = self.m + sum(colw[:ci]); w = sum(colw[ci:ci + cs]); ci += cs
                bold = c.get('b', header and ri == 0)
                ff = fb if bold else f
                lines = self.wrap(c.get('t', ''), ff, w - 2 * pad)
                al = c.get('al', 'center' if header and ri == 0 else 'left')
                cells.append((x0, w, lines, ff, al))
            h = max(len(c[2]) for c in cells) * lh + 2 * pad
            if self.y + h > self.H - self.m:
                self.new()
            for x0, w, lines, ff, al in cells:
                self.d.rectangle([x0, self.y, x0 + w, self.y + h], outline=(0, 0, 0), width=max(1, self.dpi // 100))
                ty = self.y + (h - len(lines) * lh) / 2
                for ln in lines:
                    tx = x0 + pad if al == 'left' else x0 + (w - ff.getlength(ln)) / 2
                    self.d.text((tx, ty), ln, fill=(15, 15, 15), font=ff)
                    ty += lh
            self.y += h
        self.y += lh // 2

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == 'br':
                if self.y > self.m: self.new()
            elif k == 'title':
                self.text_block(b[1], b[2] if len(b) > 2 else 18, 'center', True, gap=0.6)
            elif k == 'h':
                self.text_block(b[1], self.pt + 1, 'left', True, gap=0.2)
            elif k in ('p', 'pc', 'pr'):
                o = b[2] if len(b) > 2 else {}
                self.text_block(b[1], o.get('pt'), {'p': 'left', 'pc': 'center', 'pr': 'right'}[k], o.get('b', False), o.get('indent', k == 'p'), gap=0.15)
            elif k == 'sp':
                self.y += self.px(self.pt)
            elif k == 'sign':
                for line in b[1]:
                    self.text_block(line, None, 'right', gap=0.1)
            elif k == 'seal':
                x, y, w = self.last
                self.seals.append((len(self.pages) - 1, x + w * 0.5, y, b[1]))
            elif k == 'table':
                o = b[3] if len(b) > 3 else {}
                self.table(b[1], b[2], o.get('pt'), o.get('header', False))
        for pi, x, y, t in self.seals:
            draw_seal(self.pages[pi], x, y, t, self.dpi)
        return self.pages


def draw_seal(img, cx, cy, text, dpi, r_mm=21, color=(205, 35, 35)):
    r = int(r_mm / 25.4 * dpi)
    ov = Image.new('RGB', img.size, 'white')
    d = ImageDraw.Draw(ov)
    lw = max(2, int(r * 0.06))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=color, width=lw)
    # star
    sr = r * 0.28
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = sr if i % 2 == 0 else sr * 0.4
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color)
    # arc text
    n = len(text)
    fs = int(r * 0.28)
    f = font('sansb', fs)
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        px_, py_ = cx + (r - lw - fs * 0.75) * math.cos(ang), cy + (r - lw - fs * 0.75) * math.sin(ang)
        ci = Image.new('L', (fs * 2, fs * 2), 0)
        ImageDraw.Draw(ci).text((fs * 0.5, fs * 0.4), ch, fill=255, font=f)
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        ov.paste(Image.new('RGB', ci.size, color), (int(px_ - fs), int(py_ - fs)), ci)
    ov = ov.filter(ImageFilter.GaussianBlur(0.6))
    out = ImageChops.multiply(img, ov)
    img.paste(out)


def degrade(img, rnd, angle=0.0, upside=False, poor=False, paper=None, blur=0.5, noise=8):
    img = img.convert('RGB')
    if paper is None:
        paper = rnd.choice([(250, 248, 240), (246, 241, 226), (238, 238, 236), (252, 252, 250), (244, 236, 214)])
    img = ImageChops.multiply(img, Image.new('RGB', img.size, paper))
    if poor:
        img = img.point(lambda v: int(150 + v * 0.38))
        small = img.resize((img.width // 3, img.height // 3), Image.BILINEAR)
        img = small.filter(ImageFilter.GaussianBlur(1.6)).resize(img.size, Image.BILINEAR)
        noise = 55
    elif blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        nz = Image.effect_noise(img.size, noise).convert('RGB')
        img = ImageChops.add(img, nz, 1.0, -128)
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    if upside:
        img = img.rotate(180)
    return img


def jpeg_roundtrip(img, q):
    b = io.BytesIO(); img.save(b, 'JPEG', quality=q); b.seek(0)
    return Image.open(b).convert('RGB')


def save_pdf(path, imgs, dpi, q=75):
    ims = [jpeg_roundtrip(i, q) for i in imgs]
    ims[0].save(path, 'PDF', save_all=True, append_images=ims[1:], resolution=float(dpi))
