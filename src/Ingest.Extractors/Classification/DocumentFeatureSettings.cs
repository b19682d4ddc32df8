namespace ZcIngest.Extractors.Classification;

/// <summary>How text and layout become features. Saved inside the model file: a model is only valid with its own settings.</summary>
public sealed record DocumentFeatureSettings
{
    public int HashBits { get; init; } = 18;
    public int MinNgram { get; init; } = 1;
    public int MaxNgram { get; init; } = 3;
    /// <summary>Non-empty lines at the top of the first page hashed apart as the title (申请表, 租赁合同…).</summary>
    public int TitleLines { get; init; } = 3;
    public double TitleWeight { get; init; } = 0.8;
    /// <summary>Body text beyond this many characters is ignored: the first pages say what a document is.</summary>
    public int MaxBodyChars { get; init; } = 6000;
    public double LayoutWeight { get; init; } = 1.0;
}
