namespace ZcIngest.Extractors.Forensics;

/// <summary>
/// What kind of program wrote a PDF. Only an <see cref="Editor"/> changes an existing PDF as its main use; converters
/// (word-processor export, virtual printers, Distiller), scanners and programming libraries make new PDFs, so their
/// name in Producer or Creator is no sign of an edit.
/// </summary>
public enum PdfToolKind { Unknown, Editor, Converter, Scanner, Library }

public static class PdfTools
{
    /// <summary>
    /// Checked in order, first match wins, so the converter and scanner names of editor vendors
    /// ("Foxit PhantomPDF Printer", "Paper Capture") come before the vendor's editor name.
    /// </summary>
    private static readonly (string Pattern, PdfToolKind Kind)[] Known =
    [
        // Converters and virtual printers of editor vendors: making a PDF, not changing one.
        ("Printer", PdfToolKind.Converter), ("PDFMaker", PdfToolKind.Converter), ("Distiller", PdfToolKind.Converter), ("Adobe PDF Library", PdfToolKind.Converter),
        ("PDF Printer", PdfToolKind.Converter), ("PhantomPDF Printer", PdfToolKind.Converter), ("Foxit Reader Printer", PdfToolKind.Converter),
        ("Foxit PDF Creator", PdfToolKind.Converter), ("PDF-XChange Printer", PdfToolKind.Converter), ("PDF-XChange Standard", PdfToolKind.Converter),
        ("Print To PDF", PdfToolKind.Converter), ("Microsoft: Print", PdfToolKind.Converter), ("PDF24 Creator", PdfToolKind.Converter),
        ("PDFCreator", PdfToolKind.Converter), ("CutePDF", PdfToolKind.Converter), ("doPDF", PdfToolKind.Converter), ("novaPDF", PdfToolKind.Converter),
        ("Bullzip", PdfToolKind.Converter), ("PrimoPDF", PdfToolKind.Converter), ("Quartz PDFContext", PdfToolKind.Converter),
        // Recognition of scans; FineReader and Acrobat's Paper Capture make a searchable copy of a scan.
        ("Paper Capture", PdfToolKind.Scanner), ("FineReader", PdfToolKind.Scanner), ("OCRmyPDF", PdfToolKind.Scanner),
        // Editors: programs people open an existing PDF in to change it.
        ("Acrobat Pro", PdfToolKind.Editor), ("Acrobat Standard", PdfToolKind.Editor), ("Adobe Acrobat", PdfToolKind.Editor),
        ("PhantomPDF", PdfToolKind.Editor), ("Foxit PDF Editor", PdfToolKind.Editor), ("Foxit Advanced PDF Editor", PdfToolKind.Editor),
        ("Foxit Reader", PdfToolKind.Editor), ("Foxit PDF Reader", PdfToolKind.Editor), ("福昕", PdfToolKind.Editor),
        ("WPS PDF", PdfToolKind.Editor), ("金山PDF", PdfToolKind.Editor), ("PDF编辑", PdfToolKind.Editor), ("PDF 编辑", PdfToolKind.Editor),
        ("PDF-XChange Editor", PdfToolKind.Editor), ("PDF-XChange Viewer", PdfToolKind.Editor),
        ("iLovePDF", PdfToolKind.Editor), ("Smallpdf", PdfToolKind.Editor), ("Sejda", PdfToolKind.Editor), ("PDFescape", PdfToolKind.Editor),
        ("PDFelement", PdfToolKind.Editor), ("Wondershare", PdfToolKind.Editor), ("万兴", PdfToolKind.Editor), ("Nitro", PdfToolKind.Editor),
        ("Nuance PDF", PdfToolKind.Editor), ("Power PDF", PdfToolKind.Editor), ("Master PDF Editor", PdfToolKind.Editor),
        ("PDF Expert", PdfToolKind.Editor), ("PDF Editor", PdfToolKind.Editor), ("PDF Candy", PdfToolKind.Editor), ("DocHub", PdfToolKind.Editor),
        ("Xodo", PdfToolKind.Editor), ("pdfFiller", PdfToolKind.Editor), ("迅捷PDF", PdfToolKind.Editor), ("极速PDF", PdfToolKind.Editor),
        ("金闪PDF", PdfToolKind.Editor), ("嗨格式", PdfToolKind.Editor), ("光速PDF", PdfToolKind.Editor), ("PDF24 Editor", PdfToolKind.Editor),
        // Libraries: what programs are built with; they write new files far more often than they patch old ones.
        ("qpdf", PdfToolKind.Library), ("pikepdf", PdfToolKind.Library), ("PyPDF", PdfToolKind.Library), ("pypdf", PdfToolKind.Library),
        ("iText", PdfToolKind.Library), ("PDFsharp", PdfToolKind.Library), ("PDFBox", PdfToolKind.Library), ("pdf-lib", PdfToolKind.Library),
        ("ReportLab", PdfToolKind.Library), ("TCPDF", PdfToolKind.Library), ("FPDF", PdfToolKind.Library), ("mPDF", PdfToolKind.Library),
        ("Ghostscript", PdfToolKind.Library), ("GPL Ghostscript", PdfToolKind.Library), ("MuPDF", PdfToolKind.Library), ("cairo", PdfToolKind.Library),
        ("Skia", PdfToolKind.Library), ("wkhtmltopdf", PdfToolKind.Library), ("pdfTeX", PdfToolKind.Library), ("LuaTeX", PdfToolKind.Library),
        ("xdvipdfmx", PdfToolKind.Library), ("Aspose", PdfToolKind.Library), ("Spire", PdfToolKind.Library), ("PDFium", PdfToolKind.Library),
        // Scanners and phone scanning apps.
        ("ScanSnap", PdfToolKind.Scanner), ("CamScanner", PdfToolKind.Scanner), ("扫描全能王", PdfToolKind.Scanner), ("Scan", PdfToolKind.Scanner),
        ("Canon", PdfToolKind.Scanner), ("EPSON", PdfToolKind.Scanner), ("KONICA", PdfToolKind.Scanner), ("bizhub", PdfToolKind.Scanner),
        ("RICOH", PdfToolKind.Scanner), ("Xerox", PdfToolKind.Scanner), ("Kyocera", PdfToolKind.Scanner), ("TASKalfa", PdfToolKind.Scanner),
        ("Brother", PdfToolKind.Scanner), ("SHARP", PdfToolKind.Scanner), ("Lexmark", PdfToolKind.Scanner), ("Fujitsu", PdfToolKind.Scanner),
        ("FUJIFILM", PdfToolKind.Scanner), ("Panasonic", PdfToolKind.Scanner), ("Toshiba", PdfToolKind.Scanner), ("汉王", PdfToolKind.Scanner),
        ("HP Digital Sending", PdfToolKind.Scanner), ("HP Smart", PdfToolKind.Scanner), ("img2pdf", PdfToolKind.Scanner),
        // Office programs exporting their own documents.
        ("Microsoft", PdfToolKind.Converter), ("Word", PdfToolKind.Converter), ("Excel", PdfToolKind.Converter), ("PowerPoint", PdfToolKind.Converter),
        ("WPS", PdfToolKind.Converter), ("LibreOffice", PdfToolKind.Converter), ("OpenOffice", PdfToolKind.Converter), ("Writer", PdfToolKind.Converter),
        ("永中", PdfToolKind.Converter), ("Pages", PdfToolKind.Converter), ("Chrome", PdfToolKind.Converter), ("Chromium", PdfToolKind.Converter),
    ];

    public static PdfToolKind Classify(string? tool)
    {
        if (string.IsNullOrWhiteSpace(tool)) return PdfToolKind.Unknown;
        foreach (var (pattern, kind) in Known)
            if (tool.Contains(pattern, StringComparison.OrdinalIgnoreCase)) return kind;
        return PdfToolKind.Unknown;
    }

    public static bool IsEditor(string? tool) => Classify(tool) == PdfToolKind.Editor;
}
