using System.Globalization;

namespace ZcIngest.Core.Audit;

/// <summary>
/// 公民身份号码 of GB 11643-1999: 地址码 (6) + 出生日期码 (8, YYYYMMDD) + 顺序码 (3) + 校验码 (1). The check
/// character follows ISO 7064 MOD 11-2: weights 2^(18−i) mod 11 (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), and
/// Σ mod 11 = 0…10 gives 1 0 X 9 8 7 6 5 4 3 2.
/// </summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string Checks = "10X98765432";

    public static char? CheckCharacter(string first17)
    {
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit)) return null;
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return Checks[sum % 11];
    }

    /// <summary>The birth date the number encodes, or null when those digits are not a real date.</summary>
    public static DateOnly? BirthDate(string code) =>
        code.Length >= 14 && DateOnly.TryParseExact(code.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d) ? d : null;

    /// <param name="asOf">When given, a birth date after it (or more than 120 years before it) is invalid.</param>
    public static CodeCheck Check(string raw, DateOnly? asOf = null)
    {
        var code = IdentifierText.Compact(raw);
        if (code.Length != 18 || !code[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(code[17]) || code[17] == 'X'))
            return new CodeCheck(CheckOutcome.Malformed, code);
        var expected = CheckCharacter(code[..17])!.Value;
        if (BirthDate(code) is not { } birth)
            return new CodeCheck(CheckOutcome.Invalid, code, expected, $"出生日期码{code.Substring(6, 8)}不是有效日期");
        if (asOf is { } day && (birth > day || birth < day.AddYears(-120)))
            return new CodeCheck(CheckOutcome.Invalid, code, expected, $"出生日期{birth:yyyy-MM-dd}不合理");
        return expected == code[17]
            ? new CodeCheck(CheckOutcome.Valid, code, expected)
            : new CodeCheck(CheckOutcome.Invalid, code, expected, $"校验码应为{expected}，实为{code[17]}");
    }

    public static bool IsValid(string raw) => Check(raw).IsValid;
}
