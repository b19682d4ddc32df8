using System.Globalization;
using System.Text;
using ZcIngest.Core.Ml;

namespace ZcIngest.Worker.Training;

/// <summary>Writes samples in svmlight format (<c>label index:value …</c>, 1-based indices) for the scikit-learn check.</summary>
public static class SvmLightExport
{
    public static void Write(string path, IEnumerable<LabeledSample> samples)
    {
        using var writer = new StreamWriter(path, append: false, Encoding.ASCII);
        foreach (var s in samples)
        {
            var line = new StringBuilder();
            line.Append(s.Label.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < s.Features.Count; i++)
                line.Append(' ').Append((s.Features.Indices[i] + 1).ToString(CultureInfo.InvariantCulture))
                    .Append(':').Append(s.Features.Values[i].ToString("R", CultureInfo.InvariantCulture));
            writer.WriteLine(line);
        }
    }
}
