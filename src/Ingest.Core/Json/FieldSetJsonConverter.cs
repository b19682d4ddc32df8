using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Json;

/// <summary>
/// Reads and writes the <c>fields</c> object, checking each value against its key's kind: a record whose
/// <c>total_area_sqm</c> is a text is rejected with a message naming the field, not silently misjudged.
/// </summary>
public sealed class FieldSetJsonConverter : JsonConverter<FieldSet>
{
    public override FieldSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("'fields' must be an object");
        var set = new FieldSet();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!FieldKeys.TryGet(name, out var key))
            {
                set.Unknown[name] = JsonNode.Parse(ref reader);
                continue;
            }
            if (reader.TokenType == JsonTokenType.Null) continue;
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException($"field '{name}' must be an object with 'declared' and/or 'evidence'");
            var entry = JsonSerializer.Deserialize<FieldEntry>(ref reader, options)!;
            Check(key, "declared", entry.Declared);
            Check(key, "evidence", entry.Evidence);
            set[key] = entry;
        }
        return set;
    }

    private static void Check(FieldKey key, string side, FieldValue? value)
    {
        if (value?.Value is not { } v) return;
        var ok = key.Kind switch
        {
            ValueKind.Date => v.IsDate,
            ValueKind.Text => v.IsText,
            ValueKind.Enum => v.IsText && key.EnumValues.Contains(v.Text!),
            _ => v.IsNumber,
        };
        if (ok) return;
        var expected = key.Kind switch
        {
            ValueKind.Date => "a date written YYYY-MM-DD",
            ValueKind.Text => "a text",
            ValueKind.Enum => "one of " + string.Join(", ", key.EnumValues),
            _ => $"a number ({key.Unit})",
        };
        throw new JsonException($"field '{key.Name}' {side}.value must be {expected}, not '{v}'");
    }

    public override void Write(Utf8JsonWriter writer, FieldSet value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, entry) in value)
        {
            writer.WritePropertyName(key.Name);
            JsonSerializer.Serialize(writer, entry, options);
        }
        foreach (var (name, node) in value.Unknown)
        {
            writer.WritePropertyName(name);
            if (node is null) writer.WriteNullValue(); else node.WriteTo(writer, options);
        }
        writer.WriteEndObject();
    }
}
