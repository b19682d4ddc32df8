"""Application forms in five home-made layouts (docx), plus a printed-and-scanned variant."""
import cn
import docxw
from scan import Page, SERIF

TEXT_KEYS = {"space_name", "operator_name", "credit_code", "legal_representative", "address", "space_category",
             "host_type", "premises_source", "established_date", "application_date"}
AREA = {"total_area_sqm", "public_area_sqm", "resident_area_sqm"}
MONEY = {"seed_fund_wan", "seed_fund_invested_wan", "revenue_wan", "operating_cost_wan", "equipment_value_wan"}
UNIT = {"staff_total": "人", "staff_college_or_above": "人", "staff_full_time": "人", "staff_trained": "人",
        "mentors_count": "人", "investment_managers": "人", "makers_count": "人", "resident_count": "家",
        "resident_tech_count": "家", "graduated_count": "家", "ip_count": "件", "events_per_month": "场/月",
        "events_per_year": "场", "workstations_total": "个", "workstations_open": "个", "served_per_year": "个",
        "incubation_cases": "个", "investment_cases": "个", "new_companies_per_year": "家", "financed_per_year": "家",
        "max_residency_months": "个月", "lease_term_years": "年"}
CAT = {"comprehensive": "综合", "specialized": "专业化", "tech_support": "技术支撑类", "investment_driven": "投资驱动类"}


def num(v):
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


class Fmt:
    def __init__(self, st):
        self.st = st  # dict: area, money, date, cat_style

    def val(self, key, v, unit_cell=False):
        st = self.st
        if key in AREA:
            if unit_cell:
                return f"{v:,.2f}" if st.get("area_dec") else num(v)
            return num(v) + {"sqm": "平方米", "m2": "m²", "sq": "㎡", "m2a": " m2"}[st["area"]]
        if key in MONEY:
            if st["money"] == "upper" and key.startswith("seed_fund_wan"):
                return cn.wan_upper(v)
            if unit_cell:
                return f"{v:.2f}" if st.get("money_dec") else num(v)
            if st["money"] == "yuan":
                return f"{round(v * 10000):,}元"
            return num(v) + "万元"
        if key in ("established_date", "application_date"):
            return cn.date_fmt(v, st["date"])
        if key == "space_category":
            if st.get("incubator"):
                return {"comprehensive": "综合类", "specialized": "专业型"}[v]
            if st.get("cat_box"):
                return "  ".join(("☑" if k == v else "□") + CAT[k] for k in st["cat_box"])
            return CAT[v]
        if key == "premises_source":
            return "□自有  ☑租赁" if st.get("boxes") else "租赁"
        if key == "host_type":
            return "□是  ☑否" if st.get("boxes") else "否"
        if key in UNIT and not unit_cell:
            return num(v) + ("" if st.get("no_units") else UNIT[key])
        return num(v) if isinstance(v, (int, float)) else str(v)


def _intro(d, S, title, fm):
    d.p(title, size=20, bold=True, align="center", font="黑体")
    d.p("", size=8)


def _promise(d, S, fm, date_in_sig=True):
    d.p("")
    d.table([[{"t": "申报单位承诺", "bold": True},
              {"t": "本单位承诺所填报材料及所附附件均真实、准确、有效，如有虚假，愿承担相应责任。\n\n"
                    "负责人（签字）：            单位（盖章）"
                    + (f"\n\n{fm.val('application_date', S['D']['application_date'])}" if date_in_sig else "")}]],
            [1800, 7600])


def L1(S, items, path, fm):
    """Cover page + four-column basic-information table (label, value, label, value)."""
    d = docxw.Docx(font="宋体", size=12, title=S["form_title"])
    d.p("", size=30)
    d.p(S["form_title"], size=22, bold=True, align="center", font="黑体")
    d.p("", size=30)
    for lab, key in [("众创空间名称：", "space_name"), ("运营主体名称：", "operator_name"),
                     ("运营场所地址：", "address"), ("运营主体法人：", "legal_representative")]:
        d.p(runs=[(lab, True, False), (fm.val(key, S["D"][key]), False, True)], size=14)
    d.p(runs=[("推荐部门：", True, False), (S["recommender"], False, True)], size=14)
    d.p(runs=[("填报时间：", True, False), (fm.val("application_date", S["D"]["application_date"]), False, True)], size=14)
    d.page_break()
    d.p("一、基本信息表", size=14, bold=True, font="黑体")
    rows = []
    pend = []
    for key, lab in items:
        if key in ("application_date",):
            continue
        v = fm.val(key, S["D"][key])
        if key in ("space_name", "operator_name", "address", "credit_code"):
            if pend:
                rows.append(pend + [{"t": "", "span": 2}])
                pend = []
            rows.append([{"t": lab, "bold": True}, {"t": v, "span": 3}])
        else:
            pend += [{"t": lab, "bold": True}, v]
            if len(pend) == 4:
                rows.append(pend)
                pend = []
    if pend:
        rows.append(pend + ["", ""])
    d.table(rows, [2300, 2400, 2300, 2400])
    d.p("二、建设情况简介", size=14, bold=True, font="黑体")
    d.table([[{"t": "主要负责人简介", "bold": True}, S["manager_bio"]],
             [{"t": "运营情况简介", "bold": True}, "详见《建设运营报告》。"]], [1800, 7600])
    _promise(d, S, fm)
    d.save(path)


