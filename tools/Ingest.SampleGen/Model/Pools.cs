namespace ZcIngest.SampleGen.Model;

/// <summary>Word pools for Chinese names, companies, places and activities. Fictional, but shaped like the real thing.</summary>
public static class Pools
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
        "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
        "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤",
        "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "牛", "温", "樊", "兰", "申", "靳", "霍", "卫",
    ];

    public static readonly string[] MaleGiven =
    [
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波",
        "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "亮", "建国", "志强", "晓东",
        "海涛", "俊杰", "文博", "子轩", "浩然", "建华", "振华", "国栋", "立新", "永强", "少华", "宏伟", "承志", "天佑",
    ];

    public static readonly string[] FemaleGiven =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莹", "颖", "琳", "倩", "洁",
        "欣", "悦", "丹", "蕾", "晶", "佳", "秀英", "桂英", "晓燕", "丽娟", "雅琴", "思雨", "梦瑶", "欣怡", "婉清",
        "雨涵", "诗琪", "晓梅", "春燕", "玉兰", "慧敏", "静怡", "美玲", "文静", "红梅", "若曦", "佳琪", "嘉怡",
    ];

    public static readonly string[] BrandWords =
    [
        "智汇", "创客", "星火", "启航", "梦工", "汇智", "众联", "筑梦", "云创", "聚能", "蓝海", "青橙", "新动",
        "晋创", "龙城", "汾水", "太行", "天山", "丝路", "莲城", "雁门", "桃源", "泰和", "恒信", "博远", "鼎立",
        "科信", "融创", "领航", "创想", "优客", "源点", "极客", "追光", "拓维", "数智", "光合", "萌芽", "卓越",
    ];

    public static readonly string[] OperatorSuffixes =
    [
        "科技有限公司", "企业管理有限公司", "孵化器管理有限公司", "信息技术有限公司", "创业服务有限公司",
        "科技服务有限公司", "投资管理有限公司", "众创空间管理有限公司",
    ];

    public static readonly string[] ResidentSuffixes =
    [
        "科技有限公司", "信息技术有限公司", "网络科技有限公司", "生物科技有限公司", "电子科技有限公司",
        "智能科技有限公司", "新材料有限公司", "文化传媒有限公司", "工作室", "创业团队", "软件开发有限公司",
    ];

    /// <summary>Technical fields of residents; the bool says whether a reader counts it as science and technology.</summary>
    public static readonly (string Field, bool Tech)[] ResidentFields =
    [
        ("电子信息", true), ("软件开发", true), ("人工智能", true), ("生物医药", true), ("新材料", true),
        ("节能环保", true), ("新能源", true), ("智能制造", true), ("物联网", true), ("大数据", true),
        ("现代农业技术", true), ("检验检测", true), ("文化创意", false), ("商贸服务", false), ("餐饮服务", false),
        ("广告策划", false),
    ];

    public static readonly string[] Streets =
    [
        "长治路", "学府街", "南中环街", "体育路", "建设北路", "迎泽大街", "并州路", "滨河东路", "新建路", "北大街",
        "人民路", "文化路", "科技大道", "创业大街", "建安大道", "魏文路", "东城大道", "友好北路", "北京南路",
        "河北东路", "高新街", "产业路", "开元路", "民主路", "解放路", "龙兴路", "光明路",
    ];

    public static readonly string[] BuildingWords =
    [
        "科创大厦", "创业园", "软件园", "数字经济产业园", "创新创业中心", "科技园", "孵化基地", "双创大厦",
        "国际广场", "商务中心", "智慧谷", "高新技术产业园",
    ];

    public static readonly string[] Majors =
    [
        "计算机科学与技术", "软件工程", "工商管理", "会计学", "市场营销", "电子信息工程", "机械设计制造及其自动化",
        "金融学", "经济学", "人力资源管理", "物流管理", "汉语言文学", "法学", "生物技术", "材料科学与工程",
        "电子商务", "国际经济与贸易", "环境工程", "行政管理",
    ];

    public static readonly string[] StaffRoles =
    [
        "总经理", "副总经理", "运营总监", "运营主管", "项目经理", "孵化服务专员", "财务主管", "会计", "行政专员",
        "投资经理", "活动策划", "企业服务专员", "技术服务专员", "办公室主任",
    ];

    public static readonly string[] MentorTitles =
    [
        "董事长", "总经理", "合伙人", "投资总监", "高级工程师", "教授", "副教授", "注册会计师", "律师", "首席技术官",
    ];

    public static readonly string[] EventKinds =
    [
        "创业沙龙", "创业讲堂", "项目路演", "创业训练营", "政策宣讲会", "投融资对接会", "技术交流会", "创新创业大赛",
        "企业服务日", "专利申报培训", "财税知识培训", "导师面对面",
    ];

    public static readonly string[] EventTopics =
    [
        "科技型中小企业评价", "高新技术企业认定", "股权融资实务", "知识产权保护", "商业计划书撰写", "市场营销策略",
        "团队建设与管理", "数字化转型", "跨境电商", "人工智能应用", "乡村振兴与创业", "创业政策解读", "财务规范管理",
        "产品设计与用户体验", "直播电商", "智能制造升级",
    ];

    public static readonly string[] Banks =
    [
        "中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "晋商银行", "招商银行",
        "兴业银行", "中原银行", "乌鲁木齐银行", "中国邮政储蓄银行",
    ];

    public static readonly string[] TrainingBodies =
    [
        "中国科技企业孵化器协会", "山西省科技企业孵化器协会", "太原市科技创新服务中心", "科技部火炬高技术产业开发中心",
    ];
}

