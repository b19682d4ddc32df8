using System.Text;

namespace ZcIngest.SampleGen.Hostile;

/// <summary>
/// Files that must be reported, never crash the product: each is made from scratch or from a good PDF of the same
/// submission, deterministically.
/// </summary>
public static class HostileFiles
{
    /// <summary>The first part of a good PDF, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length * 3 / 5)];

    /// <summary>A minimal 64-bit ELF executable header followed by padding: a program renamed to .pdf.</summary>
    public static byte[] Executable()
    {
        var b = new byte[4096];
        byte[] header = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0];
        header.CopyTo(b, 0);
        b[24] = 0x78; b[25] = 0x00; b[26] = 0x40; // entry point 0x400078
        b[32] = 64; // program header offset
        b[52] = 64; b[54] = 56; b[56] = 1; // header size, ph entry size, ph count
        for (var i = 120; i < b.Length; i++) b[i] = (byte)(i * 31 % 251);
        return b;
    }

    /// <summary>A ".docx" that is an HTML page saved under the wrong name: not a zip at all.</summary>
    public static byte[] NotAZipDocx() => Encoding.UTF8.GetBytes(
        "<html><head><meta charset=\"utf-8\"><title>补充说明</title></head><body><p>关于众创空间运营情况的补充说明</p>" +
        "<p>本文件由网页另存而成，扩展名被改为 .docx。</p></body></html>\n");

    /// <summary>
    /// A valid-looking PNG of a few hundred bytes whose header claims 30000 × 30000 pixels (900 megapixels): a
    /// decompression bomb for any reader that allocates from the header before checking.
    /// </summary>
    public static byte[] PixelFlood()
    {
        using var m = new MemoryStream();
        m.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        WriteBe(ihdr, 0, 30000);
        WriteBe(ihdr, 4, 30000);
        ihdr[8] = 8; ihdr[9] = 0; // 8-bit greyscale
        Chunk(m, "IHDR", ihdr);
        // One zlib-compressed row of zeros, far short of 30000 rows: what follows the header is a lie.
        using (var z = new MemoryStream())
        {
            using (var zs = new System.IO.Compression.ZLibStream(z, System.IO.Compression.CompressionLevel.SmallestSize, true))
                zs.Write(new byte[30001]);
            Chunk(m, "IDAT", z.ToArray());
        }
        Chunk(m, "IEND", []);
        return m.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteBe(len, 0, (uint)data.Length);
        s.Write(len);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var c = new byte[4];
        WriteBe(c, 0, Crc32([.. typeBytes, .. data]));
        s.Write(c);
    }

    // PNG's CRC-32 (ISO 3309), bitwise: a few hundred bytes do not need a table.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static void WriteBe(byte[] b, int i, uint v)
    {
        b[i] = (byte)(v >> 24); b[i + 1] = (byte)(v >> 16); b[i + 2] = (byte)(v >> 8); b[i + 3] = (byte)v;
    }
}
