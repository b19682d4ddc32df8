# -*- coding: utf-8 -*-
"""Generate /work/indie-b (J01..J16). Seeded; rerunnable:  /usr/bin/python3 gen.py"""
import os, sys, json, random, shutil, subprocess, datetime as dt, re, zipfile, hashlib, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from lib import fdate, rmb_upper, add_months, whole_months
D = dt.date
OUT = os.environ.get("INDIE_OUT", "/work/indie-b"); STAGE = os.environ.get("INDIE_TMP", "/tmp/indieb-stage")
SEED = 20240611

CITIES = {
 "taiyuan": dict(prov="山西省", city="太原市", short="太原", dists=[("小店区", "140105"), ("迎泽区", "140106"), ("万柏林区", "140109")],
                 roads=["长治路", "学府街", "南中环街", "体育路", "坞城路", "龙城大街"], bank="中国建设银行股份有限公司太原长风支行"),
 "jinzhong": dict(prov="山西省", city="晋中市", short="晋中", dists=[("榆次区", "140702")], roads=["汇通路", "迎宾街", "安宁街", "锦纶路"],
                  bank="晋商银行股份有限公司晋中分行"),
 "shuozhou": dict(prov="山西省", city="朔州市", short="朔州", dists=[("朔城区", "140602")], roads=["开发南路", "民福东街", "张辽北路"],
                  bank="中国工商银行股份有限公司朔州分行营业部"),
 "xuchang": dict(prov="河南省", city="许昌市", short="许昌", dists=[("魏都区", "411002"), ("建安区", "411003")],
                 roads=["瑞祥路", "许继大道", "魏文路", "八一路", "学院路"], bank="中国银行股份有限公司许昌分行"),
 "urumqi": dict(prov="新疆维吾尔自治区", city="乌鲁木齐市", short="乌鲁木齐", dists=[("天山区", "650102"), ("新市区", "650104")],
                roads=["北京南路", "新民路", "长春中路", "河北东路"], bank="中国农业银行股份有限公司乌鲁木齐新市区支行"),
}
SUR = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIV = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英",
       "建华", "晓东", "志强", "海燕", "亚楠", "子涵", "浩然", "雨桐", "思远", "宏伟", "晨曦", "嘉欣", "文博", "佳怡", "国庆", "春梅", "鹏飞",
       "德华", "冬梅", "立新", "玉兰", "少杰", "一鸣", "梦瑶", "俊辉", "天宇", "若曦", "振华"]
CORES = ["启航", "汇智", "星火", "云帆", "聚能", "创谷", "青禾", "北辰", "凌云", "拓疆", "沙棘", "胡杨", "莲城", "晋阳", "汾水", "龙泉", "天山",
         "丝路", "曹魏", "鹿城", "桑干", "清源", "博远", "知行", "弘毅", "锦程"]
SCHOOLS = {"taiyuan": [("10108", "山西大学"), ("10112", "太原理工大学"), ("10110", "中北大学"), ("11237", "山西职业技术学院")],
           "xuchang": [("10459", "郑州大学"), ("10475", "河南大学"), ("10480", "许昌学院"), ("12949", "许昌职业技术学院")],
           "urumqi": [("10755", "新疆大学"), ("10762", "新疆师范大学"), ("10758", "新疆农业大学"), ("10994", "新疆农业职业技术学院")]}
FIELDS_TECH = ["电子信息", "软件和信息服务", "人工智能", "新材料", "生物医药", "节能环保", "智能制造", "大数据", "物联网", "新能源"]
FIELDS_NON = ["文化创意", "商贸服务", "餐饮管理", "广告策划", "电子商务", "教育咨询"]
EVT = ["创业沙龙", "创业大讲堂", "项目路演", "创业训练营", "投融资对接会", "政策解读会", "导师面对面", "创新创业大赛", "技术交流会", "财税知识培训"]
EVT_TOPIC = ["知识产权", "股权设计", "跨境电商", "人工智能应用", "短视频运营", "智能制造", "乡村振兴", "数字经济", "企业财税", "产品设计"]

# ------------------------------------------------------------------ submissions
SPECS = [
 dict(sid="J01", prog="taiyuan-2015-makerspace", city="taiyuan", cat="comprehensive", form="vertical", form_r="docx", pack="folder", genuine=True,
      dip="jpg", ment="pdf_text", fin=True, idnums=False),
 dict(sid="J02", prog="taiyuan-2015-incubator", city="taiyuan", cat="specialized", form="vertical", form_r="scan", pack="folder",
      dip="pdfscan", ment="scan", idnums=True, disc={"mentors_count": +2}, flags=["invalid_credit_code"]),
 dict(sid="J03", prog="shanxi-2022-makerspace", city="jinzhong", cat="comprehensive", form="shanxi_official", form_r="scan", pack="bound",
      fin=True, disc={"total_area_sqm": 1.22}, flags=["low_ocr_confidence"]),
 dict(sid="J04", prog="shanxi-2022-specialized", city="taiyuan", cat="specialized", form="shanxi_merged", form_r="docx", pack="folder",
      dip="pdfscan", ment="scan", disc={"staff_college_or_above": "nodip2"}, flags=["invalid_certificate_number:year", "duplicate_certificate:J09"]),
 dict(sid="J05", prog="shuozhou-2016-makerspace", city="shuozhou", cat="comprehensive", form="sentence", form_r="docx", pack="zip",
      dip="jpg", ment="pdf_text", fin=True, disc={"seed_fund_wan": "bank150"}, flags=["pdf_modified"]),
 dict(sid="J06", prog="xuchang-2016-tech-support", city="xuchang", cat="tech_support", form="indicator", form_r="docx", pack="folder",
      dip="jpg", ment="scan", disc={"staff_full_time": +2}, flags=["name_mismatch:lease"]),
 dict(sid="J07", prog="xuchang-2016-investment", city="xuchang", cat="investment_driven", form="indicator", form_r="scan", pack="bound",
      disc={"events_per_month": "decl4"}, flags=["duplicate_document:J15"]),
 dict(sid="J08", prog="xuchang-2016-comprehensive", city="xuchang", cat="comprehensive", form="indicator2", form_r="docx", pack="folder",
      dip="pdfscan", ment="pdf_text", idnums=True, disc={"resident_count": +4, "resident_tech_count": +4}, flags=["invalid_id_number"]),
 dict(sid="J09", prog="xuchang-2016-specialized", city="xuchang", cat="specialized", form="vertical", form_r="docx", pack="folder",
      dip="jpg", ment="scan", disc={"lease_term_years": "lease3"}, flags=["duplicate_certificate:J04"]),
 dict(sid="J10", prog="xinjiang-2019-makerspace", city="urumqi", cat="comprehensive", form="xinjiang", form_r="docx", pack="folder", genuine=True,
      dip="pdfscan", ment="pdf_text", fin=True, idnums=True),
 dict(sid="J11", prog="shanxi-2022-makerspace", city="taiyuan", cat="comprehensive", form="shanxi_official", form_r="docx", pack="folder", genuine=True,
      dip="jpg", ment="scan", fin=True, owned=True),
 dict(sid="J12", prog="xinjiang-2019-makerspace", city="urumqi", cat="comprehensive", form="xinjiang", form_r="scan", pack="bound",
      disc={"events_per_year": "decl24", "registration_date": "shift"}, flags=["date_inconsistency:expired"]),
 dict(sid="J13", prog="taiyuan-2015-makerspace", city="taiyuan", cat="comprehensive", form="vertical", form_r="docx", pack="folder",
      dip="jpg", ment="pdf_text", idnums=True, disc={"legal_representative": "other", "address": "other"},
      flags=["invalid_credit_code", "date_inconsistency:signed_before"]),
 dict(sid="J14", prog="shuozhou-2016-makerspace", city="shuozhou", cat="comprehensive", form="sentence", form_r="scan", pack="folder",
      dip="pdfscan", ment="scan", disc={"staff_total": +2}, flags=["invalid_certificate_number:level"]),
 dict(sid="J15", prog="xuchang-2016-investment", city="xuchang", cat="investment_driven", form="indicator2", form_r="docx", pack="folder",
      dip="jpg", ment="pdf_text", disc={"credit_code": "other"}, flags=["duplicate_document:J07", "name_mismatch:lease"]),
 dict(sid="J16", prog="shanxi-2022-specialized", city="jinzhong", cat="specialized", form="shanxi_merged", form_r="docx", pack="folder",
      dip="pdfscan", ment="pdf_text", fin=True, owned=True, disc={"total_area_sqm": 1.15}),
]
APPYEAR = {"taiyuan-2015": (2016, 2017), "shanxi-2022": (2022, 2022), "shuozhou-2016": (2016, 2017), "xuchang-2016": (2016, 2017), "xinjiang-2019": (2019, 2020)}
FORM_TITLE = {
 "taiyuan-2015-makerspace": "太原市众创空间认定申请表", "taiyuan-2015-incubator": "太原市科技企业孵化器认定申请表",
 "shanxi-2022-makerspace": "山西省省级众创空间认定申请书", "shanxi-2022-specialized": "山西省省级众创空间认定申请书",
 "shuozhou-2016-makerspace": "朔州市众创空间认定申请书", "xuchang-2016-tech-support": "许昌市众创空间备案申请表",
 "xuchang-2016-investment": "许昌市众创空间备案申请表", "xuchang-2016-comprehensive": "许昌市众创空间备案申请表",
 "xuchang-2016-specialized": "许昌市众创空间备案申请表", "xinjiang-2019-makerspace": "新疆维吾尔自治区众创空间备案申请表"}
CAT_CN = {"comprehensive": "综合", "specialized": "专业化", "tech_support": "技术支撑类", "investment_driven": "投资驱动类"}
EDU_CN = {"doctor": ["博士研究生", "博士"], "master": ["硕士研究生", "研究生"], "bachelor": ["本科", "大学本科"], "college": ["专科", "大专"], "other": ["高中", "中专"]}

def pname(rng, used):
    while True:
        n = rng.choice(SUR) + rng.choice(GIV)
        if n not in used: used.add(n); return n

