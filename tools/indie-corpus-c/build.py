#!/usr/bin/python3
"""Builds the independent acceptance corpus /work/indie-c (K01..K16) with a truth.json per submission.
Usage: nice -n 10 /usr/bin/python3 build.py [--out /work/indie-c]"""
import datetime as dt
import hashlib
import io
import json
import os
import random
import shutil
import sys
import zipfile

from PIL import Image

import cn
import docs
import docxw
import forms
import gen
import pdfw
from scan import Page, jpeg_recompress

D = dt.date
OUT = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else "/work/indie-c"
SHARED = {}

# ---------------------------------------------------------------- labels (glossary synonyms, varied per form)
LAB = {
    "space_name": ["众创空间名称", "载体名称", "孵化器名称"], "operator_name": ["运营主体名称", "运营单位", "运营机构", "申报单位"],
    "credit_code": ["统一社会信用代码", "统一社会信用代码", "法人代码（统一社会信用代码）"],
    "legal_representative": ["法定代表人", "运营主体法人"], "address": ["运营场所地址", "载体地址", "通讯地址", "住所"],
    "space_category": ["众创空间类型", "空间类型", "孵化器类型"], "host_type": ["是否位于高校内"],
    "established_date": ["创办时间", "运营时间"], "application_date": ["填报时间", "申报日期"],
    "total_area_sqm": ["服务场地面积", "场地总面积", "可自主支配场地面积", "建筑面积"],
    "public_area_sqm": ["公共区域面积", "公共办公与服务场地面积", "公共服务场地面积"],
    "resident_area_sqm": ["入驻团队企业使用面积", "孵化场地面积"], "premises_source": ["场地来源"],
    "workstations_total": ["提供工位数", "创业工位"], "workstations_open": ["开放区域工位数"],
    "staff_total": ["服务人员数量", "管理人员", "职工总数"], "staff_college_or_above": ["其中：大专以上学历人数", "专科以上人员"],
    "staff_full_time": ["专职人员"], "staff_trained": ["接受孵化器专业培训的人员"], "mentors_count": ["创业导师数", "导师"],
    "investment_managers": ["具备创业投资经验的中高级管理人员"],
    "resident_count": ["入驻团队及企业数", "年协议入驻创业团队和企业", "入孵企业"], "resident_tech_count": ["科技类团队企业数"],
    "makers_count": ["聚集创客数量", "活跃创客"], "graduated_count": ["已毕业企业数"], "ip_count": ["入驻团队及企业拥有知识产权数"],
    "events_per_month": ["平均月举办活动场次"], "events_per_year": ["每年开展活动场次"],
    "seed_fund_wan": ["种子基金规模", "种子资金", "孵化专项资金"], "seed_fund_invested_wan": ["种子基金已投资额度"],
    "revenue_wan": ["上年度总收入"], "operating_cost_wan": ["上年度运营成本"],
    "equipment_value_wan": ["专业设备、开发测试软件总价值"], "served_per_year": ["年度服务企业和创新创业团队数量"],
    "incubation_cases": ["成功孵化案例", "典型孵化案例"], "investment_cases": ["成功投资案例"],
    "new_companies_per_year": ["入驻创业团队每年注册成为新企业数"], "financed_per_year": ["每年获得融资的团队数"],
    "max_residency_months": ["入驻时限"],
}
ALT = {"money_upper": {"seed_fund_wan"}}


def items_for(keys, pick):
    """pick: {key: index into LAB[key]}"""
    return [(k, LAB[k][pick.get(k, 0)] + ({"total_area_sqm": "", }.get(k, ""))) for k in keys]


BASE = ["space_name", "operator_name", "credit_code", "legal_representative", "address"]
PROG_KEYS = {
    "taiyuan-2015-makerspace": BASE + ["established_date", "application_date", "total_area_sqm", "public_area_sqm",
                                       "premises_source", "workstations_total", "staff_total", "staff_college_or_above",
                                       "mentors_count", "resident_count", "resident_tech_count", "makers_count",
                                       "events_per_month", "revenue_wan", "operating_cost_wan"],
    "taiyuan-2015-incubator": BASE + ["space_category", "established_date", "application_date", "total_area_sqm",
                                      "resident_area_sqm", "public_area_sqm", "premises_source", "staff_total",
                                      "staff_college_or_above", "staff_trained", "resident_count", "resident_tech_count",
                                      "graduated_count", "mentors_count", "seed_fund_wan", "seed_fund_invested_wan",
                                      "revenue_wan", "operating_cost_wan"],
    "shanxi": BASE + ["space_category", "host_type", "established_date", "application_date", "staff_total",
                      "staff_college_or_above", "revenue_wan", "operating_cost_wan", "total_area_sqm", "premises_source",
                      "public_area_sqm", "resident_area_sqm", "workstations_total", "workstations_open",
                      "resident_count", "resident_tech_count", "makers_count", "ip_count", "graduated_count",
                      "mentors_count", "events_per_month", "seed_fund_wan", "seed_fund_invested_wan"],
    "shuozhou-2016-makerspace": BASE + ["host_type", "established_date", "application_date", "total_area_sqm",
                                        "public_area_sqm", "premises_source", "workstations_total", "staff_total",
                                        "staff_college_or_above", "mentors_count", "makers_count", "resident_count",
                                        "events_per_month", "seed_fund_wan"],
    "xuchang": BASE + ["space_category", "established_date", "application_date", "total_area_sqm", "public_area_sqm",
                       "premises_source", "workstations_total", "staff_total", "staff_college_or_above",
                       "staff_full_time", "mentors_count", "resident_count", "events_per_year", "served_per_year"],
    "xinjiang-2019-makerspace": BASE + ["established_date", "application_date", "total_area_sqm", "public_area_sqm",
                                        "workstations_total", "premises_source", "resident_count", "new_companies_per_year",
                                        "financed_per_year", "incubation_cases", "staff_total", "staff_full_time",
                                        "mentors_count", "events_per_year", "max_residency_months", "seed_fund_wan"],
}
XC_EXTRA = {"xuchang-2016-tech-support": ["equipment_value_wan", "incubation_cases"],
            "xuchang-2016-investment": ["investment_cases", "investment_managers", "seed_fund_wan"],
            "xuchang-2016-comprehensive": ["incubation_cases", "investment_managers"],
            "xuchang-2016-specialized": ["incubation_cases"]}
FORM_TITLE = {"taiyuan-2015-makerspace": "太原市众创空间认定申请表", "taiyuan-2015-incubator": "太原市科技企业孵化器认定申请表",
              "shanxi-2022-makerspace": "山西省省级众创空间认定申请书", "shanxi-2022-specialized": "山西省省级专业化众创空间认定申请书",
              "shuozhou-2016-makerspace": "朔州市众创空间认定申请表", "xuchang-2016-tech-support": "许昌市众创空间备案申请表",
              "xuchang-2016-investment": "许昌市众创空间备案申请表", "xuchang-2016-comprehensive": "许昌市众创空间备案申请表",
              "xuchang-2016-specialized": "许昌市专业化众创空间备案申请表", "xinjiang-2019-makerspace": "自治区众创空间备案申请表"}


def prog_keys(p):
    if p.startswith("shanxi"):
        return PROG_KEYS["shanxi"]
    if p.startswith("xuchang"):
        return PROG_KEYS["xuchang"] + XC_EXTRA[p]
    return PROG_KEYS[p]


def declared(S, ev, r):
    a = ev["total_area_sqm"]
    p = S["program"]
    if p == "taiyuan-2015-incubator":
        res_a = round(a * r.uniform(0.70, 0.76))
        pub = round(a - res_a)
    else:
        pub = round(a * r.uniform(0.905, 0.95))
        res_a = round(a - pub)
    ws = r.randint(40, 160)
    D_ = {"space_name": S["space_name"], "operator_name": S["operator"], "credit_code": S["licence"]["credit"],
          "legal_representative": S["rep"], "address": S["address"], "space_category": S["category"],
          "host_type": "other", "premises_source": "leased", "established_date": S["est_date"],
          "application_date": S["app_date"], "total_area_sqm": a, "public_area_sqm": pub, "resident_area_sqm": res_a,
          "workstations_total": ws, "workstations_open": ws - r.randint(5, 25), "staff_total": ev["staff_total"],
          "staff_college_or_above": ev["staff_college_or_above"], "staff_full_time": ev["staff_full_time"],
          "staff_trained": max(1, round(ev["staff_total"] * 0.4)), "mentors_count": ev["mentors_count"],
          "resident_count": ev["resident_count"], "resident_tech_count": ev["resident_tech_count"],
          "makers_count": r.randint(60, 240), "graduated_count": r.randint(2, 12), "ip_count": r.randint(8, 60),
          "events_per_month": ev["events_per_month"], "events_per_year": ev["events_per_year"],
          "seed_fund_wan": ev.get("seed_fund_wan"), "seed_fund_invested_wan": r.choice([12, 20, 35, 46, 58]),
          "revenue_wan": round(r.uniform(80, 400), 2), "operating_cost_wan": round(r.uniform(60, 300), 2),
          "equipment_value_wan": r.choice([26.5, 38, 52.8, 75]), "served_per_year": ev["resident_count"] + r.randint(5, 20),
          "incubation_cases": r.randint(3, 8), "investment_cases": r.randint(2, 6), "investment_managers": r.randint(2, 3),
          "new_companies_per_year": r.randint(8, 14), "financed_per_year": r.randint(3, 6),
          "max_residency_months": ev["max_residency_months"]}
    return D_


