using System.Text;
using System.Text.Json.Nodes;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Rules;
using ZcIngest.Core.Rules.Operators;
using ZcIngest.Core.Rules.Values;

namespace ZcIngest.Core.Tests.Rules;

public class RuleCatalogTests
{
    private static readonly RuleCatalog Catalog = RuleCatalog.Default;

    /// <summary>Compares seed text and quotes the way a reader would: line breaks, spaces and full/half-width forms ignored.</summary>
    private static string Normalise(string text) =>
        new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public void Default_DefinesExactlyTheContractsTenPrograms()
    {
        Assert.Equal(RuleCatalog.ContractProgramIds.Order(StringComparer.Ordinal), Catalog.ProgramIds);
    }

    [Fact]
    public void Default_EveryRuleUsesKnownFieldsOperatorsAndValues()
    {
        foreach (var program in Catalog.Programs)
        foreach (var rule in program.Rules)
        {
            Assert.True(OperatorTable.IsKnown(rule.Operator) || rule.Operator == "any", rule.Id);
            if (rule.Field is not null) Assert.True(FieldKeys.TryGet(rule.Field, out _), rule.Id);
            foreach (var check in rule.Checks)
            {
                Assert.True(FieldKeys.TryGet(check.Value!, out _) || DerivedValues.TryGet(check.Value!, out _), rule.Id);
                Assert.True(OperatorTable.TryGet(check.Operator, out _), rule.Id);
                Assert.NotNull(RuleFileValidator.ThresholdOf(check));
            }
            foreach (var condition in rule.When ?? []) Assert.Equal(ValueKind.Enum, FieldKeys.Get(condition.Field).Kind);
        }
    }

    [Fact]
    public void Default_EverySourceCitesAnExistingSeedFileAndQuotesItVerbatim()
    {
        foreach (var program in Catalog.Programs)
        {
            var seed = Normalise(SeedDirectory.Read(program.SeedFile));
            var cited = program.Rules.Select(r => (r.Id, r.Source, r.Quote))
                .Concat(program.Materials.Select(m => (Id: string.Join(",", m.Types), m.Source, m.Quote)));
            foreach (var (id, source, quote) in cited)
            {
                var file = source.Split(' ')[0];
                Assert.True(File.Exists(System.IO.Path.Combine(SeedDirectory.Path, file)), $"{id}: {file}");
                Assert.True(seed.Contains(Normalise(quote)), $"{id}: quote not in {file}: {quote}");
                var article = source[(file.Length + 1)..];
                var head = new string(article.TakeWhile(c => c >= '\u4e00' && c <= '\u9fff').ToArray()); // 第六条 of 第六条1
                Assert.True(seed.Contains(Normalise(head)), $"{id}: article '{head}' not in {file}");
            }
        }
    }