def L2(S, items, path, fm, sections=None):
    """Two-column label/value form with section rows spanning the table."""
    d = docxw.Docx(font="仿宋", size=12, title=S["form_title"])
    _intro(d, S, S["form_title"], fm)
    d.p(f"申报单位（盖章）：{S['D']['operator_name']}", size=12)
    d.p(f"填表日期：{fm.val('application_date', S['D']['application_date'])}", size=12)
    rows = [[{"t": "项  目", "bold": True, "align": "center"}, {"t": "内  容", "bold": True, "align": "center"}]]
    for key, lab in items:
        if key == "application_date":
            continue
        if sections and key in sections:
            rows.append([{"t": sections[key], "span": 2, "bold": True}])
        rows.append([lab, fm.val(key, S["D"][key])])
    d.table(rows, [3600, 5800])
    _promise(d, S, fm, date_in_sig=False)
    d.save(path)


def L3(S, items, path, fm):
    """Indicator table: 序号 | 指标 | 数值 | 单位 (units in their own cells); names on a top block."""
    d = docxw.Docx(font="宋体", size=11, title=S["form_title"])
    _intro(d, S, S["form_title"], fm)
    top = [[{"t": lab, "bold": True}, fm.val(k, S["D"][k])] for k, lab in items if k in TEXT_KEYS]
    d.table(top, [2600, 6800])
    rows = [[{"t": h, "bold": True, "align": "center"} for h in ("序号", "指标名称", "数值", "单位")]]
    i = 0
    for key, lab in items:
        if key in TEXT_KEYS:
            continue
        i += 1
        if key in AREA:
            unit = {"sqm": "平方米", "m2": "m²", "sq": "㎡", "m2a": "m2"}[fm.st["area"]]
        elif key in MONEY:
            unit = "万元" if not (fm.st["money"] == "upper" and key == "seed_fund_wan") else "—"
        else:
            unit = UNIT.get(key, "")
        rows.append([str(i), lab, fm.val(key, S["D"][key], unit_cell=True), unit])
    d.table(rows, [900, 4600, 2400, 1500])
    _promise(d, S, fm)
    d.save(path)


def L4(S, items, path, fm, groups):
    """Sectioned form: a merged section cell on the left, then label/value/label/value."""
    d = docxw.Docx(font="宋体", size=11, title=S["form_title"])
    _intro(d, S, S["form_title"], fm)
    d.p(f"申报日期：{fm.val('application_date', S['D']['application_date'])}", align="right")
    rows = []
    lab = dict((k, l) for k, l in items)
    for gname, keys in groups:
        keys = [k for k in keys if k in lab and k != "application_date"]
        lines = []
        wide = [k for k in keys if k in ("space_name", "operator_name", "address", "credit_code")]
        rest = [k for k in keys if k not in wide]
        for k in wide:
            lines.append([{"t": lab[k], "bold": True}, {"t": fm.val(k, S["D"][k]), "span": 3}])
        for j in range(0, len(rest), 2):
            pair = rest[j:j + 2]
            ln = []
            for k in pair:
                ln += [{"t": lab[k], "bold": True}, fm.val(k, S["D"][k])]
            if len(pair) == 1:
                ln += ["", ""]
            lines.append(ln)
        for n, ln in enumerate(lines):
            sec = {"t": gname, "vmerge": "restart" if n == 0 else "cont", "bold": True, "align": "center"}
            rows.append([sec] + ln)
    d.table(rows, [900, 2100, 2150, 2100, 2150])
    _promise(d, S, fm)
    d.save(path)


def L5(S, items, path, fm, selfeval):
    """备案表 in two parts: a short basic table, then a self-evaluation table whose answers are sentences."""
    d = docxw.Docx(font="仿宋", size=12, title=S["form_title"])
    _intro(d, S, S["form_title"], fm)
    basic = [(k, l) for k, l in items if k in TEXT_KEYS and k != "application_date"]
    rows = []
    for j in range(0, len(basic), 1):
        k, l = basic[j]
        rows.append([{"t": l, "bold": True}, fm.val(k, S["D"][k])])
    rows.append([{"t": "填报时间", "bold": True}, fm.val("application_date", S["D"]["application_date"])])
    d.table(rows, [2600, 6800])
    d.p("备案条件自评表", size=14, bold=True, align="center", font="黑体")
    srows = [[{"t": h, "bold": True, "align": "center"} for h in ("序号", "备案条件", "本单位情况", "佐证材料")]]
    for i, (cond, sentence, proof) in enumerate(selfeval(S, fm), 1):
        srows.append([str(i), cond, sentence, proof])
    d.table(srows, [700, 3000, 4200, 1500], size=10)
    _promise(d, S, fm, date_in_sig=False)
    d.save(path)


def scanned_form_pages(S, items, fm, dpi):
    """The form printed, signed, stamped and scanned (for a bound volume)."""
    p = Page(dpi, face=SERIF, margin=18)
    p.title(S["form_title"], 17)
    p.line(f"填报时间：{fm.val('application_date', S['D']['application_date'])}", 10.5, "right")
    rows = []
    pend = []
    for key, lab in items:
        if key == "application_date":
            continue
        v = fm.val(key, S["D"][key])
        pend += [lab, v]
        if len(pend) == 4:
            rows.append(pend)
            pend = []
    if pend:
        rows.append(pend + ["", ""])
    pages = [p]
    half = 16
    p.table(rows[:half], [40, 47, 40, 47], pt=9.5, head=False)
    p2 = Page(dpi, face=SERIF, margin=18)
    p2.table(rows[half:], [40, 47, 40, 47], pt=9.5, head=False)
    p2.space(6)
    p2.para("本单位承诺所填报材料及所附附件均真实、准确、有效。", 11, indent=False)
    p2.space(8)
    p2.line(f"申报单位（盖章）：{S['D']['operator_name']}", 11, "right")
    p2.seal(150, p2.y - 8, S["operator_name_doc"], "", 20)
    pages.append(p2)
    return pages
