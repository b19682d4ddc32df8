"""Content of every document type, as blocks (for docx / text PDF / rendered scans) or as drawn images."""
import datetime as dt
from PIL import Image, ImageDraw
from .fmt import fdate, fmoney, farea, fmonth, daxie, HAN
from .ids import LEVEL_ZH
from . import render as R

# ---------------------------------------------------------------- business licence (drawn)

def license_image(s, dpi, rng, holder=None):
    """营业执照（副本）, landscape-ish A4 drawing. holder overrides the 名称 (licence of another entity)."""
    k = dpi / 72.0
    W, H = int(842 * k), int(595 * k)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    brown = (150, 80, 40)
    for m, wd in ((14, 6), (26, 2)):
        d.rectangle((m * k, m * k, W - m * k, H - m * k), outline=brown, width=max(1, int(wd * k / 2)))
    f = lambda sz, b=False: R.font(R.NOTO_SERIF_B if b else R.NOTO_SERIF, sz * k)
    fs = lambda sz: R.font(R.NOTO_SANS, sz * k)
    d.text((W / 2, 88 * k), "营 业 执 照", font=f(40, True), fill=(20, 20, 20), anchor="ms")
    d.text((W / 2, 112 * k), "（副        本）", font=f(14), fill=(20, 20, 20), anchor="ms")
    d.text((60 * k, 70 * k), "统一社会信用代码", font=fs(11), fill=(20, 20, 20))
    d.text((60 * k, 88 * k), s["credit_code"], font=fs(13), fill=(20, 20, 20))
    d.text((W - 200 * k, 70 * k), "证照编号：%s" % s["license_no"], font=fs(9), fill=(20, 20, 20))
    # QR-ish block
    qx, qy, qs = W - 150 * k, 88 * k, 62 * k
    cells = 21
    for i in range(cells):
        for j in range(cells):
            if (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7) or rng.random() < 0.45:
                d.rectangle((qx + i * qs / cells, qy + j * qs / cells, qx + (i + 1) * qs / cells, qy + (j + 1) * qs / cells), fill=(25, 25, 25))
    rows = [("名        称", holder or s["operator"]),
            ("类        型", s.get("company_type", "有限责任公司(自然人投资或控股)")),
            ("法定代表人", s["legal_rep"]),
            ("经 营 范 围", s.get("scope", "众创空间服务；科技中介服务；企业管理咨询；技术开发、技术咨询、技术服务；会议及展览服务；物业管理。（依法须经批准的项目，经相关部门批准后方可开展经营活动）")),
            ]
    rows2 = [("注 册 资 本", s["reg_capital"]),
             ("成 立 日 期", fdate(s["reg_date"], "cn0")),
             ("营 业 期 限", "%s 至 %s" % (fdate(s["reg_date"], "cn0"), "长期" if s.get("perpetual", True) else fdate(s["reg_date"].replace(year=s["reg_date"].year + 20), "cn0"))),
             ("住        所", s["license_address"])]
    y = 175 * k
    x1, x2 = 70 * k, 160 * k
    for lab, val in rows:
        d.text((x1, y), lab, font=f(12, True), fill=(20, 20, 20))
        # wrap value
        maxw = 330 * k
        line, lines = "", []
        for ch in val:
            if d.textlength(line + ch, font=f(11)) > maxw:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for ln in lines:
            d.text((x2, y), ln, font=f(11), fill=(20, 20, 20))
            y += 19 * k
        y += 8 * k
    y = 175 * k
    x3, x4 = 470 * k, 560 * k
    for lab, val in rows2:
        d.text((x3, y), lab, font=f(12, True), fill=(20, 20, 20))
        maxw = 220 * k
        line, lines = "", []
        for ch in val:
            if d.textlength(line + ch, font=f(11)) > maxw:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for ln in lines:
            d.text((x4, y), ln, font=f(11), fill=(20, 20, 20))
            y += 19 * k
        y += 12 * k
    d.text((W - 260 * k, H - 110 * k), "登记机关", font=f(13, True), fill=(20, 20, 20))
    d.text((W - 260 * k, H - 70 * k), fdate(s["license_issue"], "cn"), font=f(12), fill=(20, 20, 20))
    d.text((60 * k, H - 55 * k), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font=fs(8), fill=(60, 60, 60))
    R.paste_seal(im, R.seal_image(s["reg_authority"], 120 * k, rng=rng), W - 175 * k, H - 95 * k)
    return im