# ---------------------------------------------------------------- submission assembly
class Sub:
    def __init__(self, sid, S, zipped=False):
        self.sid, self.S, self.zipped = sid, S, zipped
        self.dir = os.path.join(OUT, sid)
        os.makedirs(self.dir, exist_ok=True)
        self.files = []
        self.r = random.Random(S["seed"] * 7 + 3)

    def path(self, name):
        return os.path.join(self.dir, name)

    def entry(self, name, typ, fmt, rendering, pages, documents, page_details=None, **kw):
        e = {"file": name, "type": typ, "format": fmt, "rendering": rendering, "pages": pages,
             "documents": documents, "status": "ok"}
        if page_details is not None:
            e["page_details"] = page_details
        e.update(kw)
        self.files.append(e)
        return e

    def scan(self, page, typ, dpi=None, paper=None, angle=None, quality=None, poor=False, upside=False, crop=None):
        r = self.r
        angle = round(r.uniform(-1.8, 1.8), 2) if angle is None else angle
        paper = paper or r.choice(["white", "white", "grey", "cream", "yellow"])
        quality = quality or r.choice([62, 70, 78, 85, 90])
        data = page.render(paper=paper, angle=angle, quality=quality, poor=poor, seed=r.randint(0, 10 ** 6),
                           blur=0.5 if r.random() < 0.3 else 0.0, crop=crop)
        if upside:
            im = Image.open(io.BytesIO(data)).rotate(180)
            b = io.BytesIO()
            im.save(b, "JPEG", quality=quality, dpi=(page.dpi, page.dpi))
            data = b.getvalue()
        det = {"type": typ, "dpi": page.dpi, "angle": angle, "upside_down": upside, "poor": poor, "paper": paper,
               "jpeg_quality": quality}
        return data, det

    def image_file(self, name, data, typ, det, key=None, fmt=None):
        fmt = fmt or name.rsplit(".", 1)[1].lower()
        if fmt in ("png", "tif", "tiff"):
            im = Image.open(io.BytesIO(data))
            if fmt == "png":
                im = im.convert("L")
                im.save(self.path(name), "PNG", dpi=(det["dpi"], det["dpi"]))
            else:
                im.convert("L").save(self.path(name), "TIFF", compression="tiff_lzw", dpi=(det["dpi"], det["dpi"]))
        else:
            open(self.path(name), "wb").write(data)
        det = dict(det, page=1)
        return self.entry(name, typ, "tiff" if fmt == "tif" else fmt, "image", 1,
                          [{"type": typ, "key": key or typ, "pages": [1]}], [det])

    def scan_pdf(self, name, parts, producer=None):
        """parts: list of (key, type, [(jpeg, det), ...]) in page order"""
        jpegs, dets, docs_ = [], [], []
        for key, typ, pages in parts:
            first = len(jpegs) + 1
            for j, det in pages:
                jpegs.append(j)
                dets.append(dict(det, page=len(jpegs)))
            docs_.append({"type": typ, "key": key, "pages": list(range(first, len(jpegs) + 1))})
        kw = {"producer": producer} if producer else {}
        pdfw.image_pdf(self.path(name), jpegs, **kw)
        types = {p["type"] for p in docs_}
        return self.entry(name, types.pop() if len(types) == 1 else None, "pdf", "scan", len(jpegs), docs_, dets)

    def finish(self, truth):
        for f in self.files:
            f["sha256"] = hashlib.sha256(open(self.path(f["file"]), "rb").read()).hexdigest()
        truth["files"] = self.files
        if self.zipped:
            zp = os.path.join(OUT, self.sid + ".zip")
            with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
                for f in self.files:
                    zi = zipfile.ZipInfo(f["file"], (2022, 6, 1, 9, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, open(self.path(f["file"]), "rb").read())
            shutil.rmtree(self.dir)
            truth["container"] = "zip"
            tp = os.path.join(OUT, self.sid + ".truth.json")
        else:
            truth["container"] = "folder"
            tp = os.path.join(self.dir, "truth.json")
        with open(tp, "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2, default=str)


# ---------------------------------------------------------------- one submission
CN = {"form": None, "report": "建设运营报告", "licence": "营业执照", "lease": "场地租赁合同", "roster": "管理服务人员名单",
      "diploma": "学历证书", "mentors": "创业导师聘书", "bank": "种子资金存款证明", "residents": "入驻团队和企业名单",
      "events": "创新创业活动记录"}


class Namer2:
    def __init__(self, scheme, form_name, r):
        self.scheme, self.i, self.form_name, self.r = scheme, 0, form_name, r
        self.clock = dt.datetime(2022, 5, 30, 9, 12, 0) + dt.timedelta(minutes=r.randint(0, 5000))

    def __call__(self, role, ext, suffix="", scan=False):
        self.i += 1
        cname = (self.form_name if role == "form" else CN[role]) + suffix
        if self.scheme == "num":
            return f"{self.i:02d}-{cname}.{ext}"
        if self.scheme == "fj":
            return f"附件{self.i} {cname}.{ext}"
        if self.scheme == "img" and scan:
            self.clock += dt.timedelta(seconds=self.r.randint(20, 400))
            return f"IMG_{self.clock:%Y%m%d_%H%M%S}.{ext}"
        return f"{cname}.{ext}"


def fmt_truth(v):
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def assemble(S, st):
    sub = Sub(S["id"], S, zipped=st.get("zip", False))
    r = sub.r
    if S["program"] == "taiyuan-2015-incubator":
        st["fmt"]["incubator"] = True
        st.setdefault("pick", {})["space_category"] = 2
    fm = forms.Fmt(st["fmt"])
    keys = [k for k in prog_keys(S["program"]) if S["D"].get(k) is not None]
    items = items_for(keys, st.get("pick", {}))
    nm = Namer2(st.get("names", "num"), st.get("form_name", "申请书"), r)
    role_file = {}
    bound = st.get("bound", set())
    parts = []            # bound-volume parts
    dpis = st.get("dpi", [150, 200, 300])

    def dpi():
        return r.choice(dpis)

    def put(role, typ, key, pages_dets):
        parts.append((key, typ, pages_dets))

    # application form
    if "form" in bound:
        d0 = dpi()
        put("form", "application_form", "application_form",
            [sub.scan(p, "application_form") for p in forms.scanned_form_pages(S, items, fm, d0)])
    else:
        f = nm("form", "docx")
        lay = st["layout"]
        if lay == "L1":
            forms.L1(S, items, sub.path(f), fm)
        elif lay == "L2":
            forms.L2(S, items, sub.path(f), fm, st.get("sections"))
        elif lay == "L3":
            forms.L3(S, items, sub.path(f), fm)
        elif lay == "L4":
            forms.L4(S, items, sub.path(f), fm, st["groups"])
        else:
            forms.L5(S, items, sub.path(f), fm, st["selfeval"])
        sub.entry(f, "application_form", "docx", "docx", 0, [{"type": "application_form", "key": "application_form", "pages": []}])
        role_file["form"] = f
    # operating report
    if "report" in bound:
        d0 = dpi()
        put("report", "operating_report", "operating_report", [sub.scan(p, "operating_report") for p in docs.report_pages(S, d0)])
    elif st.get("report") == "docx":
        f = nm("report", "docx")
        docs.report_docx(S, sub.path(f))
        sub.entry(f, "operating_report", "docx", "docx", 0, [{"type": "operating_report", "key": "operating_report", "pages": []}])
        role_file["report"] = f
    else:
        f = nm("report", "pdf")
        n = pdfw.text_pdf(sub.path(f), docs.report_blocks(S), title=f"{S['space_name']}建设运营报告", author=S["manager"])
        e = sub.entry(f, "operating_report", "pdf", "pdf_text", n,
                      [{"type": "operating_report", "key": "operating_report", "pages": list(range(1, n + 1))}])
        role_file["report"] = f
        if st.get("report_modified"):
            pdfw.incremental_update(sub.path(f), producer="Foxit PhantomPDF Printer Version 9.7.1.29511",
                                    moddate=f"D:{S['app_date']:%Y%m%d}153012+08'00'",
                                    creation=f"D:{S['app_date'] - dt.timedelta(days=20):%Y%m%d}100000+08'00'",
                                    extra_text={"box": (300, 420, 120, 18)})
            e["incremental_update"] = True
    # business licence
    lic = docs.licence(S, dpi())
    mode = st.get("licence", "jpg")
    data, det = sub.scan(lic, "business_license")
    if "licence" in bound:
        put("licence", "business_license", "business_license", [(data, det)])
    elif mode == "pdf":
        f = nm("licence", "pdf")
        sub.scan_pdf(f, [("business_license", "business_license", [(data, det)])])
        role_file["licence"] = f
    else:
        f = nm("licence", mode, scan=True)
        sub.image_file(f, data, "business_license", det)
        role_file["licence"] = f
    # lease
    Lz = S["lease"]
    if "area_text" not in Lz:
        lr = random.Random(S["seed"] + 5)
        Lz["area_text"] = lr.choice([f"{forms.num(Lz['area'])}平方米", f"{Lz['area']:.2f}平方米",
                                     f"{forms.num(Lz['area'])}㎡"])
        ds = lr.choice(["cn", "cn0"])
        Lz["start_text"] = cn.date_fmt(Lz["start"], ds)
        Lz["end_text"] = cn.date_fmt(Lz["end"], ds)
        Lz["sign_text"] = cn.date_fmt(Lz["sign"], ds)
        yrs = cn.lease_years(Lz["start"], Lz["end"])
        Lz["term_text"] = lr.choice([f"{forms.num(yrs)}年", cn.cn_small(int(yrs)) + "年"]) if float(yrs).is_integer() \
            else f"{int(yrs)}年{round((yrs - int(yrs)) * 12)}个月"
    if S.get("lease_pages"):
        lease_pd = S["lease_pages"]
    else:
        d0 = dpi()
        poor = st.get("lease_poor", False)
        lease_pd = [sub.scan(p, "lease_contract", poor=poor, quality=35 if poor else None)
                    for p in docs.lease_pages(S, 150 if poor else d0)]
        SHARED[f"lease:{S['id']}"] = lease_pd
    if "lease" in bound:
        put("lease", "lease_contract", "lease_contract", lease_pd)
    elif st.get("lease") == "jpgs":
        fs = []
        for k, (j, dd) in enumerate(lease_pd, 1):
            f = nm("lease", "jpg", f"-第{k}页", scan=True)
            sub.image_file(f, j, "lease_contract", dd, key="lease_contract")
            fs.append(f)
        role_file["lease"] = fs
    else:
        f = nm("lease", "pdf")
        sub.scan_pdf(f, [("lease_contract", "lease_contract", lease_pd)])
        role_file["lease"] = f
    # staff roster
    cols = st.get("roster_cols", ["序号", "姓名", "性别", "学历", "毕业院校", "所学专业", "职务", "专/兼职"])
    widths = {"序号": 10, "姓名": 18, "性别": 10, "出生年月": 20, "身份证号码": 40, "学历": 20, "毕业院校": 32,
              "所学专业": 30, "职务": 24, "岗位": 24, "专/兼职": 16, "用工形式": 18, "毕业时间": 20}
    rows = docs.roster_rows(S, cols)
    rtitle = f"{S['space_name']}管理服务人员名单"
    rmode = st.get("roster", "docx")
    if "roster" in bound or rmode == "scan":
        tot = sum(widths[c] for c in cols)
        ws = [widths[c] * 178 / tot for c in cols]
        pg = docs.table_pages(rtitle, cols, rows, ws, dpi(), foot=S["operator_name_doc"], seal=S["operator_name_doc"])
        pd_ = [sub.scan(p, "staff_roster") for p in pg]
        if "roster" in bound:
            put("roster", "staff_roster", "staff_roster", pd_)
        else:
            f = nm("roster", "pdf")
            sub.scan_pdf(f, [("staff_roster", "staff_roster", pd_)])
            role_file["roster"] = f
    elif rmode == "pdf":
        f = nm("roster", "pdf")
        tot = sum(widths[c] for c in cols)
        n = pdfw.text_pdf(sub.path(f), [("h1", rtitle), ("table", [cols] + rows, [widths[c] * 160 / tot for c in cols]),
                                        ("r", f"填报单位：{S['operator_name_doc']}")], title=rtitle)
        sub.entry(f, "staff_roster", "pdf", "pdf_text", n, [{"type": "staff_roster", "key": "staff_roster", "pages": list(range(1, n + 1))}])
        role_file["roster"] = f
    else:
        f = nm("roster", "docx")
        d = docxw.Docx(size=11, title=rtitle)
        d.p(rtitle, size=15, bold=True, align="center", font="黑体")
        tot = sum(widths[c] for c in cols)
        d.table([[{"t": c, "bold": True, "align": "center"} for c in cols]] + rows, [int(widths[c] * 9600 / tot) for c in cols], size=10)
        d.p(f"运营单位（盖章）：{S['operator_name_doc']}", align="right")
        d.save(sub.path(f))
        sub.entry(f, "staff_roster", "docx", "docx", 0, [{"type": "staff_roster", "key": "staff_roster", "pages": []}])
        role_file["roster"] = f
    # diplomas
    dip_parts = []
    for s in S["staff"]:
        if not s.get("diploma_submitted"):
            continue
        if s.get("dup_scan"):
            dip_parts.append((s, s["dup_scan"]))
        else:
            pd = sub.scan(docs.diploma(s, dpi()), "diploma")
            SHARED[f"dip:{s['name']}"] = pd
            dip_parts.append((s, pd))
    dmode = st.get("diplomas", "pdf")
    role_file["diploma_of"] = {}
    if "diploma" in bound:
        for s, pd in dip_parts:
            put("diploma", "diploma", f"diploma:{s['name']}", [pd])
    elif dmode in ("jpg", "png"):
        fs = []
        for s, (j, dd) in dip_parts:
            f = nm("diploma", dmode, f"-{s['name']}", scan=True)
            sub.image_file(f, j, "diploma", dd, key=f"diploma:{s['name']}")
            fs.append(f)
            role_file["diploma_of"][s["name"]] = f
        role_file["diploma"] = fs
    else:
        f = nm("diploma", "pdf")
        sub.scan_pdf(f, [(f"diploma:{s['name']}", "diploma", [pd]) for s, pd in dip_parts])
        role_file["diploma"] = f
        for s, _ in dip_parts:
            role_file["diploma_of"][s["name"]] = f
    # mentor letters
    mmode = st.get("mentors", "scanpdf")
    if mmode == "textpdf" and "mentors" not in bound:
        f = nm("mentors", "pdf", "及服务协议")
        blocks = []
        for i, m in enumerate(S["mentors"]):
            if i:
                blocks.append(("break",))
            blocks += [("h1", "创业导师服务协议"), ("p", f"甲方：{S['operator_name_doc']}"), ("p", f"乙方：{m['name']}（{m['org']}{m['title']}）"),
                       ("p", f"甲方聘请乙方担任{S['space_name']}创业导师，聘期自{cn.date_fmt(m['start'], 'cn')}至{cn.date_fmt(m['end'], 'cn')}。"
                             f"乙方在{m['field']}领域为入驻团队提供辅导，每季度不少于一次，甲方为乙方开展服务提供场地和必要条件。"),
                       ("p", "本协议一式两份，双方各执一份，自签字盖章之日起生效。"), ("space", 10),
                       ("r", f"甲方（盖章）：{S['operator_name_doc']}"), ("r", f"乙方（签字）：{m['name']}"),
                       ("r", cn.date_fmt(m["start"], "cn"))]
        n = pdfw.text_pdf(sub.path(f), blocks, title="创业导师服务协议")
        sub.entry(f, "mentor_letter", "pdf", "pdf_text", n,
                  [{"type": "mentor_letter", "key": f"mentor_letter:{m['name']}", "pages": [i + 1]} for i, m in enumerate(S["mentors"])])
        role_file["mentors"] = f
    else:
        var = st.get("mentor_variant", 0)
        mp = [(m, [sub.scan(docs.mentor_letter(S, m, dpi(), var), "mentor_letter")]) for m in S["mentors"]]
        if "mentors" in bound:
            for m, pd in mp:
                put("mentors", "mentor_letter", f"mentor_letter:{m['name']}", pd)
        elif mmode == "jpg":
            fs = []
            for m, pd in mp:
                f = nm("mentors", "jpg", f"-{m['name']}", scan=True)
                sub.image_file(f, pd[0][0], "mentor_letter", pd[0][1], key=f"mentor_letter:{m['name']}")
                fs.append(f)
            role_file["mentors"] = fs
        else:
            f = nm("mentors", "pdf")
            sub.scan_pdf(f, [(f"mentor_letter:{m['name']}", "mentor_letter", pd) for m, pd in mp])
            role_file["mentors"] = f
    # bank proof
    if S.get("bank"):
        B = S["bank"]
        yuan = round(B["amount_wan"] * 10000)
        B["amount_num"] = f"¥{yuan:,.2f}"
        B["amount_upper"] = cn.yuan_upper(yuan)
        B["bank_seal"] = B["branch"]
        pd = sub.scan(docs.bank_proof(S, dpi(), st.get("bank_variant", 0)), "bank_deposit_proof")
        if "bank" in bound:
            put("bank", "bank_deposit_proof", "bank_deposit_proof", [pd])
        elif st.get("bank") == "jpg":
            f = nm("bank", "jpg", scan=True)
            sub.image_file(f, pd[0], "bank_deposit_proof", pd[1])
            role_file["bank"] = f
        else:
            f = nm("bank", "pdf")
            e = sub.scan_pdf(f, [("bank_deposit_proof", "bank_deposit_proof", [pd])], producer="EPSON Scan")
            role_file["bank"] = f
            if st.get("bank_modified"):
                pdfw.incremental_update(sub.path(f), producer="Adobe Acrobat Pro DC 21.1.20155",
                                        moddate=f"D:{S['app_date'] - dt.timedelta(days=2):%Y%m%d}221745+08'00'",
                                        creation=f"D:{B['date']:%Y%m%d}093000+08'00'",
                                        extra_text={"box": (40, 40, 90, 14)})
                e["incremental_update"] = True
    # residents
    rstyle = st.get("res_date", "dot")
    rh = ["序号", "企业（团队）名称", "进驻时间", "注册资金（万元）", "技术领域", "是否科技型"]
    rrows = docs.resident_rows(S, rstyle)
    rt = f"{S['space_name']}入驻团队和企业名单"
    rmode = st.get("residents", "docx")
    if "residents" in bound or rmode == "scan":
        pg = docs.table_pages(rt, rh, rrows, [11, 62, 26, 26, 30, 22], dpi(), seal=S["operator_name_doc"], pt=9)
        pd_ = [sub.scan(p, "resident_list") for p in pg]
        if "residents" in bound:
            put("residents", "resident_list", "resident_list", pd_)
        else:
            f = nm("residents", "pdf")
            sub.scan_pdf(f, [("resident_list", "resident_list", pd_)])
            role_file["residents"] = f
    elif rmode == "pdf":
        f = nm("residents", "pdf")
        n = pdfw.text_pdf(sub.path(f), [("h1", rt), ("table", [rh] + rrows, [10, 55, 24, 22, 26, 18])], title=rt)
        sub.entry(f, "resident_list", "pdf", "pdf_text", n, [{"type": "resident_list", "key": "resident_list", "pages": list(range(1, n + 1))}])
        role_file["residents"] = f
    else:
        f = nm("residents", "docx")
        d = docxw.Docx(size=11, title=rt)
        d.p(rt, size=15, bold=True, align="center", font="黑体")
        d.table([[{"t": c, "bold": True, "align": "center"} for c in rh]] + rrows, [700, 3400, 1500, 1300, 1600, 1100], size=10)
        d.save(sub.path(f))
        sub.entry(f, "resident_list", "docx", "docx", 0, [{"type": "resident_list", "key": "resident_list", "pages": []}])
        role_file["residents"] = f
    # activity records
    estyle = st.get("ev_date", "cn")
    eh = ["序号", "活动时间", "活动名称", "活动形式", "参加人数"]
    erows = docs.event_rows(S, estyle)
    et = st.get("ev_title", f"{S['space_name']}创新创业活动一览表")
    emode = st.get("events", "docx")
    if "events" in bound or emode == "scan":
        pg = docs.table_pages(et, eh, erows, [12, 34, 80, 28, 24], dpi(), pt=9, per_page=34)
        pd_ = [sub.scan(p, "activity_record") for p in pg]
        if "events" in bound:
            put("events", "activity_record", "activity_record", pd_)
        else:
            f = nm("events", "pdf")
            sub.scan_pdf(f, [("activity_record", "activity_record", pd_)])
            role_file["events"] = f
    elif emode == "pdf":
        f = nm("events", "pdf")
        n = pdfw.text_pdf(sub.path(f), [("h1", et), ("table", [eh] + erows, [12, 32, 70, 24, 20])], title=et)
        sub.entry(f, "activity_record", "pdf", "pdf_text", n, [{"type": "activity_record", "key": "activity_record", "pages": list(range(1, n + 1))}])
        role_file["events"] = f
    else:
        f = nm("events", "docx")
        d = docxw.Docx(size=11, title=et)
        d.p(et, size=15, bold=True, align="center", font="黑体")
        d.table([[{"t": c, "bold": True, "align": "center"} for c in eh]] + erows, [700, 2000, 4200, 1500, 1200], size=10)
        d.save(sub.path(f))
        sub.entry(f, "activity_record", "docx", "docx", 0, [{"type": "activity_record", "key": "activity_record", "pages": []}])
        role_file["events"] = f
    # bound volume: cover + contents page + the parts (in the order of st["bound_order"])
    if bound:
        d0 = dpi()
        cover = Page(d0, face=docs.SERIF)
        cover.y = 80
        cover.title(FORM_TITLE[S["program"]].replace("申请书", "").replace("申请表", "") + "申报材料", 22)
        cover.space(30)
        cover.line(f"申报单位：{S['operator_name_doc']}", 14, "center")
        cover.line(f"{S['app_date'].year}年{S['app_date'].month}月", 14, "center")
        order = st["bound_order"]
        byrole = {}
        for pt in parts:
            byrole.setdefault(pt[1], []).append(pt)
        ordered = []
        for t in order:
            ordered += byrole.get(t, [])
        toc = Page(d0, face=docs.SERIF)
        toc.title("目    录", 18)
        pg_no = 3
        rows = [["序号", "材料名称", "页码"]]
        seen = {}
        for key, typ, pds in ordered:
            seen.setdefault(typ, pg_no)
            pg_no += len(pds)
        for i, t in enumerate(order, 1):
            if t in seen:
                rows.append([str(i), {"application_form": "认定申请书", "operating_report": "建设运营报告",
                                      "business_license": "运营主体营业执照", "lease_contract": "场地租赁合同",
                                      "staff_roster": "管理服务人员名单", "diploma": "管理人员学历证书",
                                      "mentor_letter": "创业导师聘书", "bank_deposit_proof": "种子资金存款证明",
                                      "resident_list": "入驻团队和企业名单", "activity_record": "活动开展情况"}[t], str(seen[t])])
        toc.table(rows, [20, 120, 30], pt=11)
        pre = [("cover", "other", [sub.scan(cover, "other")]), ("contents", "other", [sub.scan(toc, "other")])]
        allparts = pre + ordered
        ud = st.get("upside_down_page")
        if ud:
            # re-scan one page upside down (a sheet fed the wrong way round)
            flat = [(i, j) for i, pt in enumerate(allparts) for j in range(len(pt[2]))]
            i, j = flat[ud - 1]
            data, det = allparts[i][2][j]
            im = Image.open(io.BytesIO(data)).rotate(180)
            b = io.BytesIO()
            im.save(b, "JPEG", quality=det["jpeg_quality"], dpi=(det["dpi"], det["dpi"]))
            allparts[i][2][j] = (b.getvalue(), dict(det, upside_down=True))
        f = st.get("bound_name", "申报材料（装订本）.pdf")
        sub.scan_pdf(f, allparts, producer="KONICA MINOLTA bizhub C368")
        for role in bound:
            role_file[role] = f
            role_file["diploma_of"] = {s["name"]: f for s in S["staff"] if s.get("diploma_submitted")}
        role_file["bound_pages"] = {}
        for e in sub.files:
            if e["file"] == f:
                for dd in e["documents"]:
                    role_file["bound_pages"].setdefault(dd["type"], []).extend(dd["pages"])
                    role_file["bound_pages"][dd["key"]] = dd["pages"]
    return sub, role_file, items


# ---------------------------------------------------------------- truth
EV_SRC = {"operator_name": "licence", "credit_code": "licence", "legal_representative": "licence", "address": "licence",
          "registration_date": "licence", "total_area_sqm": "lease", "premises_source": "lease",
          "lease_start_date": "lease", "lease_end_date": "lease", "lease_term_years": "lease",
          "staff_total": "roster", "staff_full_time": "roster", "staff_college_or_above": "diploma",
          "mentors_count": "mentors", "resident_count": "residents", "resident_tech_count": "residents",
          "max_residency_months": "residents", "events_per_month": "events", "events_per_year": "events",
          "seed_fund_wan": "bank"}
AREA_MONEY = forms.AREA | forms.MONEY


def norm_text(s):
    out = []
    for ch in str(s):
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        if ch in " \u3000\t":
            continue
        out.append(ch)
    return "".join(out)


def differs(key, d, e):
    if key in AREA_MONEY:
        return abs(d - e) / e > 0.01
    if isinstance(d, (int, float)) and isinstance(e, (int, float)):
        return d != e
    return norm_text(fmt_truth(d)) != norm_text(fmt_truth(e))


def files_of(role_file, role):
    v = role_file.get(role)
    return v if isinstance(v, list) else [v] if v else []


def make_truth(S, sub, rf, items, plants):
    ev = gen.evidence(S)
    D_ = S["D"]
    fields = {}
    dkeys = [k for k, _ in items]
    for k in list(dict.fromkeys(dkeys + list(ev))):
        node = {}
        if k in dkeys:
            node["declared"] = fmt_truth(D_[k])
        src = EV_SRC.get(k)
        if k in ev and src and rf.get(src):
            node["evidence"] = fmt_truth(ev[k])
            node["evidence_files"] = files_of(rf, src)
        if node:
            fields[k] = node
    disc = []
    for k, node in fields.items():
        if "declared" in node and "evidence" in node and differs(k, D_[k], ev[k]):
            disc.append({"field": k, "declared": node["declared"], "evidence": node["evidence"],
                         "evidence_files": node["evidence_files"]})
    # no unplanted date problems
    codes = {f["code"] for f in plants.get("flags", [])}
    Lz = S["lease"]
    if "date_inconsistency" not in codes:
        assert Lz["sign"] >= S["licence"]["reg"] and Lz["start"] >= S["licence"]["reg"], S["id"]
        assert Lz["end"] >= S["app_date"], S["id"]
        assert all(s["dip"]["grad"] <= S["app_date"] for s in S["staff"] if s.get("dip")), S["id"]
    assert all(m["start"] <= S["app_date"] <= m["end"] for m in S["mentors"]), S["id"]
    assert S["licence"]["issue"] <= S["app_date"] and S["licence"]["reg"] <= S["est_date"] <= S["app_date"], S["id"]
    assert all(e["date"] < S["app_date"] and e["date"] != cn.add_months(S["app_date"], -12) for e in S["events"]), S["id"]
    assert all(x["entry"] < S["app_date"] for x in S["residents"]), S["id"]
    if S.get("bank"):
        assert S["bank"]["date"] <= S["app_date"]
    assert len({s["name"] for s in S["staff"]} | {m["name"] for m in S["mentors"]}) == len(S["staff"]) + len(S["mentors"]), S["id"]
    codes_valid = cn.credit_valid(S["licence"]["credit"])
    assert codes_valid == ("invalid_credit_code" not in codes), S["id"]
    for s in S["staff"]:
        if s.get("dip"):
            no = s["dip"]["no"]
            ok = no[6:10] == str(s["dip"]["grad"].year) and no[10:12] == cn.LEVELS[s["edu"]][0]
            assert ok == ("invalid_certificate_number" not in codes or s["name"] not in
                          [f.get("person") for f in plants["flags"]]), (S["id"], s["name"])
    exp = sorted(plants.get("discrepancies", []))
    got = sorted(x["field"] for x in disc)
    assert exp == got, (S["id"], exp, got)
    flags = []
    for fl in plants.get("flags", []):
        role = fl["role"]
        fs = files_of(rf, role) if role != "diploma_of" else [rf["diploma_of"][fl["person"]]]
        e = {"code": fl["code"], "files": fs}
        if rf.get("bound_pages") and fs and fs[0] in [x["file"] for x in sub.files if x.get("rendering") == "scan"] \
                and fl.get("page_key"):
            e["pages"] = rf["bound_pages"][fl["page_key"]]
        e["related_submissions"] = fl.get("related", [])
        e["detail"] = fl["detail"]
        flags.append(e)
    staff = []
    for s in S["staff"]:
        x = {"name": s["name"], "education": s["edu"] if s["edu"] in ("doctor", "master", "bachelor", "college") else "other",
             "diploma_submitted": bool(s.get("diploma_submitted")), "full_time": s["full_time"]}
        if s.get("dip"):
            x["certificate_no"] = s["dip"]["no"]
            x["graduated_on"] = s["dip"]["grad"].isoformat()
        if s.get("id"):
            x["id_number"] = s["id"]
        staff.append(x)
    truth = {"schema": "zcingest.truth/1", "submission_id": S["id"], "program_id": S["program"],
             "builder": "indie-c", "fields": fields, "staff": staff,
             "mentors": [m["name"] for m in S["mentors"]],
             "residents": [{"name": x["name"], "entry_date": x["entry"].isoformat(), "tech": x["tech"],
                            "technical_field": x["field"]} for x in S["residents"]],
             "events": [{"date": e["date"].isoformat(), "title": e["title"]} for e in S["events"]],
             "discrepancies": disc, "flags": flags, "missing_documents": [],
             "defects": plants.get("defects", []), "plants": plants.get("notes", []),
             "layout": plants.get("layout", "")}
    return truth


# ---------------------------------------------------------------- self-evaluation sentences (layout L5)
def selfeval_xj(S, fm):
    D_ = S["D"]
    v = lambda k: fm.val(k, D_[k])
    return [("机构实际注册并运营时间满1年", f"运营主体于{cn.date_fmt(S['licence']['reg'], 'cn')}注册，空间{v('established_date')}起运营。", "营业执照"),
            ("拥有不低于500平方米的服务场地，或提供不少于30个创业工位",
             f"服务场地面积{v('total_area_sqm')}（租赁），提供创业工位{v('workstations_total')}。", "租赁合同"),
            ("公共服务场地和工位面积不低于总面积的75%", f"公共服务场地面积{v('public_area_sqm')}。", "平面图"),
            ("年协议入驻创业团队和企业不低于20家", f"年协议入驻创业团队和企业{v('resident_count')}。", "入驻名单"),
            ("入驻团队每年注册成为新企业数不低于8家，或每年不低于3家获得融资",
             f"每年注册成为新企业{v('new_companies_per_year')}，获得融资{v('financed_per_year')}。", "营业执照、融资协议"),
            ("每年有不少于3个典型孵化案例", f"典型孵化案例{v('incubation_cases')}。", "案例材料"),
            ("至少3名专职人员，聘请至少3名专兼职导师",
             f"服务人员{v('staff_total')}，其中专职人员{v('staff_full_time')}；创业导师{v('mentors_count')}。", "人员名单、聘书"),
            ("每年开展活动不少于10场次", f"近一年开展创业沙龙、路演等活动{v('events_per_year')}。", "活动记录"),
            ("入驻时限一般不超过24个月", f"入驻时限最长{v('max_residency_months')}。", "入驻协议"),
            ("种子资金", f"设立种子资金{v('seed_fund_wan')}。", "存款证明")]


# ---------------------------------------------------------------- the sixteen submissions
def base(sid, program, seed, **kw):
    S = gen.make(sid, program, seed, **kw)
    r = random.Random(seed + 99)
    S["D"] = declared(S, gen.evidence(S), r)
    S["form_title"] = FORM_TITLE[program]
    return S


GROUPS = [("基本情况", ["space_name", "operator_name", "credit_code", "legal_representative", "address", "space_category",
                    "established_date"]),
          ("场地情况", ["total_area_sqm", "public_area_sqm", "resident_area_sqm", "premises_source", "workstations_total"]),
          ("人员情况", ["staff_total", "staff_college_or_above", "staff_full_time", "staff_trained", "mentors_count",
                    "investment_managers"]),
          ("服务情况", ["resident_count", "resident_tech_count", "graduated_count", "events_per_year", "served_per_year",
                    "incubation_cases", "investment_cases", "equipment_value_wan", "seed_fund_wan",
                    "seed_fund_invested_wan", "revenue_wan", "operating_cost_wan"])]
SECTIONS = {"space_name": "一、运营主体基本情况", "total_area_sqm": "二、场地情况", "staff_total": "三、服务团队",
            "resident_count": "四、入驻及服务情况", "seed_fund_wan": "五、资金情况"}


def spec_all():
    sp = {}
    # K01 genuine, Shanxi comprehensive; L1 cover + 4-column table
    S = base("K01", "shanxi-2022-makerspace", 101, app_date=D(2022, 6, 10), reg_date=D(2019, 4, 16), area=1180,
             n_staff=8, n_college=7, n_mentors=6, n_res=16, tech_ratio=0.75, ev_first=D(2021, 1, 1), ev_months=17,
             ev_per_month=3, seed_wan=120, lease_years=8)
    sp["K01"] = (S, {"layout": "L1", "fmt": {"area": "m2", "money": "wan", "date": "cn", "boxes": True,
                                               "cat_box": ["comprehensive", "specialized"]},
                     "pick": {}, "licence": "jpg", "lease": "pdf", "roster": "docx", "diplomas": "jpg",
                     "mentors": "scanpdf", "bank": "jpg", "residents": "docx", "events": "pdf", "ev_date": "dot"},
                 {"layout": "L1 cover+4-column basic table; scans as JPG files; report text PDF"})
    # K02 Taiyuan comprehensive incubator: invalid credit code check char; seed fund 150 declared vs 80 on proof
    S = base("K02", "taiyuan-2015-incubator", 202, app_date=D(2017, 5, 12), reg_date=D(2015, 3, 20), area=5600,
             n_staff=10, n_college=7, n_mentors=5, n_res=34, tech_ratio=0.85, ev_first=D(2016, 6, 1), ev_months=11,
             ev_per_month=2, seed_wan=80, lease_years=10, residency_max_months=30)
    bad = cn.wrong_credit(S["licence"]["credit"])
    S["licence"]["credit"] = bad
    S["D"]["credit_code"] = bad
    S["D"]["seed_fund_wan"] = 150
    sp["K02"] = (S, {"layout": "L3", "fmt": {"area": "sqm", "money": "upper", "date": "cn0", "money_dec": True},
                     "pick": {"space_name": 2, "operator_name": 2, "total_area_sqm": 1, "staff_total": 2,
                              "resident_count": 2, "seed_fund_wan": 2, "staff_college_or_above": 1},
                     "form_name": "认定申请表", "report": "docx", "licence": "pdf", "lease": "jpgs", "roster": "scan",
                     "diplomas": "pdf", "mentors": "textpdf", "bank": "pdf", "bank_variant": 1, "residents": "pdf",
                     "events": "docx", "names": "fj", "dpi": [300, 200]},
                 {"discrepancies": ["seed_fund_wan"], "defects": ["invalid_credit_code", "declared_vs_evidence"],
                  "flags": [{"code": "invalid_credit_code", "role": "licence",
                             "detail": f"营业执照统一社会信用代码{bad}校验位错误（申请表同样填写此代码）"}],
                  "notes": ["credit code check character altered on licence and form",
                            "孵化专项资金 declared 壹佰伍拾万元整 (150 万元); 存款证明 balance 80 万元"],
                  "layout": "L3 indicator table 序号/指标/数值/单位, units in own cells, money in 大写"})
    # K03 genuine Xinjiang, bound volume (all evidence in one scanned PDF, one sheet upside down)
    S = base("K03", "xinjiang-2019-makerspace", 303, app_date=D(2020, 4, 20), reg_date=D(2018, 5, 8), area=860,
             n_staff=6, n_college=5, n_mentors=4, n_res=24, tech_ratio=0.7, ev_first=D(2019, 5, 1), ev_months=11,
             ev_per_month=2, seed_wan=60, lease_years=6, residency_max_months=20, n_full=5)
    sp["K03"] = (S, {"layout": "L5", "selfeval": selfeval_xj,
                     "fmt": {"area": "sq", "money": "wan", "date": "dash1"}, "pick": {"operator_name": 1, "address": 1,
                                                                                        "resident_count": 1},
                     "form_name": "备案申请表", "bound": {"report", "licence", "lease", "roster", "diploma", "mentors",
                                                      "bank", "residents", "events"},
                     "bound_order": ["operating_report", "business_license", "lease_contract", "staff_roster", "diploma",
                                     "mentor_letter", "bank_deposit_proof", "resident_list", "activity_record"],
                     "upside_down_page": 7, "dpi": [150, 200], "mentor_variant": 1, "res_date": "cn", "ev_date": "dot1"},
                 {"layout": "L5 备案表 + self-evaluation sentences; bound volume PDF with cover/contents"})
    # K04 Xuchang tech-support: lessee is another company; area 820 declared vs 560 in lease
    S = base("K04", "xuchang-2016-tech-support", 404, app_date=D(2017, 9, 15), reg_date=D(2016, 1, 12), area=560,
             n_staff=7, n_college=6, n_mentors=4, n_res=18, tech_ratio=0.8, ev_first=D(2016, 9, 1), ev_months=12,
             ev_per_month=2, seed_wan=None, lease_years=5)
    other = "许昌鼎元投资控股有限公司"
    S["lease"]["lessee"] = other
    S["lease"]["lessee_rep"] = "葛振东"
    S["D"]["total_area_sqm"] = 820
    S["D"]["public_area_sqm"] = 760
    S["D"]["resident_area_sqm"] = 60
    sp["K04"] = (S, {"layout": "L4", "groups": GROUPS, "fmt": {"area": "sq", "money": "wan", "date": "dot"},
                     "pick": {"space_name": 1, "operator_name": 1, "total_area_sqm": 2, "staff_total": 1},
                     "form_name": "备案申请表", "licence": "jpg", "lease": "pdf", "roster": "pdf", "diplomas": "jpg",
                     "mentors": "jpg", "residents": "docx", "events": "docx", "names": "num"},
                 {"discrepancies": ["total_area_sqm"], "defects": ["name_mismatch", "declared_vs_evidence"],
                  "flags": [{"code": "name_mismatch", "role": "lease", "detail": f"租赁合同承租方为{other}，不是运营主体"}],
                  "notes": ["lease lessee is a different company", "可自主支配场地面积 declared 820㎡, lease shows 560平方米"],
                  "layout": "L4 sectioned form with merged section cells"})
    # K05 Shuozhou: bank proof PDF edited by incremental update; 5 mentors declared, 3 letters
    S = base("K05", "shuozhou-2016-makerspace", 505, app_date=D(2018, 3, 20), reg_date=D(2016, 8, 5), area=420,
             n_staff=5, n_college=4, n_mentors=3, n_res=9, tech_ratio=0.67, ev_first=D(2017, 3, 1), ev_months=12,
             ev_per_month=[1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1, 2], seed_wan=30, lease_years=5)
    S["D"]["mentors_count"] = 5
    sp["K05"] = (S, {"layout": "L2", "sections": SECTIONS, "fmt": {"area": "sqm", "money": "wan", "date": "cnbig"},
                     "pick": {"operator_name": 3, "address": 2, "mentors_count": 1, "makers_count": 1},
                     "form_name": "申请表", "licence": "jpg", "lease": "pdf", "roster": "docx", "diplomas": "pdf",
                     "mentors": "scanpdf", "bank": "pdf", "bank_modified": True, "residents": "docx", "events": "docx",
                     "names": "fj", "ev_date": "iso"},
                 {"discrepancies": ["mentors_count"], "defects": ["pdf_modified", "declared_vs_evidence"],
                  "flags": [{"code": "pdf_modified", "role": "bank",
                             "detail": "存款证明PDF有增量更新（第二个xref，/Prev），Producer为Adobe Acrobat，修改日期晚于创建日期"}],
                  "notes": ["bank proof PDF: incremental update appended (white box over page, Acrobat producer)",
                            "导师 declared 5, only 3 聘书"],
                  "layout": "L2 two-column form with section rows, date in 〇-numerals"})
    return sp


def spec_more():
    sp = {}
    # K07 Xuchang investment-driven: lease signed & started before the operator was registered; bad ID check digit
    S = base("K07", "xuchang-2016-investment", 707, app_date=D(2017, 6, 28), reg_date=D(2016, 9, 20), area=700,
             n_staff=6, n_college=5, n_mentors=4, n_res=20, tech_ratio=0.75, ev_first=D(2016, 7, 1), ev_months=11,
             ev_per_month=2, seed_wan=300, lease_years=6, lease_start=D(2016, 4, 1))
    victim = S["staff"][2]
    victim["id"] = cn.wrong_id(victim["id"])
    sp["K07"] = (S, {"layout": "L4", "groups": GROUPS, "fmt": {"area": "m2a", "money": "yuan", "date": "dash1"},
                     "pick": {"operator_name": 3, "staff_total": 2, "seed_fund_wan": 1},
                     "form_name": "备案申请表", "licence": "pdf", "lease": "pdf", "roster": "pdf",
                     "roster_cols": ["序号", "姓名", "性别", "身份证号码", "学历", "毕业院校", "岗位", "用工形式"],
                     "diplomas": "pdf", "mentors": "scanpdf", "mentor_variant": 1, "bank": "jpg", "residents": "pdf",
                     "events": "pdf", "names": "num"},
                 {"defects": ["date_inconsistency", "invalid_id_number"],
                  "flags": [{"code": "date_inconsistency", "role": "lease",
                             "detail": f"租赁合同签订于{S['lease']['sign']}、起租于{S['lease']['start']}，早于运营主体成立日期{S['licence']['reg']}"},
                            {"code": "invalid_id_number", "role": "roster",
                             "detail": f"人员名单中{victim['name']}的身份证号{victim['id']}校验位错误"}],
                  "notes": ["lease signed and started before the lessee was registered",
                            f"roster ID number of {victim['name']} has a wrong check digit"],
                  "layout": "L4 sectioned form; money in 元 with thousands separators; roster text PDF with ID column"})
    # K08 Xuchang comprehensive: diploma number year contradicts stated graduation; 9 staff declared, 7 rostered
    S = base("K08", "xuchang-2016-comprehensive", 808, app_date=D(2017, 11, 8), reg_date=D(2015, 12, 2), area=1300,
             n_staff=7, n_college=6, n_mentors=5, n_res=35, tech_ratio=0.7, ev_first=D(2016, 11, 1), ev_months=12,
             ev_per_month=3, seed_wan=None, lease_years=5)
    bach = next(s for s in S["staff"] if s["edu"] == "bachelor")
    g = D(2014, 6, 30)
    bach["grad"] = g
    bach["dip"].update(grad=g, start=D(2010, 9, 1), years=4)
    bach["birth"] = D(1992, bach["birth"].month, bach["birth"].day)
    bach["dip"]["no"] = bach["dip"]["no"][:6] + "2016" + bach["dip"]["no"][10:]
    S["D"]["staff_total"] = 9
    sp["K08"] = (S, {"layout": "L2", "sections": SECTIONS, "fmt": {"area": "sqm", "money": "wan", "date": "cn"},
                     "pick": {"staff_total": 2, "staff_college_or_above": 1, "total_area_sqm": 3},
                     "form_name": "备案申请表", "licence": "jpg", "lease": "jpgs", "roster": "docx", "diplomas": "jpg",
                     "mentors": "scanpdf", "residents": "docx", "events": "docx", "names": "num"},
                 {"discrepancies": ["staff_total"], "defects": ["invalid_certificate_number", "declared_vs_evidence"],
                  "flags": [{"code": "invalid_certificate_number", "role": "diploma_of", "person": bach["name"],
                             "detail": f"{bach['name']}毕业证书编号{bach['dip']['no']}中年份为2016，证书所载毕业时间为2014年6月"}],
                  "notes": [f"diploma of {bach['name']}: number year 2016, stated graduation 2014-06-30",
                            "职工总数 declared 9, roster lists 7"],
                  "layout": "L2 two-column with sections"})
    # K09 genuine Xuchang specialized; camera-style file names, PNG diplomas, TIFF licence
    S = base("K09", "xuchang-2016-specialized", 909, app_date=D(2017, 10, 16), reg_date=D(2015, 6, 18), area=900,
             n_staff=6, n_college=5, n_mentors=4, n_res=22, tech_ratio=0.8, ev_first=D(2016, 10, 1), ev_months=12,
             ev_per_month=2, seed_wan=None, lease_years=8)
    sp["K09"] = (S, {"layout": "L3", "fmt": {"area": "m2", "money": "wan", "date": "dot"},
                     "pick": {"operator_name": 1, "address": 3, "total_area_sqm": 3, "mentors_count": 1},
                     "form_name": "专业化众创空间备案申请表", "licence": "tif", "lease": "jpgs", "roster": "scan",
                     "diplomas": "png", "mentors": "jpg", "residents": "scan", "events": "pdf", "names": "img",
                     "dpi": [200, 240, 300]},
                 {"layout": "L3 indicator table; scans named IMG_*.jpg, diplomas PNG, licence TIFF"})
    # K10 Taiyuan makerspace: lease scan very poor; account holder is the parent group; seed 50 vs 50.3 (within 1%)
    S = base("K10", "taiyuan-2015-makerspace", 1010, app_date=D(2016, 11, 22), reg_date=D(2015, 7, 9), area=650,
             n_staff=6, n_college=4, n_mentors=4, n_res=15, tech_ratio=0.73, ev_first=D(2016, 1, 1), ev_months=10,
             ev_per_month=2, seed_wan=50.3, lease_years=5)
    grp = "山西晋阳创新投资集团有限公司"
    S["bank"]["holder"] = grp
    S["D"]["seed_fund_wan"] = 50
    sp["K10"] = (S, {"layout": "L2", "fmt": {"area": "sq", "money": "wan", "date": "dot1"},
                     "pick": {"space_name": 1, "operator_name": 1, "address": 1, "staff_total": 1},
                     "form_name": "认定申请表", "licence": "jpg", "lease": "pdf", "lease_poor": True, "roster": "docx",
                     "diplomas": "pdf", "mentors": "scanpdf", "bank": "jpg", "residents": "docx", "events": "docx"},
                 {"defects": ["low_ocr_confidence", "name_mismatch"],
                  "flags": [{"code": "low_ocr_confidence", "role": "lease", "detail": "租赁合同扫描件分辨率低、模糊、有噪点"},
                            {"code": "name_mismatch", "role": "bank", "detail": f"存款证明户名为{grp}，不是运营主体"}],
                  "notes": ["lease rendered at 100 dpi, downsampled/blurred/speckled, JPEG q35 (both pages)",
                            "deposit proof account holder is the parent group",
                            "种子资金 declared 50 万元 vs proof 50.3 万元: 0.6 %, inside the 1 % tolerance (no discrepancy)"],
                  "layout": "L2 two-column, no sections"})
    # K11 Taiyuan specialized incubator: lease expired before application; one diploma reused by K06
    S = base("K11", "taiyuan-2015-incubator", 1111, app_date=D(2017, 4, 10), reg_date=D(2010, 5, 6), area=2300,
             n_staff=8, n_college=6, n_mentors=4, n_res=12, tech_ratio=0.92, ev_first=D(2016, 5, 1), ev_months=11,
             ev_per_month=2, seed_wan=100, lease_years=5, lease_start=D(2011, 7, 1), category="specialized",
             residency_max_months=34)
    shared_p = next(s for s in S["staff"] if s["edu"] == "bachelor")
    sp["K11"] = (S, {"layout": "L4", "groups": GROUPS, "fmt": {"area": "sqm", "money": "upper", "date": "cn"},
                     "pick": {"space_name": 2, "resident_count": 2, "resident_area_sqm": 1, "seed_fund_wan": 1},
                     "form_name": "认定申请表", "licence": "pdf", "lease": "pdf", "roster": "docx", "diplomas": "jpg",
                     "mentors": "scanpdf", "bank": "pdf", "residents": "docx", "events": "docx", "names": "fj"},
                 {"defects": ["date_inconsistency", "duplicate_certificate"],
                  "flags": [{"code": "date_inconsistency", "role": "lease",
                             "detail": f"租赁合同已于{S['lease']['end']}到期，早于申报日期{S['app_date']}"},
                            {"code": "duplicate_certificate", "role": "diploma_of", "person": shared_p["name"],
                             "related": ["K06"], "detail": f"{shared_p['name']}的毕业证书（编号{shared_p['dip']['no']}）也出现在K06"}],
                  "notes": ["lease 2011-07-01..2016-06-30, application 2017-04-10",
                            f"diploma of {shared_p['name']} also in K06 (re-compressed, cropped copy there)"],
                  "layout": "L4 sectioned form, seed fund in 大写"})
    sp["K11"][0]["shared_person"] = shared_p
    # K13 Xinjiang: licence is a different company; operating report PDF edited by incremental update
    S = base("K13", "xinjiang-2019-makerspace", 1313, app_date=D(2019, 11, 26), reg_date=D(2018, 6, 1), area=640,
             n_staff=5, n_college=4, n_mentors=3, n_res=21, tech_ratio=0.7, ev_first=D(2018, 12, 1), ev_months=11,
             ev_per_month=[1, 2, 1, 1, 1, 2, 1, 1, 2, 1, 1], seed_wan=50, lease_years=5, residency_max_months=18,
             n_full=4)
    lic_co = "乌鲁木齐天润丝路商贸有限公司"
    S["licence"]["name"] = lic_co
    S["licence"]["scope"] = "日用百货、五金交电、建筑材料销售；会议及展览服务；企业管理咨询。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    sp["K13"] = (S, {"layout": "L5", "selfeval": selfeval_xj, "fmt": {"area": "sqm", "money": "wan", "date": "cn"},
                     "pick": {"operator_name": 2, "address": 0, "resident_count": 1, "legal_representative": 0},
                     "form_name": "备案申请表", "report_modified": True, "licence": "jpg", "lease": "pdf",
                     "roster": "pdf", "diplomas": "pdf", "mentors": "scanpdf", "bank": "jpg", "residents": "pdf",
                     "events": "docx"},
                 {"discrepancies": ["operator_name"], "defects": ["name_mismatch", "pdf_modified", "declared_vs_evidence"],
                  "flags": [{"code": "name_mismatch", "role": "licence", "detail": f"营业执照名称为{lic_co}，不是申报的运营机构"},
                            {"code": "pdf_modified", "role": "report",
                             "detail": "建设运营报告PDF有增量更新，Producer为Foxit PhantomPDF，修改日期晚于创建日期"}],
                  "notes": ["licence holder is a different (trading) company; form's credit code/legal rep are the licence's",
                            "operating report PDF: incremental update (Foxit producer, white box drawn)"],
                  "layout": "L5 备案表 + self-evaluation sentences"})
    # K14 genuine Shuozhou, delivered as a zip
    S = base("K14", "shuozhou-2016-makerspace", 1414, app_date=D(2017, 12, 5), reg_date=D(2016, 4, 20), area=260,
             n_staff=4, n_college=3, n_mentors=3, n_res=8, tech_ratio=0.75, ev_first=D(2017, 1, 1), ev_months=11,
             ev_per_month=[1, 1, 2, 1, 1, 1, 2, 1, 1, 2, 1], seed_wan=20, lease_years=5)
    sp["K14"] = (S, {"layout": "L3", "fmt": {"area": "sqm", "money": "wan", "date": "cn", "area_dec": True},
                     "pick": {"total_area_sqm": 2, "public_area_sqm": 2, "operator_name": 1},
                     "form_name": "申请表", "licence": "jpg", "lease": "pdf", "roster": "docx", "diplomas": "jpg",
                     "mentors": "jpg", "bank": "jpg", "bank_variant": 0, "residents": "docx", "events": "docx",
                     "zip": True, "names": "num"},
                 {"layout": "L3 indicator table with areas as 1,234.00; zip container"})
    # K15 Shanxi specialized: its lease is reused by K12; 6 college staff declared, 4 on roster/diplomas
    S = base("K15", "shanxi-2022-specialized", 1515, app_date=D(2022, 6, 28), reg_date=D(2019, 11, 5), area=1350,
             n_staff=8, n_college=4, n_mentors=6, n_res=12, tech_ratio=0.83, ev_first=D(2021, 1, 1), ev_months=17,
             ev_per_month=3, seed_wan=150, lease_years=6)
    S["D"]["staff_college_or_above"] = 6
    sp["K15"] = (S, {"layout": "L1", "fmt": {"area": "sq", "money": "wan", "date": "cn"},
                     "pick": {"staff_college_or_above": 1, "seed_fund_wan": 1, "total_area_sqm": 2},
                     "form_name": "认定申请书", "licence": "pdf", "lease": "pdf", "roster": "scan",
                     "roster_cols": ["序号", "姓名", "性别", "出生年月", "学历", "毕业院校", "毕业时间", "职务", "专/兼职"],
                     "diplomas": "pdf", "mentors": "scanpdf", "bank": "pdf", "residents": "docx", "events": "pdf",
                     "names": "num"},
                 {"discrepancies": ["staff_college_or_above"], "defects": ["duplicate_document", "declared_vs_evidence"],
                  "flags": [{"code": "duplicate_document", "role": "lease", "related": ["K12"],
                             "detail": "本单位租赁合同扫描件也出现在K12的申报材料中"}],
                  "notes": ["lease also in K12 (cropped, re-compressed there)",
                            "专科以上人员 declared 6; roster shows 4 with 大专+ (others 高中/中专) and 4 diplomas"],
                  "layout": "L1 four-column basic table"})
    # K16 Taiyuan makerspace: a diploma dated after the application; area 520 declared vs 508 (2.3 %)
    S = base("K16", "taiyuan-2015-makerspace", 1616, app_date=D(2017, 3, 28), reg_date=D(2015, 10, 12), area=508,
             n_staff=6, n_college=5, n_mentors=3, n_res=12, tech_ratio=0.75, ev_first=D(2016, 4, 1), ev_months=11,
             ev_per_month=2, seed_wan=None, lease_years=5)
    fut = next(s for s in S["staff"] if s["edu"] in ("bachelor", "master"))
    g = D(2017, 6, 30)
    fut["grad"] = g
    yrs = fut["dip"]["years"]
    fut["dip"].update(grad=g, start=D(2017 - yrs, 9, 1))
    fut["birth"] = D(2017 - (22 if fut["edu"] == "bachelor" else 25), fut["birth"].month, fut["birth"].day)
    fut["dip"]["no"] = fut["dip"]["no"][:6] + "2017" + fut["dip"]["no"][10:]
    S["D"]["total_area_sqm"] = 520
    sp["K16"] = (S, {"layout": "L2", "fmt": {"area": "m2", "money": "wan", "date": "dot", "no_units": False},
                     "pick": {"space_name": 1, "total_area_sqm": 3, "staff_total": 2, "address": 1},
                     "form_name": "申请表", "licence": "jpg", "lease": "jpgs", "roster": "docx", "diplomas": "jpg",
                     "mentors": "jpg", "residents": "scan", "events": "docx", "names": "img"},
                 {"discrepancies": ["total_area_sqm"], "defects": ["date_inconsistency", "declared_vs_evidence"],
                  "flags": [{"code": "date_inconsistency", "role": "diploma_of", "person": fut["name"],
                             "detail": f"{fut['name']}的毕业证书落款日期{g}晚于申报日期{S['app_date']}"}],
                  "notes": [f"diploma of {fut['name']} dated 2017-06-30 (number year 2017, consistent) after application 2017-03-28",
                            "建筑面积 declared 520 m², lease 508 m² (2.4 % > 1 %)"],
                  "layout": "L2 two-column; IMG_* file names"})
    return sp


