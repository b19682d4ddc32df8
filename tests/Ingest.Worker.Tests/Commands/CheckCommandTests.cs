using System.Text.Json;
using ZcIngest.Worker.Commands;

namespace ZcIngest.Worker.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("zcingest-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Record = """
    {
      "schema": "zcingest.record/1",
      "submission_id": "S01",
      "jurisdiction": "shanxi-2022-makerspace",
      "documents": [],
      "fields": {
        "total_area_sqm": { "declared": { "value": 800 }, "evidence": { "value": 450, "document_id": "d3", "page": 2 } },
        "mentors_count": { "declared": { "value": 5 } }
      }
    }
    """;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync(["check", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Run_PrintsReportToStdout_ForValidRecord()
    {
        var (code, output, err) = await Run(Write("record.json", Record));

        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("zcingest.report/1", report.RootElement.GetProperty("schema").GetString());
        Assert.Equal("S01", report.RootElement.GetProperty("submission_id").GetString());
        Assert.Equal("fail", report.RootElement.GetProperty("verdict").GetString());
        var area = report.RootElement.GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("rule_id").GetString() == "shanxi-2022-makerspace/min-area");
        Assert.Equal("fail", area.GetProperty("status").GetString());
        Assert.Equal("evidence", area.GetProperty("basis").GetString());
        Assert.Equal(450, area.GetProperty("value").GetDecimal());
        Assert.Equal("high", report.RootElement.GetProperty("discrepancies")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Run_WritesTheReviewersPage_WithHtml()
    {
        var html = Path.Combine(_dir, "report.html");
        var (code, output, _) = await Run(Write("record.json", Record), "--html", html);

        Assert.Equal(0, code);
        Assert.Contains("\"verdict\": \"fail\"", output);
        var page = File.ReadAllText(html);
        Assert.Contains("<div class=\"word\">不通过</div>", page);
        Assert.Contains("2022年山西省省级众创空间认定", page);
    }

    [Fact]
    public async Task Run_WritesReportFile_WithOut()
    {
        var outPath = Path.Combine(_dir, "report.json");
        var (code, output, _) = await Run(Write("record.json", Record), "--out", outPath);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        using var report = JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.Equal("shanxi-2022-makerspace", report.RootElement.GetProperty("jurisdiction").GetString());
    }

    [Fact]
    public async Task Run_UsesJurisdictionOption_OverRecordsOwn()
    {
        var (code, output, _) = await Run(Write("record.json", Record), "--jurisdiction", "xinjiang-2019-makerspace");

        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("xinjiang-2019-makerspace", report.RootElement.GetProperty("jurisdiction").GetString());
        Assert.All(report.RootElement.GetProperty("rules").EnumerateArray(),
            r => Assert.StartsWith("xinjiang-2019-makerspace/", r.GetProperty("rule_id").GetString()));
    }

    [Fact]
    public async Task Run_UsesRecordsJurisdiction_ForAuto()
    {
        var (code, output, _) = await Run(Write("record.json", Record), "--jurisdiction", "auto");
        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("shanxi-2022-makerspace", report.RootElement.GetProperty("jurisdiction").GetString());
    }

    public static TheoryData<string, string> BadRecords() => new()
    {
        { "not json", "{ this is not json" },
        { "empty", "" },
        { "json array", "[1, 2, 3]" },
        { "wrong value type", """{ "submission_id": "X", "jurisdiction": "shanxi-2022-makerspace", "fields": { "total_area_sqm": { "declared": { "value": "八百" } } } }""" },
        { "wrong enum value", """{ "submission_id": "X", "jurisdiction": "shanxi-2022-makerspace", "fields": { "premises_source": { "declared": { "value": "rented" } } } }""" },
        { "unknown program", """{ "submission_id": "X", "jurisdiction": "beijing-2030-makerspace", "fields": {} }""" },
        { "no program", """{ "submission_id": "X", "fields": {} }""" },
        { "unknown document type", """{ "submission_id": "X", "jurisdiction": "shanxi-2022-makerspace", "documents": [ { "document_id": "d1", "type": "passport" } ] }""" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task Run_ExitsTwoWithOneLine_ForBadRecord(string what, string content)
    {
        var (code, output, err) = await Run(Write(what.Replace(' ', '-') + ".json", content));

        Assert.Equal(CommandLine.ExitUsage, code);
        Assert.Equal("", output);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: ", err);
    }

    [Fact]
    public async Task Run_NamesTheField_ForWrongValueType()
    {
        var path = Write("r.json", """{ "submission_id": "X", "jurisdiction": "shanxi-2022-makerspace", "fields": { "mentors_count": { "evidence": { "value": "五" } } } }""");
        var (_, _, err) = await Run(path);
        Assert.Contains("mentors_count", err);
    }

    [Fact]
    public async Task Run_ListsKnownPrograms_ForUnknownJurisdictionOption()
    {
        var (code, _, err) = await Run(Write("record.json", Record), "--jurisdiction", "nowhere");
        Assert.Equal(CommandLine.ExitUsage, code);
        Assert.Contains("nowhere", err);
        Assert.Contains("xinjiang-2019-makerspace", err);
    }

    [Fact]
    public async Task Run_ExitsTwo_ForMissingFileDirectoryOrBadArguments()
    {
        Assert.Equal(2, (await Run(Path.Combine(_dir, "absent.json"))).Code);
        Assert.Equal(2, (await Run(_dir)).Code);
        Assert.Equal(2, (await Run()).Code);
        Assert.Equal(2, (await Run(Write("a.json", Record), Write("b.json", Record))).Code);
        Assert.Equal(2, (await Run(Write("c.json", Record), "--verbose")).Code);
        Assert.Equal(2, (await Run(Write("d.json", Record), "--out")).Code);
    }

    [Fact]
    public async Task Run_ExitsTwo_WhenReportCannotBeWritten()
    {
        var (code, _, err) = await Run(Write("record.json", Record), "--out", Path.Combine(_dir, "no", "such", "dir", "report.json"));
        Assert.Equal(CommandLine.ExitUsage, code);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
    }
}
