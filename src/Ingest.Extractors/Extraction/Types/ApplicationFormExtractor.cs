using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>The application form: every glossary key it states, under any of the glossary's labels.</summary>
public sealed class ApplicationFormExtractor : IDocumentExtractor
{
    public DocumentType Type => DocumentType.ApplicationForm;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        foreach (var (key, value) in LabelledFields.Pick(view, GlossaryCatalog.All))
            facts.Fields[key] = key == FieldKeys.CreditCode && value.Value?.Text is { } code
                ? value with { Value = ScalarValue.Of(TextPatterns.CreditCodeLetters(code)) }
                : value;
    }
}
