"""Invented names, schools, companies."""
import datetime as dt
from . import ids

SUR = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIV_M = ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "志强", "建国", "晓东", "海涛", "国栋", "文博", "子豪", "振华", "立新", "云峰"]
GIV_F = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "琳", "晶", "颖", "慧", "倩", "洁", "蕾", "欣", "雨涵", "梦瑶", "晓燕", "丽华", "思琪", "佳怡", "文静", "海燕", "春梅", "雅楠"]
UY_M = ["艾力江·吐尔逊", "阿不都热合曼·艾则孜", "买买提·依明", "艾尔肯·阿不力孜", "努尔兰·沙吾提", "吐尔洪·热合曼"]
UY_F = ["古丽娜尔·吐尔逊", "阿依古丽·买买提", "热依拉·阿不都", "迪丽娜尔·艾合买提"]
SCHOOLS = {  # name, 5-digit code, president, levels offered
    "shanxi": [("山西大学", "10108", "黄桂田"), ("太原理工大学", "10112", "郑强"), ("中北大学", "10110", "刘有智"),
               ("山西财经大学", "10125", "刘维奇"), ("山西职业技术学院", "12789", "赵建军"), ("太原城市职业技术学院", "13694", "杨丽萍")],
    "henan": [("郑州大学", "10459", "刘炯天"), ("河南大学", "10475", "娄源功"), ("许昌学院", "10480", "李建民"),
              ("许昌职业技术学院", "11788", "张国强"), ("河南工业大学", "10463", "卞科")],
    "xinjiang": [("新疆大学", "10755", "王嘉毅"), ("新疆财经大学", "10766", "阿不都热扎克"), ("新疆农业大学", "10758", "李召虎"),
                 ("新疆职业大学", "10995", "王晓东"), ("乌鲁木齐职业大学", "12731", "刘新华")],
}
MAJORS = ["计算机科学与技术", "工商管理", "市场营销", "会计学", "电子信息工程", "软件工程", "金融学", "机械设计制造及其自动化", "人力资源管理", "国际经济与贸易"]
MAJORS_C = ["计算机应用技术", "会计", "电子商务", "物流管理", "市场营销", "软件技术"]
WORD1 = ["智汇", "创客", "云帆", "星火", "启航", "聚力", "蓝海", "筑梦", "恒信", "瑞晟", "博远", "数智", "新禾", "鼎盛", "汇能", "优创", "锐思", "光谷", "青橙", "易达", "卓越", "天启", "众联", "思源", "拓维", "明途", "金穗", "睿科", "安和", "立方", "晨曦", "远景", "同舟", "九州", "凌云", "华章", "泽润", "雏鹰", "弘毅", "致远"]
IND = [("信息技术", "软件开发", True), ("智能科技", "人工智能", True), ("网络科技", "互联网", True), ("电子科技", "电子信息", True),
       ("生物科技", "生物医药", True), ("新材料科技", "新材料", True), ("环保科技", "节能环保", True), ("数据科技", "大数据", True),
       ("文化传媒", "文化创意", False), ("商贸", "商贸服务", False), ("餐饮管理", "餐饮服务", False), ("教育咨询", "教育培训", False),
       ("农业科技", "现代农业", True), ("机器人科技", "智能制造", True), ("医疗器械", "医疗器械", True)]
TITLES = ["项目路演", "创业沙龙", "创业大讲堂", "创业训练营", "投融资对接会", "政策宣讲会", "导师面对面", "技术交流会", "知识产权培训", "财税知识培训", "创新创业大赛", "企业开放日"]
TOPICS = ["人工智能应用", "跨境电商", "科技型中小企业评价", "高新技术企业认定", "股权融资实务", "商业计划书撰写", "数字化转型", "品牌营销", "知识产权保护", "乡村振兴与创业", "工业互联网", "直播电商", "新能源汽车产业链", "大学生创业"]
PLACES = ["一层路演厅", "二层会议室", "共享办公区", "创客咖啡", "三层培训教室"]


def name(rng, female, xj=False):
    if xj and rng.random() < 0.4:
        return rng.choice(UY_F if female else UY_M)
    return rng.choice(SUR) + rng.choice(GIV_F if female else GIV_M)


def person(rng, region, area6, edu, used, role, full_time=True, grad_year=None, xj=False):
    while True:
        female = rng.random() < 0.45
        nm = name(rng, female, xj)
        if nm not in used:
            used.add(nm)
            break
    gy = grad_year or rng.randint(2004, 2019)
    age_at = {"doctor": 29, "master": 25, "bachelor": 22, "college": 21, "other": 18}[edu]
    birth = dt.date(gy - age_at, rng.randint(1, 12), rng.randint(1, 28))
    p = {"name": nm, "female": female, "birth": birth, "edu": edu, "role": role, "full_time": full_time,
         "id": ids.make_id(rng, area6, birth, female)}
    if edu == "other":
        p.update(edu_zh=rng.choice(["高中", "中专"]), school=None, major=None)
        return p
    sch = [x for x in SCHOOLS[region] if (x[1].startswith("10") or edu == "college")]
    school = rng.choice(sch)
    gd = dt.date(gy, 6 if edu != "doctor" else 7, rng.randint(20, 30))
    p.update(edu_zh=ids.LEVEL_ZH[edu], school=school[0], school_code=school[1], president=school[2],
             major=rng.choice(MAJORS_C if edu == "college" else MAJORS), grad_date=gd, cert_date=gd)
    p["cert"] = ids.make_cert(rng, school[1], gy, edu)
    return p


def company(rng, city_short, used, tech=None):
    while True:
        w = rng.choice(WORD1) + rng.choice(WORD1)
        ind = rng.choice([x for x in IND if tech is None or x[2] == tech])
        form = rng.choice(["有限公司", "有限公司", "有限公司", "工作室", "团队"])
        nm = (city_short + w + ind[0] + form) if form == "有限公司" else (w + ind[0][:2] + ("创业" if form == "团队" else "") + form)
        if nm not in used:
            used.add(nm)
            return nm, ind[1], ind[2]
