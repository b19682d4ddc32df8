using System.Runtime.InteropServices;

namespace ZcIngest.Extractors.Ocr.Native;

/// <summary>
/// The few Leptonica 1.82 functions the OCR path needs (Debian <c>liblept5</c>, soname liblept.so.5).
/// Prototypes from leptonica's allheaders.h; l_int32 = int, l_float32 = float, l_ok = int (0 = ok).
/// </summary>
internal static partial class LeptApi
{
    public const string Library = "liblept.so.5";

    /// <summary>IFF_PNG in imageio.h.</summary>
    public const int IffPng = 3;
    /// <summary>L_SEVERITY_NONE in environ.h: Leptonica prints nothing to stderr.</summary>
    public const int SeverityNone = 6;

    static LeptApi() => NativeEnvironment.PrepareForTesseract();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr pixRead(string filename);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr pixReadTiff(string filename, int n);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixReadHeader(string filename, out int format, out int w, out int h,
        out int bps, out int spp, out int iscmap);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixWrite(string filename, IntPtr pix, int format);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref IntPtr ppix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetDepth(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(IntPtr pix, int xres, int yres);

    /// <summary>Another reference to the same image (reference-counted), freed by its own pixDestroy.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixClone(IntPtr pixs);

    [LibraryImport(Library)]
    public static partial IntPtr pixConvertTo8(IntPtr pixs, int cmapflag);

    /// <summary>quads: number of 90° clockwise rotations (0–3).</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixRotateOrth(IntPtr pixs, int quads);

    /// <summary>
    /// Returns a deskewed copy, or a clone of pixs (the same pointer, one more reference) when the skew
    /// is too small or too uncertain to correct. angle = rotation that deskews, clockwise positive.
    /// </summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixFindSkewAndDeskew(IntPtr pixs, int redsearch, out float angle, out float conf);

    /// <summary>1 bpp: pixels darker than threshold become black.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixConvertTo1(IntPtr pixs, int threshold);

    /// <summary>pixs 1 bpp; angle in degrees (clockwise positive) that deskews, conf the sweep's confidence. 0 = ok.</summary>
    [LibraryImport(Library)]
    public static partial int pixFindSkew(IntPtr pixs, out float angle, out float conf);

    /// <summary>angle in radians, clockwise positive; width/height 0 keep the size.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixRotate(IntPtr pixs, float angle, int type, int incolor, int width, int height);

    /// <summary>L_ROTATE_AREA_MAP and L_BRING_IN_WHITE in pix.h, as pixDeskew uses them.</summary>
    public const int RotateAreaMap = 2;
    public const int BringInWhite = 1;

    [LibraryImport(Library)]
    public static partial int setMsgSeverity(int newsev);

    /// <summary>The raster: rows of <see cref="pixGetWpl"/> 32-bit words; an 8 bpp pixel x is byte (x ^ 3) of the row on little-endian hosts.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixGetData(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetWpl(IntPtr pix);

    /// <summary>1 bpp morphology, e.g. "o80.1" (opening with an 80×1 brick); a new image, or 0.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr pixMorphSequence(IntPtr pixs, string sequence, int dispsep);

    /// <summary>pixd = pixs1 | pixs2 when pixd is 0 (a new image).</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixOr(IntPtr pixd, IntPtr pixs1, IntPtr pixs2);

    /// <summary>A new 1 bpp image without the connected components (4 or 8) that touch its edge, or 0.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixRemoveBorderConnComps(IntPtr pixs, int connectivity);

    /// <summary>pixd = pixs1 XOR pixs2 when pixd is 0 (a new image).</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixXor(IntPtr pixd, IntPtr pixs1, IntPtr pixs2);

    /// <summary>Sets pixd's pixels under the 1 bpp mask's ON pixels to val (255 = white for 8 bpp). 0 = ok.</summary>
    [LibraryImport(Library)]
    public static partial int pixSetMasked(IntPtr pixd, IntPtr pixm, uint val);

    /// <summary>A new copy of pixs (pixd 0).</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixCopy(IntPtr pixd, IntPtr pixs);
    /// <summary>pixd = NOT pixs when pixd is 0 (a new image).</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixInvert(IntPtr pixd, IntPtr pixs);

    /// <summary>Bounding boxes (a BOXA, freed with boxaDestroy) of the 1 bpp image's connected components; connectivity 4 or 8.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixConnCompBB(IntPtr pixs, int connectivity);

    [LibraryImport(Library)]
    public static partial int boxaGetCount(IntPtr boxa);

    [LibraryImport(Library)]
    public static partial int boxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int w, out int h);

    [LibraryImport(Library)]
    public static partial void boxaDestroy(ref IntPtr pboxa);

    [LibraryImport(Library)]
    public static partial IntPtr boxCreate(int x, int y, int w, int h);

    [LibraryImport(Library)]
    public static partial void boxDestroy(ref IntPtr pbox);

    /// <summary>The part of pixs inside box (a new image; pboxc may be 0).</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixClipRectangle(IntPtr pixs, IntPtr box, IntPtr pboxc);

    /// <summary>A new image with npix pixels of val (255 = white for 8 bpp) added on every side.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixAddBorder(IntPtr pixs, int npix, uint val);

    /// <summary>A new image scaled by the factors; 8 bpp images are upscaled by linear interpolation.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr pixScale(IntPtr pixs, float scalex, float scaley);

    /// <summary>ON pixels of a 1 bpp image; tab8 may be 0. 0 = ok.</summary>
    [LibraryImport(Library)]
    public static partial int pixCountPixels(IntPtr pixs, out int count, IntPtr tab8);
}

/// <summary>Owns one Leptonica PIX reference; disposing calls pixDestroy (reference-counted).</summary>
internal sealed class Pix : IDisposable
{
    private IntPtr _handle;

    private Pix(IntPtr handle) => _handle = handle;

    public IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(Pix));
    public int Width => LeptApi.pixGetWidth(Handle);
    public int Height => LeptApi.pixGetHeight(Handle);
    public int Depth => LeptApi.pixGetDepth(Handle);

    /// <summary>Null when Leptonica returned no image.</summary>
    public static Pix? Wrap(IntPtr handle) => handle == IntPtr.Zero ? null : new Pix(handle);

    public void Dispose()
    {
        if (_handle == IntPtr.Zero) return;
        LeptApi.pixDestroy(ref _handle);
        _handle = IntPtr.Zero;
    }
}