# ------------------------------------------------------------------ facts
def make_facts(sp, rng):
    c = CITIES[sp["city"]]; prog = sp["prog"]; used = set(); sp["_used"] = used
    y0, y1 = APPYEAR["-".join(prog.split("-")[:2])]
    app = D(rng.randint(y0, y1), rng.randint(4, 10) if y0 != 2022 else rng.randint(5, 7), rng.randint(8, 26))
    core = CORES[int(sp["sid"][1:]) - 1 + 3]
    inv = "investment" in prog
    suffix = "投资管理有限公司" if inv else rng.choice(["科技有限公司", "企业管理咨询有限公司", "创业服务有限公司", "孵化器管理有限公司"])
    dist, reg = rng.choice(c["dists"])
    F = {}
    F["operator_name"] = f"{c['short']}{core}{suffix}"
    F["space_name"] = core + ("科技企业孵化器" if "incubator" in prog else rng.choice(["众创空间", "创客空间", "创新工场"]))
    F["credit_code"] = lib.make_cc(rng, reg)
    F["legal_representative"] = pname(rng, used)
    F["address"] = f"{c['prov']}{c['city']}{dist}{rng.choice(c['roads'])}{rng.randint(8, 399)}号{rng.choice(['创业大厦', '科技园', '科创中心', '双创基地'])}{rng.randint(2, 15)}层"
    F["registration_date"] = app - dt.timedelta(days=rng.randint(500, 1300))
    F["established_date"] = F["registration_date"] + dt.timedelta(days=rng.randint(40, 150))
    F["application_date"] = app
    F["space_category"] = sp["cat"]
    # premises
    lo, hi = {"taiyuan-2015-incubator": (2200, 3200), "shuozhou-2016-makerspace": (320, 900)}.get(prog, (620, 1800))
    area = rng.randint(lo, hi) + rng.choice([0, 0.5, 0.36, 0.0])
    F["total_area_sqm"] = round(area, 2)
    pub_ratio = {"shanxi": 0.93, "shuozhou": 0.92}.get(prog.split("-")[0], 0.62)
    if "incubator" in prog: pub_ratio = 0.28
    F["public_area_sqm"] = round(F["total_area_sqm"] * pub_ratio)
    F["resident_area_sqm"] = round(F["total_area_sqm"] - F["public_area_sqm"], 2)
    F["premises_source"] = "owned" if sp.get("owned") else "leased"
    if not sp.get("owned"):
        s = F["established_date"] - dt.timedelta(days=rng.randint(20, 90))
        yrs = rng.choice([5, 6, 8, 10]) if sp.get("disc", {}).get("lease_term_years") != "lease3" else 3
        s = max(s, F["registration_date"] + dt.timedelta(days=12))
        if yrs == 3: s = app - dt.timedelta(days=rng.randint(200, 400))
        F["lease_start_date"] = s; F["lease_end_date"] = D(s.year + yrs, s.month, s.day) - dt.timedelta(days=1)
        F["lease_term_years"] = yrs; F["_lease_sign"] = max(s - dt.timedelta(days=rng.randint(5, 25)), F["registration_date"] + dt.timedelta(days=2))
        F["_lessor"] = f"{c['short']}市{rng.choice(['恒通', '鑫源', '华兴', '金桥', '宏达'])}置业有限公司"
        F["_rent"] = rng.choice([18, 22, 25, 30, 35])
    F["workstations_total"] = rng.randint(60, 160); F["workstations_open"] = int(F["workstations_total"] * 0.7)
    # staff
    n = rng.randint(5, 8); staff = []
    for i in range(n):
        nm = pname(rng, used); male = rng.random() < 0.55
        edu = rng.choice(["bachelor", "bachelor", "college", "master", "college", "bachelor"]) if i < n - 1 else rng.choice(["other", "college"])
        if i == 0: edu = "master"
        grad_y = rng.randint(2002, app.year - 2)
        st = dict(name=nm, gender="男" if male else "女", education=edu, full_time=(i < max(3, n - 2)),
                  role=["主任", "副主任", "运营经理", "项目专员", "财务专员", "孵化服务专员", "行政专员", "活动专员"][i],
                  birth=D(grad_y - (22 if edu in ("bachelor",) else 25 if edu == "master" else 21), rng.randint(1, 12), rng.randint(1, 28)))
        if edu != "other":
            sch = rng.choice(SCHOOLS.get(sp["city"], SCHOOLS["taiyuan"]))
            if edu == "college": sch = SCHOOLS.get(sp["city"], SCHOOLS["taiyuan"])[3]
            st.update(school=sch, grad=D(grad_y, rng.choice([6, 7]), rng.randint(20, 30)), major=rng.choice(["计算机科学与技术", "工商管理", "会计学", "市场营销", "电子信息工程", "软件技术", "金融学"]),
                      cert=lib.make_cert(rng, sch[0], grad_y, edu), diploma_submitted=True)
        else:
            st["diploma_submitted"] = False
        st["id"] = lib.make_id(rng, reg, st["birth"], male)
        staff.append(st)
    F["_staff"] = staff
    # mentors
    nm_ = {"shanxi": rng.randint(5, 7), "shuozhou": rng.randint(3, 5), "xinjiang": rng.randint(3, 6)}.get(prog.split("-")[0], rng.randint(4, 6))
    F["_mentors"] = [dict(name=pname(rng, used), title=rng.choice(["高级工程师", "注册会计师", "天使投资人", "律师", "副教授", "企业家", "高级经济师"]),
                          org=f"{rng.choice(CORES)}{rng.choice(['资本', '律师事务所', '会计师事务所', '大学', '电子有限公司'])}") for _ in range(nm_)]
    # residents
    nr = {"xinjiang": rng.randint(21, 26), "taiyuan-2015-incubator": rng.randint(11, 15)}.get(prog.split("-")[0] if prog.startswith("xinjiang") else prog, rng.randint(12, 20))
    res = []; first = app - dt.timedelta(days=rng.randint(300, 520) if prog.startswith("xinjiang") else rng.randint(300, 700))
    for i in range(nr):
        tech = rng.random() < 0.7
        nmr = f"{rng.choice(CORES)}{rng.choice(['智能', '数联', '云创', '新材', '生物', '文创', '电商', '传媒'])}{rng.choice(['科技有限公司', '信息技术有限公司', '创业团队', '工作室', '网络科技有限公司'])}"
        while any(r["name"] == nmr for r in res): nmr = rng.choice(CORES) + nmr
        ed = first if i == 0 else first + dt.timedelta(days=rng.randint(5, max(6, (app - first).days - 20)))
        res.append(dict(name=nmr, entry_date=ed, tech=tech, field=rng.choice(FIELDS_TECH if tech else FIELDS_NON), capital=rng.choice([3, 5, 10, 20, 50, 100])))
    res.sort(key=lambda r: r["entry_date"]); F["_residents"] = res
    # events: M months ending the month before app
    per = {"shanxi": 3, "shuozhou": 1.5, "xinjiang": 1.5}.get(prog.split("-")[0], 2)
    M = rng.choice([6, 8, 10]); N = int(per * M)
    if prog.startswith("xinjiang"): M, N = 10, 15
    last = add_months(D(app.year, app.month, 1), -1); firstm = add_months(last, -(M - 1))
    months = [add_months(firstm, k) for k in range(M)]
    days = []
    for k in range(N):
        mo = months[k % M] if k < M else rng.choice(months)
        days.append(D(mo.year, mo.month, rng.randint(3, 26)))
    days.sort(); evs = []
    for d_ in days:
        evs.append(dict(date=d_, title=f"{rng.choice(EVT_TOPIC)}{rng.choice(EVT)}", people=rng.randint(18, 120)))
    F["_events"] = evs
    F["events_per_month"] = round(N / M, 2); F["events_per_year"] = N
    F["seed_fund_wan"] = rng.choice([100, 120, 200, 300, 500]) if "incubator" not in prog else rng.choice([150, 200, 300])
    F["makers_count"] = rng.randint(60, 260); F["graduated_count"] = rng.randint(1, 6); F["ip_count"] = rng.randint(8, 90)
    F["revenue_wan"] = round(rng.randint(800, 6000) * 100 / 10000, 2); F["operating_cost_wan"] = round(F["revenue_wan"] * rng.uniform(0.55, 0.8) * 100 // 100 * 1, 0)
    F["operating_cost_wan"] = round(int(F["operating_cost_wan"] * 100) / 100, 2)
    F["investment_managers"] = rng.randint(2, 3); F["served_per_year"] = rng.randint(30, 90)
    F["new_companies_per_year"] = rng.randint(8, 12); F["financed_per_year"] = rng.randint(3, 5); F["incubation_cases"] = rng.randint(3, 5)
    F["seed_fund_invested_wan"] = rng.choice([20, 35, 48, 60])
    F["_contact"] = pname(rng, used); F["_phone"] = "1" + str(rng.choice([35, 39, 58, 86, 89])) + "%08d" % rng.randint(0, 99999999)
    F["_bank"] = c["bank"]; F["_account"] = "%04d %04d %04d %04d" % tuple(rng.randint(1000, 9999) for _ in range(4))
    F["_fin_year"] = app.year - 1
    return F

# ------------------------------------------------------------------ plants & declared values
def apply_plants(sp, F, rng, shared):
    """Returns (ev, decl, flags_meta). ev = evidence (true) values, decl = what the form states."""
    flags = []
    for fl in sp.get("flags", []):
        code, _, arg = fl.partition(":")
        if code == "invalid_credit_code":
            F["credit_code"] = lib.break_cc(F["credit_code"])
        elif code == "invalid_certificate_number":
            st = next(s for s in F["_staff"] if s.get("diploma_submitted") and s["education"] in ("bachelor",) )
            if arg == "year":
                c = st["cert"]; st["cert"] = c[:6] + str(st["grad"].year - 3) + c[10:]
                F["_badcert"] = (st["name"], f"{st['name']}的毕业证书编号中的年份（{st['grad'].year - 3}）与毕业时间（{st['grad'].year}年）不符")
            else:
                c = st["cert"]; st["cert"] = c[:10] + "06" + c[12:]
                F["_badcert"] = (st["name"], f"{st['name']}的毕业证书为本科，但证书编号层次代码为06（专科）")
        elif code == "duplicate_certificate":
            if "dupcert" not in shared:   # source side: pick a bachelor, share it
                st = next(s for s in F["_staff"] if s.get("diploma_submitted") and s["education"] == "bachelor" and s["name"] != F.get("_badcert", ("",))[0])
                shared["dupcert"] = copy.deepcopy(st); shared_dup.update(st)
            else:                          # copy side: replace a staff member with the same person & diploma
                src = copy.deepcopy(shared["dupcert"])
                i = next(i for i, s in enumerate(F["_staff"]) if s.get("diploma_submitted") and i > 0)
                src["role"] = F["_staff"][i]["role"]; src["full_time"] = F["_staff"][i]["full_time"]; F["_staff"][i] = src
            F["_dupcert"] = arg
        elif code == "name_mismatch":
            F["_lessee"] = F.get("_lessee") or (F["operator_name"].replace("有限公司", "").rstrip("科技投资管理企业咨询创业服务孵化器") + "物业服务有限公司")
        elif code == "date_inconsistency" and arg == "signed_before":
            F["_lease_sign"] = F["registration_date"] - dt.timedelta(days=rng.randint(40, 90))
            F["lease_start_date"] = F["_lease_sign"] + dt.timedelta(days=10)
            y = F["lease_term_years"]; s = F["lease_start_date"]
            F["lease_end_date"] = D(s.year + y, s.month, s.day) - dt.timedelta(days=1)
        elif code == "date_inconsistency" and arg == "expired":
            s = F["application_date"] - dt.timedelta(days=5 * 365 + rng.randint(60, 120))
            F["lease_start_date"] = s; F["lease_term_years"] = 5
            F["lease_end_date"] = D(s.year + 5, s.month, s.day) - dt.timedelta(days=1)
            F["_lease_sign"] = s - dt.timedelta(days=12)
            F["registration_date"] = s - dt.timedelta(days=200); F["established_date"] = s + dt.timedelta(days=30)
        elif code == "invalid_id_number":
            st = F["_staff"][2]; st["id"] = st["id"][:17] + ("0" if st["id"][17] != "0" else "1"); F["_badid"] = st["name"]
        flags.append((code, arg))
    # evidence values derived from documents
    ev = {k: v for k, v in F.items() if not k.startswith("_")}
    staff = F["_staff"]
    ev["staff_total"] = len(staff)
    ev["staff_full_time"] = sum(1 for s in staff if s["full_time"])
    ev["staff_college_or_above"] = sum(1 for s in staff if s.get("diploma_submitted") and s["education"] != "other")
    ev["mentors_count"] = len(F["_mentors"])
    ev["resident_count"] = len(F["_residents"]); ev["resident_tech_count"] = sum(r["tech"] for r in F["_residents"])
    ev["max_residency_months"] = whole_months(F["_residents"][0]["entry_date"], F["application_date"])
    app = F["application_date"]; lo = add_months(app, -12)
    ev["events_per_year"] = sum(1 for e in F["_events"] if lo < e["date"] <= app)
    decl = dict(ev)
    decl["staff_college_or_above"] = sum(1 for s in staff if s["education"] != "other")
    for k, how in sp.get("disc", {}).items():
        if isinstance(how, (int,)) and not isinstance(how, bool): decl[k] = ev[k] + how
        elif isinstance(how, float): decl[k] = round(ev[k] * how / 10) * 10
        elif how == "nodip2":
            # two rostered staff claim 本科 but their diplomas are not in the submission
            cnt = 0
            for s in staff[1:]:
                if s.get("diploma_submitted") and s["name"] != (shared.get("dupcert") or {}).get("name") and s["name"] != F.get("_badcert", ("",))[0] and cnt < 2:
                    s["diploma_submitted"] = False; cnt += 1
            ev["staff_college_or_above"] = sum(1 for s in staff if s.get("diploma_submitted") and s["education"] != "other")
        elif how == "bank150": decl[k] = ev[k]; ev[k] = round(ev[k] * 0.5) if ev[k] >= 200 else 60; F["seed_fund_wan"] = ev[k]
        elif how == "decl4": decl[k] = 4.0
        elif how == "decl24": decl[k] = 24
        elif how == "lease3": decl[k] = 5
        elif how == "shift": decl[k] = ev[k] + dt.timedelta(days=92)
        elif how == "other" and k == "legal_representative": decl[k] = pname(rng, sp["_used"])
        elif how == "other" and k == "address": decl[k] = re.sub(r"(\d+)号", lambda m: str(int(m.group(1)) + 16) + "号", ev[k], count=1)
        elif how == "other" and k == "credit_code":
            c = ev[k]
            while True:
                body = c[:10] + "".join(rng.choice("0123456789") for _ in range(2)) + c[12:17]
                if body != c[:17]: break
            decl[k] = body + lib.cc_check(body)
    if "staff_college_or_above" not in sp.get("disc", {}):
        decl["staff_college_or_above"] = ev["staff_college_or_above"]
    return ev, decl, flags

# ------------------------------------------------------------------ value formatting helpers
def fa(v, st):   # area
    if st == 0: return f"{v:,.2f}㎡" if v >= 1000 else f"{v:g}㎡"
    if st == 1: return f"{v:g}平方米"
    if st == 2: return f"{v:g} m2"
    return f"{v:g}"
def fm(wan, st):  # money (万元 input)
    if st == 0: return f"{wan:g}万元"
    if st == 1: return f"{int(round(wan * 10000)):,}.00元"
    if st == 2: return f"人民币{rmb_upper(int(round(wan * 10000)))}"
    return f"{wan:g}"
def edu_cn(e, rng): return rng.choice(EDU_CN[e])

# ------------------------------------------------------------------ application forms
def form_blocks(sp, F, d, rng):
    prog = sp["prog"]; title = FORM_TITLE[prog]; st = sp["form"]; ds = rng.choice(["cn", "han", "dot", "cn0"])
    A = rng.randint(0, 2); M = rng.randint(0, 2)
    cat = CAT_CN[d["space_category"]]; B = []
    if st == "shanxi_official":
        B += [("sp", 25), ("h", title, 22), ("sp", 20)]
        for lab, val in [("众创空间名称", d["space_name"]), ("众创空间类型", "☑综合  □专业化" if cat == "综合" else "□综合  ☑专业化"),
                         ("运营主体名称", d["operator_name"] + "（盖章）"), ("运营场所地址", d["address"]), ("运营主体法人", d["legal_representative"]),
                         ("推荐部门", F["_city"] + "科学技术局"), ("填报时间", fdate(d["application_date"], ds))]:
            B.append(("p", f"{lab}：{val}", 13, "left"))
        B += [("sp", 30), ("p", "山西省科学技术厅\n2022年制", 13, "center"), ("br",), ("h", "一、众创空间基本信息表", 15)]
        rows = [["众创空间名称", (d["space_name"], 3)], ["运营主体名称", (d["operator_name"], 3)],
                ["统一社会信用代码", d["credit_code"], "注册时间", fdate(d["registration_date"], ds)] if "registration_date" in sp.get("disc", {}) else ["统一社会信用代码", (d["credit_code"], 3)],
                ["创办时间", fdate(d["established_date"], ds), "众创空间类型", "综合 ☑ 专业化 □" if cat == "综合" else "综合 □ 专业化 ☑"],
                ["众创空间负责人", d["legal_representative"], "联系电话", F["_phone"]], ["联系人", F["_contact"], "联系电话", F["_phone"]],
                ["服务人员数量(人)", str(d["staff_total"]), "其中:大专以上学历人数(人)", str(d["staff_college_or_above"])],
                ["通讯地址", (d["address"], 3)],
                ["上年度总收入(万元)", f"{d['revenue_wan']:g}", "上年度运营成本(万元)", f"{d['operating_cost_wan']:g}"],
                ["服务场地面积(m²)", f"{d['total_area_sqm']:g}", "场地来源", "自有" if d["premises_source"] == "owned" else "租赁"],
                ["公共区域面积(m²)", f"{d['public_area_sqm']:g}", "入驻团队企业使用面积", fa(d["resident_area_sqm"], 1)],
                ["提供工位数(个)", str(d["workstations_total"]), "开放区域工位数", str(d["workstations_open"])],
                ["入驻团队及企业数", f"{d['resident_count']}家", "科技类团队企业数", f"{d['resident_tech_count']}家"],
                ["聚集创客数量(人)", str(d["makers_count"]), "入驻团队及企业拥有知识产权数", f"{d['ip_count']}项"],
                ["已毕业企业数", str(d["graduated_count"]), "创业导师数(人)", str(d["mentors_count"])],
                ["平均月举办活动场次", f"{d['events_per_month']:g}", "可提供的其他服务", "工商注册、财税代理、法律咨询"],
                ["种子基金规模(万元)", f"{d['seed_fund_wan']:g}", "种子基金已投资额度", fm(d["seed_fund_invested_wan"], 0)]]
        B.append(("t", rows, {"widths": [3, 3, 3, 3]}))
        B += [("h", "二、众创空间建设情况简介", 14, "left"), ("p", f"{d['space_name']}由{d['operator_name']}投资建设运营，位于{d['address']}，面向{F['_city']}青年创业者提供开放办公、创业辅导、投融资对接等服务。", 11, "left", True),
              ("h", "三、申报单位意见", 14, "left"), ("p", "本单位承诺所填报材料及所附附件均真实、准确、有效。\n负责人：" + d["legal_representative"] + "（盖章）\n" + fdate(d["application_date"], ds), 11, "right"),
              ("seal", d["operator_name"])]
    elif st == "shanxi_merged":
        B += [("h", title, 20), ("p", f"填报日期：{fdate(d['application_date'], ds)}", 11, "right")]
        rows = [[("第一部分  运营主体情况", 4)],
                ["申报单位（盖章）", (d["operator_name"], 3)], ["统一社会信用代码", (d["credit_code"], 3)],
                ["法定代表人", d["legal_representative"], "成立日期", fdate(d["registration_date"], ds)],
                ["单位地址", (d["address"], 3)],
                [("第二部分  众创空间情况", 4)],
                ["载体名称", (d["space_name"], 3)],
                ["类型", "专业化众创空间" if cat == "专业化" else "综合众创空间", "开始运营时间", fdate(d["established_date"], ds)],
                ["场地总面积", fa(d["total_area_sqm"], A), "场地性质", "自有产权" if d["premises_source"] == "owned" else "租赁"],
                ["公共办公与服务场地面积", fa(d["public_area_sqm"], A), "创业工位", f"{d['workstations_total']}个"],
                [("第三部分  团队与服务", 4)],
                ["服务人员", f"{d['staff_total']}人", "大专以上学历", f"{d['staff_college_or_above']}人"],
                ["创业导师", f"共{d['mentors_count']}名", "每月活动", f"平均{d['events_per_month']:g}场"],
                ["入驻团队和企业", f"{d['resident_count']}个", "其中科技类", f"{d['resident_tech_count']}个"],
                ["活跃创客", f"{d['makers_count']}人", "知识产权", f"{d['ip_count']}件"],
                ["种子资金", (fm(d["seed_fund_wan"], M), 3)],
                ["上年度收入", fm(d["revenue_wan"], 0), "上年度运营成本", fm(d["operating_cost_wan"], 0)]]
        B.append(("t", rows, {"widths": [3, 3, 2.4, 3]}))
        B += [("p", "申报单位承诺：以上内容及所附材料真实有效，如有虚假愿承担相应责任。", 11), ("p", f"法定代表人（签字）：{d['legal_representative']}", 11, "right"), ("seal", d["operator_name"])]
    elif st == "vertical":
        B += [("h", title, 20), ("p", f"申报单位：{d['operator_name']}        填表日期：{fdate(d['application_date'], ds)}", 10.5)]
        kind = "孵化器" if "incubator" in prog else "众创空间"
        rows = [["项  目", "内  容"], [f"{kind}名称", d["space_name"]], ["运营单位", d["operator_name"]], ["统一社会信用代码", d["credit_code"]],
                ["法定代表人", d["legal_representative"]], ["住所", d["address"]],
                ["类别", (cat + ("类" if cat in ("综合",) else "")) if "incubator" not in prog else ("专业型" if cat == "专业化" else "综合类")],
                ["运营时间", fdate(d["established_date"], ds)],
                ["建筑面积", fa(d["total_area_sqm"], A)], ["其中：公共服务场地面积", fa(d["public_area_sqm"], A)],
                ["孵化场地面积" if "incubator" in prog else "入驻团队企业使用面积", fa(d["resident_area_sqm"], A)],
                ["场地来源", "自有" if d["premises_source"] == "owned" else "租赁"]]
        if d.get("lease_term_years") and d["premises_source"] == "leased": rows.append(["租赁期限", f"{d['lease_term_years']}年"])
        rows += [["管理人员（职工总数）", f"{d['staff_total']}人"], ["其中专职人员", f"{d['staff_full_time']}人"], ["大专以上学历人数", f"{d['staff_college_or_above']}人"]]
        if "incubator" in prog: rows.append(["接受孵化器专业培训的人员", f"{max(2, d['staff_total'] // 2)}人"])
        rows += [["创业导师", f"{d['mentors_count']}名"], ["入孵企业" if "incubator" in prog else "入驻团队及企业数", f"{d['resident_count']}家"],
                 ["科技类团队企业数", f"{d['resident_tech_count']}家"], ["平均月举办活动场次", f"{d['events_per_month']:g}场/月"],
                 ["种子资金（孵化专项资金）" if "incubator" in prog else "种子基金规模", fm(d["seed_fund_wan"], M)]]
        if sp.get("fin"): rows += [["上年度总收入", fm(d["revenue_wan"], 0)], ["上年度运营成本", fm(d["operating_cost_wan"], 0)]]
        rows.append(["申报单位意见", "以上情况属实。\n\n（公章）\n" + fdate(d["application_date"], ds)])
        B.append(("t", rows, {"widths": [2, 5], "bold_first": True}))
        B.append(("seal", d["operator_name"], -10, -30))
    elif st in ("indicator", "indicator2"):
        B += [("h", title, 19)]
        if st == "indicator2": B.append(("p", f"（{cat}众创空间）", 12, "center"))
        rows = [["众创空间名称", d["space_name"], "众创空间类别", cat if cat.endswith("类") else cat + "类"],
                ["运营主体", (d["operator_name"], 3)], ["统一社会信用代码", d["credit_code"], "法定代表人", d["legal_representative"]],
                ["运营场所地址", (d["address"], 3)], ["创办时间", fdate(d["established_date"], ds), "申报日期", fdate(d["application_date"], ds)],
                ["联系人", F["_contact"], "手机", F["_phone"]]]
        B += [("p", "一、基本情况", 13), ("t", rows, {"widths": [2.2, 3, 2.2, 3]}), ("p", "二、主要指标", 13)]
        ind = [["序号", "指标名称", "数值", "单位"],
               ["1", "场地总面积", f"{d['total_area_sqm']:g}", "平方米"], ["2", "公共服务场地面积", f"{d['public_area_sqm']:g}", "平方米"],
               ["3", "租赁期限", str(d.get("lease_term_years", "")), "年"] if d["premises_source"] == "leased" else ["3", "场地来源（自有）", "—", ""],
               ["4", "团队工作人员总数", str(d["staff_total"]), "人"], ["5", "其中：专职人员", str(d["staff_full_time"]), "人"],
               ["6", "其中：大专以上人员", str(d["staff_college_or_above"]), "人"], ["7", "创业导师", str(d["mentors_count"]), "人"],
               ["8", "入驻团队及企业", str(d["resident_count"]), "家"], ["9", "其中科技类", str(d["resident_tech_count"]), "家"],
               ["10", "平均每月举办活动", f"{d['events_per_month']:g}", "场次"], ["11", "种子资金", f"{d['seed_fund_wan']:g}", "万元"],
               ["12", "提供工位", str(d["workstations_total"]), "个"]]
        if "investment" in prog: ind.append(["13", "具备创业投资经验的中高级管理人员", str(d["investment_managers"]), "人"])
        B.append(("t", ind, {"widths": [1, 5, 2, 1.3], "bold_first": True}))
        B += [("p", "三、县（市、区）科技管理部门初审意见：\n\n（盖章）     年   月   日", 11), ("p", f"申报单位（盖章）：{d['operator_name']}", 11, "right"), ("seal", d["operator_name"])]
    elif st == "sentence":
        B += [("h", title, 20), ("p", f"申请单位：{d['operator_name']}（盖章）\n申请日期：{fdate(d['application_date'], ds)}", 12, "center"), ("sp", 8), ("h", "一、申请单位基本情况", 14, "left")]
        u = "＿"
        txt = [f"我单位{u}{d['operator_name']}{u}（统一社会信用代码{u}{d['credit_code']}{u}）成立于{u}{fdate(d['registration_date'], ds)}{u}，法定代表人{u}{d['legal_representative']}{u}，住所位于{u}{d['address']}{u}。",
               f"我单位建设运营的{u}{d['space_name']}{u}于{u}{fdate(d['established_date'], ds)}{u}正式投入运营，现申请认定为朔州市众创空间。",
               f"本空间现有场地面积{u}{d['total_area_sqm']:g}{u}平方米，其中公共办公与服务场地面积{u}{d['public_area_sqm']:g}{u}平方米，场地为{u}{'自有' if d['premises_source'] == 'owned' else '租赁'}{u}，租期{u}{d.get('lease_term_years', '')}{u}年。",
               f"本空间现有服务人员{u}{d['staff_total']}{u}人，其中专职{u}{d['staff_full_time']}{u}人，大专以上学历{u}{d['staff_college_or_above']}{u}人；聘请专兼职创业导师{u}{d['mentors_count']}{u}名。",
               f"目前入驻创业团队和企业{u}{d['resident_count']}{u}家，其中科技类{u}{d['resident_tech_count']}{u}家，聚集创客{u}{d['makers_count']}{u}人；平均每月举办创业沙龙、路演等活动{u}{d['events_per_month']:g}{u}场次。",
               f"本空间设立种子基金{u}{fm(d['seed_fund_wan'], M)}{u}，已投资{u}{d['seed_fund_invested_wan']:g}{u}万元。"]
        for t_ in txt: B.append(("p", t_, 12, "left", True))
        B += [("h", "二、承诺", 14, "left"), ("p", "我单位对所提交材料的真实性负责，如有虚假，自愿承担相应责任。", 12, "left", True),
              ("p", f"法定代表人签字：{d['legal_representative']}\n{fdate(d['application_date'], ds)}", 12, "right"), ("seal", d["operator_name"])]
    elif st == "xinjiang":
        B += [("h", title, 18), ("p", f"地州市：乌鲁木齐市        填报时间：{fdate(d['application_date'], ds)}", 10.5)]
        rows = [[("一、运营机构", 4)], ["机构名称", (d["operator_name"], 3)], ["统一社会信用代码", (d["credit_code"], 3)],
                ["法定代表人", d["legal_representative"], "注册时间", fdate(d["registration_date"], ds)],
                ["地址", (d["address"], 3)],
                [("二、众创空间", 4)], ["众创空间名称", d["space_name"], "运营起始时间", fdate(d["established_date"], ds)],
                ["服务场地总面积", fa(d["total_area_sqm"], A), "创业工位", f"{d['workstations_total']}个"],
                ["公共服务场地面积", fa(d["public_area_sqm"], A), "场地来源", "租赁" if d["premises_source"] == "leased" else "自有"],
                [("三、服务能力与绩效", 4)],
                ["专职服务人员", f"{d['staff_full_time']}名", "服务人员总数", f"{d['staff_total']}名"],
                ["专兼职导师", f"{d['mentors_count']}名", "大专以上学历", f"{d['staff_college_or_above']}名"],
                ["年协议入驻创业团队和企业", f"{d['resident_count']}家", "其中科技类", f"{d['resident_tech_count']}家"],
                ["每年注册成为新企业数", f"{d['new_companies_per_year']}家", "每年获得融资的团队数", f"{d['financed_per_year']}家"],
                ["典型孵化案例", f"{d['incubation_cases']}个", "每年开展活动场次", f"{d['events_per_year']}场"],
                ["种子资金", (fm(d["seed_fund_wan"], M), 3)],
                [("四、申报单位承诺", 4)], [("所填内容真实准确。   法定代表人：" + d["legal_representative"] + "   （单位盖章）", 4)]]
        B.append(("t", rows, {"widths": [3, 3, 2.6, 2.6]}))
        B.append(("seal", d["operator_name"], 0, -12))
    return B

# ------------------------------------------------------------------ supporting documents
def report_blocks(sp, F, d, rng):
    B = [("h", f"{d['space_name']}建设运营报告", 18), ("p", d["operator_name"], 12, "center"),
         ("h", "一、建设背景", 13, "left"),
         ("p", f"{F['_city']}近年来大力推进大众创业、万众创新，科技型中小企业数量稳步增长。为进一步集聚创新创业资源，{d['operator_name']}于{fdate(d['established_date'], 'cn')}建成{d['space_name']}，致力于为初创团队提供低成本、便利化、全要素的创业服务。", 11, "left", True),
         ("h", "二、运营团队", 13, "left"),
         ("p", f"空间现有运营管理人员{d['staff_total']}人，主要负责人{d['legal_representative']}长期从事企业管理和创业服务工作，团队成员涵盖财务、法务、技术、活动策划等方向。下一步计划再引进专业孵化人员2至3名。", 11, "left", True),
         ("h", "三、服务与活动", 13, "left"),
         ("p", f"空间建立了创业导师工作机制，定期组织创业沙龙、项目路演、政策解读等活动。自开业以来累计服务创业者{d['makers_count'] * 3}人次，对接投资机构十余家。计划明年举办活动不少于{int(d['events_per_month'] * 14)}场。", 11, "left", True),
         ("br",), ("h", "四、入驻企业及孵化成效", 13, "left"),
         ("p", "入驻团队主要集中在电子信息、智能制造、文化创意等领域。典型案例一：某智能硬件团队经导师辅导完善商业计划书，获得天使轮融资；典型案例二：某软件团队在空间帮助下完成知识产权布局，取得软件著作权多项。", 11, "left", True),
         ("h", "五、发展规划", 13, "left"),
         ("p", "今后三年，空间将进一步扩大服务场地，完善线上服务平台，加强与高校、科研院所和投资机构的合作，力争孵化更多科技型企业。", 11, "left", True)]
    return B

def license_blocks(F, d, rng):
    rows = [[f"名        称  {F['operator_name']}", f"注 册 资 本  {rng.choice(['伍佰', '壹仟', '叁佰', '贰佰'])}万元整"],
            [f"类        型  有限责任公司（自然人投资或控股）", f"成 立 日 期  {fdate(F['registration_date'], 'cn')}"],
            [f"法定代表人  {F['legal_representative']}", f"营 业 期 限  {fdate(F['registration_date'], 'cn')}至长期"],
            [f"经 营 范 围  科技企业孵化服务；众创空间经营管理；企业管理咨询；创业指导服务；会议及展览服务；技术开发、技术咨询、技术转让。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
             f"住        所  {F['address']}"]]
    return [("p", f"统一社会信用代码\n{F['credit_code']}", 10.5, "left"), ("h", "营 业 执 照", 30), ("p", "（副     本）", 12, "center"), ("sp", 6),
            ("t", rows, {"widths": [1, 1], "border": False, "size": 11}), ("sp", 25),
            ("p", f"登记机关\n{F['_city']}{rng.choice(['行政审批服务管理局', '市场监督管理局'])}\n{fdate(F['_lic_issue'], 'cn')}", 11, "right"), ("seal", F["_city"] + "市场监督管理局", -8, -18),
            ("p", "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, "center")]

def lease_blocks(F, rng, style):
    lessee = F.get("_lessee", F["operator_name"]); s, e = F["lease_start_date"], F["lease_end_date"]
    term = (f"租赁期限自{fdate(s, 'cn')}起至{fdate(e, 'cn')}止。" if style == 0 else
            f"租期{lib.cn_num(F['lease_term_years'])}年，自{fdate(s, 'cn0')}起算，至{fdate(e, 'cn0')}届满。")
    sub = F["_lease_addr"]
    B = [("h", "房屋租赁合同", 20), ("p", f"合同编号：ZL-{s.year}-{rng.randint(100, 999)}", 10, "right"),
         ("p", f"出租方（甲方）：{F['_lessor']}\n承租方（乙方）：{lessee}", 12),
         ("p", "根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜，订立本合同。", 11, "left", True),
         ("p", "第一条  租赁房屋", 12), ("p", f"甲方将坐落于{sub}的房屋出租给乙方使用，建筑面积共计{F['total_area_sqm']:g}平方米，用途为创新创业孵化服务及办公。", 11, "left", True),
         ("p", "第二条  租赁期限", 12), ("p", term + "租赁期满，乙方如需续租，应提前三个月书面通知甲方。", 11, "left", True),
         ("p", "第三条  租金及支付方式", 12), ("p", f"租金标准为每平方米每月人民币{F['_rent']}元，按季度支付，乙方应于每季度首月十日前支付当季租金。", 11, "left", True),
         ("p", "第四条  双方权利义务", 12), ("p", "甲方保证所出租房屋权属清楚，无产权纠纷；乙方应合理使用房屋，不得擅自改变房屋结构和用途，不得转租给与创新创业无关的单位。乙方可在不影响房屋结构的前提下进行装修，费用由乙方承担。", 11, "left", True),
         ("p", "第五条  违约责任", 12), ("p", "任何一方违反本合同约定的，应向对方支付相当于三个月租金的违约金；给对方造成损失的，还应赔偿损失。", 11, "left", True),
         ("p", "第六条  争议解决", 12), ("p", "本合同履行中发生争议，双方协商解决；协商不成的，向房屋所在地人民法院起诉。", 11, "left", True),
         ("p", "第七条  其他", 12), ("p", "本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。", 11, "left", True),
         ("br",), ("p", "（以下无正文，为签署页）", 11, "center"), ("sp", 20),
         ("t", [[f"甲方（盖章）：{F['_lessor']}", f"乙方（盖章）：{lessee}"], ["法定代表人或委托代理人：", "法定代表人或委托代理人："],
                [f"签订日期：{fdate(F['_lease_sign'], 'cn')}", f"签订日期：{fdate(F['_lease_sign'], 'cn')}"]], {"widths": [1, 1], "border": False}),
         ("seal", F["_lessor"], -95, -20), ("seal", lessee, 0, -20)]
    return B

def property_blocks(F, rng):
    rows = [["权利人", F["operator_name"]], ["共有情况", "单独所有"], ["坐落", F["_lease_addr"]], ["不动产单元号", "%06d GB%05d F%08d" % (rng.randint(0, 999999), rng.randint(0, 99999), rng.randint(0, 99999999))],
            ["权利类型", "国有建设用地使用权/房屋所有权"], ["权利性质", "出让/自建房"], ["用途", "商务金融用地/办公"],
            ["面积", f"共有宗地面积3,512.60㎡/房屋建筑面积{F['total_area_sqm']:,.2f}㎡"], ["使用期限", "2011年05月20日起2051年05月19日止"],
            ["权利其他状况", "房屋结构：钢筋混凝土结构\n房屋总层数：16层，所在层：第3-4层"]]
    return [("h", "中华人民共和国\n不动产权证书", 20), ("p", f"晋（{F['_reg_issue'].year}）{F['_city'].replace('市', '')}市不动产权第{rng.randint(10000, 99999):07d}号", 12, "center"),
            ("t", rows, {"widths": [1, 3]}), ("p", f"登簿日期：{fdate(F['_reg_issue'], 'cn')}", 11, "right"), ("seal", F["_city"] + "不动产登记中心", 0, -15)]

def diploma_blocks(st, rng, bad_text_level=None):
    lv = {"doctor": "博士研究生", "master": "硕士研究生", "bachelor": "本科", "college": "专科"}[st["education"]]
    yrs = {"doctor": "三", "master": "三", "bachelor": "四", "college": "三"}[st["education"]]
    g = st["grad"]; s_ = D(g.year - int({"三": 3, "四": 4}[yrs]), 9, 1); b = st["birth"]
    return [("sp", 15), ("h", "普通高等学校\n毕 业 证 书" if st["education"] in ("bachelor", "college") else "毕 业 证 书", 24), ("sp", 10),
            ("p", f"学生  {st['name']}，性别{st['gender']}，{fdate(b, 'han')[:-len(str(b.day))-1] if False else cn_ym(b)}生，于{cn_ym(s_)}至{cn_ym(g)}在本校{st['major']}专业{yrs}年制{lv}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 14, "left", True),
            ("sp", 25), ("p", f"校  名：{st['school'][1]}\n校（院）长：{rng.choice(SUR) + rng.choice(GIV)}", 13, "right"), ("seal", st["school"][1], -5, -12),
            ("p", f"证书编号：{st['cert']}", 12, "left"), ("p", fdate(g, "han"), 12, "right"),
            ("p", "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", 9, "center")]
def cn_ym(d): return f"{lib.cn_year(d.year)}年{lib.cn_num(d.month)}月"

def roster_blocks(F, d, rng, idnums, style):
    hdr = ["序号", "姓名", "性别", "职务", "学历", "专职/兼职"] + (["身份证号码"] if idnums else [])
    if style == 1: hdr = ["序号", "姓名", "性别", "岗位", "最高学历", "用工性质"] + (["身份证号"] if idnums else [])
    rows = [hdr]
    for i, s in enumerate(F["_staff"]):
        r = [str(i + 1), s["name"], s["gender"], s["role"], edu_cn(s["education"], rng), ("专职" if s["full_time"] else "兼职") if style == 0 else ("全职" if s["full_time"] else "兼职")]
        if idnums: r.append(s["id"])
        rows.append(r)
    return [("h", f"{d['space_name']}运营管理团队人员名单", 16), ("t", rows, {"bold_first": True, "size": 10, "widths": [0.7, 1.2, 0.7, 1.6, 1.3, 1.1] + ([2.6] if idnums else [])}),
            ("p", f"合计：{len(F['_staff'])}人。", 11), ("p", f"{d['operator_name']}（盖章）\n{fdate(F['application_date'] - dt.timedelta(days=3), 'cn')}", 11, "right"), ("seal", d["operator_name"])]

def mentor_blocks(m, F, d, rng, style):
    s = F["application_date"] - dt.timedelta(days=rng.randint(120, 400)); e = D(s.year + 2, s.month, s.day) - dt.timedelta(days=1)
    if style == 0:
        return [("sp", 30), ("h", "聘    书", 30), ("sp", 20),
                ("p", f"兹聘请  {m['name']}  {'先生' if rng.random() < 0.5 else '女士'}（{m['org']}，{m['title']}）为{d['space_name']}创业导师，聘期自{fdate(s, 'cn')}至{fdate(e, 'cn')}。", 16, "left", True),
                ("sp", 30), ("p", f"{d['operator_name']}\n{fdate(s, 'han')}", 14, "right"), ("seal", d["operator_name"], 0, -15)]
    return [("h", "创业导师服务协议", 18), ("p", f"甲方：{d['operator_name']}\n乙方（导师）：{m['name']}\n工作单位及职称：{m['org']}  {m['title']}", 12),
            ("p", f"为提升{d['space_name']}创业服务水平，甲方聘请乙方担任创业导师。经双方协商，达成如下协议：", 11, "left", True),
            ("p", "一、乙方每季度为入驻团队提供不少于两次的创业辅导、项目诊断或专题讲座；\n二、甲方为乙方开展辅导提供场地及必要的工作条件，并按次支付劳务报酬；\n三、乙方对在辅导过程中知悉的入驻团队商业秘密负有保密义务；", 11),
            ("p", f"四、本协议有效期自{fdate(s, 'dot')}至{fdate(e, 'dot')}。", 11),
            ("t", [[f"甲方（盖章）：{d['operator_name']}", f"乙方（签字）：{m['name']}"], [f"日期：{fdate(s, 'cn')}", f"日期：{fdate(s, 'cn')}"]], {"border": False}),
            ("seal", d["operator_name"], -95, -12)]

def bank_blocks(F, d, rng):
    holder = F.get("_acct_holder", F["operator_name"]); yuan = int(round(F["seed_fund_wan"] * 10000)); day = F["application_date"] - dt.timedelta(days=rng.randint(5, 25))
    return [("h", F["_bank"].split("股份有限公司")[0], 16), ("h", "存 款 证 明 书", 22), ("p", f"编号：No.{rng.randint(10**7, 10**8 - 1)}", 10, "right"),
            ("p", f"{holder}：", 12), ("p", f"经核实，截至{fdate(day, 'cn')}，贵单位在我行开立的下列账户存款余额如下：", 12, "left", True),
            ("t", [["户名", "账号", "币种", "余额（小写）", "余额（大写）"], [holder, F["_account"], "人民币", f"¥{yuan:,.2f}", rmb_upper(yuan)]], {"widths": [2.4, 2.2, 0.9, 1.8, 2.2], "size": 10}),
            ("p", "本证明书仅证明上述账户在证明日的存款余额，不作为任何担保文件，且不得转让、抵押。", 10.5, "left", True),
            ("p", f"{F['_bank']}（业务专用章）\n经办：{rng.choice(SUR)}{rng.choice(GIV)}    复核：{rng.choice(SUR)}{rng.choice(GIV)}\n{fdate(day, 'cn')}", 11, "right"), ("seal", "业务专用章", 0, -25)]

def resident_blocks(F, d, rng, style):
    if style == 0:
        rows = [["序号", "入驻企业/团队名称", "进驻时间", "注册资金（万元）", "技术领域", "是否科技类"]]
        for i, r in enumerate(F["_residents"]): rows.append([str(i + 1), r["name"], fdate(r["entry_date"], "dot"), str(r["capital"]), r["field"], "是" if r["tech"] else "否"])
    else:
        rows = [["编号", "名称", "入驻日期", "所属领域", "类别"]]
        for i, r in enumerate(F["_residents"]): rows.append([f"R{i + 1:02d}", r["name"], fdate(r["entry_date"], "iso"), r["field"], "科技型" if r["tech"] else "非科技型"])
    return [("h", "入驻创业团队和企业名单", 16), ("p", f"填报单位：{d['operator_name']}", 10.5),
            ("t", rows, {"bold_first": True, "size": 9.5, "widths": ([0.6, 3.2, 1.3, 1.2, 1.4, 1] if style == 0 else [0.8, 3.5, 1.5, 1.5, 1.2])}),
            ("p", f"共计{len(F['_residents'])}家。", 10.5)]

def activity_blocks(F, d, rng, style):
    ev = F["_events"]
    if style == 0:
        rows = [["序号", "活动日期", "活动名称", "地点", "参加人数"]]
        for i, e in enumerate(ev): rows.append([str(i + 1), fdate(e["date"], "cn"), e["title"], rng.choice(["路演厅", "多功能会议室", "共享大厅", "线上"]), f"{e['people']}人"])
        return [("h", "创新创业活动开展情况一览表", 16), ("p", f"{d['space_name']}", 11, "center"), ("t", rows, {"bold_first": True, "size": 10, "widths": [0.6, 1.8, 3.6, 1.6, 1]})]
    if style == 1:
        B = [("h", "活动记录", 16)]
        for i, e in enumerate(ev):
            B.append(("p", f"{i + 1}. {fdate(e['date'], 'dot')}  举办“{e['title']}”，参加{e['people']}人。", 11))
        return B
    B = []
    for i, e in enumerate(ev):
        if i: B.append(("br",))
        B += [("h", "活 动 记 录 表", 16), ("t", [["活动名称", e["title"]], ["活动时间", fdate(e["date"], "cn")], ["参加人数", f"{e['people']}人"], ["主办单位", d["space_name"]]], {"widths": [1, 3]}),
              ("photo", "活动现场照片"), ("p", "活动内容：邀请创业导师及行业专家围绕主题进行分享，入驻团队代表交流发言并开展项目对接。", 11, "left", True)]
    return B

def fin_blocks(F, d, rng):
    rev = int(round(F["revenue_wan"] * 10000)); cost = int(round(F["operating_cost_wan"] * 10000)); tax = int(rev * 0.01); prof = rev - cost - tax
    rows = [["项目", "行次", "本年累计金额（元）"], ["一、营业收入", "1", f"{rev:,.2f}"], ["减：营业成本（运营成本）", "2", f"{cost:,.2f}"],
            ["税金及附加", "3", f"{tax:,.2f}"], ["二、营业利润", "4", f"{prof:,.2f}"], ["三、利润总额", "5", f"{prof:,.2f}"]]
    return [("h", "利 润 表", 18), ("p", f"编制单位：{d['operator_name']}        {F['_fin_year']}年度        单位：元", 10.5), ("t", rows, {"widths": [3, 0.8, 2], "bold_first": True}),
            ("p", "单位负责人：        会计机构负责人：        制表人：", 10.5)]

# ------------------------------------------------------------------ assembly
HTMLQ = []   # (stage_html, fmt, dest)
def queue_html(blocks, fmt, dest):
    name = "q%03d" % len(HTMLQ)
    with open(os.path.join(STAGE, name + ".html"), "w", encoding="utf-8") as f: f.write(lib.to_html(blocks))
    HTMLQ.append((name, fmt, dest))

def scan_pages(blocks, rng, dtype, dpi=None, poor_idx=(), upside_idx=(), fold=False, seal_font=lib.SERIF):
    dpi = dpi or rng.choice([150, 200, 200])
    pages = lib.render(blocks, dpi, fontpath=rng.choice([lib.SERIF, lib.SERIF, lib.WQY]))
    out, det = [], []
    for i, p in enumerate(pages):
        ang = round(rng.choice([-1, 1]) * rng.uniform(0.3, 2.5), 2); up = i in upside_idx; poor = i in poor_idx
        im = lib.degrade(p, rng, angle=ang, blur=rng.uniform(0.2, 0.8), noise=rng.uniform(0.03, 0.09),
                         tint=rng.choice([None, (250, 246, 236), (244, 242, 232)]), fold=fold and i == 0, upside=up, poor=poor, quality=rng.randint(40, 85))
        out.append(im); det.append(dict(type=dtype, dpi=dpi, angle=ang, upside_down=up, poor=poor))
    return out, det

def build(sp, F, ev, decl, rng, shared):
    sid = sp["sid"]; folder = os.path.join(OUT, sid); os.makedirs(folder, exist_ok=True)
    files = []; d = decl
    # logical documents: (type, key, blocks_list-of-(key,blocks), preferred rendering, fname)
    docs = []
    docs.append(("application_form", "application_form", [("application_form", form_blocks(sp, F, d, rng))], sp["form_r"], FORM_TITLE[sp["prog"]]))
    docs.append(("operating_report", "operating_report", [("operating_report", report_blocks(sp, F, ev, rng))], rng.choice(["docx", "pdf_text"]), "众创空间建设运营报告" if "incubator" not in sp["prog"] else "孵化器建设运营报告"))
    docs.append(("business_license", "business_license", [("business_license", license_blocks(F, ev, rng))], rng.choice(["scan", "image"]), "营业执照副本"))
    if F["premises_source"] == "owned":
        docs.append(("property_certificate", "property_certificate", [("property_certificate", property_blocks(F, rng))], "scan", "不动产权证书"))
    else:
        docs.append(("lease_contract", "lease_contract", [("lease_contract", lease_blocks(F, rng, rng.randint(0, 1)))], "scan" if sp["sid"] != "J09" else "pdf_text", "房屋租赁合同"))
    idn = sp.get("idnums", False)
    docs.append(("staff_roster", "staff_roster", [("staff_roster", roster_blocks(F, ev, rng, idn, rng.randint(0, 1)))], rng.choice(["docx", "pdf_text"]), "管理服务人员名单"))
    dips = [(f"diploma:{s['name']}", diploma_blocks(s, rng)) for s in F["_staff"] if s.get("diploma_submitted")]
    docs.append(("diploma", "diploma", dips, "jpg" if sp.get("dip") == "jpg" else "scan", "学历证书"))
    mst = rng.randint(0, 1)
    docs.append(("mentor_letter", "mentor_letter", [(f"mentor_letter:{m['name']}", mentor_blocks(m, F, ev, rng, mst)) for m in F["_mentors"]], sp.get("ment", "scan"), "创业导师聘书" if mst == 0 else "创业导师服务协议"))
    docs.append(("bank_deposit_proof", "bank_deposit_proof", [("bank_deposit_proof", bank_blocks(F, ev, rng))], rng.choice(["scan", "pdf_text"]), "种子资金存款证明"))
    docs.append(("resident_list", "resident_list", [("resident_list", resident_blocks(F, ev, rng, rng.randint(0, 1)))], rng.choice(["docx", "pdf_text"]), "入驻团队和企业名单"))
    ast = rng.choice([0, 1, 2]) if sp["sid"] not in ("J03", "J07", "J12") else 0
    docs.append(("activity_record", "activity_record", [("activity_record", activity_blocks(F, ev, rng, ast))], "docx" if ast != 2 else "scan", "创新创业活动记录"))
    if sp.get("fin"):
        docs.append(("financial_statement", "financial_statement", [("financial_statement", fin_blocks(F, ev, rng))], "pdf_text", f"{F['_fin_year']}年度利润表"))
    loc = {}   # doc type -> (file, pages)
    if sp["pack"] == "bound":
        imgs, pdets, dlist = [], [], []
        up = set(rng.sample(range(3, 12), 2))
        for dtype, key, parts, _, _ in docs:
            for k, blocks in parts:
                poor = ()
                if sp["sid"] == "J03" and dtype == "operating_report": poor = (1,)
                pim, pdt = scan_pages(blocks, rng, dtype, dpi=150 if dtype != "business_license" else 200)
                if poor:
                    pim[1] = lib.degrade(lib.render(blocks, 150)[1], rng, angle=1.8, poor=True); pdt[1].update(poor=True, angle=1.8)
                start = len(imgs) + 1
                for j, (im, pd) in enumerate(zip(pim, pdt)):
                    if len(imgs) in up: im = im.rotate(180); pd["upside_down"] = True
                    imgs.append(im); pd["page"] = len(imgs); pdets.append(pd)
                dlist.append(dict(type=dtype, key=k, pages=list(range(start, len(imgs) + 1))))
                if dtype == "lease_contract": shared[sid + ":lease_imgs"] = pim
        fn = "申报材料汇编（装订本）.pdf"; lib.save_pdf(imgs, os.path.join(folder, fn), 150)
        files.append(dict(file=fn, type=None, format="pdf", rendering="scan", pages=len(imgs), documents=dlist, page_details=[dict(page=p["page"], type=p["type"], dpi=p["dpi"], angle=p["angle"], upside_down=p["upside_down"], poor=p["poor"]) for p in pdets], status="ok"))
        for dl in dlist: loc.setdefault(dl["type"], (fn, []))[1].extend(dl["pages"])
        return files, loc
    n = 0
    for dtype, key, parts, r, base in docs:
        n += 1; pre = f"{n:02d}-"
        if dtype == "lease_contract" and sp["sid"] == "J15":
            # re-scan of J07's lease: recompress, rotate slightly, crop a few pixels
            src = shared["J07:lease_imgs"]; out = []
            for im in src:
                w, h = im.size; im2 = im.crop((4, 3, w - 2, h - 5)).rotate(0.6, resample=lib.Image.BICUBIC, fillcolor=(240, 238, 232))
                out.append(lib.degrade(im2, rng, blur=0.3, noise=0.02, quality=55))
            fn = pre + "租赁合同.pdf"; lib.save_pdf(out, os.path.join(folder, fn), 150)
            files.append(dict(file=fn, type=dtype, format="pdf", rendering="scan", pages=len(out), page_details=[dict(page=i + 1, type=dtype, dpi=150, angle=0.6, upside_down=False, poor=False) for i in range(len(out))], status="ok"))
            loc[dtype] = (fn, list(range(1, len(out) + 1))); continue
        if r == "jpg" or (r == "image" and len(parts) == 1):
            if dtype == "diploma":
                for k, blocks in parts:
                    pim, pdt = scan_pages(blocks, rng, dtype, dpi=200)
                    fn = f"{pre}毕业证书-{k.split(':')[1]}.jpg"; pim[0].save(os.path.join(folder, fn), "JPEG", quality=rng.randint(55, 85), dpi=(200, 200))
                    files.append(dict(file=fn, type=dtype, format="jpg", rendering="image", pages=1, page_details=[dict(page=1, **pdt[0])], status="ok"))
                    loc.setdefault(dtype, ([], [1]))[0].append(fn); n += 1; pre = f"{n:02d}-"
                n -= 1; continue
            pim, pdt = scan_pages(parts[0][1], rng, dtype, dpi=200, fold=True)
            fn = pre + base + ".jpg"; pim[0].save(os.path.join(folder, fn), "JPEG", quality=rng.randint(55, 85), dpi=(200, 200))
            files.append(dict(file=fn, type=dtype, format="jpg", rendering="image", pages=1, page_details=[dict(page=1, **pdt[0])], status="ok"))
            loc[dtype] = (fn, [1]); continue
        allblocks = []
        for i, (k, blocks) in enumerate(parts):
            if i: allblocks.append(("br",))
            allblocks += blocks
        if r == "scan" or r == "image":
            imgs, dets, dl = [], [], []
            for k, blocks in parts:
                ups = {0} if (dtype == "mentor_letter" and len(imgs) == 0 and sp["sid"] in ("J02", "J14")) else set()
                pim, pdt = scan_pages(blocks, rng, dtype, dpi=300 if dtype == "business_license" else None, upside_idx=ups, fold=(dtype == "lease_contract"))
                st_ = len(imgs) + 1; imgs += pim; dets += pdt; dl.append(dict(type=dtype, key=k, pages=list(range(st_, len(imgs) + 1))))
            fn = pre + base + ".pdf"; lib.save_pdf(imgs, os.path.join(folder, fn), dets[0]["dpi"])
            if dtype == "lease_contract": shared[sid + ":lease_imgs"] = imgs
            e = dict(file=fn, type=dtype, format="pdf", rendering="scan", pages=len(imgs), page_details=[dict(page=i + 1, **x) for i, x in enumerate(dets)], status="ok")
            if len(parts) > 1: e["documents"] = dl
            files.append(e); loc[dtype] = (fn, list(range(1, len(imgs) + 1)))
        else:
            ext = "docx" if r == "docx" else "pdf"; fn = pre + base + "." + ext
            queue_html(allblocks, ext, os.path.join(folder, fn))
            e = dict(file=fn, type=dtype, format=ext, rendering=r, pages=0 if ext == "docx" else None, status="ok")
            if len(parts) > 1: e["_parts"] = [k for k, _ in parts]
            files.append(e); loc[dtype] = (fn, None)
    return files, loc

DECL_KEYS = {
 "shanxi_official": "space_name operator_name credit_code space_category established_date legal_representative staff_total staff_college_or_above address revenue_wan operating_cost_wan total_area_sqm premises_source public_area_sqm resident_area_sqm workstations_total workstations_open resident_count resident_tech_count makers_count ip_count graduated_count mentors_count events_per_month seed_fund_wan seed_fund_invested_wan application_date",
 "shanxi_merged": "operator_name credit_code legal_representative registration_date address space_name space_category established_date total_area_sqm premises_source public_area_sqm workstations_total staff_total staff_college_or_above mentors_count events_per_month resident_count resident_tech_count makers_count ip_count seed_fund_wan revenue_wan operating_cost_wan application_date",
 "vertical": "operator_name space_name credit_code legal_representative address space_category established_date total_area_sqm public_area_sqm resident_area_sqm premises_source staff_total staff_full_time staff_college_or_above mentors_count resident_count resident_tech_count events_per_month seed_fund_wan application_date",
 "indicator": "space_name space_category operator_name credit_code legal_representative address established_date application_date total_area_sqm public_area_sqm staff_total staff_full_time staff_college_or_above mentors_count resident_count resident_tech_count events_per_month seed_fund_wan workstations_total",
 "sentence": "operator_name credit_code registration_date legal_representative address space_name established_date total_area_sqm public_area_sqm premises_source staff_total staff_full_time staff_college_or_above mentors_count resident_count resident_tech_count makers_count events_per_month seed_fund_wan seed_fund_invested_wan application_date",
 "xinjiang": "operator_name credit_code legal_representative registration_date address space_name established_date total_area_sqm workstations_total public_area_sqm premises_source staff_full_time staff_total mentors_count staff_college_or_above resident_count resident_tech_count new_companies_per_year financed_per_year incubation_cases events_per_year seed_fund_wan application_date",
}
DECL_KEYS["indicator2"] = DECL_KEYS["indicator"] + " space_category"

def jv(v):
    if isinstance(v, dt.date): return v.isoformat()
    if isinstance(v, float) and v.is_integer(): return int(v) if abs(v) < 1e12 else v
    return v

def force_edu(F, idx, edu, rng, sp):
    s = F["_staff"][idx]; s["education"] = edu
    sch = SCHOOLS.get(sp["city"], SCHOOLS["taiyuan"])[0]
    gy = rng.randint(2006, 2014)
    s.update(school=sch, grad=D(gy, 6, rng.randint(20, 30)), major=s.get("major", "工商管理"), cert=lib.make_cert(rng, sch[0], gy, edu), diploma_submitted=True)

def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT); shutil.rmtree(STAGE, ignore_errors=True); os.makedirs(STAGE)
    shared = {}; built = []
    order = sorted(SPECS, key=lambda s: (s["sid"] in ("J09", "J15"), s["sid"]))   # sources (J04, J07) before copies
    for sp in order:
        rng = random.Random(SEED + int(sp["sid"][1:]))
        F = make_facts(sp, rng); F["_city"] = CITIES[sp["city"]]["city"]
        F["_lease_addr"] = F["address"]
        if sp["sid"] in ("J04", "J14"):
            while len(F["_staff"]) < 7: F["_staff"].append(copy.deepcopy(F["_staff"][-1]) | {"name": pname(rng, sp["_used"]), "role": "服务专员"})
            for i in range(1, 6): force_edu(F, i, "bachelor", rng, sp)
        if sp["sid"] == "J15":
            J7 = shared["J07:F"]
            for k in ("lease_start_date", "lease_end_date", "lease_term_years", "_lease_sign", "_lessor", "_rent", "total_area_sqm", "_lease_addr"): F[k] = J7[k]
            F["public_area_sqm"] = round(F["total_area_sqm"] * 0.62); F["resident_area_sqm"] = round(F["total_area_sqm"] - F["public_area_sqm"], 2)
            F["_lessee"] = J7["operator_name"]
            F["registration_date"] = min(F["registration_date"], J7["_lease_sign"] - dt.timedelta(days=30))
            F["established_date"] = F["registration_date"] + dt.timedelta(days=60)
        F["_lic_issue"] = F["registration_date"] + dt.timedelta(days=rng.randint(0, 400))
        if F["_lic_issue"] >= F["application_date"]: F["_lic_issue"] = F["registration_date"]
        F["_reg_issue"] = F["registration_date"] + dt.timedelta(days=rng.randint(30, 200))
        ev, decl, flags = apply_plants(sp, F, rng, shared)
        if sp["sid"] == "J07": shared["J07:F"] = F
        files, loc = build(sp, F, ev, decl, rng, shared)
        built.append((sp, F, ev, decl, flags, files, loc))
    # ---- conversions (one soffice run per target format)
    for fmt, filt in (("docx", "docx:MS Word 2007 XML"), ("pdf", "pdf:writer_pdf_Export")):
        names = [n + ".html" for n, f, _ in HTMLQ if f == fmt]
        if names:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-indieb", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filt,
                            "--outdir", os.path.join(STAGE, "out")] + names, cwd=STAGE, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for n, f, dest in HTMLQ:
            if f == fmt: shutil.copy(os.path.join(STAGE, "out", n + "." + fmt), dest)
    for sp, F, ev, decl, flags, files, loc in built:
        write_truth(sp, F, ev, decl, flags, files, loc)
    write_readme(built)

def pdf_pages(p):
    out = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))

