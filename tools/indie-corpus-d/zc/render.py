"""PIL rendering of layout ops to page images, seals, special documents (licence, diploma) and ageing."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps
from .layout import PW, PH, layout

NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_fc = {}


def font(path, px):
    key = (path, int(px))
    if key not in _fc:
        idx = 0 if path == WQY else 2
        _fc[key] = ImageFont.truetype(path, max(6, int(px)), index=idx)
    return _fc[key]


def seal_image(text, px, color=(205, 30, 35), inner="", rng=None):
    """A round red company seal of diameter px, RGBA."""
    s = int(px)
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    wline = max(2, s // 28)
    d.ellipse((wline, wline, s - wline, s - wline), outline=color + (230,), width=wline)
    # star
    cx = cy = s / 2
    R, r = s * 0.14, s * 0.055
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color + (230,))
    # text along the arc
    n = len(text)
    fpx = max(8, int(s * 0.11))
    f = font(NOTO_SANS_B, fpx) if False else font(NOTO_SANS, fpx)
    span = min(250.0, 22.0 * n)
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rad = s / 2 - wline * 2 - fpx * 0.75
        x = cx + rad * math.cos(a)
        y = cy + rad * math.sin(a)
        gl = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(gl).text((fpx * 0.5, fpx * 0.3), ch, font=f, fill=color + (230,))
        gl = gl.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(gl, (int(x - fpx), int(y - fpx)))
    if inner:
        f2 = font(NOTO_SANS, max(7, int(s * 0.08)))
        tw = d.textlength(inner, font=f2)
        d.text((cx - tw / 2, cy + s * 0.2), inner, font=f2, fill=color + (230,))
    # uneven ink
    a = np.array(im)
    if rng is not None:
        noise = np.array([[rng.random() for _ in range(8)] for _ in range(8)])
        mask = np.array(Image.fromarray((noise * 255).astype(np.uint8)).resize((s, s), Image.BILINEAR)) / 255.0
        a[..., 3] = (a[..., 3] * (0.55 + 0.45 * mask)).astype(np.uint8)
    return Image.fromarray(a)


def paste_seal(page, seal, cx, cy):
    """Multiply-blend a seal onto a page (text stays visible under red ink)."""
    x0, y0 = int(cx - seal.width / 2), int(cy - seal.height / 2)
    region = page.crop((x0, y0, x0 + seal.width, y0 + seal.height)).convert("RGB")
    r = np.asarray(region).astype(np.float32)
    s = np.asarray(seal).astype(np.float32)
    alpha = s[..., 3:4] / 255.0
    out = r * (1 - alpha) + (r * s[..., :3] / 255.0) * alpha
    page.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


def render_ops(ops, dpi, fontpath=NOTO_SERIF, rng=None):
    k = dpi / 72.0
    W, H = int(PW * k), int(PH * k)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    seals = []
    for op in ops:
        if op[0] == "text":
            _, x, y, sz, s, bold = op
            fp = (NOTO_SANS_B if fontpath == NOTO_SANS else NOTO_SERIF_B) if bold else fontpath
            f = font(fp, sz * k)
            d.text((x * k, y * k), s, font=f, fill=(20, 20, 20), anchor="ls")
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            d.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=(30, 30, 30), width=max(1, int(w * k)))
        elif op[0] == "seal":
            seals.append(op)
    for _, cx, cy, r, text in seals:
        paste_seal(im, seal_image(text, 2 * r * k, rng=rng), cx * k, cy * k)
    return im


def render_blocks(blocks, dpi, fontpath=NOTO_SERIF, rng=None, size=11.0):
    return [render_ops(p, dpi, fontpath, rng) for p in layout(blocks, size=size)]


def age(im, rng, angle=0.0, quality=70, noise=6.0, blur=0.4, tint=(246, 242, 230), poor=False, dpi=150):
    """Make a clean page look scanned/photocopied. Returns a (RGB or L) PIL image after JPEG round-trip."""
    a = np.asarray(im).astype(np.float32)
    t = np.array(tint, dtype=np.float32)
    a = a / 255.0 * t  # paper tint: white becomes tint
    if poor:
        # faded toner, heavy noise, low resolution
        a = 255 - (255 - a) * 0.45
        sm = im.size[0] // 3, im.size[1] // 3
        tmp = Image.fromarray(a.clip(0, 255).astype(np.uint8)).resize(sm, Image.BILINEAR).resize(im.size, Image.BILINEAR)
        a = np.asarray(tmp).astype(np.float32)
        noise = max(noise, 38.0)
        blur = max(blur, 2.2)
    # uneven illumination
    h, w = a.shape[:2]
    gy = np.linspace(0, 1, h)[:, None]
    gx = np.linspace(0, 1, w)[None, :]
    shade = 1.0 - 0.05 * (gx * rng.random() + gy * rng.random())
    a = a * shade[..., None]
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = a + nrng.normal(0, noise, a.shape[:2])[..., None]
    # speckles
    n_sp = int(w * h / 4000)
    ys, xs = nrng.integers(0, h, n_sp), nrng.integers(0, w, n_sp)
    a[ys, xs] = a[ys, xs] * 0.4
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(c * 0.93) for c in tint))
    if poor:
        img = ImageOps.autocontrast(img, cutoff=0)
        img = Image.fromarray((np.asarray(img).astype(np.float32) * 0.55 + 100).clip(0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def jpeg_bytes(img, quality, dpi):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


SCANNERS = ["Canon iR-ADV C5535 PDF", "RICOH MP C3004", "KONICA MINOLTA bizhub C308", "HP Digital Sending", "EPSON Scan"]


def save_pdf(images, path, dpi, quality=70, when=None, producer=None):
    """Image-only PDF, one JPEG per page; fixed dates so the build is reproducible."""
    import datetime as _dt
    when = when or _dt.datetime(2022, 1, 1, 9, 0, 0)
    first = images[0].convert("RGB")
    rest = [i.convert("RGB") for i in images[1:]]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, quality=quality,
               creationDate=when.timetuple(), modDate=when.timetuple(), producer=producer or SCANNERS[len(images) % len(SCANNERS)], creator=producer or "Scan")


def recopy(img, rng, angle=1.0, crop=(5, 4, 3, 6), quality=45):
    """A re-used document: rotated ~1 degree, cropped a few pixels, re-compressed."""
    im = img.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(236, 233, 222))
    l, t, r, b = crop
    im = im.crop((l, t, im.width - r, im.height - b))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out
