namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>
/// Whether a resident works in a technology field, decided from its 技术领域 / 所属行业 text:
/// 1. phrases that name a non-technical trade even though they contain a technical word (电子商务, 商务服务,
///    信息咨询, 文化传媒…) are removed first;
/// 2. technical if what remains names a technical field (软件, 信息技术, 电子, 生物, 医药, 新材料, 新能源,
///    智能, 互联网, 大数据, 人工智能, 集成电路, 先进制造, 节能环保…);
/// 3. otherwise not technical (餐饮, 商贸, 零售, 文化传媒, 教育培训, 家政 … and anything unrecognised).
/// No field text at all gives null: unknown, not false.
/// </summary>
public static class TechFieldRule
{
    private static readonly string[] NonTechPhrases =
    [
        "电子商务", "商务服务", "商务咨询", "信息咨询", "企业管理咨询", "管理咨询", "文化传媒", "广告传媒", "网络直播带货", "电商",
    ];

    private static readonly string[] TechWords =
    [
        "软件", "信息技术", "信息服务", "信息系统", "电子", "通信", "通讯", "集成电路", "芯片", "半导体", "光电", "激光",
        "生物", "医药", "医疗器械", "基因", "新材料", "材料科技", "新能源", "储能", "光伏", "氢能", "节能", "环保", "环境工程",
        "智能", "人工智能", "机器人", "自动化", "互联网", "物联网", "大数据", "云计算", "区块链", "数据", "计算机", "网络技术",
        "先进制造", "装备制造", "高端装备", "智能制造", "精密", "航空", "航天", "无人机", "3D打印", "增材制造", "虚拟现实",
        "VR", "AR", "AI", "IT", "数字", "科技服务", "技术服务", "技术开发", "研发", "检验检测", "检测技术", "仪器仪表",
        "新能源汽车", "现代农业科技", "农业科技", "生物育种", "化工新材料", "高新技术", "电子信息", "节能环保", "资源与环境",
    ];

    public static bool? IsTech(string? fieldText)
    {
        if (string.IsNullOrWhiteSpace(fieldText)) return null;
        var t = Extraction.LabelText.Compact(fieldText);
        foreach (var phrase in NonTechPhrases) t = t.Replace(phrase, " ", StringComparison.OrdinalIgnoreCase);
        foreach (var word in TechWords)
        {
            if (word.All(char.IsAsciiLetter))
            {
                // Latin abbreviations only as whole tokens, so 「FAIR」 or an English company word is not 「AI」.
                if (System.Text.RegularExpressions.Regex.IsMatch(t, $@"(?<![A-Za-z]){word}(?![A-Za-z])")) return true;
            }
            else if (t.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
