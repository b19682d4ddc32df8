using System.Diagnostics;

namespace ZcIngest.Extractors.Tests.Ocr;

/// <summary>Renders test scans with ImageMagick from known text, once per test run, into a temp folder.</summary>
public sealed class TestImages : IDisposable
{
    public const string Font = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    /// <summary>Known text of the form scans: what the page was made from.</summary>
    public static readonly string[] FormLines =
    [
        "众创空间备案申请表",
        "运营主体：太原汇智科技发展有限公司",
        "服务场地面积（平方米）：1200",
        "成立日期：2019年3月15日",
        "专职服务人员8人，创业导师12人。",
    ];

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "zc-ocr-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public TestImages() => System.IO.Directory.CreateDirectory(Directory);

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>A noisy 200-dpi greyscale strip of the form text, turned by <paramref name="angle"/> degrees clockwise.</summary>
    public string Form(string name, double angle)
    {
        var target = PathOf(name);
        if (File.Exists(target)) return target;
        Convert("-size", "1400x560", "xc:white", "-font", Font, "-pointsize", "36", "-interline-spacing", "20",
            "-annotate", "+80+90", string.Join('\n', FormLines), "-background", "white", "-rotate", angle.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-colorspace", "Gray", "-blur", "0x0.6", "-seed", "7", "-attenuate", "0.4", "+noise", "Gaussian",
            "-alpha", "off", "-depth", "8", "-density", "200", "-units", "PixelsPerInch", target);
        return target;
    }

    public static void Convert(params string[] args)
    {
        var start = new ProcessStartInfo("convert") { RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("convert failed: " + err);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, true); } catch (IOException) { }
    }
}
