"""Makes one applicant's consistent facts (what the documents show); plants are applied afterwards."""
import datetime as dt
import random
import cn
from names import Namer, IND, ACT, TOPIC, MAJORS, COL_MAJORS, SCHOOLS, BANKS, ROLES, female

D = dt.date
CITY = {
    "taiyuan": ("山西省", "太原市", [("小店区", "140105", "长治路"), ("万柏林区", "140109", "和平南路"),
                                 ("杏花岭区", "140107", "胜利街"), ("迎泽区", "140106", "迎泽大街")]),
    "jinzhong": ("山西省", "晋中市", [("榆次区", "140702", "汇通路")]),
    "shuozhou": ("山西省", "朔州市", [("朔城区", "140602", "民福街"), ("朔城区", "140602", "张辽南路")]),
    "xuchang": ("河南省", "许昌市", [("魏都区", "411002", "八一路"), ("建安区", "411003", "许由路"),
                                 ("魏都区", "411002", "东城区魏文路")]),
    "urumqi": ("新疆维吾尔自治区", "乌鲁木齐市", [("新市区", "650104", "北京南路"), ("沙依巴克区", "650103", "友好北路"),
                                          ("天山区", "650102", "解放北路")]),
}
PROGRAM_CITY = {"taiyuan-2015-makerspace": "taiyuan", "taiyuan-2015-incubator": "taiyuan",
                "shanxi-2022-makerspace": "taiyuan", "shanxi-2022-specialized": "jinzhong",
                "shuozhou-2016-makerspace": "shuozhou", "xuchang-2016-tech-support": "xuchang",
                "xuchang-2016-investment": "xuchang", "xuchang-2016-comprehensive": "xuchang",
                "xuchang-2016-specialized": "xuchang", "xinjiang-2019-makerspace": "urumqi"}
CATEGORY = {"taiyuan-2015-incubator": "comprehensive", "shanxi-2022-makerspace": "comprehensive",
            "shanxi-2022-specialized": "specialized", "xuchang-2016-tech-support": "tech_support",
            "xuchang-2016-investment": "investment_driven", "xuchang-2016-comprehensive": "comprehensive",
            "xuchang-2016-specialized": "specialized"}
EDU_TEXT = {"doctor": "博士研究生", "master": "硕士研究生", "bachelor": "本科", "college": "大专", "hs": "高中", "zz": "中专"}


