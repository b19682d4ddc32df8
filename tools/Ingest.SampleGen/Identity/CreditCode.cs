namespace ZcIngest.SampleGen.Identity;

/// <summary>统一社会信用代码 of GB 32100-2015: 18 characters, the last a check character over the first 17.</summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static char CheckCharacter(string first17)
    {
        if (first17.Length != 17) throw new ArgumentException("need the first 17 characters", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i]);
            if (v < 0) throw new ArgumentException($"'{first17[i]}' is not a credit-code character", nameof(first17));
            sum += v * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    public static bool IsValid(string code) =>
        code.Length == 18 && code.All(c => Alphabet.Contains(c)) && CheckCharacter(code[..17]) == code[17];

    /// <summary>A valid code for a company (登记管理部门 9 工商, 机构类别 1 企业) registered in <paramref name="regionCode"/>.</summary>
    public static string Generate(Rng rng, string regionCode)
    {
        var org = new char[8];
        for (var i = 0; i < 8; i++) org[i] = Alphabet[rng.Next(0, i == 0 ? 10 : Alphabet.Length)];
        var body = "91" + regionCode + new string(org) + OrgCheck(org);
        return body + CheckCharacter(body);
    }

    /// <summary>The same code with its check character replaced by a wrong one: what a typo or a forgery looks like.</summary>
    public static string Corrupt(string valid, Rng rng)
    {
        char wrong;
        do wrong = Alphabet[rng.Next(0, Alphabet.Length)]; while (wrong == valid[17]);
        return valid[..17] + wrong;
    }

    // GB 11714 organisation code check digit, so the embedded 主体标识码 is itself plausible.
    private static char OrgCheck(char[] org)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = org[i];
            var v = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrgWeights[i];
        }
        var c9 = 11 - sum % 11;
        return c9 switch { 10 => 'X', 11 => '0', _ => (char)('0' + c9) };
    }
}
