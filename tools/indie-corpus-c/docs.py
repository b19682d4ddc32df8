"""Evidence documents as page images (scan.Page) or as text files, from a submission's data."""
import datetime as dt
import random
import cn
from scan import Page, SANS, SERIF, SANS_B, SERIF_B


def qr_box(p, x, y, s, rnd):
    n = 21
    c = s / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = (corner and (i in (0, 6, n - 7, n - 1) or j in (0, 6, n - 7, n - 1) or
                              (2 <= i % (n - 7 if i >= 7 else 100) <= 4 and 2 <= j % (n - 7 if j >= 7 else 100) <= 4))) \
                or (not corner and rnd.random() < 0.45)
            if on:
                p.d.rectangle([p.px(x + j * c), p.px(y + i * c), p.px(x + (j + 1) * c), p.px(y + (i + 1) * c)], fill=0)


def licence(S, dpi):
    L = S["licence"]
    rnd = random.Random(S["seed"] + 11)
    p = Page(dpi, 297, 210, margin=18, face=SERIF)
    d = p.d
    d.rectangle([p.px(8), p.px(8), p.px(289), p.px(202)], outline=0, width=max(3, dpi // 50))
    d.rectangle([p.px(11), p.px(11), p.px(286), p.px(199)], outline=0, width=max(1, dpi // 150))
    # emblem placeholder
    d.ellipse([p.px(139), p.px(15), p.px(158), p.px(34)], outline=0, width=max(2, dpi // 80))
    p.text(148.5, 22, "★", 14, anchor="ma")
    p.text(148.5, 38, "营  业  执  照", 30, True, anchor="ma")
    p.text(148.5, 53, "（副      本）", 13, anchor="ma")
    p.text(22, 30, "统一社会信用代码", 10.5, face=SANS)
    p.text(22, 36, L["credit"], 13, True, face=SANS)
    p.text(22, 44, f"编号：{L['serial']}", 8.5, face=SANS)
    qr_box(p, 248, 22, 26, rnd)
    p.text(261, 50, "扫描二维码登录", 6.5, anchor="ma", face=SANS)
    y = 68
    lab = 10.5
    left = [("名          称", L["name"]), ("类          型", L["kind"]), ("法定代表人", L["rep"])]
    right = [("注 册 资 本", L["capital"]), ("成 立 日 期", cn.date_fmt(L["reg"], "cn0")),
             ("营 业 期 限", f"{cn.date_fmt(L['reg'], 'cn0')}至{L['term_end']}"), ("住          所", L["addr"])]
    for i, (a, b) in enumerate(left):
        p.text(24, y + i * 11, a, lab, True)
        p.text(52, y + i * 11, b, lab)
    yy = y + 3 * 11
    p.text(24, yy, "经 营 范 围", lab, True)
    for k, ln in enumerate(p.wrap(L["scope"], 92, 9.5)):
        p.text(52, yy + k * 5.6, ln, 9.5)
    for i, (a, b) in enumerate(right):
        p.text(158, y + i * 11, a, lab, True)
        for k, ln in enumerate(p.wrap(b, 88, lab)):
            p.text(184, y + i * 11 + k * 5.5, ln, lab)
    p.text(205, 168, "登 记 机 关", 11, True)
    p.text(236, 182, cn.date_fmt(L["issue"], "cn"), 11, anchor="ma")
    p.seal(238, 172, L["authority"], "", r_mm=19)
    p.text(148.5, 194, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7.5, anchor="ma", face=SANS)
    return p


def lease_pages(S, dpi, face=SERIF):
    Lz = S["lease"]
    pages = []
    p = Page(dpi, face=face)
    p.title("房 屋 租 赁 合 同", 20)
    p.line(f"合同编号：{Lz['no']}", 10, "right")
    p.space(2)
    p.line(f"出租方（甲方）：{Lz['lessor']}", 11.5)
    p.line(f"法定代表人：{Lz['lessor_rep']}", 11.5)
    p.line(f"承租方（乙方）：{Lz['lessee']}", 11.5)
    p.line(f"法定代表人：{Lz['lessee_rep']}", 11.5)
    p.space(2)
    law = "《中华人民共和国民法典》" if Lz["sign"] >= dt.date(2021, 1, 1) else "《中华人民共和国合同法》"
    p.para(f"根据{law}及有关法律法规的规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜，订立本合同。", 11)
    p.para("第一条  租赁房屋", 11.5, indent=False, bold=True)
    p.para(f"甲方将坐落于{Lz['addr']}的房屋出租给乙方使用，房屋建筑面积共计{Lz['area_text']}，"
           f"用途为{Lz['use']}。甲方保证对出租房屋享有合法的出租权利。", 11)
    p.para("第二条  租赁期限", 11.5, indent=False, bold=True)
    p.para(f"租赁期限自{Lz['start_text']}起至{Lz['end_text']}止，共计{Lz['term_text']}。租赁期满，乙方需继续承租的，"
           "应于期满前三个月书面通知甲方，同等条件下乙方享有优先承租权。", 11)
    p.para("第三条  租金及支付方式", 11.5, indent=False, bold=True)
    p.para(f"租金标准为每平方米每日人民币{Lz['rent']}元，按{Lz['pay']}支付，乙方应于每期开始前十日内付清当期租金。"
           "前三个月为装修免租期。", 11)
    p.para("第四条  房屋用途与转租", 11.5, indent=False, bold=True)
    p.para("乙方可将租赁房屋用于创新创业孵化服务，并可在上述用途范围内向入驻团队和企业提供办公工位及配套服务，"
           "但不得改变房屋主体结构。", 11)
    pages.append(p)
    p = Page(dpi, face=face)
    p.para("第五条  甲乙双方的权利和义务", 11.5, indent=False, bold=True)
    for s in ["甲方负责房屋主体结构及公共设施的维修，保证水、电、暖、通讯等正常供应。",
              "乙方应合理使用房屋及其附属设施，按时缴纳水电费、物业费等费用。",
              "乙方对房屋进行装修改造的，应事先征得甲方书面同意。",
              "租赁期内，甲方转让房屋的，应提前三个月通知乙方，本合同继续有效。"]:
        p.para(s, 11)
    p.para("第六条  违约责任", 11.5, indent=False, bold=True)
    p.para("任何一方违反本合同约定的，应向守约方支付相当于三个月租金的违约金；给对方造成损失的，还应赔偿损失。", 11)
    p.para("第七条  其他", 11.5, indent=False, bold=True)
    p.para("本合同未尽事宜，由双方另行协商签订补充协议。本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。", 11)
    p.space(12)
    y = p.y
    p.text(25, y, "甲方（盖章）：", 11.5)
    p.text(25, y + 9, Lz["lessor"], 10.5)
    p.text(25, y + 20, "法定代表人或委托代理人：", 10.5)
    p.text(115, y, "乙方（盖章）：", 11.5)
    p.text(115, y + 9, Lz["lessee"], 10.5)
    p.text(115, y + 20, "法定代表人或委托代理人：", 10.5)
    p.text(25, y + 34, f"签订日期：{Lz['sign_text']}", 11)
    p.text(115, y + 34, f"签订日期：{Lz['sign_text']}", 11)
    p.seal(58, y + 10, Lz["lessor"], "合同专用章", 20)
    p.seal(150, y + 12, Lz["lessee"], "合同专用章", 20)
    pages.append(p)
    return pages


def diploma(person, dpi):
    dd = person["dip"]
    p = Page(dpi, 250, 180, margin=20, face=SERIF)
    p.d.rectangle([p.px(6), p.px(6), p.px(244), p.px(174)], outline=0, width=max(2, dpi // 70))
    grad = dd["grad"]
    lv = person["edu"]
    pg = lv in ("master", "doctor")
    p.text(125, 20, "研究生毕业证书" if pg else ("普通高等学校" if dd["kind"] == "1" else "成人高等教育"), 15 if not pg else 24,
           True, anchor="ma")
    if not pg:
        p.text(125, 30, "毕  业  证  书", 26, True, anchor="ma")
    p.d.rectangle([p.px(24), p.px(52), p.px(56), p.px(94)], outline=0, width=2)
    p.text(40, 71, "照片", 10, anchor="ma", face=SANS)
    sex = person["sex"]
    start = dd["start"]
    if pg:
        body = (f"研究生{person['name']}，性别{sex}，{cn.date_fmt(person['birth'], 'cnbig')}生，于"
                f"{cn.date_fmt(start, 'cnbig')[:-3].rstrip('月') + '月' if False else _ym(start)}至{_ym(grad)}"
                f"在本校{dd['major']}专业学习，学制{dd['years']}年，修完{'博士' if lv == 'doctor' else '硕士'}研究生培养计划规定的全部课程，"
                "成绩合格，毕业论文答辩通过，准予毕业。")
    else:
        body = (f"学生{person['name']}，性别{sex}，{cn.date_fmt(person['birth'], 'cnbig')}生，于{_ym(start)}至{_ym(grad)}"
                f"在本校{dd['major']}专业{cn.cn_small(dd['years'])}年制{'本' if lv == 'bachelor' else '专'}科学习，"
                "修完教学计划规定的全部课程，成绩合格，准予毕业。")
    p.y = 54
    p.para(body, 13, indent=True, x=66, width=160, lead=1.9)
    p.text(66, 130, f"校      名：{dd['school']}", 12)
    p.text(66, 140, f"校（院）长：{dd['president']}", 12)
    p.text(200, 150, cn.date_fmt(grad, "cnbig"), 12, anchor="ma")
    p.text(24, 158, f"证书编号：{dd['no']}", 11.5, face=SANS)
    p.seal(200, 134, dd["school"], "", 20)
    return p


def _ym(d):
    return "".join(cn.CN_D[int(c)] for c in str(d.year)) + "年" + cn.cn_small(d.month) + "月"


def mentor_letter(S, m, dpi, variant=0):
    if variant == 0:
        p = Page(dpi, 210, 148, margin=18, face=SERIF)
        p.d.rectangle([p.px(5), p.px(5), p.px(205), p.px(143)], outline=0, width=max(2, dpi // 60))
        p.y = 18
        p.title("聘    书", 26)
        p.y = 46
        p.para(f"兹聘请{m['name']}{'女士' if m['female'] else '先生'}为{S['space_name']}创业导师，"
               f"为入驻团队和企业提供{m['field']}等方面的创业辅导与培训服务。", 13, lead=1.9)
        p.para(f"聘期自{cn.date_fmt(m['start'], 'cn')}至{cn.date_fmt(m['end'], 'cn')}。", 13, lead=1.9)
        p.text(150, 112, S["operator_name_doc"], 11.5, anchor="ma")
        p.text(150, 122, cn.date_fmt(m["start"], "cn"), 11.5, anchor="ma")
        p.seal(150, 112, S["operator_name_doc"], "", 18)
    else:
        p = Page(dpi, face=SERIF)
        p.title("创业导师聘任书", 18)
        p.space(4)
        p.line(f"受聘人：{m['name']}", 12)
        p.line(f"工作单位及职务：{m['org']}  {m['title']}", 12)
        p.line(f"专业领域：{m['field']}", 12)
        p.space(3)
        p.para(f"经{S['operator_name_doc']}研究决定，聘请{m['name']}同志担任{S['space_name']}创业导师，"
               f"聘期{cn.cn_small(m['years'])}年（{cn.date_fmt(m['start'], 'dot')}—{cn.date_fmt(m['end'], 'dot')}）。"
               "受聘期间，导师每季度为入驻团队开展不少于一次辅导活动，参与项目路演点评，并为创业者提供咨询服务。", 12)
        p.space(20)
        p.line(f"聘任单位（盖章）：{S['operator_name_doc']}", 12, "right")
        p.line(f"受聘人（签字）：{m['name']}", 12, "right")
        p.line(cn.date_fmt(m["start"], "cn"), 12, "right")
        p.seal(150, p.y - 22, S["operator_name_doc"], "", 20)
    return p


def bank_proof(S, dpi, variant=0):
    B = S["bank"]
    if variant == 0:
        p = Page(dpi, 210, 140, margin=14, face=SANS)
        p.y = 12
        p.title("存 款 证 明 书", 18)
        p.line(f"证明书编号：{B['no']}", 9.5, "right")
        p.para(f"兹证明截至{cn.date_fmt(B['date'], 'cn')}，下列账户在我行存款余额如下：", 11, indent=False)
        p.space(1)
        p.table([["户  名", B["holder"]], ["账  号", B["account"]], ["币  种", "人民币"],
                 ["余额（小写）", B["amount_num"]], ["余额（大写）", B["amount_upper"]]],
                [40, 142], pt=10.5, head=False)
        p.para("本证明仅证明上述账户在证明日的存款余额，不作为任何担保或抵押的依据，涂改无效。", 9.5, indent=False)
        p.text(150, 120, B["branch"], 10.5, anchor="ma")
        p.text(150, 128, cn.date_fmt(B["date"], "cn"), 10.5, anchor="ma")
        p.seal(150, 116, B["bank_seal"], "业务专用章", 17)
    else:
        p = Page(dpi, face=SERIF)
        p.title("单位存款余额证明", 18)
        p.space(6)
        p.para(f"{B['holder']}：", 12, indent=False)
        p.para(f"经查，贵单位在我行开立的账户（账号：{B['account']}）截至{cn.date_fmt(B['date'], 'cn')}存款余额为人民币"
               f"{B['amount_upper']}（¥{B['amount_num'].lstrip('¥')}），该款项为{S['space_name']}种子资金专户资金。", 12,
               lead=1.9)
        p.para("特此证明。", 12)
        p.space(25)
        p.line(B["branch"], 12, "right")
        p.line(cn.date_fmt(B["date"], "cn"), 12, "right")
        p.seal(155, p.y - 14, B["bank_seal"], "业务专用章", 19)
    return p


def table_pages(title, header, rows, widths, dpi, sub=None, seal=None, pt=9.5, foot=None, per_page=26, face=SERIF):
    pages = []
    for k in range(0, max(1, len(rows)), per_page):
        p = Page(dpi, face=face, margin=16)
        if k == 0:
            p.title(title, 15)
            if sub:
                p.line(sub, 10, "left")
        p.table([header] + rows[k:k + per_page], widths, pt=pt)
        pages.append(p)
    p = pages[-1]
    if foot:
        p.space(4)
        p.line(foot, 10.5, "right")
    if seal:
        p.seal(160, p.y - 4, seal, "", 19)
    return pages


def roster_rows(S, cols):
    rows = []
    for i, s in enumerate(S["staff"], 1):
        r = []
        for c in cols:
            r.append({"序号": str(i), "姓名": s["name"], "性别": s["sex"], "出生年月": cn.date_fmt(s["birth"], "ym"),
                      "身份证号码": s.get("id", ""), "学历": s["edu_text"], "毕业院校": s.get("school_text", ""),
                      "所学专业": s.get("major", ""), "职务": s["role"], "岗位": s["role"],
                      "专/兼职": "专职" if s["full_time"] else "兼职", "用工形式": "全职" if s["full_time"] else "兼职",
                      "毕业时间": cn.date_fmt(s["grad"], "ym") if s.get("grad") else ""}[c])
        rows.append(r)
    return rows


def resident_rows(S, style):
    rows = []
    for i, r in enumerate(S["residents"], 1):
        d = cn.date_fmt(r["entry"], style)
        rows.append([str(i), r["name"], d, r["capital"], r["field"], "是" if r["tech"] else "否"])
    return rows


def event_rows(S, style):
    return [[str(i), cn.date_fmt(e["date"], style), e["title"], e["kind"], str(e["people"])]
            for i, e in enumerate(S["events"], 1)]


def report_blocks(S):
    """The 建设运营报告: narrative with history and plans (numbers here are never evidence)."""
    a = S["app_date"]
    b = [("h1", f"{S['space_name']}建设运营报告"), ("c", S["operator_name_doc"]), ("c", cn.date_fmt(a, "cn")),
         ("h2", "一、必要性和意义"),
         ("p", f"{S['city']}是区域性科技资源集聚地，近年来科技型中小企业数量持续增长，创新创业氛围日益浓厚。"
               f"建设{S['space_name']}，有利于整合高校、科研院所和企业的创新资源，降低创业门槛，推动科技成果就地转化。"),
         ("h2", "二、基本情况"),
         ("p", f"{S['space_name']}由{S['operator_name_doc']}投资建设并运营，位于{S['address']}。"
               f"空间于{cn.date_fmt(S['est_date'], 'cn')}正式投入运营，定位于{S['theme']}领域的创新创业服务，"
               f"设有开放办公区、路演厅、会议室、共享实验区和休闲交流区。"),
         ("h2", "三、孵化能力建设"),
         ("p", f"（一）人员情况。运营团队现有管理服务人员{len(S['staff'])}人，团队成员均具有多年企业管理或创业服务经历。"
               f"主要负责人{S['manager']}长期从事科技服务工作。"),
         ("p", "（二）制度建设。制定了入驻评审、退出机制、财务管理、导师管理、活动组织等十余项管理制度。"),
         ("p", f"（三）财务状况。{a.year - 1}年总收入与运营成本基本持平，主要收入来源为场地服务费、增值服务费和政府补贴。"),
         ("p", f"（四）硬件设施。{S['hist_note']}现有场地配备千兆光纤宽带、门禁和视频会议系统。"),
         ("p", "（五）服务功能。空间与多家投资机构、律师事务所和会计师事务所建立合作，为入驻团队提供投融资对接、"
               "法律财税、知识产权等专业服务。"),
         ("h2", "四、孵化绩效"),
         ("p", f"截至目前，累计服务创业团队和企业{S['served_total']}家（次），其中{S['case_a']}入驻后完成天使轮融资，"
               f"{S['case_b']}获评科技型中小企业。"),
         ("h2", "五、存在的问题及建议"),
         ("p", "一是专业化服务能力有待提升；二是与高校科研院所的合作深度不够；三是运营经费来源较为单一。"),
         ("h2", "六、下一步发展规划"),
         ("p", f"{S['plan_note']}力争三年内培育高新技术企业5家以上，建成区域一流的创新创业服务平台。")]
    return b


def report_docx(S, path):
    import docxw
    d = docxw.Docx(font="仿宋", size=14 if S["seed"] % 2 else 12, title="建设运营报告")
    for blk in report_blocks(S):
        k, t = blk
        if k == "h1":
            d.p(t, size=20, bold=True, align="center", font="黑体")
        elif k == "c":
            d.p(t, align="center")
        elif k == "h2":
            d.p(t, bold=True, font="黑体")
        else:
            d.p(t, indent=True)
    d.save(path)


def report_pages(S, dpi):
    """The report printed and scanned (for a bound volume)."""
    p = Page(dpi, face=SERIF)
    pages = [p]
    for k, t in report_blocks(S):
        if p.y > 255:
            p = Page(dpi, face=SERIF)
            pages.append(p)
        if k == "h1":
            p.title(t, 17)
        elif k == "c":
            p.line(t, 11, "center")
        elif k == "h2":
            p.para(t, 12, indent=False, bold=True)
        else:
            p.para(t, 11)
    return pages
