"""Identifier algorithms, implemented from the standards (not from any product code).

GB 32100-2015 统一社会信用代码: 18 chars over the 31-char set 0-9 A-H J-N P-R T U W-Y
  (no I O Z S V). Positions 1..17 weighted 3^(i-1) mod 31; check = (31 - sum mod 31) mod 31.
  Positions 9..17 are the GB 11714 organisation code (8 chars + its own mod-11 check: weights
  3 7 9 10 5 8 4 2, C = 11 - sum mod 11, 10 -> X, 11 -> 0).
GB 11643-1999 公民身份号码: 17 digits weighted 2^(17-i) mod 11 (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2),
  check = '10X98765432'[sum mod 11].
学历证书电子注册编号 (diploma 证书编号), 18 digits: 5 school code, 1 schooling type, 4 graduation year,
  2 level (01 博士 02 硕士 05 本科 06 专科), 6 serial.
"""
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]  # 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
LEVEL_CODE = {"doctor": "01", "master": "02", "bachelor": "05", "college": "06"}
LEVEL_ZH = {"doctor": "博士研究生", "master": "硕士研究生", "bachelor": "本科", "college": "专科"}


def org_check(body8):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, area6, valid=True):
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body8 + org_check(body8)
    if "X" in org[-1:]:
        pass  # X is a legal USCC char
    b17 = "91" + area6 + org
    chk = uscc_check(b17)
    if not valid:
        chk = USCC_CHARS[(USCC_CHARS.index(chk) + rng.randint(1, 30)) % 31]
    return b17 + chk


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_valid(idn):
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    return id_check(idn[:17]) == idn[17].upper()


def make_id(rng, area6, birth, female, valid=True):
    seq = rng.randint(10, 99)
    sex = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
    b17 = "%s%s%02d%d" % (area6, birth.strftime("%Y%m%d"), seq, sex)
    chk = id_check(b17)
    if not valid:
        chk = [c for c in "0123456789X" if c != chk][rng.randint(0, 9)]
    return b17 + chk


def make_cert(rng, school5, year, level, kind="1"):
    return "%s%s%04d%s%06d" % (school5, kind, year, LEVEL_CODE[level], rng.randint(100000, 999999))


def cert_consistent(cert, year, level):
    """True when the certificate number agrees with its own stated graduation year and level."""
    return (len(cert) == 18 and cert.isdigit() and int(cert[6:10]) == year
            and cert[10:12] == LEVEL_CODE[level])
