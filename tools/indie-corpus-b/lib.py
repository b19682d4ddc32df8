# -*- coding: utf-8 -*-
"""Rendering + code helpers for the indie-b corpus (independent templates)."""
import io, math, random, datetime as dt
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps, ImageChops

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIFB = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_fc = {}
def font(path, px):
    k = (path, int(px))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, int(px), index=2 if path.endswith('.ttc') and 'Noto' in path else 0)
    return _fc[k]

# ---------------- codes ----------------
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def cc_check(s17):
    t = sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W))
    v = 31 - t % 31
    return CC_CHARS[0 if v == 31 else v]
def cc_valid(code):
    return len(code) == 18 and all(c in CC_CHARS for c in code) and cc_check(code[:17]) == code[17]
def make_cc(rng, region):
    body = "91" + region + "".join(rng.choice(CC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + cc_check(body)
def break_cc(code):
    good = code[17]
    bad = CC_CHARS[(CC_CHARS.index(good) + 7) % 31]
    return code[:17] + bad

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]
def make_id(rng, region, birth, male):
    seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8]))
    s = region + birth.strftime("%Y%m%d") + "%03d" % seq
    return s + id_check(s)
def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]

LEVEL_CODE = {"doctor": "01", "master": "02", "bachelor": "05", "college": "06"}
def make_cert(rng, school_code, year, edu):
    return school_code + "1" + str(year) + LEVEL_CODE[edu] + "%06d" % rng.randint(1, 999999)

# ---------------- formats ----------------
CN_DIG = "〇一二三四五六七八九"
def cn_year(y): return "".join(CN_DIG[int(c)] for c in str(y))
def cn_num(n):
    if n < 10: return "一二三四五六七八九"[n-1] if n else "〇"
    if n == 10: return "十"
    if n < 20: return "十" + "一二三四五六七八九"[n-11]
    t, u = divmod(n, 10)
    return "一二三四五六七八九"[t-1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u-1])
def fdate(d, style):
    if style == "cn": return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot": return f"{d.year}.{d.month}.{d.day}"
    if style == "iso": return d.isoformat()
    if style == "slash": return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "han": return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    raise ValueError(style)

DX = "零壹贰叁肆伍陆柒捌玖"
def rmb_upper(yuan):
    """yuan: int amount (whole yuan) -> 人民币大写."""
    def four(n):
        s = ""; units = ["仟", "佰", "拾", ""]; zero = False
        digits = "%04d" % n
        for i, c in enumerate(digits):
            d = int(c)
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += DX[d] + units[i]
        return s
    if yuan == 0: return "零元整"
    yi, rest = divmod(yuan, 10**8); wan, ge = divmod(rest, 10**4)
    out = ""
    if yi: out += four(yi) + "亿"
    if wan:
        if out and wan < 1000: out += "零"
        out += four(wan) + "万"
    if ge:
        if out and ge < 1000: out += "零"
        out += four(ge)
    return out + "元整"

def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
def whole_months(a, b):
    return (b.year - a.year) * 12 + (b.month - a.month) - (1 if b.day < a.day else 0)

