namespace ZcIngest.Extractors.Ocr;

/// <summary>Settings of the in-process OCR service (bound by name from configuration by hosts).</summary>
public sealed record OcrOptions
{
    /// <summary>Engines, i.e. pages recognised in parallel; each holds its own loaded model.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
    /// <summary>Folder with the traineddata files; null: TESSDATA_PREFIX or Debian's folder.</summary>
    public string? DataPath { get; init; }
    /// <summary>
    /// chi_sim alone: its model reads Latin letters and digits too (credit codes, certificate numbers), and adding
    /// eng made Tesseract read short Chinese names as Latin gibberish (唐若曦 → RAR) while costing ~40 % more time.
    /// </summary>
    public string Languages { get; init; } = "chi_sim";
    public bool DetectOrientation { get; init; } = true;
    /// <summary>
    /// When orientation detection runs. <see cref="OrientationCheck.WhenDoubtful"/> (the default) recognises
    /// first and runs OSD only on pages whose result looks wrong (low confidence, or lines running
    /// vertically), then recognises the turned page again: upright pages, nearly all of them, pay nothing.
    /// <see cref="OrientationCheck.Always"/> runs OSD before every recognition (≈0.25 s more per A4 page).
    /// </summary>
    public OrientationCheck OrientationCheck { get; init; } = OrientationCheck.WhenDoubtful;
    /// <summary>Mean word confidence under which a page counts as doubtful (upright text scores ≈0.9, upside-down ≈0.3).</summary>
    public double DoubtfulConfidence { get; init; } = 0.6;
    /// <summary>
    /// Tesseract's OSD confidence below which a page is left as it is: a wrong turn ruins a page, a missed
    /// one only a rare upside-down scan.
    /// </summary>
    public double MinOrientationConfidence { get; init; } = 2.0;
    public bool Deskew { get; init; } = true;
    /// <summary>Leptonica's skew-sweep confidence needed to straighten a page (its own default, 3, misses most Chinese pages).</summary>
    public double MinSkewConfidence { get; init; } = 1.5;
    /// <summary>Lines holding a doubtful word are read again enlarged by this factor (<see cref="LineRereader"/>); 1 turns it off.</summary>
    public double LineRereadScale { get; init; } = 1.5;
    /// <summary>Tesseract variables set on every engine after its defaults (e.g. thresholding_method), for tuning runs.</summary>
    public IReadOnlyDictionary<string, string> TesseractVariables { get; init; } = new Dictionary<string, string>();
    /// <summary>Recognition of one page stops after this long (a hostile or huge image cannot hold a worker).</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>Images claiming more pixels are refused before decoding.</summary>
    public long MaxImagePixels { get; init; } = 120_000_000;
}

public enum OrientationCheck { WhenDoubtful, Always }
