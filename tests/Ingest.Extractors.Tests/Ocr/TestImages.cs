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

    /// <summary>Known text of a sparse signature page: a few short lines on an otherwise empty sheet.</summary>
    public static readonly string[] SignatureLines =
    [
        "三、申报单位意见",
        "本单位承诺所填报材料及所附附件真实、准确、有效。",
        "负责人：贾建杰",
        "太原汇智科技发展有限公司（盖章）",
        "2024年3月15日",
    ];

    /// <summary>
    /// An A4 page at 100 dpi holding only <see cref="SignatureLines"/>, fed into the scanner upside down: too little
    /// text at too low a resolution for Tesseract's orientation detection to be sure (it says 180° at confidence 0.9).
    /// </summary>
    public string SparseUpsideDown(string name)
    {
        var target = PathOf(name);
        if (File.Exists(target)) return target;
        Convert("-size", "827x1169", "xc:white", "-font", Font, "-pointsize", "15", "-interline-spacing", "10",
            "-annotate", "+90+160", string.Join('\n', SignatureLines), "-background", "white", "-rotate", "180.6",
            "-colorspace", "Gray", "-blur", "0x0.5", "-alpha", "off", "-depth", "8", "-density", "100", "-units", "PixelsPerInch", target);
        return target;
    }

    /// <summary>Rows of a ruled two-column table (label | value), as licences and forms print them.</summary>
    public static readonly (string Label, string Value)[] TableRows =
    [
        ("名    称", "太原汇智科技发展有限公司"),
        ("法定代表人", "张伟明"),
        ("成立日期", "2019年3月15日"),
        ("住    所", "山西省太原市小店区长治路88号"),
    ];

    /// <summary>A 150-dpi greyscale scan of <see cref="TableRows"/> with every cell bordered.</summary>
    public string RuledTable(string name)
    {
        var target = PathOf(name);
        if (File.Exists(target)) return target;
        const int left = 60, split = 330, right = 1540, top = 60, rowHeight = 70;
        var args = new List<string> { "-size", "1600x420", "xc:white", "-stroke", "black", "-strokewidth", "3", "-fill", "none" };
        for (var r = 0; r <= TableRows.Length; r++)
            args.AddRange(["-draw", $"line {left},{top + r * rowHeight} {right},{top + r * rowHeight}"]);
        foreach (var x in new[] { left, split, right })
            args.AddRange(["-draw", $"line {x},{top} {x},{top + TableRows.Length * rowHeight}"]);
        args.AddRange(["-stroke", "none", "-fill", "black", "-font", Font, "-pointsize", "30"]);
        for (var r = 0; r < TableRows.Length; r++)
        {
            var y = top + r * rowHeight + 47;
            args.AddRange(["-annotate", $"+{left + 20}+{y}", TableRows[r].Label, "-annotate", $"+{split + 20}+{y}", TableRows[r].Value]);
        }
        args.AddRange(["-colorspace", "Gray", "-blur", "0x0.5", "-alpha", "off", "-depth", "8", "-density", "150", "-units", "PixelsPerInch", target]);
        Convert([.. args]);
        return target;
    }

    /// <summary>
    /// A 150-dpi greyscale crop of a form row: a figure in a value cell right after the cell's left border, which is
    /// no longer than the row is high (too short for a page's rule finder), with a ¥ written close before a second figure.
    /// </summary>
    public string FigureCells(string name, string cellFigure, string amount)
    {
        var target = PathOf(name);
        if (File.Exists(target)) return target;
        Convert("-size", "700x120", "xc:white", "-stroke", "black", "-strokewidth", "3",
            "-draw", "line 20,20 300,20", "-draw", "line 20,90 300,90", "-draw", "line 100,20 100,90",
            "-stroke", "none", "-fill", "black", "-font", Font, "-pointsize", "30",
            "-annotate", "+106+68", cellFigure, "-annotate", "+360+68", "¥" + amount,
            "-colorspace", "Gray", "-blur", "0x0.5", "-alpha", "off", "-depth", "8", "-density", "150", "-units", "PixelsPerInch", target);
        return target;
    }

    /// <summary>One printed line of Chinese with a figure in it (「房屋建筑面积966平方米」), 150 dpi, text from x = 20, baseline 68.</summary>
    public string TextLine(string name, string text)
    {
        var target = PathOf(name);
        if (File.Exists(target)) return target;
        Convert("-size", "900x120", "xc:white", "-fill", "black", "-font", Font, "-pointsize", "30",
            "-annotate", "+20+68", text,
            "-colorspace", "Gray", "-blur", "0x0.5", "-alpha", "off", "-depth", "8", "-density", "150", "-units", "PixelsPerInch", target);
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
