using System.Text.RegularExpressions;
using ZcIngest.Core.Normalisation;

namespace ZcIngest.Core.Audit;

public enum NameAgreement { Same, LikelyOcrSlip, Different }

/// <summary>
/// Whether a name on a supporting document (license holder, lessee, account holder) is the operator. Legal-form
/// spellings, brackets, width and spaces are folded by <see cref="CompanyNames"/>; a name read from a scan may
/// differ by a few misread characters without being another company, while a person's name, an entity 「（筹）」
/// or a partnership differs in kind, and is never excused as a misreading.
/// </summary>
public static partial class OrganisationNames
{
    /// <summary>One misread character per this many characters of name is excused on a scan, at most <see cref="MaxSlips"/>.</summary>
    private const int CharactersPerSlip = 6;
    private const int MaxSlips = 3;

    public static string Key(string name)
    {
        var key = CompanyNames.ForComparison(name)
            .Replace('〈', '(').Replace('〉', ')').Replace('《', '(').Replace('》', ')').Replace('<', '(').Replace('>', ')');
        key = SealMark().Replace(key, "");
        return key.TrimEnd('。', ',', ';', ':', '、', '.');
    }

    /// <param name="poorlyRead">The scan's words under the name were recognised with low confidence: twice the slips are excused.</param>
    public static NameAgreement Compare(string operatorName, string other, bool eitherFromOcr, bool poorlyRead = false)
    {
        var a = Key(operatorName);
        var b = Key(other);
        if (a.Length == 0 || b.Length == 0 || a == b) return NameAgreement.Same;
        // A table row read as one line (「户名账号币种存款余额许昌…有限公司」): the operator's name whole, behind labels.
        if (b.Contains(a, StringComparison.Ordinal) && NotNames.Any(label => b.Replace(a, "").Contains(label, StringComparison.Ordinal)))
            return NameAgreement.Same;
        // A name cut at the end of a line or cell: 「…管理有限」 for 「…管理有限公司」.
        if (IsCutLegalForm(a, b) || IsCutLegalForm(b, a)) return NameAgreement.Same;
        if (!eitherFromOcr || LooksLikePerson(b) || LooksLikePerson(a) || a.Length < 6) return NameAgreement.Different;
        if (Form(a) != Form(b)) return NameAgreement.Different;
        var perSlip = poorlyRead ? CharactersPerSlip / 2 : CharactersPerSlip;
        var allowed = Math.Min(poorlyRead ? MaxSlips + 1 : MaxSlips, Math.Max(1, Math.Min(a.Length, b.Length) / perSlip));
        // Slips fall here and there; a run of differing characters is another name's own words (许昌筑梦桃源… against
        // 许昌众联数智…: the trade name whole), however few they are.
        if (a.Length == b.Length && LongestDifferingRun(a, b) >= DifferingRunOfAnotherName) return NameAgreement.Different;
        // One word of trade for another (许昌凌云物业服务… against 许昌凌云创业服务…): another company in the same group or
        // street, however few characters differ — a scan's slip leaves no other word of trade.
        if (a.Length == b.Length && TradeWordsDiffer(a, b)) return NameAgreement.Different;
        return EditDistance.Between(a, b, allowed) <= allowed ? NameAgreement.LikelyOcrSlip : NameAgreement.Different;
    }

    private const int DifferingRunOfAnotherName = 3;

    /// <summary>Whether, where the two names differ, each spells a different word of trade (物业 and 创业, 科技 and 投资).</summary>
    private static bool TradeWordsDiffer(string a, string b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            var inA = TradeWordAt(a, i);
            var inB = TradeWordAt(b, i);
            if (inA is not null && inB is not null && inA != inB) return true;
        }
        return false;
    }

    /// <summary>The word of trade that covers position <paramref name="i"/> of the name, null when none does.</summary>
    private static string? TradeWordAt(string name, int i)
    {
        foreach (var word in TradeWords)
            for (var start = Math.Max(0, i - word.Length + 1); start <= i && start + word.Length <= name.Length; start++)
                if (string.CompareOrdinal(name, start, word, 0, word.Length) == 0) return word;
        return null;
    }

    /// <summary>Words that say what a company does, as registered names put them before the legal form.</summary>
    private static readonly string[] TradeWords =
    [
        "物业", "创业", "科技", "投资", "咨询", "管理", "孵化", "文化", "教育", "信息", "网络", "软件", "技术", "贸易", "商贸",
        "实业", "置业", "地产", "房地产", "建设", "建筑", "工程", "传媒", "广告", "电子", "智能", "数据", "医药", "生物", "能源",
        "环保", "农业", "物流", "金融", "资产", "发展", "服务", "运营", "产业", "创新", "孵化器", "众创", "商务", "会展", "旅游",
    ];

    private static int LongestDifferingRun(string a, string b)
    {
        int longest = 0, run = 0;
        for (var i = 0; i < a.Length; i++)
        {
            run = a[i] == b[i] ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>A bare personal name (2–4 Han characters, or a minority name with 「·」): the legal representative himself, not the company.</summary>
    /// <summary>
    /// Whether a name ends the way an organisation's registered name does (…有限公司, …中心, …合伙企业): one read from a
    /// scan that does not (「卓越汇智投资管理有限合」) is cut or misread at its end.
    /// </summary>
    public static bool EndsLikeOrganisation(string name) => OrganisationEnd().IsMatch(Key(name));

    public static bool LooksLikePerson(string key) => PersonName().IsMatch(key) && !NotNames.Contains(key);

    /// <summary>Whether a text read where a party's name belongs can be one: an organisation's name or a person's, not a label or a clause.</summary>
    public static bool IsPlausibleParty(string name)
    {
        var key = Key(name);
        if (key.Length < 2 || NotNames.Contains(key)) return false;
        return LooksLikePerson(key) || OrganisationEnd().IsMatch(key);
    }

    private static bool IsCutLegalForm(string full, string cut) =>
        full.Length > cut.Length && full.StartsWith(cut, StringComparison.Ordinal) && cut.Length >= 6
        && "有限公司".EndsWith(full[cut.Length..], StringComparison.Ordinal);

    /// <summary>The kind of entity a name says it is when that kind cannot be a misreading: a partnership, one being set up, or an ordinary one.</summary>
    private static string Form(string key) =>
        key.EndsWith("(筹)", StringComparison.Ordinal) || key.EndsWith("筹备组", StringComparison.Ordinal) ? "preparing"
        : key.Contains("合伙", StringComparison.Ordinal) ? "partnership"
        : "ordinary"; // a misread 「公同」 for 「公司」 is still a company

    // Labels that sit where a name should be when a layout is misread.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "账号", "帐号", "户名", "账户", "帐户", "户名账号", "开户行", "开户银行", "名称", "单位名称", "姓名", "甲方", "乙方",
        "出租方", "承租方", "盖章", "签字", "法定代表人", "负责人", "地址", "日期", "金额", "币种", "余额",
    };

    // Closed or not: OCR and cell splits often keep 「(盖章」 and drop the closing bracket.
    [GeneratedRegex(@"\((?:盖章|公章|章|签章|签字|签名|盖章处)\)?$|\($")]
    private static partial Regex SealMark();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}$|^[\p{IsCJKUnifiedIdeographs}]{1,6}·[\p{IsCJKUnifiedIdeographs}]{1,8}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?:公司|企业|集团|中心|合作社|研究院|研究所|学院|大学|学校|协会|商会|基金会|事务所|工作室|厂|店|部|社|站|园|局|委员会|\(筹\)|筹备组|\((?:普通|有限)合伙\))$")]
    private static partial Regex OrganisationEnd();
}