# ---------------- block model -> image pages ----------------
A4 = (210, 297)
class Pager:
    def __init__(self, dpi, fontpath=SERIF, margin=20):
        self.dpi = dpi; self.k = dpi / 25.4; self.fp = fontpath
        self.W = int(A4[0] * self.k); self.H = int(A4[1] * self.k)
        self.m = int(margin * self.k)
        self.pages = []; self.new()
    def px(self, pt): return pt * self.dpi / 72
    def new(self):
        self.img = Image.new("RGB", (self.W, self.H), "white")
        self.d = ImageDraw.Draw(self.img); self.y = self.m; self.pages.append(self.img)
        self.seals = []
    def wrap(self, text, f, width):
        lines = []
        for para in str(text).split("\n"):
            cur = ""
            for ch in para:
                if f.getlength(cur + ch) > width and cur:
                    lines.append(cur); cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines
    def ensure(self, h):
        if self.y + h > self.H - self.m: self.new()
    def text(self, text, size=11, align="left", bold=False, indent=False, color=(20, 20, 20), gap=0.55):
        f = font(SERIFB if bold else self.fp, self.px(size))
        lh = int(self.px(size) * 1.55)
        width = self.W - 2 * self.m
        t = ("\u3000\u3000" + text) if indent else text
        for ln in self.wrap(t, f, width):
            self.ensure(lh)
            w = f.getlength(ln)
            x = self.m if align == "left" else (self.W - w) / 2 if align == "center" else self.W - self.m - w
            self.d.text((x, self.y), ln, font=f, fill=color)
            self.y += lh
        self.y += int(self.px(size) * gap)
    def table(self, rows, widths=None, size=10.5, border=True, bold_first=False, minh=0):
        f = font(self.fp, self.px(size)); fb = font(SERIFB, self.px(size))
        ncol = max(sum((c[1] if isinstance(c, tuple) else 1) for c in r) for r in rows)
        widths = widths or [1] * ncol
        tw = self.W - 2 * self.m; s = sum(widths)
        xs = [self.m]
        for w in widths: xs.append(xs[-1] + tw * w / s)
        pad = self.px(size) * 0.4; lh = int(self.px(size) * 1.45)
        for ri, r in enumerate(rows):
            cells = []; ci = 0
            for c in r:
                txt, span = (c if isinstance(c, tuple) else (c, 1))
                x0, x1 = xs[ci], xs[ci + span]
                ff = fb if (bold_first and ri == 0) else f
                cells.append((x0, x1, self.wrap(txt, ff, x1 - x0 - 2 * pad), ff)); ci += span
            h = max(len(c[2]) for c in cells) * lh + 2 * pad
            h = max(h, minh * self.k)
            self.ensure(h)
            for x0, x1, lines, ff in cells:
                if border: self.d.rectangle([x0, self.y, x1, self.y + h], outline=(0, 0, 0), width=max(1, int(self.dpi / 100)))
                ty = self.y + (h - len(lines) * lh) / 2
                for ln in lines:
                    self.d.text((x0 + pad, ty), ln, font=ff, fill=(15, 15, 15)); ty += lh
            self.y += h
        self.y += int(self.px(size) * 0.8)
    def photo(self, caption):
        h = int(60 * self.k); self.ensure(h + 10)
        x0 = self.m + 25 * self.k; x1 = self.W - self.m - 25 * self.k
        self.d.rectangle([x0, self.y, x1, self.y + h], fill=(200, 200, 200), outline=(90, 90, 90))
        rng = random.Random(int(self.y))
        for _ in range(40):
            cx = rng.uniform(x0, x1); cy = rng.uniform(self.y, self.y + h); r = rng.uniform(3, 14) * self.k
            g = rng.randint(120, 190); self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(g, g - 10, g - 20))
        self.y += h + int(2 * self.k)
        self.text(caption, size=9, align="center")
    def seal(self, text, dx=0.0, dy=-20):
        # red round seal drawn over the text near the current position
        r = int(21 * self.k)
        cx = int(self.W - self.m - 45 * self.k + dx * self.k); cy = int(self.y + dy * self.k)
        ov = Image.new("RGBA", self.img.size, (0, 0, 0, 0)); od = ImageDraw.Draw(ov)
        col = (215, 30, 30, 150)
        od.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(2, int(1.1 * self.k)))
        # star
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5; rr = r * (0.28 if i % 2 == 0 else 0.11)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        od.polygon(pts, fill=col)
        f = font(SANS, int(r * 0.30))
        n = len(text)
        for i, ch in enumerate(text):
            a = math.pi * (1.1 + 0.8 * i / max(1, n - 1))
            px_ = cx + r * 0.72 * math.cos(a); py_ = cy + r * 0.72 * math.sin(a)
            chimg = Image.new("RGBA", (int(r * 0.4), int(r * 0.4)), (0, 0, 0, 0))
            ImageDraw.Draw(chimg).text((0, 0), ch, font=f, fill=col)
            chimg = chimg.rotate(-math.degrees(a) - 90, expand=True)
            ov.alpha_composite(chimg, (int(px_ - chimg.width / 2), int(py_ - chimg.height / 2)))
        base = self.img.convert("RGBA"); base.alpha_composite(ov)
        self.img.paste(base.convert("RGB")); self.d = ImageDraw.Draw(self.img)