# ---------------------------------------------------------------- diploma (drawn)

def diploma_image(p, dpi, rng):
    k = dpi / 72.0
    W, H = int(700 * k), int(500 * k)
    im = Image.new("RGB", (W, H), (253, 250, 240))
    d = ImageDraw.Draw(im)
    d.rectangle((12 * k, 12 * k, W - 12 * k, H - 12 * k), outline=(120, 30, 30), width=max(2, int(3 * k)))
    f = lambda sz, b=False: R.font(R.NOTO_SERIF_B if b else R.NOTO_SERIF, sz * k)
    title = "普通高等学校\n毕 业 证 书" if p["edu"] in ("bachelor", "college") else "研究生毕业证书"
    d.multiline_text((W / 2, 50 * k), title, font=f(26, True), fill=(120, 20, 20), anchor="ma", align="center", spacing=6 * k)
    # photo box
    d.rectangle((60 * k, 150 * k, 150 * k, 270 * k), outline=(90, 90, 90), width=max(1, int(k)), fill=(215, 222, 232))
    d.ellipse((85 * k, 170 * k, 125 * k, 215 * k), fill=(160, 150, 140))
    d.rectangle((75 * k, 220 * k, 135 * k, 270 * k), fill=(60, 70, 90))
    lvl = {"bachelor": "四年制本科", "college": "三年制专科", "master": "硕士研究生", "doctor": "博士研究生"}[p["edu"]]
    years = {"bachelor": 4, "college": 3, "master": 3, "doctor": 4}[p["edu"]]
    g = p["grad_date"]
    start = dt.date(g.year - years, 9, 1)
    han_y = lambda y: "".join(HAN[int(c)] for c in str(y))
    txt = ("学生 %s ，性别 %s ，%s 生，于 %s 至 %s 在本校 %s 专业%s学习，修完%s规定的全部课程，成绩合格，准予毕业。"
           % (p["name"], "女" if p["female"] else "男", fdate(p["birth"], "han"), fmonth(start, "han"), fmonth(g, "han"),
              p["major"], lvl, "教学计划" if p["edu"] in ("bachelor", "college") else "培养方案"))
    x0, y = 175 * k, 160 * k
    maxw = W - x0 - 60 * k
    line = ""
    for ch in txt:
        if d.textlength(line + ch, font=f(13)) > maxw:
            d.text((x0, y), line, font=f(13), fill=(25, 25, 25))
            y += 26 * k
            line = ""
        line += ch
    d.text((x0, y), line, font=f(13), fill=(25, 25, 25))
    d.text((x0, H - 120 * k), "校    名：%s" % p["school"], font=f(13), fill=(25, 25, 25))
    d.text((x0, H - 95 * k), "校（院）长：%s" % p["president"], font=f(13), fill=(25, 25, 25))
    d.text((60 * k, H - 55 * k), "证书编号：%s" % p["cert"], font=f(12), fill=(25, 25, 25))
    d.text((W - 230 * k, H - 55 * k), fdate(p["cert_date"], "han"), font=f(12), fill=(25, 25, 25))
    R.paste_seal(im, R.seal_image(p["school"], 105 * k, rng=rng), W - 150 * k, H - 95 * k)
    return im


