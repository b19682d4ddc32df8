"""Renders documents as page images (PIL) and ages them like scans: paper tone, skew, blur, noise, seals."""
import io
import math
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops, ImageOps
import numpy as np

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_fc = {}


def font(path, px):
    k = (path, int(px))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, max(6, int(px)), index=2 if "Noto" in path else 0)  # index 2 = SC
    return _fc[k]


class Page:
    """An A4 page (or any size in mm) drawn top-down with simple flow blocks."""

    def __init__(self, dpi=200, w_mm=210, h_mm=297, margin=22, face=SERIF):
        self.dpi, self.w_mm, self.h_mm = dpi, w_mm, h_mm
        self.img = Image.new("L", (self.px(w_mm), self.px(h_mm)), 255)
        self.d = ImageDraw.Draw(self.img)
        self.m = margin
        self.y = margin
        self.face = face
        self.seals = []      # (cx_mm, cy_mm, r_mm, text, bottom)

    def px(self, mm):
        return int(round(mm / 25.4 * self.dpi))

    def f(self, pt, bold=False, face=None):
        face = face or self.face
        if bold:
            face = {SERIF: SERIF_B, SANS: SANS_B}.get(face, face)
        return font(face, pt / 72 * self.dpi)

    def text(self, x_mm, y_mm, s, pt=11, bold=False, fill=0, anchor="la", face=None):
        self.d.text((self.px(x_mm), self.px(y_mm)), s, font=self.f(pt, bold, face), fill=fill, anchor=anchor)

    def tw(self, s, pt, bold=False):
        return self.d.textlength(s, font=self.f(pt, bold)) / self.dpi * 25.4

    def wrap(self, s, width_mm, pt, bold=False):
        lines = []
        for para in str(s).split("\n"):
            cur = ""
            for ch in para:
                if self.tw(cur + ch, pt, bold) > width_mm:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    # flow blocks
    def title(self, s, pt=20, gap=6, bold=True, spaced=False):
        if spaced:
            s = "  ".join(s)
        self.text(self.w_mm / 2, self.y, s, pt, bold, anchor="ma")
        self.y += pt * 0.3528 * 1.4 + gap

    def para(self, s, pt=11, indent=True, lead=1.65, x=None, width=None, bold=False):
        x = self.m if x is None else x
        width = width or (self.w_mm - x - self.m)
        s = ("\u3000\u3000" + s) if indent else s
        for line in self.wrap(s, width, pt, bold):
            self.text(x, self.y, line, pt, bold)
            self.y += pt * 0.3528 * lead

    def line(self, s, pt=11, align="left", lead=1.7, bold=False):
        if align == "right":
            self.text(self.w_mm - self.m, self.y, s, pt, bold, anchor="ra")
        elif align == "center":
            self.text(self.w_mm / 2, self.y, s, pt, bold, anchor="ma")
        else:
            self.text(self.m, self.y, s, pt, bold)
        self.y += pt * 0.3528 * lead

    def space(self, mm):
        self.y += mm

    def table(self, rows, widths_mm, pt=10, pad=1.6, head=True, x=None, lw=None):
        x0 = self.m if x is None else x
        lw = lw or max(1, self.dpi // 100)
        for ri, row in enumerate(rows):
            cells = []
            h = 0
            for c, w in zip(row, widths_mm):
                b = head and ri == 0
                ls = self.wrap(c, w - 2 * pad, pt, b)
                cells.append((ls, b))
                h = max(h, len(ls) * pt * 0.3528 * 1.35 + 2 * pad)
            cx = x0
            for (ls, b), w in zip(cells, widths_mm):
                self.d.rectangle([self.px(cx), self.px(self.y), self.px(cx + w), self.px(self.y + h)], outline=0, width=lw)
                ty = self.y + (h - len(ls) * pt * 0.3528 * 1.35) / 2
                for ln in ls:
                    if b:
                        self.text(cx + w / 2, ty, ln, pt, True, anchor="ma")
                    else:
                        self.text(cx + pad, ty, ln, pt)
                    ty += pt * 0.3528 * 1.35
                cx += w
            self.y += h
        self.y += 3

    def seal(self, cx_mm, cy_mm, text, bottom="", r_mm=21):
        self.seals.append((cx_mm, cy_mm, r_mm, text, bottom))

    # output
    def render(self, paper="white", angle=0.0, quality=80, noise=4.0, blur=0.0, poor=False, seed=0,
               ink=30, crop=None):
        rnd = random.Random(seed)
        g = self.img
        # ink: text not pure black
        g = g.point(lambda v: ink + v * (255 - ink) // 255)
        rgb = Image.merge("RGB", (g, g, g))
        for (cx, cy, r, t, b) in self.seals:
            rgb = ImageChops.multiply(rgb, seal_layer(rgb.size, self.px(cx), self.px(cy), self.px(r), t, b, rnd))
        tone = {"white": (250, 250, 248), "grey": (226, 226, 224), "yellow": (243, 232, 200),
                "cream": (247, 242, 226)}[paper]
        rgb = ImageChops.multiply(rgb, Image.new("RGB", rgb.size, tone))
        if poor:
            w, h = rgb.size
            rgb = rgb.resize((int(w / 1.7), int(h / 1.7)), Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.7))
            rgb = rgb.resize((w, h), Image.BILINEAR)
            a = np.asarray(rgb).astype(np.int16)
            a = (a * 0.6 + 85).astype(np.int16)           # washed-out contrast
            noise = 22.0
        else:
            a = np.asarray(rgb).astype(np.int16)
        if noise:
            nrng = np.random.default_rng(seed)
            n = nrng.normal(0, noise, a.shape[:2]).astype(np.int16)
            a = a + n[:, :, None]
            if poor:  # speckle
                sp = nrng.random(a.shape[:2]) < 0.008
                a[sp] = 40
        rgb = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
        if blur:
            rgb = rgb.filter(ImageFilter.GaussianBlur(blur))
        if angle:
            rgb = rgb.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tone)
        if crop:
            w, h = rgb.size
            l, t, r, b = crop
            rgb = rgb.crop((int(w * l), int(h * t), int(w * (1 - r)), int(h * (1 - b))))
        buf = io.BytesIO()
        rgb.save(buf, "JPEG", quality=quality, dpi=(self.dpi, self.dpi), optimize=False)
        return buf.getvalue()


