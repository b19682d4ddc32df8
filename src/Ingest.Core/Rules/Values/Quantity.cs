using System.Globalization;

namespace ZcIngest.Core.Rules.Values;

/// <summary>
/// An exact number kept as a fraction, so that "2/3 以上" or a lease of 4 years and 364/365 compares exactly
/// instead of through a rounded decimal. The denominator is always positive.
/// </summary>
public readonly record struct Quantity(decimal Numerator, decimal Denominator) : IComparable<Quantity>
{
    public static Quantity Of(decimal value) => new(value, 1m);

    public int CompareTo(Quantity other)
    {
        try
        {
            return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
        }
        catch (OverflowException)
        {
            // Only absurd inputs (near 10^28) get here; their order is still clear in doubles.
            return ((double)Numerator / (double)Denominator).CompareTo((double)other.Numerator / (double)other.Denominator);
        }
    }

    public decimal ToDecimal()
    {
        try
        {
            return Numerator / Denominator;
        }
        catch (OverflowException)
        {
            var v = (double)Numerator / (double)Denominator;
            return v >= 7.9e28 ? decimal.MaxValue : v <= -7.9e28 ? decimal.MinValue : (decimal)v;
        }
    }

    /// <summary>The value in percent, truncated to two decimals, for showing a ratio.</summary>
    public decimal Percent()
    {
        try
        {
            return new Quantity(Numerator * 100m, Denominator).Truncated(2);
        }
        catch (OverflowException)
        {
            return ToDecimal() >= 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>Cut (not rounded) to <paramref name="places"/> decimals, so a failing 4.997 never shows as 5.</summary>
    public decimal Truncated(int places)
    {
        var value = ToDecimal();
        if (Math.Abs(value) > 1e20m) return decimal.Truncate(value);
        var scale = (decimal)Math.Pow(10, places);
        return decimal.Truncate(value * scale) / scale;
    }

    /// <summary>Parses a threshold text: <c>"90%"</c>, <c>"2/3"</c> or a plain number.</summary>
    public static bool TryParse(string text, out Quantity quantity)
    {
        quantity = default;
        var t = text.Trim();
        if (t.EndsWith('%'))
        {
            if (!decimal.TryParse(t[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var pct)) return false;
            quantity = new Quantity(pct, 100m);
            return true;
        }
        var slash = t.IndexOf('/');
        if (slash > 0)
        {
            if (!decimal.TryParse(t[..slash], NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
                || !decimal.TryParse(t[(slash + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                || d <= 0) return false;
            quantity = new Quantity(n, d);
            return true;
        }
        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) return false;
        quantity = Of(v);
        return true;
    }
}