def spec_k06(p):
    """K06 Shanxi specialized: holds a re-compressed, cropped copy of K11's diploma; 4.5 events/month declared, 3 shown."""
    S = base("K06", "shanxi-2022-specialized", 606, app_date=D(2022, 6, 20), reg_date=D(2020, 3, 11), area=1500,
             n_staff=9, n_college=8, n_mentors=7, n_res=14, tech_ratio=0.86, ev_first=D(2021, 1, 1), ev_months=17,
             ev_per_month=3, seed_wan=200, lease_years=6)
    slot = next(i for i, s in enumerate(S["staff"]) if s["edu"] == "bachelor" and i > 0)
    j, det = SHARED[f"dip:{p['name']}"]
    cp = jpeg_recompress(j, 58, crop_frac=0.015, scale=0.9)
    im = Image.open(io.BytesIO(cp))
    newp = dict(p, full_time=True, role=S["staff"][slot]["role"],
                dup_scan=(cp, dict(det, dpi=int(round(im.info["dpi"][0])), jpeg_quality=58, cropped=True)))
    S["staff"][slot] = newp
    S["D"] = declared(S, gen.evidence(S), random.Random(606 + 99))
    S["D"]["events_per_month"] = 4.5
    st = {"layout": "L1", "fmt": {"area": "sqm", "money": "wan", "date": "cn0", "boxes": True,
                                  "cat_box": ["comprehensive", "specialized"]},
          "pick": {"space_name": 1, "operator_name": 0, "total_area_sqm": 2, "address": 2, "staff_total": 0},
          "form_name": "认定申请书", "report": "docx", "licence": "jpg", "lease": "pdf", "roster": "docx",
          "diplomas": "jpg", "mentors": "scanpdf", "bank": "jpg", "residents": "pdf", "events": "docx",
          "ev_date": "dash1", "names": "fj"}
    pl = {"discrepancies": ["events_per_month"], "defects": ["duplicate_certificate", "declared_vs_evidence"],
          "flags": [{"code": "duplicate_certificate", "role": "diploma_of", "person": p["name"], "related": ["K11"],
                     "detail": f"{p['name']}的毕业证书（编号{p['dip']['no']}）与K11提交的为同一证书"}],
          "notes": [f"diploma of {p['name']} is K11's scan, cropped 1.5 %, scaled 0.9, JPEG q58",
                    "平均月举办活动场次 declared 4.5; records show 51 events over 17 months = 3.0"],
          "layout": "L1 four-column table, checkbox category"}
    return S, st, pl