def training_image(p, s, dpi, rng):
    k = dpi / 72.0
    W, H = int(620 * k), int(440 * k)
    im = Image.new("RGB", (W, H), (250, 252, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((10 * k, 10 * k, W - 10 * k, H - 10 * k), outline=(30, 70, 140), width=max(2, int(3 * k)))
    f = lambda sz, b=False: R.font(R.NOTO_SANS_B if b else R.NOTO_SANS, sz * k)
    d.text((W / 2, 60 * k), "培 训 证 书", font=f(28, True), fill=(30, 60, 130), anchor="ms")
    t = p["training"]
    body = ("%s 同志于 %s 参加由%s举办的“%s”，完成全部课程，考核合格，特发此证。"
            % (p["name"], fdate(t["date"], "cn"), t["org"], t["course"]))
    y = 120 * k
    line = ""
    for ch in body:
        if d.textlength(line + ch, font=f(14)) > W - 120 * k:
            d.text((60 * k, y), line, font=f(14), fill=(20, 20, 20))
            y += 28 * k
            line = ""
        line += ch
    d.text((60 * k, y), line, font=f(14), fill=(20, 20, 20))
    d.text((60 * k, H - 90 * k), "证书编号：%s" % t["no"], font=f(12), fill=(20, 20, 20))
    d.text((W - 250 * k, H - 90 * k), t["org"], font=f(12), fill=(20, 20, 20))
    d.text((W - 250 * k, H - 65 * k), fdate(t["cert_date"], "cn"), font=f(12), fill=(20, 20, 20))
    R.paste_seal(im, R.seal_image(t["org"], 100 * k, rng=rng), W - 170 * k, H - 80 * k)
    return im


# ---------------------------------------------------------------- text documents (blocks)

def lease_blocks(s, L, style):
    ds, ms, ars = style["date"], style["money"], style["area"]
    b = [("title", "房屋租赁合同"), ("right", "合同编号：%s" % L["no"]),
         ("p", "出租方（甲方）：%s" % L["lessor"]),
         ("p", "统一社会信用代码：%s" % L["lessor_code"]),
         ("p", "承租方（乙方）：%s" % L["lessee"]),
         ("p", "法定代表人：%s" % L["lessee_rep"]),
         ("p", "根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜，订立本合同。"),
         ("h", "第一条 租赁房屋"),
         ("p", "甲方将坐落于%s的房屋出租给乙方，用于%s。该房屋建筑面积为%s（以产权登记面积为准），其中含公共走道及配套用房。"
          % (L["address"], L.get("use", "众创空间运营及办公"), farea(L["area"], ars))),
         ("h", "第二条 租赁期限"),
         ("p", "租赁期限自%s起至%s止。租赁期满，乙方需继续承租的，应于期满前三个月书面通知甲方，同等条件下乙方享有优先承租权。"
          % (fdate(L["start"], ds), fdate(L["end"], ds))),
         ("h", "第三条 租金及支付方式"),
         ("p", "租金标准为每平方米每日%s元，年租金合计%s。租金按季度支付，乙方应于每季度首月10日前支付当季租金。"
          % (L["rent_day"], fmoney(L["rent_year_wan"], ms))),
         ("p", "乙方应于本合同签订之日起五日内向甲方支付租赁保证金%s，合同期满乙方无违约的，甲方无息退还。" % fmoney(L["deposit_wan"], "yuan")),
         ("h", "第四条 房屋用途及装修"),
         ("p", "乙方不得擅自改变房屋的结构和用途。乙方因经营需要对房屋进行装修改造的，应事先征得甲方书面同意，并报有关部门审批。装修费用由乙方承担。"),
         ("h", "第五条 双方权利义务"),
         ("p", "1. 甲方保证对出租房屋享有合法的出租权利，并按约定将房屋交付乙方使用。\n2. 乙方应合理使用房屋及附属设施，按时缴纳水、电、暖、物业等费用。\n3. 未经甲方书面同意，乙方不得将房屋整体转租给第三方；乙方为入驻创业团队提供工位及办公场地的，不视为转租。"),
         ("h", "第六条 违约责任"),
         ("p", "任何一方违反本合同约定的，应向守约方支付相当于三个月租金的违约金；给对方造成损失的，还应承担赔偿责任。"),
         ("h", "第七条 其他"),
         ("p", "本合同未尽事宜，由双方另行协商并签订补充协议。本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"),
         ("sp",),
         ("p", "甲方（盖章）：%s" % L["lessor"]),
         ("p", "法定代表人或委托代理人：%s" % L["lessor_rep"]),
         ("seal", L["lessor"], -230, -10),
         ("p", "乙方（盖章）：%s" % L["lessee"]),
         ("p", "法定代表人或委托代理人：%s" % L["lessee_rep"]),
         ("seal", L["lessee"], -60, 0),
         ("p", "签订日期：%s" % fdate(L["sign"], ds)),
         ("p", "签订地点：%s" % L["city_name"])]
    return b


def property_blocks(s, P):
    return [("title", "中华人民共和国不动产权证书"),
            ("right", "%s（%d）%s不动产权第%07d号" % (P["prov"], P["date"].year, P["city"], P["no"])),
            ("table", [["权利人", P["owner"]], ["共有情况", "单独所有"], ["坐落", P["address"]],
                       ["不动产单元号", P["unit"]], ["权利类型", "国有建设用地使用权/房屋所有权"],
                       ["权利性质", "出让/自建房"], ["用途", "工业用地/科研办公"],
                       ["面积", "共有宗地面积 %s / 房屋建筑面积 %s" % (farea(P["land"], "pfm"), farea(P["area"], "pfm"))],
                       ["使用期限", "国有建设用地使用权 %s 起 %s 止" % (fdate(P["date"].replace(year=P["date"].year - 3), "cn"), fdate(P["date"].replace(year=P["date"].year + 47), "cn"))],
                       ["权利其他状况", "房屋结构：钢混；房屋总层数：6，所在层：1-6"]], [1, 4]),
            ("right", "登簿日期：%s" % fdate(P["date"], "cn")),
            ("seal", P["authority"], -40, 0)]


def roster_blocks(s, staff, title, style):
    rows = [[{"text": h, "bold": True} for h in ("序号", "姓名", "性别", "身份证号码", "学历", "毕业院校", "所学专业", "职务", "专/兼职")]]
    for i, p in enumerate(staff, 1):
        rows.append([str(i), p["name"], "女" if p["female"] else "男", p["id"], p["edu_zh"], p.get("school", "—") or "—",
                     p.get("major", "—") or "—", p["role"], "专职" if p["full_time"] else "兼职"])
    return [("title", title), ("p", "运营单位：%s" % s["operator"]),
            ("table", rows, [0.6, 1.1, 0.6, 2.6, 0.9, 1.8, 1.4, 1.2, 0.8], 8.5),
            ("p", "以上人员均与本单位签订劳动合同或服务协议。"),
            ("right", "%s（盖章）" % s["operator"]), ("right", fdate(s["app_date"] - dt.timedelta(days=3), style["date"])),
            ("seal", s["operator"], 0, -14)]


def mentor_blocks(s, m, style):
    return [("title", "聘    书"), ("sp", 1),
            ("p", "%s%s：" % (m["name"], "先生" if not m["female"] else "女士")),
            ("p", "    兹聘请您为%s创业导师，聘期自%s至%s。聘期内请您为入驻创业团队和企业提供创业辅导、项目诊断、投融资咨询及专题培训等服务，每季度参加不少于一次导师活动。"
             % (s["space_name"], fdate(m["start"], style["date"]), fdate(m["end"], style["date"]))),
            ("p", "    导师简介：%s，%s。" % (m["title"], m["bio"])),
            ("sp", 2), ("right", s["operator"]), ("right", fdate(m["start"], style["date"])),
            ("seal", s["operator"], 0, -14)]


def mentor_agreement_blocks(s, m, style):
    return [("title", "创业导师服务协议"),
            ("p", "甲方：%s" % s["operator"]), ("p", "乙方：%s（%s）" % (m["name"], m["title"])),
            ("p", "一、甲方聘请乙方担任“%s”专兼职创业导师，服务期限自%s起至%s止。" % (s["space_name"], fdate(m["start"], style["date"]), fdate(m["end"], style["date"]))),
            ("p", "二、乙方每年为入驻团队提供不少于6次创业辅导或专题讲座，参与项目路演评审。"),
            ("p", "三、甲方为乙方开展辅导提供场地和必要条件，并按次支付劳务报酬。"),
            ("p", "四、本协议一式两份，双方各执一份，自签字盖章之日起生效。"),
            ("sp",), ("p", "甲方（盖章）：%s          乙方（签字）：%s" % (s["operator"], m["name"])),
            ("seal", s["operator"], -250, -5),
            ("p", "签订日期：%s" % fdate(m["start"], style["date"]))]


def bank_blocks(s, B, style):
    if B.get("kind") == "资信证明":
        return [("title", "资 信 证 明 书"), ("right", "编号：%s" % B["no"]),
                ("p", "致：%s" % B.get("to", "有关单位")),
                ("p", "    兹证明%s（账号：%s）在我行开立人民币基本存款账户。截至%s，该账户存款余额为人民币%s（%s）。"
                 % (B["holder"], B["account"], fdate(B["date"], style["date"]), daxie(B["balance_wan"] * 10000), fmoney(B["balance_wan"], "yuan"))),
                ("p", "    本证明仅证明截至上述日期的存款余额情况，不作为担保或其他承诺，涂改无效。"),
                ("sp", 2), ("right", B["bank"]), ("right", fdate(B["date"], style["date"])),
                ("seal", B["bank"], 0, -14)]
    return [("title", "存 款 证 明 书"), ("right", "证明书编号：%s" % B["no"]),
            ("table", [["存款人名称", {"text": B["holder"], "span": 3}],
                       ["账号", B["account"], "币种", "人民币"],
                       ["存款余额（小写）", fmoney(B["balance_wan"], style.get("bank_money", "yuan")), "证明日期", fdate(B["date"], style["date"])],
                       ] + ([] if B.get("no_daxie") else [["存款余额（大写）", {"text": daxie(B["balance_wan"] * 10000), "span": 3}]]) + [
                       ["用途说明", {"text": "%s种子资金专户" % s["space_name"], "span": 3}]], [1.3, 2, 1, 1.6]),
            ("p", "兹证明上述存款人截至证明日期在我行的存款余额如上。本证明书不具有流通性，不得转让、质押，涂改无效。"),
            ("sp",), ("right", "开立机构：%s" % B["bank"]), ("right", "经办：%s  复核：%s" % (B["clerk"], B["checker"])),
            ("seal", B["bank"], 0, -20)]


def residents_blocks(s, res, style):
    rows = [[{"text": h, "bold": True} for h in ("序号", "团队/企业名称", "进驻时间", "注册资金", "技术领域", "是否科技型")]]
    for i, r in enumerate(res, 1):
        rows.append([str(i), r["name"], fdate(r["entry"], style["date"]), r["capital"], r["field"], "是" if r["tech"] else "否"])
    return [("title", "入驻创业团队和企业名单"), ("p", "载体名称：%s" % s["space_name"]),
            ("table", rows, [0.5, 3.2, 1.4, 1.1, 1.3, 0.9], 8.5),
            ("right", "填报单位（盖章）：%s" % s["operator"]), ("right", fdate(s["app_date"] - dt.timedelta(days=5), style["date"])),
            ("seal", s["operator"], 0, -14)]


def activities_list_blocks(s, ev, style):
    rows = [[{"text": h, "bold": True} for h in ("序号", "日期", "活动名称", "地点", "参与人数")]]
    for i, e in enumerate(ev, 1):
        rows.append([str(i), fdate(e["date"], style["date"]), e["title"], e["place"], "%d人" % e["n"]])
    return [("title", "创新创业活动开展情况一览表"), ("p", "%s（%s）" % (s["space_name"], s["operator"])),
            ("table", rows, [0.5, 1.4, 3.6, 1.8, 0.9], 8.5),
            ("right", "%s（盖章）" % s["operator"]), ("seal", s["operator"], 0, -14)]


def activity_page_blocks(s, e, style):
    return [("title", "活动记录"),
            ("table", [["活动名称", {"text": e["title"], "span": 3}],
                       ["活动时间", fdate(e["date"], style["date"]), "活动地点", e["place"]],
                       ["主办单位", s["space_name"], "参加人数", "%d人" % e["n"]],
                       ["活动内容", {"text": "本次活动邀请%s进行主题分享，围绕%s展开交流，入驻团队代表进行了项目展示并与嘉宾互动答疑。" % (e["guest"], e["title"]), "span": 3}],
                       ["活动照片", {"text": "（照片见下）\n\n\n\n\n", "span": 3}]], [1, 2, 1, 2]),
            ("right", "记录人：%s" % e["recorder"])]


def financial_blocks(s, F, style):
    rev, cost = F["revenue"], F["cost"]
    rows = [[{"text": "项    目", "bold": True}, {"text": "行次", "bold": True}, {"text": "本年累计金额", "bold": True}, {"text": "上年金额", "bold": True}],
            ["一、营业收入", "1", "{:,.2f}".format(rev * 10000), "{:,.2f}".format(F["prev_rev"] * 10000)],
            ["减：营业成本", "2", "{:,.2f}".format(cost * 10000), "{:,.2f}".format(F["prev_cost"] * 10000)],
            ["税金及附加", "3", "{:,.2f}".format(rev * 10000 * 0.006), "{:,.2f}".format(F["prev_rev"] * 60)],
            ["销售费用", "4", "{:,.2f}".format(rev * 10000 * 0.03), "{:,.2f}".format(F["prev_rev"] * 300)],
            ["管理费用", "5", "{:,.2f}".format(rev * 10000 * 0.08), "{:,.2f}".format(F["prev_rev"] * 800)],
            ["二、营业利润", "6", "{:,.2f}".format(rev * 10000 * 0.884 - cost * 10000), "{:,.2f}".format(F["prev_rev"] * 8840 - F["prev_cost"] * 10000)]]
    return [("title", "利 润 表"), ("p", "编制单位：%s        %d年度        单位：元" % (s["operator"], F["year"])),
            ("table", rows, [3, 0.7, 2, 2], 9),
            ("p", "注：营业成本即上年度运营成本，包括场地租金、人员薪酬、物业水电及活动支出。"),
            ("right", "单位负责人：%s   会计机构负责人：%s" % (s["legal_rep"], F["accountant"])),
            ("seal", s["operator"], -60, -10)]


def report_blocks(s, H, style):
    """Operating report: history and plans with numbers that are NOT the current facts."""
    return [("title", "%s建设运营报告" % s["space_name"]),
            ("h", "一、必要性和意义"),
            ("p", "%s地处%s，区域内高校、科研院所集中，科技型中小企业发展迅速。建设众创空间对于集聚创新创业资源、促进科技成果转化、带动青年创业就业具有重要意义。" % (s["space_name"], s["city_name"])),
            ("h", "二、基本情况"),
            ("p", "%s于%s开始筹建，运营主体为%s。%s年空间初创时，场地面积仅%s，入驻团队%d家，聘请创业导师%d名。经过几年发展，空间规模和服务能力稳步提升。"
             % (s["space_name"], fmonth(H["start"], "cn"), s["operator"], H["start"].year, farea(H["area0"], "pfm"), H["res0"], H["mentors0"])),
            ("h", "三、孵化能力建设"),
            ("p", "（一）人员情况。%s年底空间有管理服务人员%d人。目前团队结构合理，平均年龄32岁，多数具有本科以上学历和创业服务经验。" % (H["start"].year + 1, H["staff0"])),
            ("p", "（二）制度建设。制定了入驻评审、毕业退出、导师管理、财务管理、信息报送等制度。"),
            ("p", "（三）财务状况。%d年实现收入%s，运营成本%s，基本实现收支平衡。" % (H["fin_year"], fmoney(H["rev0"], "wan"), fmoney(H["cost0"], "wan"))),
            ("p", "（四）硬件设施。空间设有开放办公区、路演厅、会议室、洽谈室、创客工坊、休闲区等，配备高速宽带、打印复印、视频会议设备。"),
            ("h", "四、孵化绩效"),
            ("p", "截至%s，累计服务创业团队和企业%d家，累计举办各类创新创业活动%d场次，入驻企业累计获得融资%s。" % (fmonth(H["cum_date"], "cn"), H["served_cum"], H["events_cum"], fmoney(H["fin_cum"], "wan"))),
            ("h", "五、存在的问题及建议"),
            ("p", "专业化服务能力有待加强，投融资服务资源仍需拓展。"),
            ("h", "六、下一步发展规划"),
            ("p", "计划到%d年，将空间面积扩展至%s，入驻团队和企业达到%d家，种子基金规模扩大至%s，聘任创业导师%d名，每月举办活动不少于%d场。"
             % (H["plan_year"], farea(H["plan_area"], "pfm"), H["plan_res"], fmoney(H["plan_fund"], "wan"), H["plan_mentors"], H["plan_events"])),
            ("right", s["operator"]), ("right", fdate(s["app_date"] - dt.timedelta(days=7), style["date"]))]