def rand_date(r, a, b):
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def make(sid, program, seed, app_date, reg_date, area, n_staff, n_college, n_mentors, n_res, tech_ratio,
         ev_first, ev_months, ev_per_month, seed_wan, lease_years, lease_start=None, category=None,
         residency_max_months=30, n_full=None):
    r = random.Random(seed)
    nm = Namer(seed)
    city_key = PROGRAM_CITY[program]
    prov, city, dists = CITY[city_key]
    dist, div, road = r.choice(dists)
    S = {"id": sid, "program": program, "seed": seed, "city": city, "app_date": app_date}
    zh = nm.r.choice(["汇创", "启航", "智汇", "众创", "星创", "云创", "创客", "优客", "蜂巢", "筑梦"])
    S["space_name"] = {"taiyuan-2015-incubator": f"{city[:-1]}{zh}科技企业孵化器"}.get(
        program, f"{zh}{r.choice(['众创空间', '创客空间', '创新工场', '梦工场'])}")
    oper, _ = nm.company(city, (r.choice(["科技企业孵化器管理", "创业服务", "科技服务", "孵化器运营管理", "众创空间管理"]), True, ""))
    S["operator"] = oper
    S["operator_name_doc"] = oper
    rep = nm.person()
    S["rep"] = rep
    num = r.randint(8, 398)
    bld = r.choice(["科创大厦", "创业大厦", "科技园", "产业园", "信息港"])
    S["address"] = f"{prov}{city}{dist}{road}{num}号{bld}{r.choice('ABC')}座{r.randint(2, 12)}层"
    body8 = "".join(r.choice("0123456789" if k < 2 else "0123456789ABCDEFGHJKLMNPQRTUWXY") for k in range(8))
    credit = cn.credit_code(div, body8)
    S["est_date"] = reg_date + dt.timedelta(days=r.randint(40, 150))
    S["licence"] = {"credit": credit, "name": oper, "kind": "有限责任公司（自然人投资或控股）", "rep": rep,
                    "capital": r.choice(["伍佰万元整", "壹仟万元整", "贰佰万元整", "叁佰万元整"]),
                    "reg": reg_date, "term_end": "长期", "addr": S["address"],
                    "scope": "科技企业孵化服务；众创空间经营管理；创业空间服务；企业管理咨询；技术服务、技术开发、技术咨询、"
                             "技术交流、技术转让、技术推广；会议及展览服务；物业管理；非居住房地产租赁。（依法须经批准的项目，"
                             "经相关部门批准后方可开展经营活动）",
                    "issue": reg_date + dt.timedelta(days=r.randint(0, 400)),
                    "authority": f"{city}{dist}市场监督管理局", "serial": "".join(r.choice("0123456789") for _ in range(15))}
    if reg_date < D(2015, 10, 1):   # 三证合一: older companies hold a re-issued licence with a credit code
        S["licence"]["issue"] = rand_date(r, D(2016, 1, 4), min(D(2016, 12, 28), app_date - dt.timedelta(days=30)))
    if S["licence"]["issue"] > app_date:
        S["licence"]["issue"] = reg_date
    # lease
    lessor, _ = nm.company(city, (r.choice(["置业", "资产经营管理", "科技园开发", "实业"]), True, ""))
    ls = lease_start or (reg_date + dt.timedelta(days=r.randint(10, 60)))
    le = cn.add_years(ls, lease_years) - dt.timedelta(days=1)
    S["lease"] = {"no": f"ZL-{ls.year}-{r.randint(100, 999)}", "lessor": lessor, "lessor_rep": nm.person(),
                  "lessee": oper, "lessee_rep": rep, "addr": S["address"], "area": area, "start": ls, "end": le,
                  "sign": ls - dt.timedelta(days=r.randint(3, 20) if lease_start else min(r.randint(3, 20), max(0, (ls - reg_date).days - 1))),
                  "use": "创新创业孵化服务及办公",
                  "rent": r.choice(["0.8", "1.0", "1.2", "1.5"]), "pay": r.choice(["季度", "半年", "年"])}
    # staff
    staff = []
    edus = []
    for i in range(n_staff):
        edus.append(r.choice(["bachelor", "bachelor", "master", "college"]) if i < n_college else r.choice(["hs", "zz"]))
    r.shuffle(edus)
    if n_full is None:
        n_full = n_staff - r.randint(0, 2)
    for i, e in enumerate(edus):
        name = nm.person() if i else S.get("manager") or nm.person()
        if i == 0:
            S["manager"] = name
        sex = "女" if female(name) else "男"
        grad_year = r.randint(2004, app_date.year - 1)
        span = {"doctor": 3, "master": 3, "bachelor": 4, "college": 3, "hs": 3, "zz": 3}[e]
        age_at = {"doctor": 29, "master": 25, "bachelor": 22, "college": 21, "hs": 18, "zz": 18}[e]
        birth = D(grad_year - age_at, r.randint(1, 12), r.randint(1, 28))
        s = {"name": name, "sex": sex, "birth": birth, "edu": e, "edu_text": EDU_TEXT[e], "full_time": i < n_full,
             "role": ROLES[i % len(ROLES)] if i else "主任",
             "id": cn.id_number(div, birth, f"{r.randint(10, 99)}{1 if sex == '男' else 2}")}
        if e in ("doctor", "master", "bachelor", "college"):
            code, school = r.choice(SCHOOLS[e])
            grad = D(grad_year, r.choice([6, 7]), r.randint(20, 30))
            major = r.choice(COL_MAJORS if e == "college" else MAJORS)
            kind = "1"
            s.update(school_text=school, major=major, grad=grad, diploma_submitted=True)
            s["dip"] = {"school": school, "major": major, "grad": grad, "years": span, "kind": kind,
                        "start": D(grad_year - span, 9, 1), "president": nm.person(),
                        "no": cn.diploma_no(code, kind, grad_year, e, r.randint(1, 999999)),
                        "level": e}
        else:
            s.update(school_text=f"{city}第{cn.cn_small(r.randint(2, 40))}中学" if e == "hs" else f"{city}财贸学校",
                     major="" if e == "hs" else "会计", grad=D(grad_year, 7, 1), diploma_submitted=False)
        staff.append(s)
    S["staff"] = staff
    # mentors
    ms = []
    for i in range(n_mentors):
        nmn = nm.person()
        st = rand_date(r, app_date - dt.timedelta(days=700), app_date - dt.timedelta(days=60))
        yrs = r.choice([2, 3])
        org, _ = nm.company(r.choice(["山西", "北京", "河南", "新疆", "西安"]), None)
        ms.append({"name": nmn, "female": female(nmn), "org": org,
                   "title": r.choice(["董事长", "总经理", "合伙人", "技术总监", "高级工程师", "教授"]),
                   "field": r.choice(["股权融资", "市场营销", "技术研发", "财务管理", "知识产权", "企业战略", "产品设计"]),
                   "start": st, "end": cn.add_years(st, yrs) - dt.timedelta(days=1), "years": yrs})
    S["mentors"] = ms
    # residents
    res = []
    n_tech = round(n_res * tech_ratio)
    flags = [True] * n_tech + [False] * (n_res - n_tech)
    r.shuffle(flags)
    earliest = cn.add_months(app_date, -residency_max_months) + dt.timedelta(days=r.randint(1, 20))
    entries = sorted(rand_date(r, earliest, app_date - dt.timedelta(days=15)) for _ in range(n_res))
    entries[0] = earliest
    for k, (t, e) in enumerate(zip(flags, entries)):
        ind = r.choice([x for x in IND if x[1] == t])
        if r.random() < 0.25:
            name = nm.team()
            cap = "—"
        else:
            name, _ = nm.company(r.choice(["", city, ""]), ind)
            cap = str(r.choice([10, 20, 30, 50, 100, 200, 300, 500]))
        res.append({"name": name, "entry": e, "tech": t, "field": ind[2], "capital": cap})
    S["residents"] = res
    # events: ev_per_month * ev_months events, spread within months from ev_first
    evs = []
    for mth in range(ev_months):
        m0 = cn.add_months(ev_first, mth)
        k = ev_per_month[mth] if isinstance(ev_per_month, list) else ev_per_month
        days = sorted(r.sample(range(2, 28), k))
        for dday in days:
            t = r.choice(TOPIC) + r.choice(ACT)
            evs.append({"date": D(m0.year, m0.month, dday), "title": t,
                        "kind": r.choice(["线下", "线下", "线上+线下"]), "people": r.randint(15, 120)})
    S["events"] = evs
    # seed fund
    bank = r.choice(BANKS)
    S["bank"] = {"holder": oper, "amount_wan": seed_wan, "date": app_date - dt.timedelta(days=r.randint(8, 30)),
                 "account": " ".join("".join(r.choice("0123456789") for _ in range(4)) for _ in range(5)),
                 "bank": bank, "branch": bank.replace("股份有限公司", "") + f"{city}{dist}支行",
                 "no": f"{r.randint(1000000, 9999999)}"} if seed_wan is not None else None
    S["category"] = category or CATEGORY.get(program)
    S["theme"] = r.choice(["电子信息", "智能制造", "数字经济", "文化创意", "现代农业", "新材料", "节能环保"])
    S["recommender"] = f"{city}科学技术局"
    S["served_total"] = n_res + r.randint(10, 40)
    S["case_a"] = res[0]["name"]
    S["case_b"] = res[-1]["name"]
    S["hist_note"] = f"空间成立之初仅有场地约{int(area * 0.45)}平方米，{S['est_date'].year + 1}年扩建至现有规模。"
    S["plan_note"] = f"计划到{app_date.year + 3}年新增场地{int(area * 0.8)}平方米、工位{r.randint(60, 150)}个，"
    S["manager_bio"] = (f"{S['manager']}，{staff[0]['edu_text']}学历，从事科技服务和创业孵化工作十余年，曾负责多个"
                        "孵化载体的建设运营，熟悉创业辅导、投融资对接和政策服务。")
    return S


