using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr.Native;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// One Tesseract engine (a TessBaseAPI with the language model loaded once, plus a small one for
/// orientation detection). Not thread-safe: one caller at a time; <see cref="OcrService"/> pools them.
/// Every native object made for a page is freed before <see cref="Recognize"/> returns.
/// </summary>
public sealed unsafe class TesseractEngine : IDisposable
{
    private readonly OcrOptions _options;
    private IntPtr _api;
    private IntPtr _osd;
    /// <summary>
    /// Latin-script model for second readings of figures, created on the first one: chi_sim's digits in a crop of a few
    /// glyphs come out empty or misread at most enlargements, eng's read alike (17 as 17, 17, 1 where chi_sim gave 4).
    /// </summary>
    private IntPtr _figures;
    private bool _figuresTried;
    private IntPtr _monitor;
    private GCHandle _self;
    private CancellationToken _token;

    public TesseractEngine(OcrOptions options)
    {
        _options = options;
        var dataPath = options.DataPath ?? TesseractRuntime.DefaultDataPath();
        TesseractRuntime.EnsureAvailable(dataPath, options.Languages);
        try
        {
            _api = CreateApi(dataPath, options.Languages, TessApi.OemLstmOnly);
            if (options.DetectOrientation) _osd = CreateApi(dataPath, "osd", TessApi.OemTesseractOnly);
            // Pages are black text on light paper; skipping Tesseract's re-recognition of every doubtful line
            // as inverted text saves time without losing such pages.
            TessApi.TessBaseAPISetVariable(_api, "tessedit_do_invert", "0");
            foreach (var (name, value) in options.TesseractVariables)
                if (TessApi.TessBaseAPISetVariable(_api, name, value) == 0)
                    throw new ArgumentException($"unknown Tesseract variable {name}", nameof(options));
            TessApi.TessBaseAPISetPageSegMode(_api, TessApi.PsmAuto);
            _monitor = TessApi.TessMonitorCreate();
            _self = GCHandle.Alloc(this);
            TessApi.TessMonitorSetCancelThis(_monitor, GCHandle.ToIntPtr(_self));
            TessApi.TessMonitorSetCancelFunc(_monitor, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, int, byte>)&IsCancelled);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Recognises one page image file; <paramref name="uprightImagePath"/> receives the image the boxes refer to (PNG).</summary>
    public Page Recognize(string imagePath, int pageNumber, string? uprightImagePath, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_api == IntPtr.Zero, this);
        ct.ThrowIfCancellationRequested();
        CheckDeclaredSize(imagePath);
        using var grey = ReadGrey(imagePath);

        var always = _osd != IntPtr.Zero && _options.OrientationCheck == OrientationCheck.Always;
        var rotation = always ? DetectRotation(grey) : 0;
        var attempt = Attempt(grey, pageNumber, rotation, ct);
        if (_osd != IntPtr.Zero && !always && attempt.LooksWrong(_options.DoubtfulConfidence))
        {
            var turn = DetectRotation(attempt.Image);
            // OSD needs enough text at enough resolution: on a 100-dpi scan of a sparse page it has no confidence at
            // all. A page that reads badly is then tried upside down, the commonest way a sheet goes into a scanner
            // wrong, and that try is kept only if it reads clearly better.
            var guessed = turn == 0 && (attempt.Page.OcrConfidence ?? 0) < _options.DoubtfulConfidence;
            if (guessed) turn = 180;
            if (turn != 0)
            {
                var second = Attempt(grey, pageNumber, turn, ct);
                // Sideways text can read as well as upright (Tesseract takes it for vertical writing), but only the
                // turned page has upright boxes: keep it unless it reads clearly worse.
                var margin = guessed ? UpsideDownGain : -0.05;
                if ((second.Page.OcrConfidence ?? 0) >= (attempt.Page.OcrConfidence ?? 0) + margin) (attempt, second) = (second, attempt);
                second.Dispose();
            }
        }
        using (attempt)
        {
            if (uprightImagePath is not null) LeptApi.pixWrite(uprightImagePath, attempt.Image.Handle, LeptApi.IffPng);
            // Only the page kept is worth a second look at its cells: a sideways or upside-down try is thrown away.
            // Both second looks use the rules found for the first read (a morphology pass over the whole page).
            var ruled = attempt.Ruled;
            var page = _options.LineRereadScale > 1 ? WithLinesReread(attempt.Page, ruled?.Unruled ?? attempt.Image, ct) : attempt.Page;
            return ruled is null ? page : WithCellsReread(page, ruled, ct);
        }
    }

