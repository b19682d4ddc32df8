using ZcIngest.Core.Rules;
using ZcIngest.Extractors;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Pipeline;

/// <summary>The order of the stages, visible in one place.</summary>
public static class PipelineDefinition
{
    public static IReadOnlyList<ISubmissionStage> Default(DocumentReader reader, RulesEngine rules) =>
    [
        new UnpackStage(),
        new ReadStage(reader),
        new DetectProgramStage(),
        new CheckRulesStage(rules),
        new WriteOutputsStage(),
    ];
}
