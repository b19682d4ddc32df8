namespace ZcIngest.Core.Normalisation;

/// <summary>
/// The surnames most Han Chinese carry (the 360 or so most frequent single characters, after the published frequency
/// rankings, and the common compound ones). A scanned name that starts with none of them (净唱 for 阎晶, 能起 for 熊霞,
/// 奢刚 for 龚刚) is far more likely a misreading than a person: it is a reading to check, never evidence of another
/// person. Rare real surnames exist, so this only ever lowers trust in a scan's reading; it never rejects a typed name.
/// </summary>
public static class ChineseSurnames
{
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
        + "金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
        + "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
        + "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑"
        + "郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
        + "盖练廉禹井祖漆巴丰支卿狄索宣晋扈晁芮阙浦戈伏鹿薄邸雍辜裘亓修邰赫杭况宿印逯隆茹诸战慕危嵇湛宾戎茅利揭尉檀衣昝衡尧赖洪丘畅";

    private static readonly HashSet<char> SingleSet = [.. Single];

    private static readonly string[] Compound =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒",
        "端木", "南宫", "独孤", "西门", "申屠", "轩辕", "呼延", "万俟", "澹台", "闻人", "第五", "百里", "东郭", "钟离",
    ];

    /// <summary>
    /// Whether a Han name of two or three characters starts with a common surname. Longer names and names with 「·」
    /// (transliterated Uyghur, Kazakh or Tibetan names, which have no surname in this sense) are not judged: true.
    /// </summary>
    public static bool StartsPlausibly(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length is < 2 or > 3 || compact.Contains('·') || compact.Contains('•')) return true;
        return SingleSet.Contains(compact[0]) || Compound.Any(c => compact.StartsWith(c, StringComparison.Ordinal));
    }
}