    /// <summary>Enlargements a figure is read again at: each reads a misread differently, a clear figure the same.</summary>
    private static readonly double[] SecondReadingScales = [2, 3, 4];

    /// <summary>The language second readings use, when its data is installed (else the page language).</summary>
    private const string FiguresLanguage = "eng";

    /// <summary>
    /// Reads one word of an upright page image (the one <see cref="Recognize"/> wrote) again as figures, at each of
    /// <see cref="SecondReadingScales"/>, thresholded and as scanned: a second opinion on a figure a record depends on.
    /// Whatever ink touches the crop's edge is painted white first: a cell border crossing it (too short for the page's rule finder, it is what
    /// the first reading took for a leading 1: 「10.9」 for 0.9) and the neighbours' glyphs the crop cut into.
    /// </summary>
    /// <returns>One text per version (thresholded, grey) and scale, empty where nothing was read.</returns>
    public IReadOnlyList<string> ReadFigureAgain(string imagePath, Box word, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_api == IntPtr.Zero, this);
        CheckDeclaredSize(imagePath);
        using var grey = ReadGrey(imagePath);
        // Word boxes miss a few pixels of a figure's first stroke now and then: the crop reaches beyond the word, and
        // what of the neighbours it cuts into is then painted out. Half a line above and below keeps the figure's own
        // strokes off the crop's edge.
        var padX = Math.Max(4, word.Height * 0.6);
        var padY = Math.Max(2, word.Height / 2);
        var area = new Box(Math.Max(0, word.X0 - padX), Math.Max(0, word.Y0 - padY),
            Math.Min(grey.Width, word.X1 + padX), Math.Min(grey.Height, word.Y1 + padY));
        using var cropped = CropScaled(grey, area, 0, 1);
        if (cropped is null) return [];
        WithoutCutGlyphs(cropped);
        // Read as scanned and as black on white: each misreads a different glyph now and then (a 5 as 9 once
        // thresholded, a 1 lost in the grey), a clear figure reads the same in both.
        using var binary = Pix.Wrap(LeptApi.pixConvertTo1(cropped.Handle, 150));
        using var thresholded = binary is null ? null : Pix.Wrap(LeptApi.pixConvertTo8(binary.Handle, 0));
        Pix[] versions = thresholded is null ? [cropped] : [thresholded, cropped];
        var api = FiguresApi();
        var readings = new List<string>(SecondReadingScales.Length * versions.Length);
        TessApi.TessBaseAPISetPageSegMode(api, TessApi.PsmSingleLine);
        // Amounts, areas and counts only (no date is read again): a slash would only stand for a thin 7 (2,/02,700.00).
        TessApi.TessBaseAPISetVariable(api, "tessedit_char_whitelist", "0123456789.,");
        try
        {
            foreach (var crop in versions)
            foreach (var scale in SecondReadingScales)
            {
                const int border = 20;
                using var framed = CropScaled(crop, new Box(0, 0, crop.Width, crop.Height), border, scale);
                readings.Add(framed is null ? "" : ReadAsText(api, framed, ct));
            }
        }
        finally
        {
            TessApi.TessBaseAPISetVariable(api, "tessedit_char_whitelist", "");
            TessApi.TessBaseAPISetPageSegMode(api, TessApi.PsmAuto);
        }
        return readings;
    }

    /// <summary>The words <paramref name="api"/> reads in <paramref name="image"/>, joined without spaces (a second reading's text).</summary>
    private string ReadAsText(IntPtr api, Pix image, CancellationToken ct)
    {
        TessApi.TessBaseAPISetImage2(api, image.Handle);
        try
        {
            RunRecognition(api, ct);
            return string.Concat(OcrLayoutReader.Read(api).SelectMany(b => b.Lines).SelectMany(l => l.Words).Select(w => w.Text));
        }
        finally
        {
            TessApi.TessBaseAPIClear(api);
        }
    }

    /// <summary>The image file as an 8-bit grey Pix; a file Leptonica cannot decode is a damaged image.</summary>
    private static Pix ReadGrey(string imagePath)
    {
        using var original = Pix.Wrap(LeptApi.pixRead(imagePath))
            ?? throw new OcrImageException("damaged image：图像文件已损坏或格式不受支持，无法解码");
        return Pix.Wrap(LeptApi.pixConvertTo8(original.Handle, 0))
            ?? throw new OcrImageException("damaged image：图像无法转换为灰度，无法识别");
    }

    /// <summary>Enlargements at which a line is read again with the page's model (1.5 is the line re-reading's own).</summary>
    private static readonly double[] LineAgainScales = [1, 2, 3];

    /// <summary>
    /// Reads one word of an upright page image again as a line, with the page's language and at
    /// <see cref="LineAgainScales"/>: one text per try. For a figure Tesseract joined to the Chinese around it
    /// (「房屋建筑面积66m2」 for 966), which a figures-only reading cannot take apart; read with its words at other
    /// sizes, the same line gives the figure as printed.
    /// </summary>
    public IReadOnlyList<string> ReadLineAgain(string imagePath, Box word, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_api == IntPtr.Zero, this);
        CheckDeclaredSize(imagePath);
        using var grey = ReadGrey(imagePath);
        // The line's own margins, as the line re-reading takes them: a strip of the next line makes single-line
        // mode read nothing.
        var padX = Math.Max(4, word.Height / 2);
        var padY = Math.Max(2, word.Height / 10);
        var area = new Box(Math.Max(0, word.X0 - padX), Math.Max(0, word.Y0 - padY),
            Math.Min(grey.Width, word.X1 + padX), Math.Min(grey.Height, word.Y1 + padY));
        var readings = new List<string>(LineAgainScales.Length);
        TessApi.TessBaseAPISetPageSegMode(_api, TessApi.PsmSingleLine);
        try
        {
            foreach (var scale in LineAgainScales)
            {
                const int border = 12;
                using var framed = CropScaled(grey, area, border, scale);
                readings.Add(framed is null ? "" : ReadAsText(_api, framed, ct));
            }
        }
        finally
        {
            TessApi.TessBaseAPISetPageSegMode(_api, TessApi.PsmAuto);
        }
        return readings;
    }

    /// <summary>
    /// Paints white, in place, the ink touching a crop's edge: a rule crossing it, and glyphs of the neighbouring words
    /// the crop cut into (the tail of a ¥, half of 积), which a figures-only read turns into digits or lets swallow the
    /// figure's first one.
    /// </summary>
    private static void WithoutCutGlyphs(Pix crop)
    {
        using var binary = Pix.Wrap(LeptApi.pixConvertTo1(crop.Handle, 160));
        if (binary is null) return;
        using var inside = Pix.Wrap(LeptApi.pixRemoveBorderConnComps(binary.Handle, 8));
        if (inside is null) return;
        using var cut = Pix.Wrap(LeptApi.pixXor(IntPtr.Zero, binary.Handle, inside.Handle));
        if (cut is not null) LeptApi.pixSetMasked(crop.Handle, cut.Handle, 255);
    }

    /// <summary>How much better an upside-down try must read to be kept when OSD could not say (upright pages read ≥ 0.6, upside-down ones 0.0–0.3).</summary>
    private const double UpsideDownGain = 0.15;

    /// <summary>Turns (clockwise degrees), deskews and recognises; the attempt owns the image its boxes refer to.</summary>
    private OcrAttempt Attempt(Pix grey, int pageNumber, int rotation, CancellationToken ct)
    {
        var turned = rotation == 0 ? null : Pix.Wrap(LeptApi.pixRotateOrth(grey.Handle, rotation / 90))
            ?? throw new OcrImageException("damaged image：图像旋转失败");
        var oriented = turned ?? grey;
        double deskew = 0;
        Pix? straight = null;
        if (_options.Deskew && FindSkew(oriented) is { } angle)
        {
            straight = Pix.Wrap(LeptApi.pixRotate(oriented.Handle, (float)(angle * Math.PI / 180), LeptApi.RotateAreaMap, LeptApi.BringInWhite, 0, 0));
            if (straight is not null) deskew = Math.Round(angle, 2);
        }
        var image = straight ?? turned ?? Pix.Wrap(LeptApi.pixClone(grey.Handle))!;
        if (straight is not null) turned?.Dispose();
        RuledPage? ruled = null;
        try
        {
            ruled = RuledPage.From(image);
            TessApi.TessBaseAPISetImage2(_api, (ruled?.Unruled ?? image).Handle);
            RunRecognition(ct);
            var blocks = OcrLayoutReader.Read(_api);
            var page = new Page
            {
                Number = pageNumber,
                Width = image.Width,
                Height = image.Height,
                Unit = "px",
                Rotation = rotation,
                Deskew = deskew,
                Source = PageSource.Ocr,
                Blocks = blocks,
                OcrConfidence = MeanConfidence(blocks),
            };
            return new OcrAttempt(page, image, ruled);
        }
        catch
        {
            ruled?.Dispose();
            image.Dispose();
            throw;
        }
        finally
        {
            // Frees the page's image copy and results; the loaded model stays.
            TessApi.TessBaseAPIClear(_api);
        }
    }

    /// <summary>What a figure in a form cell is written with: counts, amounts, areas, dates.</summary>
    private const string FigureCharacters = "0123456789.-/";

    /// <summary>The page with doubtful table cells read again one by one (<see cref="CellRereader"/>).</summary>
    private Page WithCellsReread(Page page, RuledPage ruled, CancellationToken ct)
    {
        var cells = ruled.Cells();
        // A lone boxed line (a stamp frame, a heading box) is no form; four cells are the least a label|value grid has.
        if (cells.Count < 4) return page;
        List<Block> blocks;
        try
        {
            blocks = CellRereader.Refine(page.Blocks, cells, ruled.InkBox, (area, singleLine, alphabet, scale) =>
            {
                // Read from a copy with a white margin: Tesseract finds no text line in a crop that hugs its writing.
                const int border = 12;
                using var crop = scale == 1 ? ruled.Crop(area, border) : CropScaled(ruled.Unruled, area, border, scale);
                if (crop is null) return [];
                TessApi.TessBaseAPISetImage2(_api, crop.Handle);
                TessApi.TessBaseAPISetPageSegMode(_api, singleLine ? TessApi.PsmSingleLine : TessApi.PsmSingleBlock);
                var whitelist = alphabet switch
                {
                    CellRereader.Alphabet.Figures => FigureCharacters,
                    CellRereader.Alphabet.UppercaseMoney => CellRereader.UppercaseMoneyCharacters,
                    _ => null,
                };
                if (whitelist is not null) TessApi.TessBaseAPISetVariable(_api, "tessedit_char_whitelist", whitelist);
                try
                {
                    RunRecognition(ct);
                    return OcrLayoutReader.Read(_api, (int)area.X0 - border, (int)area.Y0 - border, scale);
                }
                finally
                {
                    if (whitelist is not null) TessApi.TessBaseAPISetVariable(_api, "tessedit_char_whitelist", "");
                    TessApi.TessBaseAPIClear(_api);
                }
            });
        }
        finally
        {
            TessApi.TessBaseAPISetPageSegMode(_api, TessApi.PsmAuto);
        }
        var tables = OcrTableBuilder.Build(cells, blocks.SelectMany(b => b.Lines).SelectMany(l => l.Words), page.Width);
        if (ReferenceEquals(blocks, page.Blocks)) return page with { Tables = tables };
        return page with { Blocks = blocks, Tables = tables, OcrConfidence = MeanConfidence(blocks) };
    }

    /// <summary>The page with doubtful lines read again, enlarged, one by one (<see cref="LineRereader"/>).</summary>
    /// <param name="source">The page as Tesseract first read it: with its table rules painted white.</param>
    private Page WithLinesReread(Page page, Pix source, CancellationToken ct)
    {
        var scale = _options.LineRereadScale;
        List<Block> blocks;
        TessApi.TessBaseAPISetPageSegMode(_api, TessApi.PsmSingleLine);
        try
        {
            blocks = LineRereader.Refine(page.Blocks, area =>
            {
                const int border = 12;
                using var crop = CropScaled(source, area, border, scale);
                if (crop is null) return [];
                TessApi.TessBaseAPISetImage2(_api, crop.Handle);
                try
                {
                    RunRecognition(ct);
                    return OcrLayoutReader.Read(_api, (int)area.X0 - border, (int)area.Y0 - border, scale);
                }
                finally
                {
                    TessApi.TessBaseAPIClear(_api);
                }
            });
        }
        finally
        {
            TessApi.TessBaseAPISetPageSegMode(_api, TessApi.PsmAuto);
        }
        if (ReferenceEquals(blocks, page.Blocks)) return page;
        return page with { Blocks = blocks, OcrConfidence = MeanConfidence(blocks) };
    }

    /// <summary>The page's OCR confidence: the mean of its words' (0 for a page without words).</summary>
    private static double MeanConfidence(IEnumerable<Block> blocks)
    {
        var words = blocks.SelectMany(b => b.Lines).SelectMany(l => l.Words).ToList();
        return words.Count == 0 ? 0 : Math.Round(words.Average(w => w.Confidence ?? 0), 4);
    }

    /// <summary>A box of the page with a white border, enlarged by <paramref name="scale"/>; null when Leptonica fails.</summary>
    private static Pix? CropScaled(Pix source, Box area, int border, double scale)
    {
        var x = (int)Math.Max(0, area.X0);
        var y = (int)Math.Max(0, area.Y0);
        var w = Math.Min(source.Width - x, (int)Math.Ceiling(area.X1) - x);
        var h = Math.Min(source.Height - y, (int)Math.Ceiling(area.Y1) - y);
        if (w <= 0 || h <= 0) return null;
        var box = LeptApi.boxCreate(x, y, w, h);
        if (box == IntPtr.Zero) return null;
        try
        {
            using var clip = Pix.Wrap(LeptApi.pixClipRectangle(source.Handle, box, IntPtr.Zero));
            if (clip is null) return null;
            using var framed = Pix.Wrap(LeptApi.pixAddBorder(clip.Handle, border, 255));
            return framed is null ? null : Pix.Wrap(LeptApi.pixScale(framed.Handle, (float)scale, (float)scale));
        }
        finally
        {
            LeptApi.boxDestroy(ref box);
        }
    }

    private void CheckDeclaredSize(string imagePath)
    {
        if (!File.Exists(imagePath)) throw new OcrImageException($"image not found：找不到页面图像 {Path.GetFileName(imagePath)}");
        if (LeptApi.pixReadHeader(imagePath, out _, out var w, out var h, out _, out _, out _) != 0)
            throw new OcrImageException("damaged image：无法读取图像文件头，文件已损坏或格式不受支持");
        if (w <= 0 || h <= 0 || (long)w * h > _options.MaxImagePixels)
            throw new OcrImageException($"image too large：图像声明尺寸 {w}×{h} 像素，超过上限 {_options.MaxImagePixels} 像素，拒绝解码");
    }

    /// <summary>Clockwise degrees that make the page upright, 0 when unsure.</summary>
    private int DetectRotation(Pix grey)
    {
        try
        {
            TessApi.TessBaseAPISetImage2(_osd, grey.Handle);
            // Fails on pages with too little text to judge: those stay as they are.
            var ok = TessApi.TessBaseAPIDetectOrientationScript(_osd, out var degrees, out var confidence, out _, out _);
            if (ok == 0) return 0;
            if (degrees is not (90 or 180 or 270) || confidence < _options.MinOrientationConfidence) return 0;
            // OSD reports how far the image is turned clockwise; turning it back is the rest of a full turn.
            return (360 - degrees) % 360;
        }
        finally
        {
            TessApi.TessBaseAPIClear(_osd);
        }
    }

    /// <summary>
    /// The clockwise angle that straightens the page, or null when there is nothing to correct. Leptonica's own
    /// deskew skips anything under a sweep confidence of 3, which Chinese pages (no ascender/descender rows)
    /// rarely reach even when clearly turned by 1–2°; its angle estimate is still good above ~1.5.
    /// </summary>
    private double? FindSkew(Pix image)
    {
        // 130 is the threshold pixFindSkewAndDeskew itself binarises grey pages with.
        using var binary = Pix.Wrap(LeptApi.pixConvertTo1(image.Handle, 130));
        if (binary is null || LeptApi.pixFindSkew(binary.Handle, out var angle, out var confidence) != 0) return null;
        return confidence >= _options.MinSkewConfidence && Math.Abs(angle) >= 0.1 ? angle : null;
    }

    /// <param name="Ruled">The image's table rules and the image without them, null when Leptonica failed on it.</param>
    private sealed record OcrAttempt(Page Page, Pix Image, RuledPage? Ruled) : IDisposable
    {
        /// <summary>Upside-down text reads as low-confidence noise; sideways text as tall, narrow lines.</summary>
        public bool LooksWrong(double doubtfulConfidence)
        {
            var lines = Page.Lines.Where(l => l.Box is not null).ToList();
            if (lines.Count == 0) return false;
            var tall = lines.Where(l => l.Box!.Value.Height > 1.5 * l.Box.Value.Width).Sum(l => l.Words.Count);
            return Page.OcrConfidence < doubtfulConfidence || tall * 2 > lines.Sum(l => l.Words.Count);
        }

        public void Dispose()
        {
            Ruled?.Dispose();
            Image.Dispose();
        }
    }

    private void RunRecognition(CancellationToken ct) => RunRecognition(_api, ct);

    private void RunRecognition(IntPtr api, CancellationToken ct)
    {
        _token = ct;
        var timeoutMs = (int)Math.Clamp(_options.PageTimeout.TotalMilliseconds, 1, int.MaxValue);
        TessApi.TessMonitorSetDeadlineMSecs(_monitor, timeoutMs);
        var clock = Stopwatch.StartNew();
        var rc = TessApi.TessBaseAPIRecognize(api, _monitor);
        _token = default;
        ct.ThrowIfCancellationRequested();
        if (clock.Elapsed >= _options.PageTimeout)
            throw new OcrImageException($"OCR timeout：页面识别超过 {_options.PageTimeout.TotalSeconds:0} 秒，已停止");
        if (rc != 0) throw new OcrImageException("OCR failed：文字识别引擎未能处理该页面图像");
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte IsCancelled(IntPtr self, int words)
    {
        var engine = GCHandle.FromIntPtr(self).Target as TesseractEngine;
        return engine is not null && engine._token.IsCancellationRequested ? (byte)1 : (byte)0;
    }

    /// <summary>The figures model, loaded once per engine on first use; the page model when its data is missing.</summary>
    private IntPtr FiguresApi()
    {
        if (!_figuresTried)
        {
            _figuresTried = true;
            var dataPath = _options.DataPath ?? TesseractRuntime.DefaultDataPath();
            if (File.Exists(Path.Combine(dataPath, FiguresLanguage + ".traineddata")))
            {
                try
                {
                    _figures = CreateApi(dataPath, FiguresLanguage, TessApi.OemLstmOnly);
                    TessApi.TessBaseAPISetVariable(_figures, "tessedit_do_invert", "0");
                }
                catch (OcrUnavailableException)
                {
                    _figures = IntPtr.Zero;
                }
            }
        }
        return _figures != IntPtr.Zero ? _figures : _api;
    }

    private static IntPtr CreateApi(string dataPath, string languages, int oem)
    {
        var api = TessApi.TessBaseAPICreate();
        if (api == IntPtr.Zero) throw new OcrUnavailableException("OCR not available：无法创建文字识别引擎");
        // Tesseract's diagnostics ("Estimating resolution…") would otherwise interleave with our stderr.
        TessApi.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        if (TessApi.TessBaseAPIInit2(api, dataPath, languages, oem) != 0)
        {
            TessApi.TessBaseAPIDelete(api);
            throw new OcrUnavailableException(
                $"OCR not available：无法加载文字识别语言包 {languages}（{dataPath}），请安装 apt 软件包 tesseract-ocr-chi-sim 与 tesseract-ocr-osd");
        }
        return api;
    }

    public void Dispose()
    {
        if (_monitor != IntPtr.Zero) { TessApi.TessMonitorDelete(_monitor); _monitor = IntPtr.Zero; }
        if (_osd != IntPtr.Zero) { TessApi.TessBaseAPIEnd(_osd); TessApi.TessBaseAPIDelete(_osd); _osd = IntPtr.Zero; }
        if (_figures != IntPtr.Zero) { TessApi.TessBaseAPIEnd(_figures); TessApi.TessBaseAPIDelete(_figures); _figures = IntPtr.Zero; }
        if (_api != IntPtr.Zero) { TessApi.TessBaseAPIEnd(_api); TessApi.TessBaseAPIDelete(_api); _api = IntPtr.Zero; }
        if (_self.IsAllocated) _self.Free();
    }
}
