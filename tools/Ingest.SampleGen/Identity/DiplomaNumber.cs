using ZcIngest.Core.Records;

namespace ZcIngest.SampleGen.Identity;

/// <summary>
/// 毕业证书编号 (学历证书电子注册号), 18 digits: school code (5), 办学类型 (1: 1 普通, 5 成人, 6 自考, 7 网络),
/// graduation year (4), 培养层次 (2: 01 博士, 02 硕士, 04 第二学士, 05 本科, 06 专科), the school's sequence (6).
/// </summary>
public static class DiplomaNumber
{
    public static string LevelCode(EducationLevel level) => level switch
    {
        EducationLevel.Doctor => "01",
        EducationLevel.Master => "02",
        EducationLevel.Bachelor => "05",
        EducationLevel.College => "06",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "no diploma number for this level"),
    };

    public static string Generate(Rng rng, string schoolCode, char schoolingType, int year, EducationLevel level) =>
        $"{schoolCode}{schoolingType}{year:0000}{LevelCode(level)}{rng.Digits(6)}";

    /// <summary>Whether the number agrees with the year and level printed on the same diploma.</summary>
    public static bool Agrees(string number, int year, EducationLevel level) =>
        number.Length == 18 && number.All(char.IsAsciiDigit)
        && number.Substring(6, 4) == year.ToString("0000") && number.Substring(10, 2) == LevelCode(level);

    /// <summary>
    /// A number that contradicts its own diploma: the year digits say another year, or the level digits another
    /// level, the way a number copied from a colleague's certificate or mistyped looks.
    /// </summary>
    public static string Contradict(string valid, EducationLevel level, Rng rng)
    {
        if (rng.Chance(0.5))
        {
            var year = int.Parse(valid.Substring(6, 4)) + rng.Pick(new[] { -3, -2, 2, 3 });
            return valid[..6] + year.ToString("0000") + valid[10..];
        }
        var other = level == EducationLevel.College ? "05" : "06";
        return valid[..10] + other + valid[12..];
    }
}

