using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>培训证书 / 资格证书: whose it is, its number, what training, when issued.</summary>
public sealed partial class TrainingCertificateExtractor : IDocumentExtractor
{
    private enum Slot { Name, Number, Date }

    private static readonly LabelCatalog<Slot> Labels = new([
        (Slot.Name, ["姓名", "学员姓名", "持证人", "学员", "受训人"]),
        (Slot.Number, ["证书编号", "编号", "证号", "证书号", "证书号码"]),
        (Slot.Date, ["发证日期", "发证时间", "颁发日期", "培训时间", "日期"]),
    ]);

    public DocumentType Type => DocumentType.TrainingCertificate;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        facts.Trainings.Clear();
        if (view.Pages.Count > 1)
        {
            var perPage = view.Pages.Select(p => Read(new DocumentView(view.DocumentId, [p]))).ToList();
            if (perPage.Count(t => t.Holder?.Value is not null) > 1)
            {
                facts.Trainings.AddRange(perPage.Where(t => t.Holder?.Value is not null));
                return;
            }
        }
        facts.Trainings.Add(Read(view));
    }

    private static TrainingFacts Read(DocumentView view)
    {
        var id = view.DocumentId;
        var found = LabelledFields.Pick(view, Labels, s => s == Slot.Date ? FieldKeys.ApplicationDate : null);
        var flow = new FlowText(view.Lines);

        var holder = found.GetValueOrDefault(Slot.Name);
        if (holder?.Value is null && HolderSentence().Match(flow.Text) is { Success: true } m && TextPatterns.LooksLikeName(m.Groups["n"].Value))
            holder = ValueReader.Of(ScalarValue.Of(m.Groups["n"].Value), flow.SpanOf(m.Groups["n"]), id, 0.85);
        if (holder?.Value is null)
            foreach (var line in view.Lines)
                if (HolderAtLineStart().Match(LabelText.Compact(line.Text)) is { Success: true } lm && TextPatterns.LooksLikeName(lm.Groups["n"].Value))
                {
                    holder = ValueReader.Of(ScalarValue.Of(lm.Groups["n"].Value), line, id, 0.8);
                    break;
                }

        var number = found.GetValueOrDefault(Slot.Number);
        if (number?.Value is null && NumberSentence().Match(flow.Text) is { Success: true } nm)
            number = ValueReader.Of(ScalarValue.Of(nm.Groups["n"].Value), flow.SpanOf(nm.Groups["n"]), id, 0.9);

        var titleLine = view.Lines.FirstOrDefault(l => LabelText.Compact(l.Text) is { Length: >= 4 and <= 40 } t
            && (t.Contains("培训", StringComparison.Ordinal) || t.Contains("证书", StringComparison.Ordinal)));
        var title = titleLine is null ? null : ValueReader.Of(ScalarValue.Of(LabelText.Clean(titleLine.Text)), titleLine, id, 0.8);

        var date = found.GetValueOrDefault(Slot.Date);
        if (date?.Value is null)
        {
            var last = TextPatterns.Dates(flow.Text).LastOrDefault();
            if (last.Match is not null)
                date = ValueReader.Of(ScalarValue.Of(last.Date.Date), flow.SpanOf(last.Match), id, 0.85, last.Match.Value);
        }
        return new TrainingFacts(holder, number, title, date) { Scanned = view.Pages.Any(p => p.Source == Core.Documents.PageSource.Ocr) };
    }

    [GeneratedRegex(@"(?:兹证明|兹有|特证明|证明|学员)(?<n>" + TextPatterns.LazyName + @")(?:同志|先生|女士|学员)?(?:于|在|参加|已参加|已完成|完成|,)")]
    private static partial Regex HolderSentence();

    // 「邓秀英辐志于」: a scan misreads one character of 同志 as easily as the name's; before 于 it is still the form of address.
    [GeneratedRegex(@"^(?<n>" + TextPatterns.LazyName + @")(?:同志|先生|女士|学员|:|(?:[\p{IsCJKUnifiedIdeographs}]志|同[\p{IsCJKUnifiedIdeographs}])(?=于))(?:于|在|参加|已|,|$)")]
    private static partial Regex HolderAtLineStart();

    [GeneratedRegex(@"(?:证书编号|编号|证号|证书号)[:]?(?<n>[A-Za-z0-9\-]{4,30})")]
    private static partial Regex NumberSentence();
}