def spec_k12():
    """K12 Shanxi comprehensive, whole submission one bound scanned PDF incl. the form; lease is K15's."""
    S = base("K12", "shanxi-2022-makerspace", 1212, app_date=D(2022, 6, 25), reg_date=D(2019, 6, 19), area=1350,
             n_staff=7, n_college=6, n_mentors=5, n_res=23, tech_ratio=0.74, ev_first=D(2021, 1, 1), ev_months=17,
             ev_per_month=[3, 4] * 8 + [3], seed_wan=100, lease_years=6)
    src = SHARED["lease:K15"]
    S["lease"] = SHARED["lease_obj:K15"]
    S["lease_pages"] = [(jpeg_recompress(j, 66, crop_frac=0.012), dict(d, jpeg_quality=66, cropped=True)) for j, d in src]
    S["D"] = declared(S, gen.evidence(S), random.Random(1212 + 99))
    S["D"]["resident_count"] = 28
    st = {"layout": None, "fmt": {"area": "sqm", "money": "wan", "date": "cn"}, "pick": {},
          "bound": {"form", "report", "licence", "lease", "roster", "diploma", "mentors", "bank", "residents", "events"},
          "bound_order": ["application_form", "operating_report", "business_license", "lease_contract", "staff_roster",
                          "diploma", "mentor_letter", "bank_deposit_proof", "resident_list", "activity_record"],
          "bound_name": "申报材料.pdf", "dpi": [150, 200, 250]}
    pl = {"discrepancies": ["resident_count"], "defects": ["duplicate_document", "name_mismatch", "declared_vs_evidence"],
          "flags": [{"code": "duplicate_document", "role": "lease", "page_key": "lease_contract", "related": ["K15"],
                     "detail": "租赁合同为K15提交的同一份合同（裁边、重新压缩）"},
                    {"code": "name_mismatch", "role": "lease", "page_key": "lease_contract",
                     "detail": f"租赁合同承租方为{S['lease']['lessee']}，不是运营主体"}],
          "notes": ["everything (form too) in one scanned PDF; lease pages are K15's lease cropped 1.2 % and re-compressed",
                    "入驻团队及企业数 declared 28; resident list has 23 rows"],
          "layout": "bound volume: form printed as 4-column table and scanned"}
    return S, st, pl


def build_one(sid, S, st, pl):
    sub, rf, items = assemble(S, st)
    truth = make_truth(S, sub, rf, items, pl)
    sub.finish(truth)
    print(sid, S["program"], len(sub.files), "files", [f["code"] for f in truth["flags"]],
          [d["field"] for d in truth["discrepancies"]], flush=True)


def main():
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            if n.startswith("K"):
                p = os.path.join(OUT, n)
                shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    os.makedirs(OUT, exist_ok=True)
    a = spec_all()
    b = spec_more()
    specs = {**a, **b}
    only = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
    # dependencies first: K15 (lease reused by K12) and K11 (diploma reused by K06)
    for sid in ["K15", "K11"]:
        if sid == "K15":
            SHARED["lease_obj:K15"] = specs["K15"][0]["lease"]
        build_one(sid, *specs[sid])
    for sid in sorted(list(specs) + ["K06", "K12"]):
        if sid in ("K15", "K11") or (only and sid not in only):
            continue
        if sid == "K06":
            build_one(sid, *spec_k06(specs["K11"][0]["shared_person"]))
        elif sid == "K12":
            build_one(sid, *spec_k12())
        else:
            build_one(sid, *specs[sid])


if __name__ == "__main__":
    main()
