"""Value formatting in the many ways real forms write numbers, dates and money."""
import datetime as dt

HAN = "〇一二三四五六七八九"


def han_num(n):
    # 1..31 for months/days
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + ("" if u == 0 else HAN[u])


def fdate(d, style):
    if d is None:
        return ""
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cn0":
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == "dot":
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if style == "slash":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "dash":
        return "%d-%d-%d" % (d.year, d.month, d.day)
    if style == "iso":
        return d.isoformat()
    if style == "han":
        return "".join(HAN[int(c)] for c in str(d.year)) + "年" + han_num(d.month) + "月" + han_num(d.day) + "日"
    raise ValueError(style)


def fmonth(d, style):
    if style == "han":
        return "".join(HAN[int(c)] for c in str(d.year)) + "年" + han_num(d.month) + "月"
    if style in ("dot",):
        return "%d.%d" % (d.year, d.month)
    return "%d年%d月" % (d.year, d.month)


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(yuan):
    """Upper-case RMB amount, e.g. 1000000 -> 壹佰万元整 (integers and jiao/fen)."""
    fen_total = int(round(yuan * 100))
    y, f = divmod(fen_total, 100)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[d] + units[i]
        return s
    parts = []
    yi, rest = divmod(y, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            out += "零"
        out += four(ge)
    out = (out or "零") + "元"
    j, fe = divmod(f, 10)
    if j == 0 and fe == 0:
        return out + "整"
    if j:
        out += DIG[j] + "角"
    elif fe:
        out += "零"
    if fe:
        out += DIG[fe] + "分"
    return out


def fmoney(wan, style):
    yuan = round(wan * 10000, 2)
    if style == "wan":
        return ("%g" % wan) + "万元"
    if style == "wan_num":
        return "%g" % wan
    if style == "yuan":
        return "{:,.2f}元".format(yuan)
    if style == "yen":
        return "¥%d" % yuan if yuan == int(yuan) else "¥%.2f" % yuan
    if style == "daxie":
        return "%s（¥%s）" % (daxie(yuan), "{:,.2f}".format(yuan))
    if style == "daxie_wan":
        return "%g万元（大写：%s）" % (wan, daxie(yuan))
    raise ValueError(style)


def farea(a, style):
    s = ("%g" % a) if a != int(a) else "%d" % a
    sc = "{:,}".format(int(a)) if a == int(a) else "{:,.2f}".format(a)
    return {"sqm": s + "㎡", "pfm": sc + "平方米", "m2": s + " m2", "m²": s + "m²", "num": s, "pfm_plain": s + "平方米"}[style]


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}


def fullwidth_digits(s):
    return "".join(FW.get(c, c) for c in s)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def months_between(a, b):
    """whole months from a to b"""
    m = (b.year - a.year) * 12 + (b.month - a.month)
    if b.day < a.day:
        m -= 1
    return m


def lease_years(start, end):
    """term counting both ends: months from start to end+1 day, as years (2 decimals)"""
    e = end + dt.timedelta(days=1)
    m = months_between(start, e)
    if add_months(start, m) != e:
        # not whole months: days / 365
        return round((e - start).days / 365.0, 2)
    return round(m / 12.0, 2)
