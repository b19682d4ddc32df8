using System.Diagnostics;
using ZcIngest.Core.Documents;
using ZcIngest.Extractors.Formats.Docx;
using ZcIngest.Extractors.Processes;

namespace ZcIngest.Extractors.Formats.LegacyWord;

/// <summary>
/// Reads legacy Word / WPS (OLE2) and RTF files by converting them to .docx with LibreOffice headless, then
/// reading that with <see cref="DocxReader"/>. Every conversion gets its own LibreOffice profile directory:
/// LibreOffice refuses to run twice on one profile, so parallel conversions would otherwise fail.
/// </summary>
public sealed class LegacyWordReader(DocxReader docx) : IFormatReader
{
    public const string AptPackage = "libreoffice-writer-nogui";

    public IReadOnlyCollection<FileFormat> Formats { get; } = [FileFormat.LegacyWord, FileFormat.Rtf];

    public async Task<ReadResult> ReadAsync(string path, ReadContext context, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var soffice = ChildProcess.FindExecutable("soffice") ?? ChildProcess.FindExecutable("libreoffice");
        if (soffice is null) return ReadResult.Failed(file, ReadMessages.LibreOfficeMissing);

        var format = FormatSniffer.Sniff(path);
        if (format == FileFormat.LegacyWord && Ole2Encryption.IsEncryptedOfficePackage(path))
            return ReadResult.Failed(file, ReadMessages.EncryptedWord);
        var directory = Path.Combine(context.WorkDirectory, "lo-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(directory, "profile");
        var output = Path.Combine(directory, "out");
        Directory.CreateDirectory(output);
        // A fixed, plain name: LibreOffice picks its import filter partly by extension (a Kingsoft .wps is
        // Word inside, not Microsoft Works), and odd characters in submitted names never reach its command line.
        var input = Path.Combine(directory, format == FileFormat.Rtf ? "input.rtf" : "input.doc");
        File.Copy(path, input);

        var watch = Stopwatch.StartNew();
        var run = await ChildProcess.RunAsync(soffice,
            ["--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
             "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri,
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, input],
            context.Limits.ChildProcessTimeout, context.Limits.LibreOfficeMemoryBytes, ct, directory,
            new Dictionary<string, string> { ["HOME"] = directory }).ConfigureAwait(false);
        var convertMs = watch.Elapsed.TotalMilliseconds;

        var converted = Path.Combine(output, "input.docx");
        ReadResult result;
        if (run.TimedOut) result = ReadResult.Failed(file, ReadMessages.Timeout("damaged Word document", context.Limits.ChildProcessTimeout));
        else if (!File.Exists(converted) || new FileInfo(converted).Length == 0)
            result = ReadResult.Failed(file, ReadMessages.DamagedWord, (run.StdErr + " " + run.StdOut).Trim());
        else
        {
            result = await docx.ReadAsync(converted, file, format == FileFormat.Rtf ? "rtf" : "doc", context, ct).ConfigureAwait(false);
            // LibreOffice imports a file it cannot parse as plain text: binary junk then comes back "converted".
            if (result.Document is { } d && TextLayerQuality.Judge(d.Text) == TextLayerVerdict.Garbage)
                result = ReadResult.Failed(file, ReadMessages.DamagedWord, "converted text is mostly control or unassigned characters");
        }
        result.TimingsMs["libreoffice"] = convertMs;
        return result;
    }
}
