#!/usr/bin/env python3
"""Builds /work/indie-d (L01..L16) from plan.py. Usage: nice -n 10 /usr/bin/python3 build.py [--out DIR]"""
import sys, os, json, random, shutil, hashlib, zipfile, datetime as dt, argparse, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from PIL import Image
from zc import ids, people, docs, forms, fmt
from zc import render as R
from zc.docx import write_docx
from zc.pdf import write_text_pdf, incremental_edit
from zc.layout import layout
import plan

SEED = 20240611
D = dt.date
REG = {}  # cross-submission registry (reused documents)


def iso(d):
    return d.isoformat() if isinstance(d, dt.date) else d


# ------------------------------------------------------------------ facts

def make_facts(sp):
    rng = random.Random("%d-%s" % (SEED, sp["id"]))
    C = plan.CITIES[sp["city"]]
    P = plan.PROGRAMS[sp["program"]]
    xj = C["region"] == "xinjiang"
    s = dict(id=sp["id"], program=sp["program"], rng=rng, city_name=C["city"] + C["district"], sp=sp)
    used = set()
    suffix = "孵化器管理有限公司" if "incubator" in sp["program"] else rng.choice(["创业服务有限公司", "众创空间管理有限公司", "科技企业孵化器有限公司", "科技服务有限公司"])
    s["operator"] = C["short"] + rng.choice(people.WORD1) + rng.choice(people.WORD1) + suffix
    s["space_name"] = sp["space"]
    s["legal_rep"] = people.name(rng, rng.random() < 0.3, xj)
    used.add(s["legal_rep"])
    s["credit_valid"] = "invalid_credit_code" not in sp.get("plants", [])
    s["credit_code"] = ids.make_uscc(rng, C["area6"], valid=s["credit_valid"])
    road = rng.choice(C["road"])
    s["address"] = "%s%s%s%s%d号%s" % (C["prov"], C["city"], C["district"], road, rng.randint(8, 399), rng.choice(["", "科创大厦", "创业园A座", "综合楼"]))
    s["license_address"] = s["address"]
    s["reg_date"], s["app_date"], s["est_date"] = sp["reg"], sp["app"], sp["est"]
    s["license_issue"] = sp["reg"] + dt.timedelta(days=rng.choice([0, 0, 0, 120, 400]))
    if s["license_issue"] > sp["app"]:
        s["license_issue"] = sp["reg"]
    s["license_no"] = "%s%06d" % (C["area6"], rng.randint(0, 999999))
    s["reg_capital"] = rng.choice(["100万元人民币", "200万元人民币", "300万元整", "500万元", "1000万元人民币"])
    s["reg_authority"] = C["authority"]
    s["form_title"], s["form_issuer"], s["program_zh"] = P["title"], P["issuer"], P["zh"]
    s["recommender"] = C["recommender"]
    s["category"] = sp.get("category")
    s["host"] = sp.get("host", "other")
    # licence holder (planted mismatch: licence of the parent company)
    s["license_holder"] = sp.get("parent") if "name_mismatch_license" in sp.get("plants", []) else s["operator"]
    # staff
    st = sp["staff"]
    staff = []
    roles = ["主任", "副主任", "运营经理", "创业服务专员", "财务专员", "项目经理", "行政专员", "投资经理", "活动策划", "技术服务专员", "综合办主任", "孵化服务专员"]
    for i, edu in enumerate(st["college"]):
        p = people.person(rng, C["region"], C["area6"], edu, used, roles[i % len(roles)], xj=xj)
        p["diploma"] = True
        staff.append(p)
    for i in range(st.get("undoc", 0)):  # degree holders whose diploma is not enclosed
        p = people.person(rng, C["region"], C["area6"], "bachelor", used, "创业服务专员", xj=xj)
        p["diploma"] = False
        staff.append(p)
    for i in range(st["other"]):
        p = people.person(rng, C["region"], C["area6"], "other", used, rng.choice(["行政专员", "物业管理员", "前台接待"]), xj=xj)
        p["diploma"] = False
        staff.append(p)
    for p in staff[-st.get("part_time", 0):] if st.get("part_time") else []:
        p["full_time"] = False
    if st.get("inv_mgr"):
        for p in staff[:st["inv_mgr"]]:
            p["role"] = "投资总监" if p is staff[0] else "投资经理"
    if st.get("reuse_from"):
        src = REG[("person", st["reuse_from"])]
        p = dict(src)
        p["role"] = "运营经理"
        p["full_time"] = True
        p["reused"] = st["reuse_from"]
        staff[1] = p
    if st.get("reuse_first"):
        REG[("person", sp["id"])] = staff[0]
    if st.get("bad_id"):
        p = staff[3]
        p["id"] = ids.make_id(rng, C["area6"], p["birth"], p["female"], valid=False)
        p["bad_id"] = True
    if st.get("bad_cert"):
        p = staff[1]  # a bachelor whose number carries the 专科 code 06
        p["cert"] = p["cert"][:10] + "06" + p["cert"][12:]
        p["bad_cert"] = True
    s["staff"] = staff
    # training certificates (incubators)
    for i, p in enumerate(staff[:st.get("trained", 0)]):
        td = sp["app"] - dt.timedelta(days=rng.randint(120, 600))
        p["training"] = dict(date=td, cert_date=td + dt.timedelta(days=5), org="山西省科技企业孵化器协会",
                             course="科技企业孵化器从业人员培训班", no="SXFH%d%04d" % (td.year, rng.randint(1, 9999)))
    if st.get("future_training"):
        p = staff[st["trained"] - 1]
        p["training"]["date"] = sp["app"] + dt.timedelta(days=48)
        p["training"]["cert_date"] = sp["app"] + dt.timedelta(days=53)
        p["future_cert"] = True
    # mentors
    ms = []
    mtitles = [("天使投资人", "从事早期股权投资十余年，投资项目20余个"), ("高级工程师", "长期从事智能制造与工业软件研发"),
               ("注册会计师", "擅长中小企业财税筹划与股权架构设计"), ("连续创业者", "曾创办两家科技公司并成功实现并购退出"),
               ("律师", "专注公司法务与知识产权保护"), ("教授、博士生导师", "主持国家级科研项目多项，致力于科技成果转化"),
               ("市场营销总监", "具有丰富的品牌推广与渠道建设经验"), ("创投机构合伙人", "管理基金规模逾5亿元")]
    for i in range(sp["mentors"]):
        f = rng.random() < 0.35
        nm = people.name(rng, f, xj)
        while nm in used:
            nm = people.name(rng, f, xj)
        used.add(nm)
        t = mtitles[(i + rng.randint(0, 7)) % len(mtitles)]
        start = sp["app"] - dt.timedelta(days=rng.randint(60, 500))
        ms.append(dict(name=nm, female=f, title=t[0], bio=t[1], start=start, end=D(start.year + 3, start.month, min(start.day, 28))))
    s["mentors"] = ms
    # residents
    n, ntech, maxm = sp["residents"]
    res = []
    rused = set()
    earliest = fmt.add_months(sp["app"], -maxm) - dt.timedelta(days=rng.randint(1, 20))
    for i in range(n):
        tech = i < ntech
        nm, field, _ = people.company(rng, C["short"], rused, tech=tech)
        entry = earliest if i == 0 else earliest + dt.timedelta(days=rng.randint(15, max(20, (sp["app"] - earliest).days - 20)))
        res.append(dict(name=nm, field=field, tech=tech, entry=entry, capital=rng.choice(["10万元", "50万元", "100万元", "30万元", "200万元", "—"])))
    rng.shuffle(res)
    res.sort(key=lambda r: r["entry"])
    s["residents"] = res
    # events: count N over M months starting at (y, m); first and last month hold an event
    (y0, m0), M, N = sp["events"]
    first = D(y0, m0, 1)
    months = [fmt.add_months(first, i) for i in range(M)]
    per = [1] * M if N >= M else [0] * M
    if N < M:
        per[0] = per[-1] = 1
        rest = N - 2
        idx = list(range(1, M - 1))
        rng.shuffle(idx)
        for i in idx[:rest]:
            per[i] = 1
    else:
        for _ in range(N - M):
            per[rng.randrange(M)] += 1
    evs = []
    for mi, cnt in enumerate(per):
        mstart = months[mi]
        import calendar
        last_day = calendar.monthrange(mstart.year, mstart.month)[1]
        if mstart.year == sp["app"].year and mstart.month == sp["app"].month:
            last_day = max(1, sp["app"].day - 1)
        days = sorted(rng.sample(range(1, last_day + 1), min(cnt, last_day)))
        for dday in days:
            evs.append(dict(date=D(mstart.year, mstart.month, dday), title=rng.choice(people.TOPICS) + rng.choice(people.TITLES),
                            place=rng.choice(people.PLACES), n=rng.randint(15, 120), guest=rng.choice(["创业导师", "投资机构代表", "行业专家", "科技局政策专员"]),
                            recorder=staff[min(3, len(staff) - 1)]["name"]))
    assert len(evs) == N and evs[-1]["date"] <= sp["app"], (sp["id"], len(evs), N)
    if sp.get("future_event"):
        evs.append(dict(date=sp["future_event"], title="年度创新创业项目路演大赛总决赛", place="一层路演厅", n=150, guest="投资机构代表",
                        recorder=staff[2]["name"], future=True))
    s["events"] = evs
    # premises
    if "owned" in sp:
        s["owned"] = dict(owner=s["operator"], address=s["address"], area=sp["owned"]["area"], land=sp["owned"]["land"], prov="豫" if C["region"] == "henan" else "晋",
                          city=C["city"][:-1], no=rng.randint(1, 99999), unit="%s%06dGB%05dF%08d" % (C["area6"], rng.randint(0, 999999), rng.randint(0, 99999), rng.randint(0, 99999999)),
                          date=sp["reg"] + dt.timedelta(days=700), authority=C["city"] + "不动产登记中心")
        s["lease"] = None
    elif sp.get("lease_from"):
        s["lease"] = dict(REG[("lease", sp["lease_from"])])
        s["lease"]["reused_from"] = sp["lease_from"]
    else:
        L = sp["lease"]
        start = L["start"]
        end = fmt.add_months(start, int(round(L["years"] * 12))) - dt.timedelta(days=1)
        sign = L.get("sign_abs") or start + dt.timedelta(days=L["sign"])
        lessor = C["short"] + rng.choice(["城投资产运营有限公司", "高新区资产管理有限公司", "华源置业有限公司", "科技园发展有限公司"])
        s["lease"] = dict(no="ZL-%d-%04d" % (sign.year, rng.randint(1, 9999)), lessor=lessor, lessor_code=ids.make_uscc(rng, C["area6"]),
                          lessor_rep=people.name(rng, False, xj), lessee=s["operator"], lessee_rep=s["legal_rep"], address=s["address"],
                          area=L["area"], start=start, end=end, sign=sign, rent_day="1.2",
                          rent_year_wan=round(L["area"] * 1.2 * 365 / 10000, 2), deposit_wan=round(L["area"] * 1.2 * 90 / 10000, 2), city_name=C["city"])
        REG[("lease", sp["id"])] = s["lease"]
    # bank
    if sp.get("seed") is not None:
        bdate = sp["app"] - dt.timedelta(days=rng.randint(3, 25))
        s["bank"] = dict(kind=sp.get("bank"), holder=sp.get("bank_holder", s["operator"]), bank=C["bank"],
                         account="%d%012d" % (rng.randint(1, 6), rng.randint(0, 10**12 - 1)), balance_wan=sp["seed"], date=bdate,
                         no="%s%08d" % ("CK" if sp.get("bank") == "存款证明" else "ZX", rng.randint(0, 99999999)),
                         clerk=people.name(rng, True), checker=people.name(rng, False))
        if sp.get("bank_edit"):
            s["bank"]["balance_wan"] = sp["bank_edit"][0]
            s["bank"]["no_daxie"] = True  # printed original; the incremental update shows the new one
    else:
        s["bank"] = None
    if sp.get("fin"):
        s["fin"] = dict(revenue=sp["fin"][0], cost=sp["fin"][1], prev_rev=round(sp["fin"][0] * 0.78, 2), prev_cost=round(sp["fin"][1] * 0.81, 2),
                        year=sp["app"].year - 1, accountant=people.name(rng, True))
    else:
        s["fin"] = None
    # operating report: history & plans (deliberately not today's numbers)
    tot_area = s["lease"]["area"] if s["lease"] else s["owned"]["area"]
    s["history"] = dict(start=sp["est"] - dt.timedelta(days=90), area0=round(tot_area * 0.55), res0=max(2, n // 3), mentors0=max(1, sp["mentors"] - 2),
                        staff0=max(2, len(staff) - 3), fin_year=sp["app"].year - 2, rev0=round((sp["fin"][0] if sp.get("fin") else 60) * 0.6, 1),
                        cost0=round((sp["fin"][1] if sp.get("fin") else 50) * 0.7, 1), cum_date=sp["app"] - dt.timedelta(days=40),
                        served_cum=n * 3 + 7, events_cum=N * 2 + 11, fin_cum=round(n * 37.5), plan_year=sp["app"].year + 3,
                        plan_area=round(tot_area * 2.5, -1), plan_res=n * 2 + 10, plan_fund=500, plan_mentors=sp["mentors"] * 2 + 2, plan_events=6)
    s["intro"] = ("%s以服务科技型创新创业为宗旨，提供开放办公、创业辅导、投融资对接、政策申报等服务，已形成“导师+资本+活动”的孵化服务体系。"
                  % sp["space"])
    return s


# ------------------------------------------------------------------ evidence & declared values

def months_span(evs):
    a, b = evs[0]["date"], evs[-1]["date"]
    return (b.year - a.year) * 12 + b.month - a.month + 1


def evidence(s):
    sp = s["sp"]
    E = {}
    E["operator_name"] = s["license_holder"]
    E["credit_code"] = s["credit_code"]
    E["legal_representative"] = s["legal_rep"]
    E["address"] = s["license_address"]
    E["registration_date"] = s["reg_date"]
    if s["lease"]:
        L = s["lease"]
        E["total_area_sqm"] = L["area"]
        E["premises_source"] = "leased"
        E["lease_start_date"], E["lease_end_date"] = L["start"], L["end"]
        E["lease_term_years"] = fmt.lease_years(L["start"], L["end"])
    else:
        E["total_area_sqm"] = s["owned"]["area"]
        E["premises_source"] = "owned"
    st = s["staff"]
    E["staff_total"] = len(st)
    E["staff_full_time"] = sum(1 for p in st if p["full_time"])
    E["staff_college_or_above"] = sum(1 for p in st if p.get("diploma") and p["edu"] in ("college", "bachelor", "master", "doctor"))
    if any(p.get("training") for p in st):
        E["staff_trained"] = sum(1 for p in st if p.get("training"))
    E["mentors_count"] = len(s["mentors"])
    E["resident_count"] = len(s["residents"])
    E["resident_tech_count"] = sum(1 for r in s["residents"] if r["tech"])
    E["max_residency_months"] = fmt.months_between(s["residents"][0]["entry"], s["app_date"])
    evs = [e for e in s["events"] if e["date"] <= s["app_date"]]
    E["events_per_month"] = round(len(evs) / months_span(evs), 2)
    lo = D(s["app_date"].year - 1, s["app_date"].month, s["app_date"].day)
    E["events_per_year"] = sum(1 for e in evs if lo < e["date"] <= s["app_date"])
    if s["bank"]:
        E["seed_fund_wan"] = sp["bank_edit"][1] if sp.get("bank_edit") else s["bank"]["balance_wan"]
    if s["fin"]:
        E["revenue_wan"], E["operating_cost_wan"] = s["fin"]["revenue"], s["fin"]["cost"]
    if "investment_managers" in plan.PROGRAMS[s["program"]]["keys"]:
        E["investment_managers"] = sum(1 for p in st if p["role"] in ("投资总监", "投资经理"))
    return E


def declared(s, E):
    sp = s["sp"]
    keys = list(plan.PROGRAMS[s["program"]]["keys"]) + [k for k in sp.get("extra_keys", []) if k not in plan.PROGRAMS[s["program"]]["keys"]]
    base = dict(space_name=s["space_name"], operator_name=s["operator"], credit_code=s["credit_code"], legal_representative=s["legal_rep"],
                address=s["address"], space_category=s["category"], host_type=s["host"], established_date=s["est_date"],
                registration_date=s["reg_date"], application_date=s["app_date"])
    for k in ("total_area_sqm", "premises_source", "lease_term_years", "staff_total", "staff_college_or_above", "staff_full_time", "staff_trained",
              "mentors_count", "resident_count", "resident_tech_count", "events_per_month", "events_per_year", "seed_fund_wan", "revenue_wan",
              "operating_cost_wan", "investment_managers"):
        if k in E:
            base[k] = E[k]
    base.update(sp.get("decl", {}))
    items = []
    for k in keys:
        if k in ("space_category",) and not s["category"]:
            continue
        if k not in base:
            continue
        items.append((k, base[k]))
    return items


# ------------------------------------------------------------------ logical documents

def logical_docs(s, kind):
    """-> list of dict(type, key, name, blocks | image(dpi, rng))"""
    st = dict(s["sp"]["style"])
    rng = s["rng"]
    if kind == "form":
        items = declared(s, s["E"])
        return [dict(type="application_form", key="application_form", blocks=forms.FORMS[s["sp"]["layout"]](s, items, st))]
    if kind == "report":
        return [dict(type="operating_report", key="operating_report", blocks=docs.report_blocks(s, s["history"], st))]
    if kind == "license":
        lic = dict(s, operator=s["license_holder"])
        return [dict(type="business_license", key="business_license", image=lambda dpi, r: docs.license_image(lic, dpi, r))]
    if kind == "lease":
        return [dict(type="lease_contract", key="lease_contract", blocks=docs.lease_blocks(s, s["lease"], st))]
    if kind == "property":
        return [dict(type="property_certificate", key="property_certificate", blocks=docs.property_blocks(s, s["owned"]))]
    if kind == "roster":
        title = "管理服务团队人员名单" if "incubator" not in s["program"] else "孵化器管理人员花名册"
        return [dict(type="staff_roster", key="staff_roster", blocks=docs.roster_blocks(s, s["staff"], title, st))]
    if kind == "diplomas":
        out = []
        for p in s["staff"]:
            if p.get("diploma"):
                out.append(dict(type="diploma", key="diploma:" + p["name"], name=p["name"], person=p,
                                image=(lambda pp: lambda dpi, r: docs.diploma_image(pp, dpi, r))(p)))
        return out
    if kind == "training":
        return [dict(type="training_certificate", key="training_certificate:" + p["name"], name=p["name"], person=p,
                     image=(lambda pp: lambda dpi, r: docs.training_image(pp, s, dpi, r))(p)) for p in s["staff"] if p.get("training")]
    if kind == "mentors":
        use_agreement = s["id"] in ("L04", "L14")
        return [dict(type="mentor_letter", key="mentor_letter:" + m["name"], name=m["name"],
                     blocks=(docs.mentor_agreement_blocks if use_agreement else docs.mentor_blocks)(s, m, st)) for m in s["mentors"]]
    if kind == "bank":
        return [dict(type="bank_deposit_proof", key="bank_deposit_proof", blocks=docs.bank_blocks(s, s["bank"], st))]
    if kind == "residents":
        return [dict(type="resident_list", key="resident_list", blocks=docs.residents_blocks(s, s["residents"], st))]
    if kind == "activities":
        mode = s["act_mode"]
        if mode == "pages":
            return [dict(type="activity_record", key="activity_record:%s" % e["date"].isoformat(), blocks=docs.activity_page_blocks(s, e, st)) for e in s["events"]]
        return [dict(type="activity_record", key="activity_record", blocks=docs.activities_list_blocks(s, s["events"], st))]
    if kind == "fin":
        return [dict(type="financial_statement", key="financial_statement", blocks=docs.financial_blocks(s, s["fin"], st))]
    raise ValueError(kind)


# ------------------------------------------------------------------ scanning

def scan_pages(ld, dpi, rng, fontpath, poor_pages=(), angle_max=2.0):
    """Render one logical doc to aged page images; returns [(img, detail)]."""
    if "image" in ld:
        clean = [ld["image"](dpi, rng)]
    else:
        clean = R.render_blocks(ld["blocks"], dpi, fontpath, rng)
    out = []
    for i, im in enumerate(clean, 1):
        poor = i in poor_pages or (i == len(clean) and -1 in poor_pages)
        ang = round(rng.uniform(-angle_max, angle_max), 2)
        q = rng.choice([30, 45, 55, 65, 75, 85, 90]) if not poor else 22
        tint = rng.choice([(246, 242, 230), (250, 248, 240), (240, 236, 222), (252, 252, 250)])
        aged = R.age(im, rng, angle=ang, quality=q, noise=rng.uniform(3, 10), blur=rng.choice([0, 0.4, 0.7, 1.0]), tint=tint, poor=poor, dpi=dpi)
        out.append((aged, dict(type=ld["type"], dpi=dpi, angle=ang, quality=q, poor=poor)))
    return out


def page_count_blocks(blocks):
    return len(layout(blocks))


# ------------------------------------------------------------------ submission writer

def build_sub(sp, outroot):
    s = make_facts(sp)
    s["E"] = evidence(s)
    rng = s["rng"]
    sid = sp["id"]
    folder = os.path.join(outroot, sid)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    files = []          # truth files[]
    where = {}          # logical key/type -> [(file, pages)]
    fontpaths = [R.NOTO_SERIF, R.NOTO_SANS, R.WQY]
    s["act_mode"] = "pages" if any(f[0] == "activities" and f[1] == "pages_scan" for f in sp["files"] if f[0] != "bundle") else "list"
    authors = ["Administrator", "user", "admin", s["legal_rep"], "微软用户", "HP"]

    def note(ld, fname, pages):
        where.setdefault(ld["type"], []).append((fname, pages))
        where.setdefault(ld["key"], []).append((fname, pages))

    def add_file(fname, ftype, fmt_, rendering, pages, documents, page_details=None, extra=None):
        e = dict(file=fname, type=ftype, format=fmt_, rendering=rendering, pages=pages, documents=documents, status="ok")
        if page_details is not None:
            e["page_details"] = page_details
        if extra:
            e.update(extra)
        files.append(e)

    for spec in sp["files"]:
        if spec[0] == "bundle":
            _, fname, kinds, dpi = spec
            imgs, details, documents = [], [], []
            poor_kind = sp.get("bundle_poor")
            for kind in kinds:
                lds = logical_docs(s, kind)
                for ld in lds:
                    poor = ((-1,) if poor_kind[1] == -2 else (poor_kind[1] + 1,)) if poor_kind and poor_kind[0] == kind else ()
                    pages = scan_pages(ld, dpi, rng, rng.choice(fontpaths[:2]), poor_pages=poor)
                    start = len(imgs) + 1
                    for im, det in pages:
                        imgs.append(im)
                        det["page"] = len(imgs)
                        details.append(det)
                    pr = list(range(start, len(imgs) + 1))
                    documents.append(dict(type=ld["type"], key=ld["key"], pages=pr))
                    note(ld, fname, pr)
            R.save_pdf(imgs, os.path.join(folder, fname), dpi, quality=60, when=dt.datetime.combine(s["app_date"], dt.time(10, 5)))
            add_file(fname, None, "pdf", "scan", len(imgs), documents,
                     [dict(page=d["page"], type=d["type"], dpi=d["dpi"], angle=d["angle"], poor=d["poor"]) for d in details])
            continue
        kind, mode, pattern = spec
        lds = logical_docs(s, kind)
        # reused material from another applicant
        if kind == "lease" and s["lease"].get("reused_from"):
            src = REG[("lease_pages", s["lease"]["reused_from"])]
            imgs = [R.recopy(im, rng, angle=rng.choice([-1.1, 0.9, 1.2]), crop=(rng.randint(3, 8), rng.randint(3, 8), rng.randint(2, 7), rng.randint(2, 7)), quality=48) for im, _ in src]
            R.save_pdf(imgs, os.path.join(folder, pattern), 200, quality=50, when=dt.datetime.combine(s["app_date"], dt.time(15, 12)))
            pr = list(range(1, len(imgs) + 1))
            add_file(pattern, "lease_contract", "pdf", "scan", len(imgs), [dict(type="lease_contract", key="lease_contract", pages=pr)],
                     [dict(page=i, type="lease_contract", dpi=200, angle=d["angle"], poor=False) for i, (_, d) in enumerate(src, 1)],
                     dict(copy_of=dict(submission=s["lease"]["reused_from"], note="re-compressed, rotated ~1 degree, cropped a few pixels")))
            note(lds[0], pattern, pr)
            continue
        if mode.startswith("each_") or mode == "pages_scan" and kind not in ("activities", "diplomas"):
            pass
        if mode in ("each_jpg", "each_png", "each_docx"):
            for ld in lds:
                fname = pattern.format(name=ld["name"])
                if mode == "each_docx":
                    write_docx(os.path.join(folder, fname), ld["blocks"], author=rng.choice(authors), date=iso(s["app_date"] - dt.timedelta(days=9)))
                    add_file(fname, ld["type"], "docx", "docx", 0, [dict(type=ld["type"], key=ld["key"], pages=[])])
                    note(ld, fname, [])
                    continue
                p = ld.get("person")
                if p is not None and p.get("reused"):
                    src_img = REG[("diploma_img", p["reused"], p["name"])]
                    im = R.recopy(src_img, rng, angle=-1.0, crop=(6, 4, 5, 7), quality=52)
                    det = dict(type=ld["type"], dpi=REG[("diploma_dpi", p["reused"], p["name"])], angle=-1.0, poor=False)
                    extra = dict(copy_of=dict(submission=p["reused"], note="re-compressed, rotated ~1 degree, cropped a few pixels"))
                else:
                    dpi = rng.choice([150, 200, 200, 300]) if kind != "mentors" else 150
                    (im, det), = scan_pages(ld, dpi, rng, rng.choice(fontpaths[:2]))
                    extra = None
                    if p is not None:
                        REG[("diploma_img", sid, p["name"])] = im
                        REG[("diploma_dpi", sid, p["name"])] = dpi
                ext = "JPEG" if mode == "each_jpg" else "PNG"
                path = os.path.join(folder, fname)
                if ext == "JPEG":
                    im.convert("RGB").save(path, "JPEG", quality=rng.choice([60, 75, 85]), dpi=(det["dpi"], det["dpi"]))
                else:
                    im.convert("L").save(path, "PNG", dpi=(det["dpi"], det["dpi"]))
                add_file(fname, ld["type"], "jpg" if ext == "JPEG" else "png", "image", 1, [dict(type=ld["type"], key=ld["key"], pages=[1])],
                         [dict(page=1, type=ld["type"], dpi=det["dpi"], angle=det["angle"], poor=det["poor"])], extra)
                note(ld, fname, [1])
            continue
        fname = pattern
        path = os.path.join(folder, fname)
        ftype = lds[0]["type"]
        if mode == "docx":
            blocks = []
            for i, ld in enumerate(lds):
                if i:
                    blocks.append(("pb",))
                blocks += ld["blocks"]
            write_docx(path, blocks, title=fname.rsplit(".", 1)[0], author=rng.choice(authors),
                       date=iso(s["app_date"] - dt.timedelta(days=rng.randint(1, 12))), app=rng.choice(["Microsoft Office Word", "WPS Office"]),
                       font=rng.choice(["宋体", "仿宋_GB2312", "微软雅黑"]))
            add_file(fname, ftype, "docx", "docx", 0, [dict(type=ld["type"], key=ld["key"], pages=[]) for ld in lds])
            for ld in lds:
                note(ld, fname, [])
        elif mode == "pdf_text":
            blocks, documents, pno = [], [], 1
            for i, ld in enumerate(lds):
                n = page_count_blocks(ld["blocks"])
                if i:
                    blocks.append(("pb",))
                blocks += ld["blocks"]
                documents.append(dict(type=ld["type"], key=ld["key"], pages=list(range(pno, pno + n))))
                note(ld, fname, list(range(pno, pno + n)))
                pno += n
            cd = s["app_date"] - dt.timedelta(days=rng.randint(2, 15))
            created = "D:%s%02d%02d%02d+08'00'" % (cd.strftime("%Y%m%d"), rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
            n = write_text_pdf(path, blocks, title=fname.rsplit(".", 1)[0], author=rng.choice(authors), rng=rng, created=created,
                               creator=rng.choice(["Microsoft® Word 2016", "WPS 文字", "Microsoft® Word 2019"]),
                               producer=rng.choice(["Microsoft® Word 2016", "WPS 文字", None]))
            assert n == pno - 1, (sid, fname, n, pno)
            extra = None
            if kind == "bank" and sp.get("bank_edit"):
                old, new = sp["bank_edit"]
                # cover the lower-case balance cell with the edited figure
                pages = layout(blocks)
                target = "{:,.2f}元".format(old * 10000)
                op = [o for o in pages[0] if o[0] == "text" and o[4] == target][0]
                x, y, sz = op[1], op[2], op[3]
                from zc.layout import textwidth
                md = cd + dt.timedelta(days=3)
                incremental_edit(path, 0, (x - 1, y - sz - 1, x + textwidth(target, sz) + 2, y + 3), "{:,.2f}".format(new * 10000),
                                 "Adobe Acrobat Pro DC 21.7.20099", "D:%s184522+08'00'" % md.strftime("%Y%m%d"), size=sz)
                extra = dict(incremental_update=dict(original_text=target, visible_text="{:,.2f}".format(new * 10000),
                                                     producer="Adobe Acrobat Pro DC 21.7.20099", mod_date=md.isoformat()))
            add_file(fname, ftype, "pdf", "pdf_text", n, documents, None, extra)
        elif mode in ("pdf_scan", "pages_scan"):
            dpi = s["sp"].get("form_scan", {}).get("dpi") if kind == "form" else None
            dpi = dpi or rng.choice([150, 200, 200, 300])
            if kind in ("activities", "diplomas"):
                dpi = 150
            poor = tuple(s["sp"].get("form_scan", {}).get("poor_pages", [])) if kind == "form" else ()
            imgs, details, documents = [], [], []
            for ld in lds:
                pages = scan_pages(ld, dpi, rng, rng.choice(fontpaths[:2]), poor_pages=poor)
                start = len(imgs) + 1
                for im, det in pages:
                    imgs.append(im)
                    det["page"] = len(imgs)
                    details.append(det)
                pr = list(range(start, len(imgs) + 1))
                documents.append(dict(type=ld["type"], key=ld["key"], pages=pr))
                note(ld, fname, pr)
            if kind == "lease":
                REG[("lease_pages", sid)] = list(zip(imgs, details))
            R.save_pdf(imgs, path, dpi, quality=rng.choice([45, 60, 75]), when=dt.datetime.combine(s["app_date"] - dt.timedelta(days=2), dt.time(11, 40)))
            add_file(fname, ftype, "pdf", "scan", len(imgs), documents,
                     [dict(page=d["page"], type=d["type"], dpi=d["dpi"], angle=d["angle"], poor=d["poor"]) for d in details])
        elif mode in ("jpg", "png"):
            ld = lds[0]
            dpi = rng.choice([150, 200, 300])
            (im, det), = scan_pages(ld, dpi, rng, rng.choice(fontpaths[:2]))
            if mode == "jpg":
                im.convert("RGB").save(path, "JPEG", quality=rng.choice([40, 60, 80]), dpi=(dpi, dpi))
            else:
                im.convert("RGB").save(path, "PNG", dpi=(dpi, dpi))
            add_file(fname, ftype, mode, "image", 1, [dict(type=ld["type"], key=ld["key"], pages=[1])],
                     [dict(page=1, type=ld["type"], dpi=dpi, angle=det["angle"], poor=False)])
            note(ld, fname, [1])
        else:
            raise ValueError(mode)

    truth = make_truth(s, files, where)
    for f in files:
        f["sha256"] = hashlib.sha256(open(os.path.join(folder, f["file"]), "rb").read()).hexdigest()
    if sp.get("container") == "zip":
        zpath = os.path.join(outroot, sid + ".zip")
        with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
            for f in files:
                zi = zipfile.ZipInfo(f["file"], date_time=(2019, 4, 12, 9, 30, 0))
                zi.flag_bits |= 0x800  # UTF-8 names
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, open(os.path.join(folder, f["file"]), "rb").read())
        shutil.rmtree(folder)
        truth["container"] = "zip"
        with open(os.path.join(outroot, sid + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
    else:
        with open(os.path.join(folder, "truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
    return truth


# ------------------------------------------------------------------ truth

MONEY_AREA = lambda k: k.endswith("_sqm") or k.endswith("_wan")
COUNT_KEYS = set(forms.COUNT_UNIT) - {"events_per_month"}
DATE_KEYS = {"established_date", "registration_date", "application_date", "lease_start_date", "lease_end_date"}
EV_SOURCE = {"operator_name": "business_license", "credit_code": "business_license", "legal_representative": "business_license",
             "address": "business_license", "registration_date": "business_license", "total_area_sqm": ("lease_contract", "property_certificate"),
             "premises_source": ("lease_contract", "property_certificate"), "lease_start_date": "lease_contract", "lease_end_date": "lease_contract",
             "lease_term_years": "lease_contract", "staff_total": "staff_roster", "staff_full_time": "staff_roster", "staff_college_or_above": "diploma",
             "staff_trained": "training_certificate", "mentors_count": "mentor_letter", "resident_count": "resident_list",
             "resident_tech_count": "resident_list", "max_residency_months": "resident_list", "events_per_month": "activity_record",
             "events_per_year": "activity_record", "seed_fund_wan": "bank_deposit_proof", "revenue_wan": "financial_statement",
             "operating_cost_wan": "financial_statement", "investment_managers": "staff_roster"}


def norm_text(x):
    import unicodedata
    return "".join(unicodedata.normalize("NFKC", str(x)).split())


def is_discrepancy(k, d, e):
    if d is None or e is None:
        return False
    if MONEY_AREA(k):
        return abs(d - e) > 0.01 * abs(e)
    if isinstance(d, (int, float)) and isinstance(e, (int, float)):
        return d != e
    return norm_text(iso(d)) != norm_text(iso(e))


def make_truth(s, files, where):
    sp = s["sp"]
    E = s["E"]
    decl = dict(declared(s, E))
    fields = {}
    for k in sorted(set(decl) | set(E), key=lambda k: (list(forms.LABELS).index(k) if k in forms.LABELS else 99, k)):
        entry = {}
        if k in decl:
            entry["declared"] = iso(decl[k])
        if k in E:
            srcs = EV_SOURCE.get(k)
            srcs = srcs if isinstance(srcs, tuple) else (srcs,)
            fl = []
            for t in srcs:
                for fname, _ in where.get(t, []):
                    if fname not in fl:
                        fl.append(fname)
            if k == "staff_college_or_above":
                fl = [fn for p in s["staff"] if p.get("diploma") for fn, _ in where.get("diploma:" + p["name"], [])]
                fl = list(dict.fromkeys(fl))
            if not fl:
                continue  # no document carries it
            entry["evidence"] = iso(E[k])
            entry["evidence_files"] = fl
        fields[k] = entry
    discrepancies = []
    for k, v in fields.items():
        if "declared" in v and "evidence" in v:
            d, e = decl[k], E[k]
            if is_discrepancy(k, d, e):
                discrepancies.append(dict(field=k, declared=iso(d), evidence=iso(e)))
    # flags
    flags = []
    plants = sp.get("plants", [])
    def files_of(key):
        return [f for f, _ in where.get(key, [])]
    def pages_of(key):
        out = []
        for _, p in where.get(key, []):
            out += p
        return out
    identifiers = []
    lic_files = files_of("business_license")
    form_files = files_of("application_form")
    identifiers.append(dict(kind="credit_code", value=s["credit_code"], files=lic_files + form_files, valid=s["credit_valid"]))
    if s["lease"] and not s["lease"].get("reused_from"):
        identifiers.append(dict(kind="credit_code", value=s["lease"]["lessor_code"], files=files_of("lease_contract"), valid=True))
    for p in s["staff"]:
        identifiers.append(dict(kind="id_number", value=p["id"], files=files_of("staff_roster"), valid=not p.get("bad_id"), holder=p["name"]))
        if p.get("diploma"):
            identifiers.append(dict(kind="certificate_no", value=p["cert"], files=files_of("diploma:" + p["name"]), valid=not p.get("bad_cert"),
                                    holder=p["name"], stated_year=p["grad_date"].year, stated_level=p["edu"]))
    if "invalid_credit_code" in plants:
        flags.append(dict(code="invalid_credit_code", files=lic_files + form_files, pages=[], related_submissions=[],
                          detail="统一社会信用代码 %s 校验位错误（营业执照及申请表均为该代码）" % s["credit_code"]))
    for p in s["staff"]:
        if p.get("bad_id"):
            flags.append(dict(code="invalid_id_number", files=files_of("staff_roster"), pages=[], related_submissions=[],
                              detail="人员名单中%s的身份证号 %s 校验位错误" % (p["name"], p["id"])))
        if p.get("bad_cert"):
            flags.append(dict(code="invalid_certificate_number", files=files_of("diploma:" + p["name"]), pages=pages_of("diploma:" + p["name"]),
                              related_submissions=[], detail="%s的毕业证书注明本科，证书编号 %s 第11-12位为06（专科）" % (p["name"], p["cert"])))
        if p.get("future_cert"):
            k = "training_certificate:" + p["name"]
            flags.append(dict(code="date_inconsistency", files=files_of(k), pages=pages_of(k), related_submissions=[],
                              detail="%s的培训证书落款日期 %s 晚于申报日期 %s" % (p["name"], p["training"]["cert_date"], s["app_date"])))
        if p.get("reused"):
            k = "diploma:" + p["name"]
            flags.append(dict(code="duplicate_certificate", files=files_of(k), pages=pages_of(k), related_submissions=[p["reused"]],
                              detail="%s的毕业证书（编号 %s）与 %s 提交的为同一证书" % (p["name"], p["cert"], p["reused"])))
    if "duplicate_certificate_source" in plants:
        p = s["staff"][0]
        k = "diploma:" + p["name"]
        flags.append(dict(code="duplicate_certificate", files=files_of(k), pages=pages_of(k), related_submissions=["L11"],
                          detail="%s的毕业证书（编号 %s）亦出现在 L11 的申报材料中" % (p["name"], p["cert"])))
    if "duplicate_document_source" in plants:
        flags.append(dict(code="duplicate_document", files=files_of("lease_contract"), pages=[], related_submissions=["L13"],
                          detail="同一份租赁合同扫描件亦出现在 L13 的申报材料中"))
    if "duplicate_document_copy" in plants:
        flags.append(dict(code="duplicate_document", files=files_of("lease_contract"), pages=[], related_submissions=[s["lease"]["reused_from"]],
                          detail="租赁合同为 %s 租赁合同扫描件的再次复制（旋转约1°、裁边、重新压缩）" % s["lease"]["reused_from"]))
    if "name_mismatch_lease" in plants:
        flags.append(dict(code="name_mismatch", files=files_of("lease_contract"), pages=[], related_submissions=[],
                          detail="租赁合同承租方为“%s”，与运营主体“%s”不一致" % (s["lease"]["lessee"], s["operator"])))
    if "name_mismatch_bank" in plants:
        flags.append(dict(code="name_mismatch", files=files_of("bank_deposit_proof"), pages=pages_of("bank_deposit_proof"), related_submissions=[],
                          detail="资信证明存款人为“%s”，与运营主体“%s”不一致" % (s["bank"]["holder"], s["operator"])))
    if "name_mismatch_license" in plants:
        flags.append(dict(code="name_mismatch", files=files_of("business_license"), pages=pages_of("business_license"), related_submissions=[],
                          detail="营业执照名称为“%s”，与申请表运营主体“%s”不一致" % (s["license_holder"], s["operator"])))
    if "lease_expired" in plants:
        flags.append(dict(code="date_inconsistency", files=files_of("lease_contract"), pages=[], related_submissions=[],
                          detail="租赁期限至 %s 止，申报日 %s 时已到期" % (s["lease"]["end"], s["app_date"])))
    if "lease_before_registration" in plants:
        flags.append(dict(code="date_inconsistency", files=files_of("lease_contract"), pages=pages_of("lease_contract"), related_submissions=[],
                          detail="租赁合同签订日期 %s 早于运营主体成立日期 %s" % (s["lease"]["sign"], s["reg_date"])))
    if "future_event" in plants:
        e = [e for e in s["events"] if e.get("future")][0]
        k = "activity_record:%s" % e["date"].isoformat()
        flags.append(dict(code="date_inconsistency", files=files_of(k), pages=pages_of(k), related_submissions=[],
                          detail="活动记录“%s”日期 %s 晚于申报日期 %s" % (e["title"], e["date"], s["app_date"])))
    if "pdf_modified_bank" in plants:
        flags.append(dict(code="pdf_modified", files=files_of("bank_deposit_proof"), pages=[], related_submissions=[],
                          detail="存款证明PDF经增量更新修改：余额由%s改为%s，Producer为Adobe Acrobat，ModDate晚于CreationDate" %
                          ("{:,.2f}".format(sp["bank_edit"][0] * 10000), "{:,.2f}".format(sp["bank_edit"][1] * 10000))))
    for f in files:
        for pd in f.get("page_details", []):
            if pd["poor"]:
                flags.append(dict(code="low_ocr_confidence", files=[f["file"]], pages=[pd["page"]], related_submissions=[],
                                  detail="第%d页（%s）扫描质量极差，无法可靠识别" % (pd["page"], pd["type"])))
    tr = dict(schema="zcingest.truth/1", submission_id=s["id"], program_id=s["program"], container="folder", seed=SEED,
              layout=sp["layout"], files=files, fields=fields,
              staff=[dict(name=p["name"], education=p["edu"] if p["edu"] != "other" else "other", certificate_no=p.get("cert") if p.get("diploma") else None,
                          diploma_submitted=bool(p.get("diploma")), full_time=p["full_time"], trained=bool(p.get("training")), id_number=p["id"])
                     for p in s["staff"]],
              mentors=[m["name"] for m in s["mentors"]],
              residents=[dict(name=r["name"], entry_date=iso(r["entry"]), tech=r["tech"], technical_field=r["field"]) for r in s["residents"]],
              events=[dict(date=iso(e["date"]), title=e["title"], counted=not e.get("future", False)) for e in s["events"]],
              identifiers=identifiers, discrepancies=discrepancies, flags=flags,
              missing_documents=[], defects=plants)
    return tr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/indie-d")
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for sp in plan.SUBS:
        if a.only and sp["id"] not in a.only.split(",") and not any(sp["id"] == x for x in ("L03", "L05")):
            continue
        t = build_sub(sp, a.out)
        want_flags, want_disc = plan.EXPECT[sp["id"]]
        assert sorted(f["code"] for f in t["flags"]) == sorted(want_flags), (sp["id"], [f["code"] for f in t["flags"]])
        assert sorted(d["field"] for d in t["discrepancies"]) == sorted(want_disc), (sp["id"], t["discrepancies"])
        if sp["id"] in plan.WITHIN:
            k, dv, evv = plan.WITHIN[sp["id"]]
            assert t["fields"][k]["declared"] == dv and t["fields"][k]["evidence"] == evv, (sp["id"], t["fields"][k])
        print(sp["id"], sp["program"], "files=%d" % len(t["files"]), "flags=%s" % [f["code"] for f in t["flags"]],
              "disc=%s" % [d["field"] for d in t["discrepancies"]], flush=True)


if __name__ == "__main__":
    main()
