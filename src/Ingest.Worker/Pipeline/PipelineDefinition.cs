using ZcIngest.Core.Rules;
using ZcIngest.Worker.Pipeline.Stages;

namespace ZcIngest.Worker.Pipeline;

/// <summary>The order of the stages, visible in one place.</summary>
public static class PipelineDefinition
{
    public static IReadOnlyList<ISubmissionStage> Default() =>
    [
        new UnpackStage(),
        new DetectProgramStage(),
        new CheckRulesStage(new RulesEngine()),
        new WriteOutputsStage(),
    ];
}