def evidence(S):
    """Values the supporting documents show, in record.json conventions."""
    L, Lz = S["licence"], S["lease"]
    ev = {"operator_name": L["name"], "credit_code": L["credit"], "legal_representative": L["rep"],
          "address": L["addr"], "registration_date": L["reg"], "total_area_sqm": Lz["area"],
          "premises_source": "leased", "lease_start_date": Lz["start"], "lease_end_date": Lz["end"],
          "lease_term_years": cn.lease_years(Lz["start"], Lz["end"]),
          "staff_total": len(S["staff"]), "staff_full_time": sum(1 for s in S["staff"] if s["full_time"]),
          "staff_college_or_above": sum(1 for s in S["staff"] if s.get("diploma_submitted")
                                        and s["edu"] in ("doctor", "master", "bachelor", "college")),
          "mentors_count": len(S["mentors"]), "resident_count": len(S["residents"]),
          "resident_tech_count": sum(1 for x in S["residents"] if x["tech"])}
    ad = S["app_date"]
    ev["max_residency_months"] = cn.whole_months(min(x["entry"] for x in S["residents"]), ad)
    ds = sorted(e["date"] for e in S["events"])
    months = (ds[-1].year - ds[0].year) * 12 + ds[-1].month - ds[0].month + 1
    ev["events_per_month"] = round(len(ds) / months, 2)
    lo = cn.add_months(ad, -12)
    ev["events_per_year"] = sum(1 for d in ds if lo < d <= ad)
    if S.get("bank"):
        ev["seed_fund_wan"] = S["bank"]["amount_wan"]
    return ev
