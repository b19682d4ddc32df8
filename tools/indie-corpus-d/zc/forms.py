"""Seven application-form layouts. Each takes the submission, the ordered declared items and a style."""
import datetime as dt
from .fmt import fdate, fmoney, farea, fullwidth_digits

# label variants per glossary key (canonical first, then synonyms / plausible wordings)
LABELS = {
    "space_name": ["众创空间名称", "载体名称", "孵化器名称", "空间名称"],
    "operator_name": ["运营主体名称", "运营单位", "运营机构", "申报单位", "运营管理机构名称"],
    "credit_code": ["统一社会信用代码", "社会统一信用代码", "法人代码", "信用代码"],
    "legal_representative": ["法定代表人", "运营主体法人", "法人代表", "法定代表人（负责人）"],
    "address": ["运营场所地址", "载体地址", "通讯地址", "住所", "场地地址"],
    "space_category": ["众创空间类型", "类型", "孵化器类型", "申报类别"],
    "host_type": ["所在位置", "是否高校内", "依托类型"],
    "established_date": ["创办时间", "运营时间", "开始运营时间", "投入运营日期"],
    "registration_date": ["成立日期", "注册日期", "注册时间", "工商注册日期"],
    "application_date": ["填报时间", "申报日期", "填表日期", "申请日期"],
    "total_area_sqm": ["服务场地面积", "场地总面积", "可自主支配场地面积", "建筑面积", "总面积"],
    "public_area_sqm": ["公共区域面积", "公共办公与服务场地面积", "公共服务场地面积", "公共服务区面积"],
    "resident_area_sqm": ["入驻团队企业使用面积", "孵化场地面积", "入驻企业使用面积"],
    "premises_source": ["场地来源", "场地性质", "产权情况"],
    "lease_term_years": ["租期", "租赁期限", "租赁年限"],
    "workstations_total": ["提供工位数", "创业工位", "工位总数", "创业工位数"],
    "workstations_open": ["开放区域工位数", "开放工位数"],
    "staff_total": ["服务人员数量", "管理人员", "职工总数", "管理服务人员", "运营团队人数"],
    "staff_college_or_above": ["大专以上学历人数", "专科以上人员", "其中:大专以上学历人数", "大专及以上学历人数"],
    "staff_full_time": ["专职人员", "专职人员数", "专职服务人员"],
    "staff_trained": ["接受孵化器专业培训的人员", "受过专业培训人员", "参加孵化器专业培训人数"],
    "mentors_count": ["创业导师数", "导师", "专兼职创业导师", "创业导师人数"],
    "investment_managers": ["具备创业投资经验的中高级管理人员", "投资管理人员", "全职投资管理人员"],
    "resident_count": ["入驻团队及企业数", "年协议入驻创业团队和企业", "入孵企业", "在孵企业数", "入驻团队和企业"],
    "resident_tech_count": ["科技类团队企业数", "其中科技型企业", "科技型团队企业"],
    "makers_count": ["聚集创客数量", "活跃创客", "活跃创客人数"],
    "graduated_count": ["已毕业企业数", "毕业企业", "累计毕业企业"],
    "ip_count": ["入驻团队及企业拥有知识产权数", "知识产权数", "拥有知识产权"],
    "events_per_month": ["平均月举办活动场次", "月均活动场次", "每月举办活动"],
    "events_per_year": ["每年开展活动场次", "年度开展活动", "年举办活动场次"],
    "seed_fund_wan": ["种子基金规模", "种子资金", "孵化专项资金", "种子基金"],
    "seed_fund_invested_wan": ["种子基金已投资额度", "已投资额度", "种子基金已投资"],
    "revenue_wan": ["上年度总收入", "上年收入", "上年度营业收入"],
    "operating_cost_wan": ["上年度运营成本", "上年运营成本", "上年度运营支出"],
    "equipment_value_wan": ["专业设备、开发测试软件总价值", "公共技术服务平台设备总值", "设备及软件总价值"],
    "served_per_year": ["年度服务企业和创新创业团队数量", "年服务企业和团队数", "年度服务团队企业数"],
    "incubation_cases": ["成功孵化案例", "典型孵化案例", "孵化成功案例数"],
    "investment_cases": ["成功投资案例", "投资成功案例"],
    "new_companies_per_year": ["入驻创业团队每年注册成为新企业数", "年新注册企业数", "每年新注册企业"],
    "financed_per_year": ["每年获得融资的团队数", "年获融资团队数", "获得融资团队"],
}

