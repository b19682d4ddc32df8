namespace ZcIngest.Extractors.Formats;

/// <summary>
/// The clerk-facing error messages of every reader, in one place so the wording stays consistent. Where the
/// contract names an English phrase, the message starts with it, followed by a Chinese explanation.
/// </summary>
public static class ReadMessages
{
    public const string FileEmpty = "file is empty：文件大小为 0 字节，没有任何内容，请重新提交";
    public const string Executable = "not a document: executable：该文件是可执行程序，不是申报材料，已拒绝读取";
    public const string UnknownFormat = "not a document: 无法识别的文件格式（内容既不是 Word、PDF，也不是图片），请提交 .docx/.doc/.pdf/.jpg/.png/.tif 文件";
    public const string ZipArchive = "not a document: zip archive：这是一个压缩包，不是单个文件；请将压缩包作为一份申报材料整体提交";
    public const string CorruptZip = "corrupt zip entry：压缩包已损坏，无法读取其中的内容，请重新打包提交";
    public const string CorruptDocx = "corrupt zip entry：Word 文档（.docx）内部已损坏，无法读取，请用 Word 重新保存后提交";
    public const string EncryptedPdf = "encrypted PDF：文件已加密，无法读取，请提交未加密的版本";
    public const string DamagedPdf = "damaged PDF：文件已损坏或不完整，无法打开，请重新提交";
    public const string TruncatedPdf = "damaged PDF：文件末尾不完整（可能在传输中被截断），部分内容可能缺失";
    public const string ScannedPageNoOcr = "scanned page: OCR not available：该页是扫描件，本机未配置文字识别（OCR），无法读取该页内容";
    public const string ScannedImageNoOcr = "scanned page: OCR not available：文档中嵌入了扫描图片，本机未配置文字识别（OCR），图片中的内容未读取";
    public const string LibreOfficeMissing = "LibreOffice not installed：无法转换 .doc/.wps 文件，请安装 apt 软件包 libreoffice-writer-nogui";
    public const string EncryptedWord = "encrypted document：Word 文件设置了打开密码，无法读取，请提交未加密的版本";
    public const string DamagedWord = "damaged Word document：旧版 Word/WPS 文件已损坏或无法转换，请用 Word 另存为 .docx 后提交";
    public const string ImageNotSupported = "image: OCR not available：图片文件需要文字识别（OCR），本机未配置图片读取";

    public static string TooLarge(long bytes, long limit) =>
        $"file too large：文件大小 {bytes / (1024 * 1024)} MB，超过上限 {limit / (1024 * 1024)} MB";

    public static string TooManyPages(int pages, int limit) =>
        $"too many pages：文件共 {pages} 页，只读取了前 {limit} 页";

    public static string Timeout(string what, TimeSpan limit) =>
        $"{what}：读取超时（超过 {limit.TotalSeconds:0} 秒），文件可能已损坏或过于复杂";

    public static string Unexpected(string detail) =>
        $"read failed：读取时发生意外错误（{detail}），请检查文件是否完好";

    public static string OcrFailed(string detail) =>
        $"OCR failed：该页文字识别失败（{detail}）";
}