/// <summary>A county-level district with its GB/T 2260 code, used for addresses, ID numbers and credit codes.</summary>
public sealed record District(string Province, string City, string Name, string Code)
{
    public string FullName => Province == City ? $"{City}{Name}" : $"{Province}{City}{Name}";
}

/// <summary>A higher-education school with its national code (国标代码) and the levels it awards.</summary>
public sealed record School(string Name, string Code, bool AwardsDegrees);

public static class Places
{
    public static readonly District[] Taiyuan =
    [
        new("山西省", "太原市", "小店区", "140105"), new("山西省", "太原市", "迎泽区", "140106"),
        new("山西省", "太原市", "杏花岭区", "140107"), new("山西省", "太原市", "万柏林区", "140109"),
        new("山西省", "太原市", "尖草坪区", "140108"),
    ];

    public static readonly District[] Shanxi =
    [
        .. Taiyuan, new("山西省", "大同市", "平城区", "140213"), new("山西省", "长治市", "潞州区", "140403"),
        new("山西省", "晋中市", "榆次区", "140702"), new("山西省", "运城市", "盐湖区", "140802"),
        new("山西省", "临汾市", "尧都区", "141002"),
    ];

    public static readonly District[] Shuozhou =
    [
        new("山西省", "朔州市", "朔城区", "140602"), new("山西省", "朔州市", "平鲁区", "140603"),
        new("山西省", "朔州市", "怀仁市", "140681"),
    ];

    public static readonly District[] Xuchang =
    [
        new("河南省", "许昌市", "魏都区", "411002"), new("河南省", "许昌市", "建安区", "411003"),
        new("河南省", "许昌市", "禹州市", "411081"), new("河南省", "许昌市", "长葛市", "411082"),
    ];

    public static readonly District[] Xinjiang =
    [
        new("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"), new("新疆维吾尔自治区", "乌鲁木齐市", "沙依巴克区", "650103"),
        new("新疆维吾尔自治区", "乌鲁木齐市", "新市区", "650104"), new("新疆维吾尔自治区", "克拉玛依市", "克拉玛依区", "650203"),
        new("新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", "652301"),
    ];

    /// <summary>Birthplaces for ID numbers: staff come from everywhere.</summary>
    public static readonly District[] Birthplaces = [.. Shanxi, .. Shuozhou, .. Xuchang, .. Xinjiang,
        new("河北省", "石家庄市", "长安区", "130102"), new("陕西省", "西安市", "雁塔区", "610113")];

    public static readonly School[] Schools =
    [
        new("山西大学", "10108", true), new("太原理工大学", "10112", true), new("中北大学", "10110", true),
        new("山西财经大学", "10125", true), new("山西师范大学", "10118", true), new("郑州大学", "10459", true),
        new("河南大学", "10475", true), new("许昌学院", "10480", true), new("新疆大学", "10755", true),
        new("新疆农业大学", "10758", true), new("石河子大学", "10759", true), new("西安交通大学", "10698", true),
        new("山西职业技术学院", "12767", false), new("许昌职业技术学院", "12949", false), new("新疆职业大学", "10995", false),
        new("太原城市职业技术学院", "14101", false),
    ];
}
