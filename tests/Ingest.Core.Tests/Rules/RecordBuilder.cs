using System.Globalization;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Tests.Rules;

/// <summary>
/// Builds records from compact text: <c>"total_area_sqm=500"</c> is a declared value, <c>"evidence:total_area_sqm=450"</c>
/// an evidence value, <c>"doc:lease_contract"</c> a readable document of that type. Numbers, ISO dates and codes are
/// told apart by their shape.
/// </summary>
public static class RecordBuilder
{
    public static SubmissionRecord Build(params string[] items) => Build((IEnumerable<string>)items);

    public static SubmissionRecord Build(IEnumerable<string> items)
    {
        var record = new SubmissionRecord { SubmissionId = "T" };
        var n = 0;
        foreach (var item in items)
        {
            if (item.StartsWith("doc:", StringComparison.Ordinal))
            {
                DocumentTypes.TryParse(item[4..], out var type);
                record.Documents.Add(new DocumentEntry { DocumentId = $"d{++n}", File = $"{item[4..]}.pdf", Type = type });
                continue;
            }
            var evidence = item.StartsWith("evidence:", StringComparison.Ordinal);
            var text = evidence ? item["evidence:".Length..] : item;
            var eq = text.IndexOf('=');
            var key = FieldKeys.Get(text[..eq]);
            var value = new FieldValue { Value = Parse(text[(eq + 1)..]) };
            if (evidence) record.Fields.SetEvidence(key, value);
            else record.Fields.SetDeclared(key, value);
        }
        return record;
    }

    private static ScalarValue Parse(string raw)
    {
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return ScalarValue.Of(d);
        if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return ScalarValue.Of(n);
        return ScalarValue.Of(raw);
    }
}
