namespace ZcIngest.Core.Audit;

/// <summary>
/// 统一社会信用代码 of GB 32100-2015: 登记管理部门 (1) + 机构类别 (1) + 登记管理机关行政区划码 (6 digits) +
/// 主体标识码 (9) + 校验码 (1), from the 31 characters 0-9 A-H J-N P-R T U W-Y (no I O S V Z). The check
/// character is 31 − (Σ value·weight mod 31), with 31 written 0; weight i is 3^(i−1) mod 31.
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character over the first 17 characters, or null when they are not all code characters.</summary>
    public static char? CheckCharacter(string first17)
    {
        if (first17.Length != 17) return null;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i]);
            if (v < 0) return null;
            sum += v * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    public static CodeCheck Check(string raw)
    {
        var code = IdentifierText.Compact(raw);
        // A check character outside the alphabet (Z in the standard's own counter-example) can never be right.
        if (code.Length != 18 || code[..17].Any(c => Alphabet.IndexOf(c) < 0) || !char.IsAsciiLetterOrDigit(code[17]))
            return new CodeCheck(CheckOutcome.Malformed, code);
        // The region part is a GB/T 2260 division code: digits only. A letter there is a structural error.
        if (code.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
            return new CodeCheck(CheckOutcome.Invalid, code, CheckCharacter(code[..17]), "登记管理机关行政区划码（第3至8位）应为6位数字");
        var expected = CheckCharacter(code[..17])!.Value;
        return expected == code[17]
            ? new CodeCheck(CheckOutcome.Valid, code, expected)
            : new CodeCheck(CheckOutcome.Invalid, code, expected, $"校验码应为{expected}，实为{code[17]}");
    }

    public static bool IsValid(string raw) => Check(raw).IsValid;
}
