using System.IO.Compression;
using System.Text;

namespace ZcIngest.Extractors.Formats;

/// <summary>Decides a file's format from its first bytes (and, for zips, the package's entry names).</summary>
public static class FormatSniffer
{
    private const int HeadLength = 1024;

    public static FileFormat Sniff(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Sniff(stream);
    }

    /// <summary>Sniffs a readable, seekable stream from its current start.</summary>
    public static FileFormat Sniff(Stream stream)
    {
        var head = new byte[HeadLength];
        var n = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        if (n == 0) return FileFormat.Empty;
        var h = head.AsSpan(0, n);

        // Executables first: a polyglot that is both a program and a PDF is treated as the program.
        if (IsExecutable(h)) return FileFormat.Executable;
        if (Starts(h, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return FileFormat.Png;
        if (Starts(h, 0xFF, 0xD8, 0xFF)) return FileFormat.Jpeg;
        if (h.StartsWith("II*\0"u8) || h.StartsWith("MM\0*"u8) || h.StartsWith("II+\0"u8) || h.StartsWith("MM\0+"u8))
            return FileFormat.Tiff;
        if (Starts(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return FileFormat.LegacyWord;
        if (h.StartsWith("{\\rtf"u8)) return FileFormat.Rtf;
        if (Starts(h, 0x50, 0x4B, 0x03, 0x04) || Starts(h, 0x50, 0x4B, 0x05, 0x06)) return SniffZip(stream);
        // PDF readers accept up to 1 KB of junk before the header; so does poppler.
        if (h.IndexOf("%PDF-"u8) >= 0) return FileFormat.Pdf;
        return FileFormat.Unknown;
    }

    private static bool IsExecutable(ReadOnlySpan<byte> h) =>
        h.StartsWith("MZ"u8)                          // DOS / Windows PE
        || Starts(h, 0x7F, 0x45, 0x4C, 0x46)             // Linux
        || h.StartsWith("#!"u8)                       // scripts
        || Starts(h, 0xFE, 0xED, 0xFA, 0xCE) || Starts(h, 0xFE, 0xED, 0xFA, 0xCF) // Mach-O
        || Starts(h, 0xCE, 0xFA, 0xED, 0xFE) || Starts(h, 0xCF, 0xFA, 0xED, 0xFE)
        || Starts(h, 0xCA, 0xFE, 0xBA, 0xBE);    // Mach-O universal / Java class

    private static bool Starts(ReadOnlySpan<byte> h, params byte[] magic) => h.StartsWith(magic);

    private static FileFormat SniffZip(Stream stream)
    {
        try
        {
            stream.Seek(0, SeekOrigin.Begin);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true, Encoding.UTF8);
            foreach (var entry in zip.Entries)
                if (string.Equals(entry.FullName.TrimStart('/'), "word/document.xml", StringComparison.OrdinalIgnoreCase))
                    return FileFormat.Docx;
            return FileFormat.Zip;
        }
        catch (InvalidDataException)
        {
            // A zip signature without a readable central directory: report it as a (broken) zip.
            return FileFormat.Zip;
        }
    }
}
