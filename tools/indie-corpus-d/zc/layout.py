"""Flow layout of blocks onto A4 pages in points (595 x 842); backends draw the resulting ops."""
PW, PH = 595.0, 842.0
ML, MR, MT, MB = 62.0, 62.0, 70.0, 70.0


def cw(ch, size):
    o = ord(ch)
    if o > 0x2E80 or ch in "㎡":
        return size
    if ch in "ilI.,:;|'!()[] ":
        return 0.3 * size
    return 0.55 * size


def textwidth(s, size):
    return sum(cw(c, size) for c in s)


def wrap(text, width, size):
    lines = []
    for para in text.split("\n"):
        cur, w = "", 0.0
        for ch in para:
            c = cw(ch, size)
            if w + c > width and cur:
                lines.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += c
        lines.append(cur)
    return lines


def layout(blocks, size=11.0, title_size=17.0):
    """Returns a list of pages, each a list of ops:
    ("text", x, y, size, s, bold) y = baseline from top; ("line", x1, y1, x2, y2, width); ("seal", cx, cy, r, text)"""
    pages = [[]]
    y = MT
    lh = size * 1.75
    width = PW - ML - MR
    last_y = y
    for b in blocks:
        k = b[0]
        ops = pages[-1]
        if k == "pb":
            pages.append([])
            y = MT
            continue
        if k == "sp":
            y += lh * (b[1] if len(b) > 1 else 1)
            continue
        if k == "seal":
            # seal overlapping the previous block (usually the signature/date line)
            dx = b[2] if len(b) > 2 else 0
            dy = b[3] if len(b) > 3 else 0
            ops.append(("seal", PW - MR - 95 + dx, last_y - 10 + dy, 46, b[1]))
            continue
        if k in ("title", "h", "p", "right", "center"):
            sz = title_size if k == "title" else (size + 1.5 if k == "h" else size)
            bold = k in ("title", "h")
            lines = wrap(b[1], width - (0 if k != "p" else 0), sz)
            if k == "title":
                y += 6
            for ln in lines:
                if y + sz * 1.75 > PH - MB:
                    pages.append([])
                    ops = pages[-1]
                    y = MT
                if k in ("title", "center"):
                    x = (PW - textwidth(ln, sz)) / 2
                elif k == "right":
                    x = PW - MR - textwidth(ln, sz)
                else:
                    x = ML
                ops.append(("text", x, y + sz, sz, ln, bold))
                last_y = y + sz
                y += sz * 1.75
            if k == "title":
                y += 8
            continue
        if k == "table":
            rows, widths = b[1], b[2]
            tsz = b[3] if len(b) > 3 else size - 0.5
            tot = float(sum(widths))
            colx = [ML]
            for w_ in widths:
                colx.append(colx[-1] + width * w_ / tot)
            tlh = tsz * 1.45
            for row in rows:
                cells = []
                col = 0
                hmax = 1
                for cell in row:
                    if isinstance(cell, str):
                        cell = {"text": cell}
                    span = cell.get("span", 1)
                    x0, x1 = colx[col], colx[col + span]
                    txt = "" if cell.get("vmerge") == "cont" else cell.get("text", "")
                    ls = wrap(txt, x1 - x0 - 8, tsz)
                    hmax = max(hmax, len(ls))
                    cells.append((x0, x1, ls, cell.get("bold", False), cell.get("vmerge")))
                    col += span
                rh = hmax * tlh + 8
                if y + rh > PH - MB:
                    pages.append([])
                    ops = pages[-1]
                    y = MT
                for x0, x1, ls, bold, vm in cells:
                    if vm != "cont":
                        ops.append(("line", x0, y, x1, y, 0.8))
                    ops.append(("line", x0, y, x0, y + rh, 0.8))
                    ops.append(("line", x1, y, x1, y + rh, 0.8))
                    ty = y + 4 + (rh - 8 - len(ls) * tlh) / 2
                    for ln in ls:
                        ops.append(("text", x0 + 4, ty + tsz, tsz, ln, bold))
                        ty += tlh
                ops.append(("line", colx[0], y + rh, colx[-1], y + rh, 0.8))
                y += rh
                last_y = y
            y += lh * 0.6
            continue
        raise ValueError(k)
    return pages
