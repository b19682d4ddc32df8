using ZcIngest.Core.Discrepancies;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Rules.Model;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Rules;

/// <summary>
/// Checks one record against one program's rule file and builds the contract's report: rule outcomes,
/// discrepancies, missing documents and the verdict. Pure: no I/O, same record → same report.
/// </summary>
public sealed class RulesEngine(RuleCatalog? catalog = null)
{
    public RuleCatalog Catalog { get; } = catalog ?? RuleCatalog.Default;

    /// <exception cref="UnknownProgramException">no rule file defines <paramref name="programId"/>.</exception>
    public SubmissionReport Evaluate(SubmissionRecord record, string programId)
    {
        var program = Catalog.Get(programId);
        record = RecordGuard.WithoutNulls(record);
        var facts = new FactResolver(record);
        var rules = EvaluateRules(program, facts);
        var discrepancies = DiscrepancyFinder.Find(record, program);
        return new SubmissionReport
        {
            SubmissionId = record.SubmissionId ?? "",
            Jurisdiction = program.ProgramId,
            Rules = rules,
            Discrepancies = discrepancies,
            MissingDocuments = MaterialsCheck.Missing(program, facts),
            Verdict = Verdicts.Decide(rules, discrepancies, []),
        };
    }

    /// <summary>The outcome of every rule that applies, in the rule file's order.</summary>
    public static List<RuleOutcome> EvaluateRules(ProgramRules program, FactResolver facts) =>
        program.Rules.Select(r => RuleEvaluator.Evaluate(r, facts)).OfType<RuleOutcome>().ToList();
}
