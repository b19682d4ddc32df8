using ZcIngest.Core.RiskScoring;
using ZcIngest.Core.Rules;
using ZcIngest.Extractors;
using ZcIngest.Extractors.Classification;
using ZcIngest.Worker.Pipeline.Stages;
using ZcIngest.Worker.Reuse;

namespace ZcIngest.Worker.Pipeline;

/// <summary>The order of the stages, visible in one place.</summary>
public static class PipelineDefinition
{
    public static IReadOnlyList<ISubmissionStage> Default(DocumentReader reader, DocumentClassifier classifier, RulesEngine rules,
        ReadResultCache? readCache = null, RiskModel? risk = null, IReuseIndex? reuse = null) =>
    [
        new UnpackStage(),
        new ReadStage(reader, readCache),
        new ClassifyStage(classifier),
        new ExtractStage(),
        new SecondReadingStage(reader.Ocr),
        new DetectProgramStage(),
        new AuditStage(),
        new PdfForensicsStage(),
        .. (reuse is null ? Array.Empty<ISubmissionStage>() : [new ReuseStage(reuse, risk)]),
        new CheckRulesStage(rules),
        new RiskStage(risk),
        new WriteOutputsStage(),
        .. (reuse is null ? Array.Empty<ISubmissionStage>() : [new RefreshReuseFlagsStage(reuse, risk)]),
    ];
}
