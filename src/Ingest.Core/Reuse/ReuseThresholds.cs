namespace ZcIngest.Core.Reuse;

/// <summary>
/// Where "the same document" begins, measured on the sample scans and the generated corpus (see the tests of
/// PageImageHasher and TextFingerprint and bench/reuse for the distributions the numbers come from).
/// </summary>
public static class ReuseThresholds
{
    /// <summary>
    /// Largest Hamming distance (of 256 bits) between two hashes of one page re-encoded, turned and cropped, when the
    /// page's words do not contradict the match. Measured: copies 0–30 (mean 5), other documents of one template 4–76
    /// (mean 26), so the image alone cannot tell template siblings apart; their digits can.
    /// </summary>
    public const int SamePageDistance = 32;
    /// <summary>The same for pages without readable text on either side, where nothing can veto: near-identical only.</summary>
    public const int SamePageDistanceWithoutText = 10;
    /// <summary>Smallest estimated Jaccard similarity of all shingles for the same text.</summary>
    public const double SameTextAll = 0.80;
    /// <summary>Smallest similarity of the digit-bearing shingles (dates, areas, numbers) for the same text.</summary>
    public const double SameTextVariable = 0.60;
    /// <summary>Text with too few digits to judge them (short letters): only a near-identical wording is the same.</summary>
    public const double SameTextAllWithoutDigits = 0.92;
    /// <summary>
    /// Pages that look alike are the same document only if their digits agree at least this much. Measured on the
    /// samples: copies 0.84–1.0, documents of one template by other applicants 0–0.28 (licences, diplomas, leases).
    /// </summary>
    public const double ImageMatchMinTextVariable = 0.50;
    /// <summary>
    /// …and, whenever both pages have words, their words must agree at least this much as well. Measured on 150
    /// corpus500 submissions: copies 0.83–1.0; diplomas and letters of one template by other people 0.24–0.61 (their
    /// few digits — the template's printed dates — agreed, their names and numbers did not).
    /// </summary>
    public const double ImageMatchMinTextAllWithDigits = 0.70;
    /// <summary>…or, with too few digits to judge (letters of appointment), if their words agree this much (siblings ≤ 0.56).</summary>
    public const double ImageMatchMinTextAll = 0.80;
}