def seal_layer(size, cx, cy, r, text, bottom, rnd):
    """A red round stamp on a white layer (to be multiplied onto the page)."""
    lay = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(lay)
    red = (205 + rnd.randint(-15, 15), 40 + rnd.randint(-10, 20), 45 + rnd.randint(-10, 20))
    wline = max(2, r // 16)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=wline)
    # star
    rs = r * 0.28
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else rs * 0.4
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # text on the arc
    n = len(text)
    fpx = int(r * 0.30)
    fnt = font(SANS_B, fpx)
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        tile = Image.new("L", (fpx * 2, fpx * 2), 0)
        ImageDraw.Draw(tile).text((fpx, fpx), ch, font=fnt, fill=255, anchor="mm")
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        px_ = cx + (r * 0.72) * math.cos(a)
        py_ = cy + (r * 0.72) * math.sin(a)
        lay.paste(Image.new("RGB", tile.size, red), (int(px_ - fpx), int(py_ - fpx)), tile)
    if bottom:
        d.text((cx, cy + r * 0.55), bottom, font=font(SANS_B, int(r * 0.2)), fill=red, anchor="mm")
    # uneven ink
    a = np.asarray(lay).astype(np.int16)
    m = np.random.default_rng(rnd.randint(0, 10 ** 6)).random(a.shape[:2]) < 0.18
    a[m] = 255
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def jpeg_recompress(data, quality, crop_frac=0.0, scale=1.0):
    im = Image.open(io.BytesIO(data))
    dpi = im.info.get("dpi", (200, 200))
    w, h = im.size
    if crop_frac:
        c = int(w * crop_frac)
        im = im.crop((c, c, w - c, h - c))
    if scale != 1.0:
        im = im.resize((int(im.size[0] * scale), int(im.size[1] * scale)), Image.LANCZOS)
        dpi = (dpi[0] * scale, dpi[1] * scale)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, dpi=tuple(int(round(v)) for v in dpi))
    return buf.getvalue()
