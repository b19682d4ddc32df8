namespace ZcIngest.Core.Normalisation;

/// <summary>
/// The administrative divisions of the provinces whose bureaus use the product (山西, 河南, 新疆; prefecture-level
/// cities of each, and their districts and counties where the policies' cities lie), after GB/T 2260. An address
/// read by OCR is checked against them: a division name one character off a real one under the same parent
/// (许昌市融州市 → 禹州市, 太原市查花岭区 → 杏花岭区) is the real one misread. Names outside this list are left alone.
/// </summary>
public static class AdministrativeDivisions
{
    private static readonly string[] Data =
    [
        "山西省>太原市 大同市 阳泉市 长治市 晋城市 朔州市 晋中市 运城市 忻州市 临汾市 吕梁市",
        "太原市>小店区 迎泽区 杏花岭区 尖草坪区 万柏林区 晋源区 清徐县 阳曲县 娄烦县 古交市",
        "大同市>新荣区 平城区 云冈区 云州区 阳高县 天镇县 广灵县 灵丘县 浑源县 左云县",
        "阳泉市>城区 矿区 郊区 平定县 盂县",
        "长治市>潞州区 上党区 屯留区 潞城区 襄垣县 平顺县 黎城县 壶关县 长子县 武乡县 沁县 沁源县",
        "晋城市>城区 沁水县 阳城县 陵川县 泽州县 高平市",
        "朔州市>朔城区 平鲁区 山阴县 应县 右玉县 怀仁市",
        "晋中市>榆次区 太谷区 榆社县 左权县 和顺县 昔阳县 寿阳县 祁县 平遥县 灵石县 介休市",
        "运城市>盐湖区 临猗县 万荣县 闻喜县 稷山县 新绛县 绛县 垣曲县 夏县 平陆县 芮城县 永济市 河津市",
        "忻州市>忻府区 定襄县 五台县 代县 繁峙县 宁武县 静乐县 神池县 五寨县 岢岚县 河曲县 保德县 偏关县 原平市",
        "临汾市>尧都区 曲沃县 翼城县 襄汾县 洪洞县 古县 安泽县 浮山县 吉县 乡宁县 大宁县 隰县 永和县 蒲县 汾西县 侯马市 霍州市",
        "吕梁市>离石区 文水县 交城县 兴县 临县 柳林县 石楼县 岚县 方山县 中阳县 交口县 孝义市 汾阳市",
        "河南省>郑州市 开封市 洛阳市 平顶山市 安阳市 鹤壁市 新乡市 焦作市 濮阳市 许昌市 漯河市 三门峡市 南阳市 商丘市 信阳市 周口市 驻马店市 济源市",
        "郑州市>中原区 二七区 管城回族区 金水区 上街区 惠济区 中牟县 巩义市 荥阳市 新密市 新郑市 登封市",
        "许昌市>魏都区 建安区 鄢陵县 襄城县 禹州市 长葛市",
        "新疆维吾尔自治区>乌鲁木齐市 克拉玛依市 吐鲁番市 哈密市 昌吉回族自治州 博尔塔拉蒙古自治州 巴音郭楞蒙古自治州 阿克苏地区 " +
            "克孜勒苏柯尔克孜自治州 喀什地区 和田地区 伊犁哈萨克自治州 塔城地区 阿勒泰地区 石河子市 阿拉尔市 图木舒克市 五家渠市",
        "乌鲁木齐市>天山区 沙依巴克区 新市区 水磨沟区 头屯河区 达坂城区 米东区 乌鲁木齐县",
        "克拉玛依市>独山子区 克拉玛依区 白碱滩区 乌尔禾区",
        "昌吉回族自治州>昌吉市 阜康市 呼图壁县 玛纳斯县 奇台县 吉木萨尔县 木垒哈萨克自治县",
    ];

    private static readonly Dictionary<string, string[]> Children = Data
        .Select(line => line.Split('>'))
        .ToDictionary(p => p[0], p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Divisions with no parent in the list: where an address may start.</summary>
    private static readonly string[] Roots = Children.Keys.Where(k => !Children.Values.Any(v => v.Contains(k))).ToArray();

    /// <summary>
    /// The address with a division name (province, city, county, in that order from its start) that is one character
    /// off exactly one real name under its parent replaced by that name — when the level next to it confirms it: a
    /// repaired county needs its city read exactly, a repaired city or province needs the next name read exactly
    /// (「长沙市岳麓区」 is no misread 长治市). A name that is unknown or close to two real names stops the repair.
    /// </summary>
    public static string Repair(string address)
    {
        var chain = new List<(int At, string Name, bool Exact)>();
        var at = 0;
        // An address may leave out its province (「太原市小店区…」): the cities of every province may stand first.
        IEnumerable<string> candidates = Roots.Concat(Roots.SelectMany(r => Children[r]));
        while (chain.Count < 3 && Pick(address, at, candidates.ToArray()) is { } m)
        {
            chain.Add((at, m.Name, m.Exact));
            at += m.Name.Length;
            if (!Children.TryGetValue(m.Name, out var next)) break;
            candidates = next;
        }
        // A misread name is confirmed by an exact one somewhere under it, every level between being misread names
        // confirmed the same way (「出西省翔州市朔城区」: 朔城区 confirms 朔州市, which confirms 山西省); the deepest
        // level, with nothing under it, needs its parent exact.
        var anchoredBelow = new bool[chain.Count];
        for (var i = chain.Count - 2; i >= 0; i--) anchoredBelow[i] = chain[i + 1].Exact || anchoredBelow[i + 1];
        var result = address;
        for (var i = 0; i < chain.Count; i++)
        {
            var (start, name, exact) = chain[i];
            if (exact) continue;
            var confirmed = anchoredBelow[i] || (i == chain.Count - 1 && i > 0 && chain[i - 1].Exact);
            if (!confirmed) break;
            result = result[..start] + name + result[(start + name.Length)..];
        }
        return result;
    }

    /// <summary>
    /// The name standing at <paramref name="at"/>: exact, else the only one a character off; of several a character
    /// off (翔州市: 朔州市 or 忻州市), the only one with a division read exactly right after it (朔城区).
    /// </summary>
    private static (string Name, bool Exact)? Pick(string text, int at, string[] names)
    {
        var found = Candidates(text, at, names);
        if (found.Count == 1) return found[0];
        var under = found.Where(f => Children.TryGetValue(f.Name, out var next)
            && Candidates(text, at + f.Name.Length, next) is [{ Exact: true }]).ToList();
        return under.Count == 1 ? under[0] : null;
    }

    /// <summary>Names standing at <paramref name="at"/>: the exact one, or all one character off (the suffix 市/区/县 exact).</summary>
    private static List<(string Name, bool Exact)> Candidates(string text, int at, string[] names)
    {
        foreach (var name in names.OrderByDescending(n => n.Length))
            if (string.CompareOrdinal(text, at, name, 0, name.Length) == 0) return [(name, true)];
        var found = new List<(string Name, bool Exact)>();
        foreach (var name in names)
        {
            if (name.Length < 3 || at + name.Length > text.Length || text[at + name.Length - 1] != name[^1]) continue;
            var differences = 0;
            for (var i = 0; i < name.Length - 1 && differences < 2; i++)
                if (text[at + i] != name[i]) differences++;
            if (differences == 1 && !found.Any(f => f.Name == name)) found.Add((name, false));
        }
        return found;
    }
}
