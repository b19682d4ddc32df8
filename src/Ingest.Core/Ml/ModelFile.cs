using System.Runtime.InteropServices;
using System.Text.Json;
using ZcIngest.Core.Json;

namespace ZcIngest.Core.Ml;

/// <summary>What produced a model: the exact command, the corpus and its seed, when, and with which settings.</summary>
public sealed record ModelProvenance
{
    public string Command { get; init; } = "";
    public string? Corpus { get; init; }
    public int? CorpusSeed { get; init; }
    public int? SplitSeed { get; init; }
    public DateTimeOffset TrainedAt { get; init; }
    public double TrainingSeconds { get; init; }
    public Dictionary<string, JsonElement> Settings { get; init; } = new();
}

/// <summary>
/// A saved model artefact: one or more named softmax models (e.g. <c>document</c> and <c>page</c>) with
/// their feature settings, provenance and evaluation figures, in one JSON file. Weights are base64 of
/// little-endian float32 so the file stays a few megabytes and reloads bit-exact.
/// </summary>
public sealed class ModelFile
{
    public const string FormatName = "zcingest.softmax-models";
    public const int CurrentFormatVersion = 1;

    public string Format { get; init; } = FormatName;
    public int FormatVersion { get; init; } = CurrentFormatVersion;
    /// <summary>What the model is for, e.g. <c>document-classifier</c> or <c>risk-score</c>.</summary>
    public string Kind { get; init; } = "";
    public ModelProvenance Provenance { get; init; } = new();
    /// <summary>The featuriser's settings, which must be the same when the model is used.</summary>
    public JsonElement? FeatureSettings { get; init; }
    public JsonElement? Evaluation { get; init; }
    public Dictionary<string, SerializedSoftmax> Models { get; init; } = new();

    public string ToJson() => JsonSerializer.Serialize(this, IngestJson.Options);

    public static ModelFile FromJson(string json)
    {
        ModelFile file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(json, IngestJson.Options)
                   ?? throw new InvalidDataException("model file is JSON null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("model file is not valid JSON: " + e.Message, e);
        }
        if (file.Format != FormatName) throw new InvalidDataException($"not a model file (format '{file.Format}')");
        if (file.FormatVersion != CurrentFormatVersion)
            throw new InvalidDataException($"model format version {file.FormatVersion} is not supported (expected {CurrentFormatVersion})");
        return file;
    }

    public SoftmaxModel Model(string name) =>
        Models.TryGetValue(name, out var m) ? m.ToModel() : throw new InvalidDataException($"model file has no model '{name}'");

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, IngestJson.Options);
}

public sealed class SerializedSoftmax
{
    public List<string> Classes { get; init; } = [];
    public int FeatureCount { get; init; }
    public string FeatureIds { get; init; } = "";
    public string Weights { get; init; } = "";
    public List<float> Bias { get; init; } = [];

    public static SerializedSoftmax From(SoftmaxModel model) => new()
    {
        Classes = model.Classes.ToList(),
        FeatureCount = model.FeatureIds.Length,
        FeatureIds = Convert.ToBase64String(ToLittleEndianBytes<int>(model.FeatureIds)),
        Weights = Convert.ToBase64String(ToLittleEndianBytes<float>(model.Weights)),
        Bias = model.Bias.ToList(),
    };

    public SoftmaxModel ToModel()
    {
        try
        {
            var ids = FromLittleEndianBytes<int>(Convert.FromBase64String(FeatureIds));
            var weights = FromLittleEndianBytes<float>(Convert.FromBase64String(Weights));
            if (ids.Length != FeatureCount) throw new InvalidDataException("model file: feature count does not match its ids");
            return new SoftmaxModel(Classes, ids, weights, Bias.ToArray());
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("model file: weights are not valid base64", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("model file: " + e.Message, e);
        }
    }

    private static byte[] ToLittleEndianBytes<T>(T[] values) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        return MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
    }

    private static T[] FromLittleEndianBytes<T>(byte[] bytes) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (bytes.Length % size != 0) throw new InvalidDataException("model file: weight data is truncated");
        return MemoryMarshal.Cast<byte, T>(bytes).ToArray();
    }
}