UNIT = {"_sqm": "㎡", "_wan": "万元"}
COUNT_UNIT = {"staff_total": "人", "staff_college_or_above": "人", "staff_full_time": "人", "staff_trained": "人",
              "mentors_count": "人", "investment_managers": "人", "makers_count": "人", "workstations_total": "个",
              "workstations_open": "个", "resident_count": "家", "resident_tech_count": "家", "graduated_count": "家",
              "ip_count": "项", "served_per_year": "个", "incubation_cases": "个", "investment_cases": "个",
              "new_companies_per_year": "家", "financed_per_year": "家", "events_per_year": "场", "events_per_month": "场"}
CAT_ZH = {"comprehensive": "综合", "specialized": "专业化", "tech_support": "技术支撑类", "investment_driven": "投资驱动类"}
INC_CAT_ZH = {"comprehensive": "综合类", "specialized": "专业型"}


def unit_of(key):
    if key.endswith("_sqm"):
        return "㎡"
    if key.endswith("_wan"):
        return "万元"
    if key == "lease_term_years":
        return "年"
    return COUNT_UNIT.get(key, "")


def fval(s, key, v, st, bare=False):
    """Format a declared value. bare=True: the unit is elsewhere (label or own column)."""
    if v is None:
        return ""
    if isinstance(v, dt.date):
        return fdate(v, st["date"])
    if key == "space_category":
        return (INC_CAT_ZH if "incubator" in s["program"] else CAT_ZH)[v]
    if key == "host_type":
        return "高校内" if v == "university" else "校外（社会）"
    if key == "premises_source":
        return "租赁" if v == "leased" else "自有"
    if key == "address":
        return fullwidth_digits(v) if st.get("fw_address") else v
    if isinstance(v, str):
        return v
    if key.endswith("_sqm"):
        if bare:
            return "{:,}".format(v) if st.get("comma") and v == int(v) else ("%g" % v)
        return farea(v, st["area"])
    if key.endswith("_wan"):
        if bare:
            if st.get("label_money") == "元":
                return "{:,.2f}".format(v * 10000)
            return "%g" % v
        return fmoney(v, st["money"])
    if key == "lease_term_years":
        return "%g" % v if bare else "%g年" % v
    if bare:
        return "%g" % v
    return "%g%s" % (v, COUNT_UNIT.get(key, ""))


def lab(key, st):
    i = st.get("labels", {}).get(key, 0)
    L = LABELS[key]
    return L[i % len(L)]


def lab_unit(key, st):
    u = unit_of(key)
    if key.endswith("_wan") and st.get("label_money") == "元":
        u = "元"
    if key.endswith("_sqm") and st.get("label_area"):
        u = st["label_area"]
    return "%s（%s）" % (lab(key, st), u) if u else lab(key, st)


def header(s, st):
    return s["form_title"], s["form_issuer"]


def sign_block(s, st, who="申报单位"):
    return [("p", "%s承诺：所填报材料及所附附件均真实、准确、有效，如有虚假，愿承担相应责任。" % who),
            ("sp",), ("right", "%s（盖章）：%s" % (who, s["operator"])), ("right", "法定代表人（签字）：%s" % s["legal_rep"]),
            ("right", fdate(s["app_date"], st["date"])), ("seal", s["operator"], -40, -30)]


# ---------------------------------------------------------------- A: Shanxi-style label/value table, merged cells

