"""Chinese identifiers, numerals and dates used by the builder (all self-contained)."""
import datetime as dt

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # GB 32100-2015 character set (31)
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]                       # GB 11714 organisation code weights


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(body8):
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c9 = 11 - s % 11
    return body8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_check(first17):
    s = sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_W))
    return CC_CHARS[(31 - s % 31) % 31]


def credit_code(division6, body8, kind="91"):
    f = kind + division6 + org_code(body8)
    return f + credit_check(f)


def credit_valid(code):
    return len(code) == 18 and all(c in CC_CHARS for c in code) and credit_check(code[:17]) == code[17]


def wrong_credit(code):
    """Same code with a different (wrong) check character."""
    good = code[17]
    i = CC_CHARS.index(good)
    return code[:17] + CC_CHARS[(i + 7) % 31]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def id_number(region6, birth, seq3):
    f = region6 + birth.strftime("%Y%m%d") + seq3
    return f + id_check(f)


def id_valid(n):
    return len(n) == 18 and n[:17].isdigit() and id_check(n[:17]) == n[17]


def wrong_id(n):
    good = "10X98765432".index(n[17])
    return n[:17] + "10X98765432"[(good + 3) % 11]


LEVELS = {"doctor": ("01", "博士研究生"), "master": ("02", "硕士研究生"),
          "bachelor": ("05", "本科"), "college": ("06", "专科")}
# CHSI: 5-digit school code, 1-digit schooling type (1 普通高等教育, 5 成人高等教育), 4-digit year,
# 2-digit level (01 博士 02 硕士 04 第二学士学位 05 本科 06 专科(含高职)), 6-digit serial


def diploma_no(school, kind, year, level, serial):
    return f"{school}{kind}{year:04d}{LEVELS[level][0]}{serial:06d}"


DIG = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]


def _four(n):
    out, zero = "", False
    for i in range(3, -1, -1):
        d = n // 10 ** i % 10
        if d:
            if zero and out:
                out += "零"
            out += DIG[d] + UNITS[i]
            zero = False
        else:
            zero = True
    return out


def yuan_upper(yuan):
    """Integer yuan -> 大写金额 e.g. 1000000 -> 壹佰万元整"""
    yuan = int(yuan)
    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan:
        s += _four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += _four(rest)
    return (s or "零") + "元整"


def wan_upper(wan):
    return yuan_upper(round(wan * 10000))


CN_D = "〇一二三四五六七八九"


def cn_small(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else "一二三四五六七八九"[t - 1]) + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])


def date_fmt(d, style):
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dot1":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "dash1":
        return f"{d.year}-{d.month}-{d.day}"
    if style == "iso":
        return d.isoformat()
    if style == "ym":
        return f"{d.year}年{d.month}月"
    if style == "cnbig":
        return "".join(CN_D[int(c)] for c in str(d.year)) + "年" + cn_small(d.month) + "月" + cn_small(d.day) + "日"
    raise ValueError(style)


def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    day = min(d.day, [31, 29 if (d.year + y) % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo])
    return dt.date(d.year + y, mo + 1, day)


def whole_months(a, b):
    m = (b.year - a.year) * 12 + b.month - a.month
    if b.day < a.day:
        m -= 1
    return m


def lease_years(start, end):
    """Both ends count: months from start to end+1 day, / 12."""
    return round(whole_months(start, end + dt.timedelta(days=1)) / 12, 2)


if __name__ == "__main__":
    assert credit_valid("91350100M000100Y43")          # a commonly quoted valid example
    print(yuan_upper(1000000), yuan_upper(1500000), yuan_upper(803500), wan_upper(50.3))
    print(date_fmt(dt.date(2021, 3, 1), "cnbig"), lease_years(dt.date(2022, 3, 22), dt.date(2027, 3, 21)),
          lease_years(dt.date(2014, 5, 24), dt.date(2019, 11, 23)))
    print(id_number("140105", dt.date(1985, 4, 12), "123"))
