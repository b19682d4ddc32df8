using System.Buffers.Binary;

namespace ZcIngest.Extractors.Formats.Docx;

/// <summary>Reads an image's declared pixel size from its header, before anything decodes it (pixel floods).</summary>
public static class ImageDimensions
{
    /// <summary>Width and height from a PNG IHDR or a JPEG SOF marker; null when neither is found.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return ((int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[16..])),
                    (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[20..])));
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8) return ReadJpeg(data);
        return null;
    }

    private static (int, int)? ReadJpeg(ReadOnlySpan<byte> data)
    {
        var pos = 2;
        while (pos + 9 < data.Length)
        {
            if (data[pos] != 0xFF) { pos++; continue; }
            var marker = data[pos + 1];
            if (marker == 0xFF) { pos++; continue; }
            if (marker is 0xD8 or 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { pos += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]);
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if (marker >= 0xC0 && marker <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 5)..]));
            if (length < 2) return null;
            pos += 2 + length;
        }
        return null;
    }
}
