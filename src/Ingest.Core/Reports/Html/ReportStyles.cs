namespace ZcIngest.Core.Reports.Html;

/// <summary>
/// The page's only style sheet, inline: the report is one file a reviewer can mail, archive or print, so it loads
/// nothing (no web fonts: the CJK fonts of the reviewer's machine, Noto/WenQuanYi on ours). Colours are backed
/// by words and symbols so a black-and-white print loses nothing.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 1100px; padding: 16px 20px 32px; color: #1f2328; background: #fff;
               font-family: "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", sans-serif;
               font-size: 14px; line-height: 1.5; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #1f2328; break-after: avoid; }
        .meta { color: #444; margin: 0; }
        .meta b { color: #1f2328; }
        .verdict { margin: 14px 0 6px; padding: 12px 16px; border: 3px solid; border-radius: 6px; break-inside: avoid; }
        .verdict .word { font-size: 44px; font-weight: 700; letter-spacing: 6px; line-height: 1.2; }
        .verdict ul { margin: 6px 0 0; padding-left: 20px; }
        .verdict-pass { border-color: #1a7f37; background: #eaf7ee; } .verdict-pass .word { color: #1a7f37; }
        .verdict-fail { border-color: #cf222e; background: #fdecec; } .verdict-fail .word { color: #cf222e; }
        .verdict-needs_review { border-color: #b35900; background: #fff4e0; } .verdict-needs_review .word { color: #b35900; }
        .counts { color: #444; margin: 4px 0 0; }
        table { width: 100%; border-collapse: collapse; margin: 4px 0 8px; table-layout: auto; }
        table.rules, table.discrepancies, table.flags, table.documents, table.fields { table-layout: fixed; }
        thead { display: table-header-group; }
        th, td { border: 1px solid #b8bec6; padding: 4px 6px; vertical-align: top; text-align: left;
                 overflow-wrap: anywhere; word-break: break-word; }
        th { background: #eef1f4; font-weight: 600; white-space: nowrap; }
        tr { break-inside: avoid; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        .small { font-size: 12px; color: #555; }
        .quote { display: block; margin-top: 2px; padding: 2px 6px; border-left: 3px solid #b8bec6; background: #f6f8fa;
                 font-size: 12px; color: #333; white-space: pre-wrap; }
        .value { font-weight: 600; font-size: 15px; }
        .status { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 700; white-space: nowrap; }
        .status-pass { color: #1a7f37; background: #dafbe1; }
        .status-fail { color: #fff; background: #cf222e; }
        .status-warn { color: #7a4100; background: #ffd8a8; }
        .status-missing { color: #7a4100; background: #fff1c2; border: 1px dashed #b35900; }
        .status-manual { color: #0a3069; background: #ddf4ff; }
        tr.row-fail td { background: #fff5f5; }
        .sev-high { color: #cf222e; font-weight: 700; } .sev-medium { color: #b35900; font-weight: 600; } .sev-low { color: #555; }
        .low { background: #fff1c2; outline: 1px dashed #b35900; }
        .low-mark { display: inline-block; margin-left: 4px; padding: 0 4px; font-size: 12px; font-weight: 700; color: #7a4100;
                    background: #ffd8a8; border-radius: 3px; }
        .side { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
        .side > div { border: 1px solid #d0d7de; border-radius: 4px; padding: 4px 6px; }
        .side .label { font-size: 12px; color: #555; }
        .error { color: #cf222e; }
        .none { color: #555; font-style: italic; }
        ul.plain { margin: 4px 0; padding-left: 20px; }
        code { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 12px; }
        footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid #b8bec6; font-size: 12px; color: #555; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { font-size: 13pt; }
          .verdict .word { font-size: 30pt; }
          table { font-size: 9pt; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