def render(blocks, dpi, fontpath=SERIF, margin=20):
    p = Pager(dpi, fontpath, margin)
    for b in blocks:
        k = b[0]
        if k == "h": p.text(b[1], size=b[2] if len(b) > 2 else 18, align=b[3] if len(b) > 3 else "center", bold=True, gap=0.9)
        elif k == "p": p.text(b[1], size=(b[2] if len(b) > 2 else 11), align=(b[3] if len(b) > 3 else "left"), indent=(b[4] if len(b) > 4 else False))
        elif k == "t": p.table(b[1], **(b[2] if len(b) > 2 else {}))
        elif k == "br": p.new()
        elif k == "sp": p.y += int(b[1] * p.k)
        elif k == "seal": p.seal(b[1], *(b[2:] if len(b) > 2 else []))
        elif k == "photo": p.photo(b[1])
    return p.pages

def to_html(blocks, family="Noto Serif CJK SC"):
    import html as H
    out = ['<html><head><meta charset="utf-8"><style>body{font-family:"%s";font-size:11pt} '
           'table{border-collapse:collapse;width:100%%} td{padding:3pt;vertical-align:middle}</style></head><body>' % family]
    brk = False
    def st():
        nonlocal brk
        s = ' style="page-break-before:always"' if brk else ""; brk = False; return s
    for b in blocks:
        k = b[0]
        if k == "h":
            al = b[3] if len(b) > 3 else "center"; sz = b[2] if len(b) > 2 else 18
            out.append('<p%s align="%s"><b><font size="%d">%s</font></b></p>' % (st(), al, 5 if sz >= 16 else 4, H.escape(b[1])))
        elif k == "p":
            al = b[3] if len(b) > 3 else "left"; ind = "\u3000\u3000" if (len(b) > 4 and b[4]) else ""
            for ln in b[1].split("\n"):
                out.append('<p%s align="%s">%s%s</p>' % (st(), al, ind, H.escape(ln)))
        elif k == "t":
            opts = b[2] if len(b) > 2 else {}
            border = opts.get("border", True)
            out.append('<table%s border="%d" cellspacing="0" cellpadding="4">' % (st(), 1 if border else 0))
            ws = opts.get("widths")
            for ri, r in enumerate(b[1]):
                out.append("<tr>")
                ci = 0
                for c in r:
                    txt, span = (c if isinstance(c, tuple) else (c, 1))
                    wattr = ""
                    if ws and ri == 0 and span == 1: wattr = ' width="%d%%"' % round(100 * ws[ci] / sum(ws))
                    t = H.escape(txt).replace("\n", "<br/>")
                    if opts.get("bold_first") and ri == 0: t = "<b>%s</b>" % t
                    out.append('<td%s%s>%s</td>' % (' colspan="%d"' % span if span > 1 else "", wattr, t)); ci += span
                out.append("</tr>")
            out.append("</table><p></p>")
        elif k == "br": brk = True
        elif k == "photo": out.append('<p%s align="center">［现场照片］ %s</p>' % (st(), H.escape(b[1])))
    out.append("</body></html>")
    return "\n".join(out)

# ---------------- scan degradation ----------------
def degrade(img, rng, angle=0.0, blur=0.5, noise=0.05, tint=None, fold=False, upside=False, poor=False, quality=70):
    im = img
    if tint: im = ImageChops.multiply(im, Image.new("RGB", im.size, tint))
    if fold:
        w, h = im.size; sh = Image.new("L", im.size, 255); sd = ImageDraw.Draw(sh)
        fx = int(w * rng.uniform(0.45, 0.55))
        for i in range(-40, 41):
            v = int(255 - 55 * (1 - abs(i) / 40))
            sd.line([(fx + i, 0), (fx + i, h)], fill=v)
        im = ImageChops.multiply(im, Image.merge("RGB", [sh] * 3))
    if poor:
        w, h = im.size
        im = im.resize((int(w * 0.28), int(h * 0.28)), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.3)).resize((w, h), Image.BILINEAR)
        im = ImageOps.autocontrast(im, cutoff=0)
        im = Image.blend(im, Image.new("RGB", im.size, (175, 170, 160)), 0.45)
        noise = max(noise, 0.35); quality = 12; blur = max(blur, 2.2)
    if angle: im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(238, 236, 230))
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        n = Image.effect_noise(im.size, 64).convert("RGB")
        im = Image.blend(im, ImageChops.multiply(im, n) if poor else n, noise) if poor else ImageChops.blend(im, n, noise * 0.6)
    if upside: im = im.rotate(180)
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=quality); buf.seek(0)
    return Image.open(buf).convert("RGB")

def save_pdf(images, path, dpi):
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=80)
