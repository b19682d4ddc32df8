#!/usr/bin/env python3
"""Makes realistic test scans with known text: A4 pages at 200 dpi, greyscale, of Chinese forms and
certificates (the kinds a makerspace application holds), each turned by up to ±2°, with noise, blur and
JPEG compression like an office scanner's output. Writes page-NN.jpg and page-NN.txt (the source text).
Usage: make_scans.py OUT_DIR [PAGES] [SEED]"""
import os, random, subprocess, sys

FONTS = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
         "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
         "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志宏海波晓东红梅玉兰文斌鹏飞宇航思远欣怡子涵浩然"
CITIES = ["太原市", "朔州市", "许昌市", "乌鲁木齐市", "大同市", "晋中市", "长治市"]
DISTRICTS = ["小店区", "迎泽区", "杏花岭区", "万柏林区", "尖草坪区", "晋源区", "朔城区", "魏都区"]
ROADS = ["长风街", "学府街", "平阳路", "体育路", "南内环街", "开元街", "龙城大街", "文化路"]
WORDS = ["科技", "创新", "智造", "云谷", "星火", "汇智", "启航", "新材料", "数字", "未来", "青创", "聚能"]
SUFFIX = ["众创空间", "科技企业孵化器", "创业服务有限公司", "孵化器管理有限公司", "科技发展有限公司"]
MAJORS = ["计算机科学与技术", "电子信息工程", "工商管理", "会计学", "机械设计制造及其自动化", "软件工程"]
SCHOOLS = ["太原理工大学", "山西大学", "中北大学", "郑州大学", "新疆大学", "山西财经大学"]

def name(r): return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.randint(1, 2)))
def company(r): return r.choice(CITIES)[:-1] + r.choice(WORDS) + r.choice(WORDS) + r.choice(SUFFIX)
def date(r, y0=2012, y1=2022): return f"{r.randint(y0, y1)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
def address(r): return f"山西省{r.choice(CITIES)}{r.choice(DISTRICTS)}{r.choice(ROADS)}{r.randint(1, 300)}号"
def credit(r): return "91140" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(13))

def license_page(r):
    return ["营业执照", f"统一社会信用代码：{credit(r)}", f"名称：{company(r)}", "类型：有限责任公司（自然人投资或控股）",
            f"法定代表人：{name(r)}", f"注册资本：{r.randint(50, 2000)}万元人民币", f"成立日期：{date(r)}",
            f"营业期限：{date(r)}至长期", f"住所：{address(r)}",
            "经营范围：科技企业孵化服务；创业空间服务；技术开发、技术咨询、技术服务；会议及展览服务；",
            "企业管理咨询；物业管理；房屋租赁。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
            f"登记机关：{r.choice(CITIES)}市场监督管理局", date(r, 2019, 2023)]

def lease_page(r):
    area = r.randint(300, 5000)
    return ["房屋租赁合同", f"出租方（甲方）：{company(r)}", f"承租方（乙方）：{company(r)}",
            "根据《中华人民共和国民法典》及有关规定，为明确甲、乙双方的权利义务关系，经双方协商一致，签订本合同。",
            f"第一条 甲方将位于{address(r)}的房屋出租给乙方使用，", f"建筑面积{area}平方米，其中公共服务面积{area // 5}平方米。",
            f"第二条 租赁期限自{date(r, 2018, 2021)}起至{date(r, 2026, 2030)}止，共{r.randint(5, 10)}年。",
            f"第三条 租金标准为每平方米每月{r.randint(15, 60)}元，年租金合计{r.randint(20, 300)}万元，按季度支付。",
            "第四条 乙方应按期交纳水、电、暖等费用，不得擅自改变房屋结构和用途。",
            "第五条 租赁期满，乙方如需继续承租，应提前三个月书面通知甲方，同等条件下乙方享有优先承租权。",
            f"甲方（盖章）：        乙方（盖章）：", f"签订日期：{date(r, 2018, 2021)}"]

def diploma_page(r):
    return ["普通高等学校", "毕业证书", f"学生{name(r)}，性别{r.choice('男女')}，{r.randint(1985, 2000)}年{r.randint(1, 12)}月{r.randint(1, 28)}日生，",
            f"于{r.randint(2004, 2016)}年9月至{r.randint(2008, 2020)}年7月在本校{r.choice(MAJORS)}专业",
            "四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
            f"校名：{r.choice(SCHOOLS)}", f"校长：{name(r)}",
            f"证书编号：{r.randint(10000, 19999)}{r.randint(100000000, 999999999)}", date(r, 2008, 2020)]

