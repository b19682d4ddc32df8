namespace ZcIngest.Core.Normalisation;

/// <summary>
/// Whole counts of people, companies, events: 12人, 十二家, 12个, 共12名. A count with a fraction or a minus
/// sign is impossible and refused. Only a classifier may follow the figure: 「12家企业」 carries a noun that
/// belongs to the label, and is refused so the extractor hands over the value alone.
/// </summary>
public static class CountParser
{
    private static readonly string[] Prefixes = ["共计", "合计", "总计", "总共", "共"];
    private static readonly string[] Classifiers =
        ["人次", "场次", "个", "人", "名", "位", "家", "项", "场", "次", "户", "支", "件", "套", "台", "间", "期"];

    public static Parsed<long> Parse(string raw)
    {
        var cleaned = ValueText.Prepare(raw, checkHedges: true, dropRemark: true, out var failure);
        if (cleaned is null) return Parsed<long>.Fail(raw, failure);

        var number = StripPrefix(cleaned);
        foreach (var classifier in Classifiers)
        {
            if (!number.EndsWith(classifier, StringComparison.Ordinal)) continue;
            number = number[..^classifier.Length];
            break;
        }
        if (!NumberParser.TryRead(number, out var value)) return Parsed<long>.Fail(raw, ParseFailure.Unrecognised);
        if (value < 0 || value != decimal.Truncate(value) || value > long.MaxValue)
            return Parsed<long>.Fail(raw, ParseFailure.Invalid);
        return Parsed<long>.Success((long)value, raw);
    }

    private static string StripPrefix(string text)
    {
        foreach (var prefix in Prefixes)
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return text[prefix.Length..].TrimStart(':', ' ');
        return text;
    }
}
