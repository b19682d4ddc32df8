using System.Runtime.InteropServices;

namespace ZcIngest.Extractors.Ocr.Native;

/// <summary>
/// The part of Tesseract 5.3's C API (include/tesseract/capi.h; Debian <c>libtesseract5</c>, soname
/// libtesseract.so.5) the OCR engine uses. BOOL is int; enums are int. Strings returned as char* are
/// owned by the caller and freed with TessDeleteText.
/// </summary>
internal static partial class TessApi
{
    public const string Library = "libtesseract.so.5";

    public const int OemTesseractOnly = 0;
    public const int OemLstmOnly = 1;

    public const int PsmAuto = 3;
    public const int PsmSingleBlock = 6;
    public const int PsmSingleLine = 7;

    public const int RilBlock = 0;
    public const int RilPara = 1;
    public const int RilTextline = 2;
    public const int RilWord = 3;

    // The static constructor runs before the first P/Invoke of this class loads libtesseract (and libgomp).
    static TessApi() => NativeEnvironment.PrepareForTesseract();

    [LibraryImport(Library)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(IntPtr handle, string datapath, string language, int oem);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(IntPtr handle, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(IntPtr handle, int mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(IntPtr handle, IntPtr pix);

    /// <summary>Restricts recognition to a rectangle of the image set; result boxes stay in image coordinates.</summary>
    [LibraryImport(Library)]
    public static partial void TessBaseAPISetRectangle(IntPtr handle, int left, int top, int width, int height);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(IntPtr handle, int ppi);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(IntPtr handle, IntPtr monitor);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetUTF8Text(IntPtr handle);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIMeanTextConf(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIEnd(IntPtr handle);

    /// <summary>orient_deg: detected clockwise rotation of the input image; script_name is static, not freed.</summary>
    [LibraryImport(Library)]
    public static partial int TessBaseAPIDetectOrientationScript(IntPtr handle, out int orientDeg,
        out float orientConf, out IntPtr scriptName, out float scriptConf);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetIterator(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(IntPtr handle);

    /// <summary>The same object seen as a page iterator: not to be deleted separately.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetPageIterator(IntPtr handle);

    [LibraryImport(Library)]
    public static partial int TessResultIteratorNext(IntPtr handle, int level);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr handle, int level);

    /// <summary>0–100.</summary>
    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(IntPtr handle, int level);

    [LibraryImport(Library)]
    public static partial void TessPageIteratorBegin(IntPtr handle);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorIsAtBeginningOf(IntPtr handle, int level);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorBoundingBox(IntPtr handle, int level,
        out int left, out int top, out int right, out int bottom);

    [LibraryImport(Library)]
    public static partial IntPtr TessMonitorCreate();

    [LibraryImport(Library)]
    public static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetDeadlineMSecs(IntPtr monitor, int deadline);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetCancelFunc(IntPtr monitor, IntPtr cancelFunc);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetCancelThis(IntPtr monitor, IntPtr cancelThis);

    /// <summary>Copies a char* Tesseract allocated and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero) return "";
        try { return Marshal.PtrToStringUTF8(text) ?? ""; }
        finally { TessDeleteText(text); }
    }
}