def form_A(s, items, st):
    d = dict(items)
    title, issuer = header(s, st)
    blocks = [("sp", 2), ("title", title), ("sp", 2)]
    for k in ("space_name", "space_category", "operator_name", "address", "legal_representative"):
        if k in d:
            blocks.append(("p", "%s：%s" % (lab(k, st), fval(s, k, d[k], st))))
    blocks.append(("p", "推荐部门：%s" % s["recommender"]))
    if "application_date" in d:
        blocks.append(("p", "%s：%s" % (lab("application_date", st), fval(s, "application_date", d["application_date"], st))))
    blocks += [("sp", 3), ("center", issuer), ("center", st.get("made", "")), ("pb",), ("h", "一、基本信息表")]
    rows = []
    long_keys = {"space_name", "operator_name", "address", "credit_code"}
    pend = []
    for k, v in items:
        if k in ("application_date",):
            continue
        label = lab_unit(k, st) if st.get("units_in_label") else lab(k, st)
        val = fval(s, k, v, st, bare=st.get("units_in_label", False))
        if k in long_keys:
            rows.append([label, {"text": val, "span": 3}])
        else:
            pend.append((label, val))
            if len(pend) == 2:
                rows.append([pend[0][0], pend[0][1], pend[1][0], pend[1][1]])
                pend = []
    if pend:
        rows.append([pend[0][0], {"text": pend[0][1], "span": 3}])
    rows.append([{"text": "运营情况简介", "vmerge": "restart"}, {"text": s["intro"], "span": 3}])
    rows.append([{"text": "", "vmerge": "cont"}, {"text": "（详见建设运营报告）", "span": 3}])
    blocks.append(("table", rows, [1.5, 1.3, 1.5, 1.3]))
    blocks += [("h", "二、申报单位及推荐部门意见")] + sign_block(s, st)
    return blocks


# ---------------------------------------------------------------- B: labels above values (grid)

def form_B(s, items, st):
    title, issuer = header(s, st)
    blocks = [("title", title), ("center", issuer), ("sp",)]
    rows = []
    cols = 3
    its = [(k, v) for k, v in items if k != "application_date"]
    for i in range(0, len(its), cols):
        grp = its[i:i + cols]
        lab_row, val_row = [], []
        for k, v in grp:
            lab_row.append({"text": lab_unit(k, st) if st.get("units_in_label") else lab(k, st), "bold": True})
            val_row.append(fval(s, k, v, st, bare=st.get("units_in_label", False)))
        if len(grp) < cols:
            lab_row[-1] = dict(lab_row[-1], span=cols - len(grp) + 1)
            val_row[-1] = {"text": val_row[-1], "span": cols - len(grp) + 1}
        rows.append(lab_row)
        rows.append(val_row)
    blocks.append(("table", rows, [1, 1, 1]))
    blocks += [("h", "情况简介"), ("p", s["intro"])]
    blocks.append(("p", "%s：%s" % (lab("application_date", st), fval(s, "application_date", dict(items).get("application_date"), st))))
    blocks += sign_block(s, st)
    return blocks


# ---------------------------------------------------------------- C: fill-in-the-blank sentences

