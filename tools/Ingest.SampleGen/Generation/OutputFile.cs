using ZcIngest.SampleGen.Documents;
using ZcIngest.SampleGen.Truth;

namespace ZcIngest.SampleGen.Generation;

/// <summary>A file of the submission with the documents it holds.</summary>
public sealed record OutputFile(string Name, byte[] Bytes, FileTruth Truth, IReadOnlyList<(RenderedDocument Doc, List<int> Pages)> Contents);
