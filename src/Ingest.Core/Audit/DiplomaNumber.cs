using ZcIngest.Core.Records;

namespace ZcIngest.Core.Audit;

/// <summary>
/// 毕业证书编号 (学历证书电子注册号) of ordinary and adult higher education, 18 digits since 2003: school code (5),
/// 办学类型 (1: 1 普通, 5 成人, 6 自考/学历文凭, 7 网络), year (4), 培养层次 (2: 01 博士研究生, 02 硕士研究生,
/// 04 第二学士学位, 05 本科, 06 专科含高职), the school's serial (6). Self-study diplomas and numbers from
/// 2001–2002 follow other layouts (17 digits) and are not judged here.
/// </summary>
public static class DiplomaNumber
{
    private static readonly string[] KnownLevels = ["01", "02", "04", "05", "06"];

    public static IReadOnlyList<string> LevelCodes(EducationLevel level) => level switch
    {
        EducationLevel.Doctor => ["01"],
        EducationLevel.Master => ["02"],
        EducationLevel.Bachelor => ["04", "05"],
        EducationLevel.College => ["06"],
        _ => [],
    };

    /// <summary>
    /// The level an 18-digit number encodes, for a diploma whose own level words the scan lost; null for any other
    /// shape or an unknown code.
    /// </summary>
    public static EducationLevel? LevelOf(string number) =>
        number.Length == 18 && number.All(char.IsAsciiDigit)
            ? number.Substring(10, 2) switch
            {
                "01" => EducationLevel.Doctor, "02" => EducationLevel.Master, "04" or "05" => EducationLevel.Bachelor,
                "06" => EducationLevel.College, _ => null,
            }
            : null;

    public static string LevelName(string code) => code switch
    {
        "01" => "博士研究生", "02" => "硕士研究生", "04" => "第二学士学位", "05" => "本科", "06" => "专科", _ => "未知层次",
    };

    /// <summary>Whether the number agrees with the year and level stated on the same diploma; either may be unknown.</summary>
    public static CodeCheck Check(string raw, int? statedYear, EducationLevel? statedLevel)
    {
        var code = IdentifierText.Compact(raw);
        if (code.Length != 18 || !code.All(char.IsAsciiDigit)) return new CodeCheck(CheckOutcome.Malformed, code);
        var year = int.Parse(code.AsSpan(6, 4));
        var level = code.Substring(10, 2);
        var problems = new List<string>();
        if (statedYear is { } y && y != year)
            problems.Add($"编号第7至10位年份为{year}，证书所载毕业年份为{y}");
        if (statedLevel is { } l && LevelCodes(l) is { Count: > 0 } codes && !codes.Contains(level))
            problems.Add($"编号第11至12位层次代码为{level}（{LevelName(level)}），证书所载层次为{LevelWord(l)}");
        else if (statedLevel is null && !KnownLevels.Contains(level))
            problems.Add($"编号第11至12位层次代码{level}不是有效的培养层次代码");
        return problems.Count == 0
            ? new CodeCheck(CheckOutcome.Valid, code)
            : new CodeCheck(CheckOutcome.Invalid, code, Reason: string.Join("；", problems));
    }

    private static string LevelWord(EducationLevel level) => level switch
    {
        EducationLevel.Doctor => "博士研究生", EducationLevel.Master => "硕士研究生", EducationLevel.Bachelor => "本科",
        EducationLevel.College => "专科", _ => "其他",
    };
}
