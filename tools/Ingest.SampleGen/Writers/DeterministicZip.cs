using System.IO.Compression;

namespace ZcIngest.SampleGen.Writers;

/// <summary>Zip archives whose bytes depend only on their entries: fixed timestamps, entries in the given order.</summary>
public static class DeterministicZip
{
    public static readonly DateTimeOffset Stamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IEnumerable<(string Name, byte[] Data)> entries, DateTimeOffset? stamp = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp ?? Stamp;
                using var s = entry.Open();
                s.Write(data);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Rewrites an existing zip (a DOCX package) with fixed timestamps.</summary>
    public static byte[] Normalise(byte[] zipBytes, DateTimeOffset stamp, Func<string, byte[], (string, byte[])>? transform = null)
    {
        using var input = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return transform is null ? (e.FullName, m.ToArray()) : transform(e.FullName, m.ToArray());
        }).ToList();
        return Create(entries, stamp);
    }
}
