namespace ZcIngest.Core.Reuse;

/// <summary>
/// Where "the same document" begins, measured on the sample scans and the generated corpus (see the tests of
/// PageImageHasher and TextFingerprint and bench/reuse for the distributions the numbers come from).
/// </summary>
public static class ReuseThresholds
{
    /// <summary>Largest Hamming distance (of 256 bits) between two hashes of one page scanned or re-encoded twice.</summary>
    public const int SamePageDistance = 40;
    /// <summary>Smallest estimated Jaccard similarity of all shingles for the same text.</summary>
    public const double SameTextAll = 0.80;
    /// <summary>Smallest similarity of the digit-bearing shingles (dates, areas, numbers) for the same text.</summary>
    public const double SameTextVariable = 0.60;
    /// <summary>Text with too few digits to judge them (short letters): only a near-identical wording is the same.</summary>
    public const double SameTextAllWithoutDigits = 0.92;
    /// <summary>Pages that look alike are the same document only if their OCR'd words are not mostly different.</summary>
    public const double ImageMatchMinTextAll = 0.50;
    /// <summary>Below this, the digits clearly differ: two pages that look alike are siblings of one template.</summary>
    public const double DifferentTextVariable = 0.30;
}
