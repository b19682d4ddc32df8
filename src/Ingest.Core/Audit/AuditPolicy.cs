namespace ZcIngest.Core.Audit;

/// <summary>
/// The thresholds of the audit checks, in one place with how they were chosen: a wrong flag on a genuine submission costs a reviewer's trust, so every check
/// that reads a scan stays silent when the scan is too poor to be sure what it says.
/// </summary>
public sealed record AuditPolicy
{
    /// <summary>
    /// A scanned page whose mean word confidence is below this is flagged low_ocr_confidence. Measured on 267
    /// OCR pages (sample-docs and seven corpus500 submissions): the three degraded scans the truth flags read at
    /// 0.00 (nothing recognisable), the poorest ordinary page at 0.61, the next at 0.77. 0.50 leaves room on the
    /// ordinary side, where a real blurred page with partial text would fall below it.
    /// </summary>
    public double LowPageConfidence { get; init; } = 0.50;

    /// <summary>
    /// A scanned page on which OCR found no word and whose image bears less ink than this (<see cref="PageInk"/>) is a
    /// blank page — a closing page with only a seal and a signature — not a scan too poor to read: nothing to flag.
    /// Measured on the page images of the dev30 and new30 read caches (session 6): the eight degraded scans the truth
    /// flags 0.23–0.26, ordinary text pages 0.017–0.09, the one near-blank seal page 0.004.
    /// </summary>
    public double BlankPageInk { get; init; } = 0.01;

    /// <summary>
    /// A check digit or date read only from a scan is trusted when the words it was read from reach this
    /// confidence; below it a failed check is more likely a misread character than a forgery, and nothing is said.
    /// </summary>
    public double TrustedValueConfidence { get; init; } = 0.80;

    /// <summary>
    /// The same for the all-digit identifiers read from a scan — 身份证号 and a diploma's 证书编号 — judged on the
    /// confidence of the number's own word (see <see cref="AuditInput.CodeConfidence"/>). Lower, because a misread
    /// digit seldom leaves a number that still has the shape the check needs (an ID's real birth date; 18 digits):
    /// OCR more often drops or merges digits than swaps one, and Tesseract scores correct digit runs low. Measured
    /// on the OCR pages of corpus500 files in the shared read caches (session 5): of 285 ID-shaped words on rosters,
    /// 280 passed the check (57 of them read below 0.70, 43 below 0.50) and the 5 that failed were exactly the 5 the
    /// truth plants (read at 0.70–0.91); of 21 diploma numbers read below 0.80, 20 agree with their diploma's year and
    /// level words and the one that does not is a planted one. Credit codes keep <see cref="TrustedValueConfidence"/>:
    /// their letters are misread (one genuine license read at 0.62 failed its check). 0.60 is the extractors' own line
    /// between a kept value and a low-confidence one (<c>ValueReader.LowConfidenceThreshold</c>).
    /// </summary>
    public double TrustedDigitCodeConfidence { get; init; } = 0.60;

    /// <summary>
    /// The same for dates, lower: a date is checked against its calendar as it is parsed, so a misread digit more
    /// often gives no date at all than another valid one. On 150 corpus500 submissions the 0.80 bar left 8 of 29 leases
    /// signed before registration unflagged, their license dates read at 0.62–0.81 (session 3).
    /// </summary>
    public double TrustedDateConfidence { get; init; } = 0.70;

    /// <summary>A lease ending within this many days after the application date leaves no term to speak of.</summary>
    public int LeaseEndingSoonDays { get; init; } = 30;

    public static AuditPolicy Default { get; } = new();
}