def incremental_edit(path, when):
    data = open(path, "rb").read()
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rfind(b"trailer"):]
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1)); root = re.search(rb"/Root\s+(\d+ \d+ R)", trailer).group(1)
    m = re.search(rb"/CreationDate\s*\((D:[^)]*)\)", data); cdate = m.group(1).decode() if m else "D:20170301093000+08'00'"
    idm = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    mod = when.strftime("D:%Y%m%d%H%M%S+08'00'")
    obj = (f"{size} 0 obj\n<</Producer(Adobe Acrobat Pro DC 21.1.20135)/Creator(Writer)/CreationDate({cdate})/ModDate({mod})>>\nendobj\n").encode()
    if not data.endswith(b"\n"): data += b"\n"
    off = len(data); body = data + obj
    xref = len(body)
    tail = (f"xref\n0 1\n0000000000 65535 f \n{size} 1\n{off:010d} 00000 n \ntrailer\n<</Size {size + 1}/Root {root.decode()}/Info {size} 0 R/Prev {startxref}"
            + (idm.group(0).decode() if idm else "") + f">>\nstartxref\n{xref}\n%%EOF\n").encode()
    open(path, "wb").write(body + tail)
    return cdate, mod

EVK = {"business_license": ["operator_name", "credit_code", "legal_representative", "address", "registration_date"],
       "lease_contract": ["total_area_sqm", "premises_source", "lease_start_date", "lease_end_date", "lease_term_years"],
       "property_certificate": ["total_area_sqm", "premises_source"],
       "staff_roster": ["staff_total", "staff_full_time"], "diploma": ["staff_college_or_above"], "mentor_letter": ["mentors_count"],
       "resident_list": ["resident_count", "resident_tech_count", "max_residency_months"], "activity_record": ["events_per_month", "events_per_year"],
       "bank_deposit_proof": ["seed_fund_wan"], "financial_statement": ["revenue_wan", "operating_cost_wan"]}

