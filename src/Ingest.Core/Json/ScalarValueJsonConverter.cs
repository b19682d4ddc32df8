using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Json;

/// <summary>number ↔ JSON number, date ↔ "YYYY-MM-DD", text ↔ string.</summary>
public sealed class ScalarValueJsonConverter : JsonConverter<ScalarValue>
{
    public override ScalarValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return ScalarValue.Of(reader.GetDecimal());
            case JsonTokenType.String:
                var s = reader.GetString()!;
                return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? ScalarValue.Of(d)
                    : ScalarValue.Of(s);
            case JsonTokenType.True or JsonTokenType.False:
                return ScalarValue.Of(reader.GetBoolean() ? "true" : "false");
            default:
                throw new JsonException($"a value must be a number, a date or a text, not {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, ScalarValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } n) writer.WriteNumberValue(Trim(n));
        else if (value.Date is { } d) writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteStringValue(value.Text);
    }

    /// <summary>800.00 → 800, so values read back the way a person wrote them.</summary>
    private static decimal Trim(decimal n) => n / 1.0000000000000000000000000000m;
}

/// <summary>A box as <c>[x0, y0, x1, y1]</c>.</summary>
public sealed class BoxJsonConverter : JsonConverter<Box>
{
    public override Box Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonSerializer.Deserialize<double[]>(ref reader, options);
        if (values is not { Length: 4 }) throw new JsonException("a box must be an array of four numbers [x0, y0, x1, y1]");
        return new Box(values[0], values[1], values[2], values[3]);
    }

    public override void Write(Utf8JsonWriter writer, Box value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(Math.Round(value.X0, 2));
        writer.WriteNumberValue(Math.Round(value.Y0, 2));
        writer.WriteNumberValue(Math.Round(value.X1, 2));
        writer.WriteNumberValue(Math.Round(value.Y1, 2));
        writer.WriteEndArray();
    }
}
