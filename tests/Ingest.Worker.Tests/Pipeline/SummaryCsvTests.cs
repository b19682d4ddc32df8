using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Worker.Pipeline;

namespace ZcIngest.Worker.Tests.Pipeline;

public sealed class SummaryCsvTests
{
    private static SubmissionRecord Record(string operatorName)
    {
        var record = new SubmissionRecord { SubmissionId = "S01", Jurisdiction = "shanxi-2022-makerspace" };
        record.Fields.SetDeclared(FieldKeys.SpaceName, new FieldValue { Value = ScalarValue.Of("晋创空间") });
        record.Fields.SetDeclared(FieldKeys.OperatorName, new FieldValue { Value = ScalarValue.Of(operatorName) });
        record.Fields.SetDeclared(FieldKeys.SpaceCategory, new FieldValue { Value = ScalarValue.Of("specialized") });
        record.Fields.SetDeclared(FieldKeys.TotalAreaSqm, new FieldValue { Value = ScalarValue.Of(800m) });
        record.Fields.SetEvidence(FieldKeys.TotalAreaSqm, new FieldValue { Value = ScalarValue.Of(450m) });
        return record;
    }

    private static string[][] Rows(string csv) =>
        csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToArray();

    [Fact]
    public void Write_HasTheFormColumnsPlusVerdictAndRisk()
    {
        var report = new SubmissionReport { SubmissionId = "S01", Jurisdiction = "shanxi-2022-makerspace", Verdict = Verdict.Fail, Risk = new Risk { Score = 0.814 } };
        var rows = Rows(SummaryCsv.Write([(Record("太原晋创科技有限公司"), report, [])]));
        var header = rows[0].ToList();
        foreach (var column in new[] { "序号", "众创空间名称", "众创空间类型", "运营主体名称", "统一社会信用代码", "运营场所地址", "服务场地面积(m²)", "结论", "verdict", "risk" })
            Assert.Contains(column, header);
        var row = rows[1];
        Assert.Equal(header.Count, row.Length);
        Assert.Equal("2022年山西省省级众创空间认定", row[header.IndexOf("申报项目")]);
        Assert.Equal("专业化", row[header.IndexOf("众创空间类型")]);
        Assert.Equal("450", row[header.IndexOf("服务场地面积(m²)")]); // evidence over declared, as the rules judge it
        Assert.Equal("不通过", row[header.IndexOf("结论")]);
        Assert.Equal("fail", row[header.IndexOf("verdict")]);
        Assert.Equal("0.81", row[header.IndexOf("risk")]);
    }

    [Fact]
    public void Write_StartsWithABomForExcel()
    {
        Assert.StartsWith("\uFEFF序号,", SummaryCsv.Write([]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+86 公司", "'+86 公司")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("甲,乙", "\"甲,乙\"")]
    public void Escape_KeepsHostileTextAsText(string value, string expected)
    {
        Assert.Equal(expected, SummaryCsv.Escape(value));
    }
}
