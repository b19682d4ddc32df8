using ZcIngest.Core.Extraction;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction;

/// <summary>Reads one document type's facts from a document. One small class per type.</summary>
public interface IDocumentExtractor
{
    DocumentType Type { get; }
    void Extract(DocumentView view, DocumentFacts facts);
}