def form_C(s, items, st):
    d = dict(items)
    f = lambda k: fval(s, k, d[k], st) if k in d else "____"
    title, issuer = header(s, st)
    blocks = [("title", title), ("center", "（%s）" % issuer), ("sp",)]
    paras = []
    paras.append("    我单位 %s（%s：%s，%s：%s）是%s的运营主体，%s于 %s 正式投入运营，运营场所位于 %s。"
                 % (f("operator_name"), lab("credit_code", st), f("credit_code"), lab("legal_representative", st), f("legal_representative"),
                    f("space_name"), "该空间" , f("established_date") if "established_date" in d else "____", f("address")))
    if "registration_date" in d:
        paras.append("    运营主体于 %s 在市场监督管理部门登记注册。" % f("registration_date"))
    t = "    空间%s为 %s，场地来源为%s" % (lab("total_area_sqm", st), f("total_area_sqm"), f("premises_source"))
    if "lease_term_years" in d:
        t += "（租赁期限 %s）" % f("lease_term_years")
    t += "；其中%s %s" % (lab("public_area_sqm", st), f("public_area_sqm"))
    if "resident_area_sqm" in d:
        t += "，%s %s" % (lab("resident_area_sqm", st), f("resident_area_sqm"))
    if "workstations_total" in d:
        t += "，共提供创业工位 %s" % f("workstations_total")
    paras.append(t + "。")
    t = "    空间现有%s %s" % (lab("staff_total", st), f("staff_total"))
    if "staff_college_or_above" in d:
        t += "，其中大专及以上学历 %s" % f("staff_college_or_above")
    if "staff_full_time" in d:
        t += "，专职人员 %s" % f("staff_full_time")
    t += "；聘请专兼职创业导师 %s。" % f("mentors_count")
    paras.append(t)
    t = "    目前%s %s" % (lab("resident_count", st), f("resident_count"))
    if "resident_tech_count" in d:
        t += "，其中科技型 %s" % f("resident_tech_count")
    if "makers_count" in d:
        t += "，聚集活跃创客 %s" % f("makers_count")
    paras.append(t + "。")
    extra = []
    for k, phr in (("new_companies_per_year", "入驻团队每年注册成为新企业 %s"), ("financed_per_year", "每年获得融资的团队 %s"),
                   ("incubation_cases", "典型孵化案例 %s"), ("events_per_year", "每年开展创业沙龙、路演等活动 %s"),
                   ("events_per_month", "平均每月举办活动 %s"), ("served_per_year", "年度服务企业和团队 %s")):
        if k in d:
            extra.append(phr % f(k))
    if extra:
        paras.append("    " + "，".join(extra) + "。")
    if "seed_fund_wan" in d:
        paras.append("    空间设立种子资金 %s，专户存储、专款专用。" % f("seed_fund_wan"))
    for p in paras:
        blocks.append(("p", p))
    blocks += [("p", "    特此申请，请予审核。"), ("sp",)]
    blocks += [("right", "申请单位（盖章）：%s" % s["operator"]), ("right", "法定代表人：%s" % s["legal_rep"]),
               ("right", "%s：%s" % (lab("application_date", st), f("application_date"))), ("seal", s["operator"], -30, -30)]
    return blocks


# ---------------------------------------------------------------- D: indicator table, unit in its own column

def form_D(s, items, st):
    d = dict(items)
    title, issuer = header(s, st)
    blocks = [("title", title), ("center", issuer), ("sp",)]
    head = []
    for k in ("space_name", "operator_name", "credit_code", "legal_representative", "address", "space_category", "host_type",
              "established_date", "registration_date"):
        if k in d:
            head.append([{"text": lab(k, st), "bold": True}, {"text": fval(s, k, d[k], st), "span": 3}])
    blocks += [("h", "一、申报主体基本情况"), ("table", head, [1.4, 1, 1, 1])]
    rows = [[{"text": t, "bold": True} for t in ("序号", "指标", "数值", "单位")]]
    n = 0
    for k, v in items:
        if k in ("space_name", "operator_name", "credit_code", "legal_representative", "address", "space_category", "host_type",
                 "established_date", "registration_date", "application_date"):
            continue
        n += 1
        u = unit_of(k)
        if k == "premises_source":
            u = "—"
        if k.endswith("_sqm") and st.get("unit_col_area"):
            u = st["unit_col_area"]
        if k.endswith("_wan") and st.get("label_money") == "元":
            u = "元"
        rows.append([str(n), lab(k, st), fval(s, k, v, st, bare=True), u])
    blocks += [("h", "二、主要指标"), ("table", rows, [0.5, 3.2, 1.2, 0.7])]
    blocks += [("p", "%s：%s" % (lab("application_date", st), fval(s, "application_date", d.get("application_date"), st)))]
    blocks += sign_block(s, st, "申报单位")
    return blocks


# ---------------------------------------------------------------- E: two-column table, units in labels, synonyms

