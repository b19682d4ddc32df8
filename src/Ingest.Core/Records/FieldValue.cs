using System.Text.Json.Serialization;

namespace ZcIngest.Core.Records;

/// <summary>A box in page coordinates: left, top, right, bottom (points for text layers, pixels for scans).</summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;
    public double Height => Y1 - Y0;
}

/// <summary>
/// One value of one field, with where it was found. <see cref="Value"/> is null when the text could not be
/// parsed; <see cref="Raw"/> then keeps what was read so nothing is lost and nothing is guessed.
/// </summary>
public sealed record FieldValue
{
    /// <summary>
    /// OCR confidence under which a value is kept but marked <see cref="LowConfidence"/> for a person to check; the
    /// extractors that mark values and the reviewer's page that shows them draw the same line.
    /// </summary>
    public const double LowConfidenceThreshold = 0.6;

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public ScalarValue? Value { get; init; }
    [JsonPropertyName("document_id")] public string? DocumentId { get; init; }
    public int? Page { get; init; }
    public Box? Box { get; init; }
    public string? Snippet { get; init; }
    public double? Confidence { get; init; }
    /// <summary>The text as read, kept when it differs from the normalised value or could not be parsed.</summary>
    public string? Raw { get; init; }
    /// <summary>True when the value comes from OCR below the trust threshold: kept, but a person should look.</summary>
    [JsonPropertyName("low_confidence")] public bool? LowConfidence { get; init; }
}

/// <summary>What the application form states and what the supporting documents prove, for one key.</summary>
public sealed record FieldEntry
{
    public FieldValue? Declared { get; init; }
    public FieldValue? Evidence { get; init; }
}