def find_doc(files, key):
    for f in files:
        for dd in f.get("documents", []):
            if dd["key"] == key: return f["file"], dd["pages"]
        if f["type"] == "diploma" and f["format"] == "jpg" and f["file"].endswith(key.split(":")[1] + ".jpg"): return f["file"], [1]
    raise KeyError(key)

def write_truth(sp, F, ev, decl, flags, files, loc):
    sid = sp["sid"]; folder = os.path.join(OUT, sid)
    for f in files:
        p = os.path.join(folder, f["file"])
        if f["format"] == "pdf": f["pages"] = pdf_pages(p)
        if "_parts" in f:
            parts = f.pop("_parts")
            if f["format"] == "pdf" and f["pages"] == len(parts): f["documents"] = [dict(type=f["type"], key=k, pages=[i + 1]) for i, k in enumerate(parts)]
    tflags = []
    def fl(code, fnames, pages, rel, detail): tflags.append(dict(code=code, files=fnames, pages=pages, related_submissions=rel, detail=detail))
    for code, arg in flags:
        if code == "invalid_credit_code": fn, pg = loc["business_license"]; fl(code, [fn], pg, [], f"营业执照上的统一社会信用代码{F['credit_code']}校验位错误")
        elif code == "invalid_certificate_number":
            fn, pg = find_doc(files, "diploma:" + F["_badcert"][0]); fl(code, [fn], pg, [], F["_badcert"][1])
        elif code == "duplicate_certificate":
            st = next(s for s in F["_staff"] if s.get("cert") == shared_dup["cert"]); fn, pg = find_doc(files, "diploma:" + st["name"])
            fl(code, [fn], pg, [arg], f"{st['name']}的毕业证书（{st['cert']}）也出现在{arg}的申报材料中")
        elif code == "name_mismatch": fn, pg = loc["lease_contract"]; fl(code, [fn], pg, [], f"租赁合同承租方为“{F['_lessee']}”，不是运营主体“{F['operator_name']}”")
        elif code == "date_inconsistency":
            fn, pg = loc["lease_contract"]
            fl(code, [fn], pg, [], (f"租赁合同签订于{F['_lease_sign']}，早于运营主体成立日期{F['registration_date']}" if arg == "signed_before"
                                   else f"租赁合同{F['lease_end_date']}已到期，早于申报日期{F['application_date']}"))
        elif code == "invalid_id_number": fn, pg = loc["staff_roster"]; fl(code, [fn], pg or [], [], f"人员名单中{F['_badid']}的身份证号校验位错误")
        elif code == "duplicate_document": fn, pg = loc["lease_contract"]; fl(code, [fn], pg, [arg], f"租赁合同扫描件与{arg}提交的租赁合同为同一份（重新扫描/裁剪）")
        elif code == "pdf_modified":
            fn, pg = loc["financial_statement"]; p = os.path.join(folder, fn)
            cd, md = incremental_edit(p, dt.datetime.now() + dt.timedelta(days=3))
            f = next(x for x in files if x["file"] == fn); f["incremental_update"] = True; f["pages"] = pdf_pages(p)
            fl(code, [fn], list(range(1, f["pages"] + 1)), [], "财务报表PDF生成后经Adobe Acrobat以增量更新方式修改（ModDate晚于CreationDate）")
        elif code == "low_ocr_confidence":
            f = files[0]; pg = [p["page"] for p in f["page_details"] if p["poor"]]; fl(code, [f["file"]], pg, [], "装订本中运营报告第2页严重模糊、噪点大，识别结果不可信")
    fields = {}
    dk = set(DECL_KEYS[sp["form"]].split())
    if sp["form"] == "vertical" and decl["premises_source"] == "leased": dk.add("lease_term_years")
    if sp["form"].startswith("indicator") and decl["premises_source"] == "leased": dk.add("lease_term_years")
    if sp["form"].startswith("indicator") and "investment" in sp["prog"]: dk.add("investment_managers")
    if sp["form"] == "vertical" and sp.get("fin"): dk |= {"revenue_wan", "operating_cost_wan"}
    if sp["form"] == "vertical" and "incubator" in sp["prog"]: dk.add("staff_trained")
    if sp["form"] == "shanxi_official" and "registration_date" in sp.get("disc", {}): dk.add("registration_date")
    if sp["form"] == "sentence" and decl["premises_source"] == "leased": dk.add("lease_term_years")
    decl = dict(decl); decl["staff_trained"] = max(2, decl["staff_total"] // 2)
    for k in dk: fields.setdefault(k, {})["declared"] = jv(decl[k])
    for dtype, keys in EVK.items():
        if dtype not in loc: continue
        if dtype == "financial_statement" and not sp.get("fin"): continue
        fn = loc[dtype][0]; fns = fn if isinstance(fn, list) else [fn]
        for k in keys:
            if k not in ev and k != "premises_source": continue
            fields.setdefault(k, {})["evidence"] = jv(ev[k]); fields[k]["evidence_files"] = fns
    # diploma evidence also rests on the roster
    if "staff_college_or_above" in fields and "staff_roster" in loc:
        fields["staff_college_or_above"]["evidence_files"] = sorted(set(fields["staff_college_or_above"]["evidence_files"]) | {loc["staff_roster"][0]})
    disc = []
    for k, v in fields.items():
        if "declared" in v and "evidence" in v and v["declared"] != v["evidence"]:
            disc.append(dict(field=k, declared=v["declared"], evidence=v["evidence"]))
    staff = [dict(name=s["name"], education=s["education"] if s["education"] != "other" else "other", certificate_no=s.get("cert") if s.get("diploma_submitted") else None,
                  diploma_submitted=bool(s.get("diploma_submitted")), full_time=s["full_time"], graduated_on=s["grad"].isoformat() if s.get("diploma_submitted") else None,
                  id_number=s["id"] if sp.get("idnums") else None) for s in F["_staff"]]
    for s in staff:
        for k in [k for k, v in s.items() if v is None]: del s[k]
    truth = {"schema": "zcingest.truth/1", "submission_id": sid, "program_id": sp["prog"], "container": "zip" if sp["pack"] == "zip" else "folder",
             "seed": SEED + int(sid[1:]), "files": files, "fields": dict(sorted(fields.items())), "staff": staff,
             "mentors": [m["name"] for m in F["_mentors"]],
             "residents": [dict(name=r["name"], entry_date=r["entry_date"].isoformat(), tech=r["tech"], technical_field=r["field"]) for r in F["_residents"]],
             "events": [dict(date=e["date"].isoformat(), title=e["title"]) for e in F["_events"]],
             "discrepancies": disc, "flags": tflags, "missing_documents": [], "planted": [],
             "defects": [c + (":" + a if a else "") for c, a in flags] + (["contradiction"] if disc else []), "failing_rules": [], "warning_rules": []}
    for f in files:
        f["sha256"] = hashlib.sha256(open(os.path.join(folder, f["file"]), "rb").read()).hexdigest()
    if sp["pack"] == "zip":
        zp = os.path.join(OUT, sid + ".zip")
        with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
            for f in files: z.write(os.path.join(folder, f["file"]), f["file"])
        shutil.rmtree(folder); tp = os.path.join(OUT, sid + ".truth.json")
    else:
        tp = os.path.join(folder, "truth.json")
    json.dump(truth, open(tp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    sp["_truth"] = truth

def write_readme(built):
    L = ["# indie-b — independent test corpus (J01–J16)", "",
         "Built by `tools/indie-corpus-b/gen.py` (seed 20240611; rerun `INDIE_OUT=… /usr/bin/python3 tools/indie-corpus-b/gen.py`, then `validate.py`).",
         "Own templates: six application-form layouts (Shanxi cover+基本信息表, merged-section table, vertical 项目|内容 table, 基本情况 + 指标名称|数值|单位 table,",
         "fill-in-the-blank sentence form, Xinjiang sectioned 备案表); scans rendered with PIL and degraded (skew, blur, noise, tint, fold shadow, seals, upside-down pages).", "",
         "| id | program | packaging | files | planted |", "|---|---|---|---|---|"]
    for sp, F, ev, decl, flags, files, loc in sorted(built, key=lambda b: b[0]["sid"]):
        t = sp["_truth"]
        pl = [f"{f['code']}" + (f"→{','.join(f['related_submissions'])}" if f["related_submissions"] else "") for f in t["flags"]]
        pl += [f"disc {d['field']} {d['declared']}≠{d['evidence']}" for d in t["discrepancies"]]
        L.append(f"| {sp['sid']} | {sp['prog']} | {'zip' if sp['pack'] == 'zip' else 'bound volume' if sp['pack'] == 'bound' else 'folder'} | {len(files)} files ({', '.join(sorted(set(f['rendering'] for f in files)))}) | {'; '.join(pl) or 'genuine (none)'} |")
    L += ["", "Truth files follow `zcingest.truth/1` (see main/sample-docs/README.md conventions). `J05` is `J05.zip` with `J05.truth.json` beside it."]
    open(os.path.join(OUT, "README.md"), "w").write("\n".join(L) + "\n")

shared_dup = {}
if __name__ == "__main__":
    main()