def application_page(r):
    return [f"{r.choice(['山西省', '太原市', '许昌市'])}众创空间备案申请表", f"申报单位：{company(r)}",
            f"运营主体：{company(r)}", f"统一社会信用代码：{credit(r)}", f"注册时间：{date(r)}",
            f"通讯地址：{address(r)}", f"负责人：{name(r)}  联系电话：13{r.randint(100000000, 999999999)}",
            f"服务场地面积（平方米）：{r.randint(500, 6000)}  其中公共服务面积：{r.randint(100, 1500)}",
            f"提供工位数（个）：{r.randint(30, 400)}  入驻团队和企业数（个）：{r.randint(10, 90)}",
            f"专职服务人员（人）：{r.randint(3, 20)}  其中大专以上学历：{r.randint(3, 15)}",
            f"创业导师（人）：{r.randint(3, 30)}  年举办创业活动（场）：{r.randint(8, 60)}",
            f"种子资金或孵化资金（万元）：{r.randint(50, 1000)}", "申报单位承诺：所填内容及提交材料真实有效。",
            f"单位（盖章）    {date(r, 2021, 2023)}"]

def report_page(r):
    return [f"{company(r)}建设运营报告", "一、基本情况",
            f"本空间成立于{date(r)}，位于{address(r)}，总面积{r.randint(800, 8000)}平方米，",
            f"设有开放式工位{r.randint(50, 300)}个、独立办公室{r.randint(5, 40)}间、路演厅和会议室各一间。",
            "二、服务能力", f"现有专职服务人员{r.randint(4, 20)}人，签约创业导师{r.randint(5, 30)}人，",
            "为入驻团队提供工商注册、财务代理、知识产权、投融资对接等一站式服务。",
            "三、孵化成效", f"截至目前累计入驻创业团队和企业{r.randint(20, 150)}家，其中科技型企业{r.randint(10, 80)}家，",
            f"获得投融资{r.randint(100, 5000)}万元，申请专利{r.randint(5, 120)}项，带动就业{r.randint(80, 900)}人。",
            "四、下一步工作计划", "进一步完善服务体系，加强与高校和科研院所合作，提升专业化孵化水平。"]

KINDS = [license_page, lease_page, diploma_page, application_page, report_page]

FILLER = ["空间坚持“专业服务+投资孵化”的运营模式，建立了创业辅导、技术支持、融资对接的全链条服务体系。",
          "依托高校和科研院所的人才与技术优势，定期组织项目路演、创业沙龙、政策宣讲和专题培训活动。",
          "入驻企业主要分布在新一代信息技术、高端装备制造、新材料和现代服务业等领域。",
          "运营机构制定了入驻管理办法、导师工作制度、财务管理制度和安全管理制度，运行规范有序。",
          "本年度共举办创新创业活动三十余场，参与人数超过两千人次，形成了良好的创新创业氛围。",
          "下一步将加强与投资机构合作，设立种子基金，为初创企业提供资金支持和专业化增值服务。"]

def wrap(line, limit):
    """Breaks a line where it would run past the right margin (full-width characters count 1, others ~0.55)."""
    out, cur, used = [], "", 0.0
    for ch in line:
        w = 1.0 if ord(ch) > 0x2E80 else 0.55
        if used + w > limit and cur:
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += w
    if cur:
        out.append(cur)
    return out

def main():
    out = sys.argv[1]
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261123)
    os.makedirs(out, exist_ok=True)
    for i in range(1, pages + 1):
        pointsize = r.choice([32, 34, 36])
        paragraphs = KINDS[(i - 1) % len(KINDS)](r)
        if KINDS[(i - 1) % len(KINDS)] in (report_page, lease_page):
            paragraphs += r.sample(FILLER, 3)
        # Text fits between 150 px margins: one full-width character is about the point size in pixels here.
        limit = (1654 - 300) / (pointsize * 1.1)
        lines = [paragraphs[0]] + [part for p in paragraphs[1:] for part in wrap(p, limit)]
        stem = os.path.join(out, f"page-{i:02d}")
        with open(stem + ".txt", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        angle = round(r.uniform(-2, 2), 2)
        font = FONTS[i % len(FONTS)]
        # 200 dpi A4; 12–13 pt body text like a printed form; title larger.
        body = "\n".join(lines[1:])
        subprocess.run(["convert", "-size", "1654x2339", "xc:white", "-font", font,
                        "-pointsize", "44", "-gravity", "North", "-annotate", "+0+180", lines[0],
                        "-gravity", "NorthWest", "-pointsize", str(pointsize),
                        "-interline-spacing", "18", "-annotate", "+150+330", body,
                        "-background", "white", "-rotate", str(angle), "-gravity", "center", "-extent", "1654x2339",
                        "-colorspace", "Gray", "-blur", "0x0.7", "-attenuate", "0.5", "+noise", "Gaussian",
                        "-density", "200", "-units", "PixelsPerInch", "-quality", str(r.choice([60, 70, 80])),
                        stem + ".jpg"], check=True)
        print(f"{stem}.jpg angle={angle} font={os.path.basename(font)}", file=sys.stderr)

if __name__ == "__main__":
    main()
