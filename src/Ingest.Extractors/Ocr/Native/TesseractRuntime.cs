using System.Runtime.InteropServices;

namespace ZcIngest.Extractors.Ocr.Native;

/// <summary>
/// Start-up check of what in-process OCR needs: the two native libraries and the traineddata files,
/// each failure naming the Debian package that provides it.
/// </summary>
public static class TesseractRuntime
{
    /// <summary>Where Debian's tesseract-ocr-* language packs install their files.</summary>
    public const string DebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";

    private static readonly (string Language, string Package)[] KnownPacks =
    [
        ("chi_sim", "tesseract-ocr-chi-sim"),
        ("eng", "tesseract-ocr-eng"),
        ("osd", "tesseract-ocr-osd"),
    ];

    /// <summary>TESSDATA_PREFIX when set (as Tesseract itself honours it), else Debian's folder.</summary>
    public static string DefaultDataPath()
    {
        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        return string.IsNullOrWhiteSpace(prefix) ? DebianTessdata : prefix;
    }

    /// <summary>Throws <see cref="OcrUnavailableException"/> naming the package to install.</summary>
    /// <param name="languages">Tesseract language string, e.g. <c>chi_sim+eng</c>; osd is always required.</param>
    public static void EnsureAvailable(string dataPath, string languages)
    {
        NativeEnvironment.PrepareForTesseract();
        EnsureLibrary(LeptApi.Library, "liblept5");
        EnsureLibrary(TessApi.Library, "libtesseract5");
        // Leptonica prints every decoding error to stderr; the caller turns failures into clear messages instead.
        LeptApi.setMsgSeverity(LeptApi.SeverityNone);
        foreach (var language in languages.Split('+', StringSplitOptions.RemoveEmptyEntries).Append("osd").Distinct())
        {
            var file = Path.Combine(dataPath, language + ".traineddata");
            if (File.Exists(file)) continue;
            var package = KnownPacks.FirstOrDefault(p => p.Language == language).Package
                          ?? "tesseract-ocr-" + language.Replace('_', '-');
            throw new OcrUnavailableException(
                $"OCR not available：缺少文字识别语言包 {language}.traineddata（{dataPath}），请安装 apt 软件包 {package}");
        }
    }

    public static string Version()
    {
        EnsureLibrary(TessApi.Library, "libtesseract5");
        return Marshal.PtrToStringUTF8(TessApi.TessVersion()) ?? "";
    }

    private static void EnsureLibrary(string soname, string package)
    {
        if (!NativeLibrary.TryLoad(soname, out _))
            throw new OcrUnavailableException(
                $"OCR not available：找不到文字识别库 {soname}，请安装 apt 软件包 {package}（scripts/install-native.sh）");
    }
}
