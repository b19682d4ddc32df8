using System.Text;

namespace ZcIngest.Extractors.Formats.LegacyWord;

/// <summary>
/// A password-protected .docx is not a zip but an OLE2 compound file holding an <c>EncryptedPackage</c> stream
/// (MS-OFFCRYPTO). Its directory entry names are UTF-16LE, so the name is found by a byte search without parsing
/// the compound file; LibreOffice is then never asked to open it.
/// </summary>
public static class Ole2Encryption
{
    private static readonly byte[] Marker = Encoding.Unicode.GetBytes("EncryptedPackage");
    private const long MaxScanBytes = 64L << 20;

    public static bool IsEncryptedOfficePackage(string path)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length > MaxScanBytes) return false;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.AsSpan().IndexOf(Marker) >= 0;
    }
}
