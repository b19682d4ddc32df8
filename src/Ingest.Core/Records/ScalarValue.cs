using System.Globalization;

namespace ZcIngest.Core.Records;

/// <summary>
/// A normalised value: a number (in the unit its key names), a date or a text/enum code. JSON shape:
/// number → JSON number, date → "YYYY-MM-DD", text → string.
/// </summary>
public readonly record struct ScalarValue
{
    private ScalarValue(decimal? number, DateOnly? date, string? text)
    {
        Number = number;
        Date = date;
        Text = text;
    }

    public decimal? Number { get; }
    public DateOnly? Date { get; }
    public string? Text { get; }

    public bool IsNumber => Number.HasValue;
    public bool IsDate => Date.HasValue;
    public bool IsText => Text is not null;

    public static ScalarValue Of(decimal number) => new(number, null, null);
    public static ScalarValue Of(DateOnly date) => new(null, date, null);
    public static ScalarValue Of(string text) => new(null, null, text);

    public override string ToString() =>
        Number is { } n ? n.ToString(CultureInfo.InvariantCulture)
        : Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Text ?? "";
}