def form_E(s, items, st):
    title, issuer = header(s, st)
    blocks = [("title", title), ("right", "编号：________"), ("sp",)]
    rows = [[{"text": "项  目", "bold": True}, {"text": "内  容", "bold": True}]]
    for k, v in items:
        if k == "application_date":
            continue
        rows.append([lab_unit(k, st) if (k.endswith("_sqm") or k.endswith("_wan") or k in COUNT_UNIT or k == "lease_term_years") else lab(k, st),
                     fval(s, k, v, st, bare=True)])
    rows.append(["运营情况", s["intro"]])
    blocks.append(("table", rows, [1.6, 3]))
    blocks += [("p", "%s：%s" % (lab("application_date", st), fval(s, "application_date", dict(items).get("application_date"), st)))]
    blocks += [("p", "县（区）科技局审核意见："), ("sp", 2), ("right", "（盖章）      年    月    日")]
    blocks += sign_block(s, st, "申请单位")
    return blocks


# ---------------------------------------------------------------- F: letter with a summary table

def form_F(s, items, st):
    d = dict(items)
    title, issuer = header(s, st)
    blocks = [("title", "关于申请%s的报告" % title.replace("申请书", "").replace("申请表", "").replace("备案表", "")),
              ("p", "%s：" % s["recommender"]),
              ("p", "    根据%s有关规定，%s对照条件进行了自查，现将有关情况报告如下，申请%s。" % (issuer, s["operator"], s["program_zh"])),
              ("p", "    一、基本情况。%s由%s运营，%s：%s，%s：%s，位于%s。" % (
                  fval(s, "space_name", d.get("space_name"), st), fval(s, "operator_name", d.get("operator_name"), st),
                  lab("legal_representative", st), fval(s, "legal_representative", d.get("legal_representative"), st),
                  lab("credit_code", st), fval(s, "credit_code", d.get("credit_code"), st), fval(s, "address", d.get("address"), st)))]
    if "established_date" in d:
        blocks.append(("p", "    空间%s为%s。" % (lab("established_date", st), fval(s, "established_date", d["established_date"], st))))
    blocks.append(("p", "    二、主要指标见下表。"))
    rows = [[{"text": "指标", "bold": True}, {"text": "情况", "bold": True}, {"text": "指标", "bold": True}, {"text": "情况", "bold": True}]]
    pend = []
    for k, v in items:
        if k in ("space_name", "operator_name", "legal_representative", "credit_code", "address", "established_date", "application_date"):
            continue
        pend += [lab(k, st), fval(s, k, v, st)]
        if len(pend) == 4:
            rows.append(pend)
            pend = []
    if pend:
        rows.append(pend + ["", ""])
    blocks.append(("table", rows, [1.6, 1.2, 1.6, 1.2]))
    blocks += [("p", "    三、下一步，我单位将进一步完善服务体系，提升孵化服务能力。"), ("p", "    妥否，请批示。"), ("sp",),
               ("right", s["operator"]), ("right", fval(s, "application_date", d.get("application_date"), st)), ("seal", s["operator"], 0, -14)]
    return blocks


# ---------------------------------------------------------------- G: numbered "label：value" lines

def form_G(s, items, st):
    title, issuer = header(s, st)
    blocks = [("title", title), ("center", issuer), ("sp",), ("h", "一、基本情况")]
    n = 0
    sect2 = False
    for k, v in items:
        if k == "application_date":
            continue
        if k == "total_area_sqm" and not sect2:
            blocks.append(("h", "二、场地、人员及服务情况"))
            sect2 = True
            n = 0
        n += 1
        blocks.append(("p", "%d. %s：%s" % (n, lab(k, st), fval(s, k, v, st))))
    blocks += [("h", "三、承诺"), ("p", "本单位对以上内容及附件的真实性负责。"),
               ("right", "申报单位：%s（公章）" % s["operator"]),
               ("right", "%s：%s" % (lab("application_date", st), fval(s, "application_date", dict(items).get("application_date"), st))),
               ("seal", s["operator"], -20, -28)]
    return blocks


FORMS = {"A": form_A, "B": form_B, "C": form_C, "D": form_D, "E": form_E, "F": form_F, "G": form_G}