    [Fact]
    public void Default_RuleIdsAreUniqueAndPrefixedByProgram()
    {
        var ids = Catalog.Programs.SelectMany(p => p.Rules.Select(r => r.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var program in Catalog.Programs)
            Assert.All(program.Rules, r => Assert.StartsWith(program.ProgramId + "/", r.Id));
    }

    [Theory]
    [InlineData("taiyuan-2015-makerspace", "2015-11-19")]
    [InlineData("taiyuan-2015-incubator", "2015-11-19")]
    [InlineData("shanxi-2022-makerspace", "2022-05-24")]
    [InlineData("shanxi-2022-specialized", "2022-05-24")]
    [InlineData("shuozhou-2016-makerspace", "2016-11-11")]
    [InlineData("xuchang-2016-tech-support", null)]
    [InlineData("xuchang-2016-investment", null)]
    [InlineData("xuchang-2016-comprehensive", null)]
    [InlineData("xuchang-2016-specialized", null)]
    [InlineData("xinjiang-2019-makerspace", "2019-04-01")]
    public void Default_CarriesTheEffectiveDateTheSeedStates(string programId, string? date)
    {
        var program = Catalog.Get(programId);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), program.EffectiveDate);
        Assert.False(string.IsNullOrWhiteSpace(program.EffectiveDateNote));
    }

    [Theory]
    [InlineData("shanxi-2022-makerspace", new[] { "application_form", "operating_report", "business_license", "financial_statement", "resident_list", "activity_record", "mentor_letter", "bank_deposit_proof" })]
    [InlineData("xinjiang-2019-makerspace", new[] { "application_form" })]
    public void Default_RequiresTheSeedsMaterials(string programId, string[] expected)
    {
        var types = Catalog.Get(programId).Materials.SelectMany(m => m.Types).ToHashSet();
        Assert.All(expected, t => Assert.Contains(t, types));
    }

    [Fact]
    public void Get_Throws_ForUnknownProgram()
    {
        var e = Assert.Throws<UnknownProgramException>(() => Catalog.Get("beijing-2030-makerspace"));
        Assert.Contains("beijing-2030-makerspace", e.Message);
    }

    // A minimal valid rule file; each negative test breaks one thing in it.
    private const string Valid = """
    {
      "program_id": "taiyuan-2015-makerspace", "title": "测试", "seed_file": "000_9d159ad4b61970a3.txt",
      "issuer": "太原市科学技术局", "document_number": null, "effective_date": "2015-11-19", "effective_date_note": null,
      "version": 1, "notes": [],
      "rules": [
        { "id": "taiyuan-2015-makerspace/min-area", "source": "000_9d159ad4b61970a3.txt 第四条(五)", "quote": "500平方米以上",
          "field": "total_area_sqm", "value": "total_area_sqm", "operator": ">=", "threshold": 500, "unit": "m²", "level": "soft" },
        { "id": "taiyuan-2015-makerspace/either", "source": "000_9d159ad4b61970a3.txt 第四条(四)", "quote": "入驻",
          "field": "makers_count", "operator": "any", "level": "hard",
          "alternatives": [ { "value": "makers_count", "operator": ">=", "threshold": 1, "unit": "人" },
                            { "value": "resident_count", "operator": ">=", "threshold": 1, "unit": "家" } ] },
        { "id": "taiyuan-2015-makerspace/team", "source": "000_9d159ad4b61970a3.txt 第四条(一)", "quote": "服务",
          "operator": "manual", "requirement": "有专业团队", "level": "hard",
          "when": [ { "field": "host_type", "equals": "university", "default": "other" } ] }
      ],
      "materials": [ { "types": ["lease_contract"], "source": "000_9d159ad4b61970a3.txt 第四条(五)", "quote": "场地" } ]
    }
    """;

    private static RuleCatalog LoadMutated(Action<JsonNode> mutate, string fileName = "taiyuan-2015-makerspace.json")
    {
        var node = JsonNode.Parse(Valid)!;
        mutate(node);
        return RuleCatalog.Load([(fileName, node.ToJsonString())]);
    }

    [Fact]
    public void Load_Accepts_MinimalValidFile()
    {
        var catalog = LoadMutated(_ => { });
        Assert.Equal(3, catalog.Get("taiyuan-2015-makerspace").Rules.Count);
    }

    public static TheoryData<string, Action<JsonNode>> Breakages() => new()
    {
        { "unknown field", n => n["rules"]![0]!["value"] = "floor_area" },
        { "unknown operator", n => n["rules"]![0]!["operator"] = "≥" },
        { "threshold not a number", n => n["rules"]![0]!["threshold"] = "五百" },
        { "seed file unknown", n => n["rules"]![0]!["source"] = "009_unknown.txt 第四条" },
        { "source without article", n => n["rules"]![0]!["source"] = "000_9d159ad4b61970a3.txt" },
        { "id outside program", n => n["rules"]![0]!["id"] = "other/min-area" },
        { "duplicate id", n => n["rules"]![1]!["id"] = "taiyuan-2015-makerspace/min-area" },
        { "field not the value's main field", n => n["rules"]![0]!["field"] = "public_area_sqm" },
        { "level unknown", n => n["rules"]![0]!["level"] = "maybe" },
        { "one alternative only", n => n["rules"]![1]!["alternatives"]!.AsArray().RemoveAt(1) },
        { "manual without requirement", n => n["rules"]![2]!["requirement"] = null },
        { "condition on a non-enum field", n => n["rules"]![2]!["when"]![0]!["field"] = "total_area_sqm" },
        { "condition value not in enum", n => n["rules"]![2]!["when"]![0]!["equals"] = "college" },
        { "unknown document type", n => n["materials"]![0]!["types"]![0] = "passport" },
        { "unknown property", n => n["rules"]![0]!["thresold"] = 1 },
        { "effective date null without note", n => n["effective_date"] = null },
        { "empty quote", n => n["rules"]![0]!["quote"] = "" },
        { "if_absent unknown", n => n["rules"]![2]!["when"]![0]!["if_absent"] = "ignore" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Load_Rejects_BrokenFile(string what, Action<JsonNode> breakIt)
    {
        var e = Assert.Throws<RuleFileException>(() => LoadMutated(breakIt));
        Assert.Contains("taiyuan-2015-makerspace.json", e.Message);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void Load_Rejects_FileNamedForAnotherProgram()
    {
        Assert.Throws<RuleFileException>(() => LoadMutated(_ => { }, "shanxi-2022-makerspace.json"));
    }

    [Fact]
    public void Load_Rejects_NotJson()
    {
        Assert.Throws<RuleFileException>(() => RuleCatalog.Load([("x.json", "{ not json")]));
    }
}
