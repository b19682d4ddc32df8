namespace ZcIngest.SampleGen.Identity;

/// <summary>公民身份号码 of GB 11643-1999: region (6), birth date (8), sequence (3, odd for men), check digit.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string Checks = "10X98765432";

    public static char CheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return Checks[sum % 11];
    }

    public static bool IsValid(string id) =>
        id.Length == 18 && id[..17].All(char.IsAsciiDigit) && CheckDigit(id[..17]) == id[17];

    public static string Generate(Rng rng, string regionCode, DateOnly birth, bool male)
    {
        var seq = rng.Between(0, 49) * 2 + (male ? 1 : 0);
        var body = $"{regionCode}{birth:yyyyMMdd}{rng.Between(0, 9)}{seq:00}";
        return body + CheckDigit(body);
    }

    public static string Corrupt(string valid)
    {
        var i = Checks.IndexOf(valid[17]);
        return valid[..17] + Checks[(i + 3) % Checks.Length];
    }
}
