using System.Buffers.Binary;

namespace ZcIngest.Extractors.Formats.Image;

/// <summary>The pixel size an image file declares, per page, read from its header without decoding.</summary>
public readonly record struct ImageSize(long Width, long Height)
{
    public long Pixels => Width * Height;
}

/// <summary>
/// Reads declared sizes from PNG (IHDR), JPEG (SOFn markers) and TIFF (each IFD's ImageWidth/ImageLength)
/// headers, so that a pixel flood (a small file claiming 30000 × 30000) is refused before any decoder
/// allocates for it. Throws <see cref="InvalidDataException"/> for a header that cannot be parsed.
/// </summary>
public static class ImageHeader
{
    /// <summary>The image format from the first bytes, <see cref="FileFormat.Unknown"/> for anything else.</summary>
    public static FileFormat Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => FileFormat.Png,
        [0xFF, 0xD8, 0xFF, ..] => FileFormat.Jpeg,
        [(byte)'I', (byte)'I', 42 or 43, 0, ..] or [(byte)'M', (byte)'M', 0, 42 or 43, ..] => FileFormat.Tiff,
        [] => FileFormat.Empty,
        _ => FileFormat.Unknown,
    };

    public static IReadOnlyList<ImageSize> Read(string path, FileFormat format, int maxPages)
    {
        using var stream = File.OpenRead(path);
        return format switch
        {
            FileFormat.Png => [ReadPng(stream)],
            FileFormat.Jpeg => [ReadJpeg(stream)],
            FileFormat.Tiff => ReadTiff(stream, maxPages),
            _ => throw new InvalidDataException($"not an image format: {format}"),
        };
    }

    private static ImageSize ReadPng(Stream s)
    {
        Span<byte> head = stackalloc byte[24];
        s.ReadExactly(head);
        if (!head[12..16].SequenceEqual("IHDR"u8)) throw new InvalidDataException("PNG without IHDR");
        return new ImageSize(BinaryPrimitives.ReadUInt32BigEndian(head[16..]), BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
    }

    private static ImageSize ReadJpeg(Stream s)
    {
        if (s.ReadByte() != 0xFF || s.ReadByte() != 0xD8) throw new InvalidDataException("JPEG without SOI");
        ImageSize? size = null;
        Span<byte> two = stackalloc byte[2];
        Span<byte> sof = stackalloc byte[5];
        while (true)
        {
            var b = s.ReadByte();
            if (b < 0) break;
            if (b != 0xFF) continue; // tolerate garbage between segments, as decoders do
            int marker;
            do marker = s.ReadByte(); while (marker == 0xFF);
            if (marker < 0) break;
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) continue; // no length
            if (marker is 0xD9 or 0xDA) break; // end of image / start of scan: the frame header came before
            s.ReadExactly(two);
            var length = BinaryPrimitives.ReadUInt16BigEndian(two);
            if (length < 2) throw new InvalidDataException("JPEG segment with a bad length");
            // SOF0–SOF15 except DHT (C4), JPG (C8), DAC (CC): precision, height, width.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                s.ReadExactly(sof);
                var found = new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(sof[3..]), BinaryPrimitives.ReadUInt16BigEndian(sof[1..]));
                if (size is null || found.Pixels > size.Value.Pixels) size = found;
                s.Seek(length - 7, SeekOrigin.Current);
            }
            else s.Seek(length - 2, SeekOrigin.Current);
        }
        return size ?? throw new InvalidDataException("JPEG without a frame header");
    }

    private static List<ImageSize> ReadTiff(Stream s, int maxPages)
    {
        Span<byte> head = stackalloc byte[16];
        s.ReadExactly(head[..8]);
        var little = head[0] == (byte)'I';
        var magic = U16(head[2..], little);
        var big = magic == 43;
        if (magic != 42 && !big) throw new InvalidDataException("TIFF with a bad magic number");
        long offset;
        if (big)
        {
            s.ReadExactly(head[8..16]);
            offset = (long)U64(head[8..], little);
        }
        else offset = U32(head[4..], little);

        var pages = new List<ImageSize>();
        var seen = new HashSet<long>();
        var entrySize = big ? 20 : 12;
        var entry = new byte[entrySize];
        var word = new byte[8];
        while (offset != 0)
        {
            // A loop in the IFD chain would otherwise be read forever.
            if (!seen.Add(offset) || offset < 8 || offset >= s.Length) throw new InvalidDataException("TIFF with a broken page chain");
            if (pages.Count >= maxPages) throw new InvalidDataException($"TIFF with more than {maxPages} pages");
            s.Seek(offset, SeekOrigin.Begin);
            s.ReadExactly(word, 0, big ? 8 : 2);
            var entries = big ? (long)U64(word, little) : U16(word, little);
            if (entries * entrySize > s.Length) throw new InvalidDataException("TIFF directory larger than the file");
            long width = 0, height = 0;
            for (var i = 0; i < entries; i++)
            {
                s.ReadExactly(entry);
                var tag = U16(entry, little);
                if (tag is not (256 or 257)) continue;
                var type = U16(entry.AsSpan(2), little);
                var value = entry.AsSpan(big ? 12 : 8);
                long v = type switch
                {
                    3 => U16(value, little),  // SHORT
                    4 => U32(value, little),  // LONG
                    16 => (long)U64(value, little), // LONG8 (BigTIFF)
                    _ => throw new InvalidDataException("TIFF size tag of an unexpected type"),
                };
                if (tag == 256) width = v; else height = v;
            }
            pages.Add(new ImageSize(width, height));
            s.ReadExactly(word, 0, big ? 8 : 4);
            offset = big ? (long)U64(word, little) : U32(word, little);
        }
        return pages.Count > 0 ? pages : throw new InvalidDataException("TIFF without pages");
    }

    private static ushort U16(ReadOnlySpan<byte> b, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

    private static uint U32(ReadOnlySpan<byte> b, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);

    private static ulong U64(ReadOnlySpan<byte> b, bool little) =>
        little ? BinaryPrimitives.ReadUInt64LittleEndian(b) : BinaryPrimitives.ReadUInt64BigEndian(b);
}
