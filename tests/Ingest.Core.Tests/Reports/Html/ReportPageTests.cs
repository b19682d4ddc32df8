using System.Text.RegularExpressions;
using ZcIngest.Core.Records;
using ZcIngest.Core.Reports;
using ZcIngest.Core.Reports.Html;
using ZcIngest.Core.Rules;

namespace ZcIngest.Core.Tests.Reports.Html;

public sealed class ReportPageTests
{
    private static (SubmissionRecord Record, SubmissionReport Report, string Html) Sample(bool withRisk = true)
    {
        var record = ReportSamples.Record();
        var report = ReportSamples.Report(record, withRisk);
        return (record, report, ReportPage.Render(record, report, RuleCatalog.Default));
    }

    [Fact]
    public void Render_EscapesHostileText_WhenFileNameAndSnippetHoldMarkup()
    {
        var (_, _, html) = Sample();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>450", html);
        Assert.Contains(HtmlWriter.Escape(ReportSamples.HostileFile), html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;租赁合同.pdf", html);
        Assert.Contains(HtmlWriter.Escape(ReportSamples.HostileSnippet), html);
    }

    [Fact]
    public void Escape_ReplacesControlCharacters_AndKeepsChineseAndLineBreaks()
    {
        Assert.Equal("a\uFFFDb\n租赁&amp;&lt;&gt;&quot;&#39;", HtmlWriter.Escape("a\0b\n租赁&<>\"'"));
        Assert.Equal("\uFFFD", HtmlWriter.Escape("\f"));
        Assert.Equal("", HtmlWriter.Escape(null));
    }

    [Fact]
    public void Render_HasEverySection_InChinese()
    {
        var (_, _, html) = Sample();
        foreach (var heading in new[] { "审核结论", "条件逐条核对", "申报与证明材料不一致", "风险标记", "缺少的材料", "风险评分", "提交材料清单", "提取的数据" })
            Assert.Contains(heading, html);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("@page { size: A4;", html);
    }

    [Fact]
    public void Render_LoadsNothingFromOutside()
    {
        var (_, _, html) = Sample();
        // Submitted text is escaped, so every '<' left is a tag this renderer wrote.
        var tags = Regex.Matches(html, "<[a-zA-Z][^>]*>").Select(m => m.Value).ToList();
        Assert.DoesNotContain(tags, t => Regex.IsMatch(t, @"^<(script|link|img|iframe|object|embed|base)\b", RegexOptions.IgnoreCase));
        Assert.DoesNotContain(tags, t => Regex.IsMatch(t, @"\s(src|href|srcset|action)\s*=", RegexOptions.IgnoreCase));
        var css = html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</style>", StringComparison.Ordinal)];
        foreach (var external in new[] { "url(", "@import", "@font-face", "http" })
            Assert.DoesNotContain(external, css, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Verdict.Pass, "通过", "verdict-pass")]
    [InlineData(Verdict.Fail, "不通过", "verdict-fail")]
    [InlineData(Verdict.NeedsReview, "需人工复核", "verdict-needs_review")]
    public void Render_ShowsTheVerdictInBigChineseWords(Verdict verdict, string word, string cssClass)
    {
        var record = ReportSamples.Record();
        var report = ReportSamples.Report(record);
        report.Verdict = verdict;
        var html = ReportPage.Render(record, report, RuleCatalog.Default);
        Assert.Contains($"<section class=\"verdict {cssClass}\">", html);
        Assert.Contains($"<div class=\"word\">{word}</div>", html);
    }

    [Fact]
    public void Render_GivesTheReasons_WhenTheVerdictIsNotPass()
    {
        var (_, report, html) = Sample();
        Assert.Equal(Verdict.Fail, report.Verdict); // 450 m² of evidence against the 500 m² threshold
        var failed = report.Rules.Select((r, i) => (r, i)).Where(x => x.r.Status == RuleStatus.Fail).ToList();
        Assert.NotEmpty(failed);
        foreach (var (rule, i) in failed) Assert.Contains($"第 {i + 1} 条不符合：{HtmlWriter.Escape(rule.Message)}", html);
        Assert.Contains("高风险标记：证书编号重复", html);
    }

    [Fact]
    public void Render_CitesEveryRule_WithProgramTitleQuoteArticleAndStatus()
    {
        var (_, report, html) = Sample();
        var program = RuleCatalog.Default.Get("shanxi-2022-makerspace");
        Assert.Contains(program.Title, html);
        Assert.Contains("晋科函〔2022〕43号", html);
        Assert.Equal(report.Rules.Count, Regex.Matches(html, "<tr id=\"rule-\\d+\"").Count);
        foreach (var outcome in report.Rules)
        {
            var rule = program.Rules.Single(r => r.Id == outcome.RuleId);
            Assert.Contains(HtmlWriter.Escape(rule.Quote), html);
            Assert.Contains(outcome.Source.Split(' ')[1] + "（" + program.SeedFile + "）", html);
            Assert.Contains(HtmlWriter.Escape(ReportLabels.Status(outcome.Status)), html);
        }
        Assert.Contains("依据：证明材料", html);
        Assert.Contains("依据：申报值", html);
    }

    [Fact]
    public void Render_StatesAQualitativeRequirementOnce()
    {
        var (_, report, html) = Sample();
        var manual = report.Rules.First(r => r.Status == RuleStatus.Manual);
        Assert.StartsWith("定性条件，须由审核人判断：" + manual.Requirement, manual.Message);
        Assert.Single(Regex.Matches(html, Regex.Escape(HtmlWriter.Escape(manual.Requirement))));
        Assert.Contains("<td class=\"small\">定性条件，须由审核人判断", html);
    }

    [Fact]
    public void Render_ShowsDiscrepancySideBySide_WithSnippetsDocumentsAndPages()
    {
        var (_, report, html) = Sample();
        Assert.Contains(report.Discrepancies, d => d.Field == "total_area_sqm");
        var section = Section(html, "申报与证明材料不一致");
        Assert.Contains("800 m²", section);
        Assert.Contains("450 m²", section);
        Assert.Contains("服务场地面积(m²) 800", section);
        Assert.Contains("01-申请书.docx 第 1 页", section);
        Assert.Contains(HtmlWriter.Escape(ReportSamples.HostileFile) + " 第 2 页", section);
    }

    [Fact]
    public void Render_MarksLowConfidence_OnValuesAndPages()
    {
        var (_, _, html) = Sample();
        Assert.Contains("<span class=\"value low\">450 m²</span><span class=\"low-mark\">⚠ 低置信度</span>", html);
        Assert.Contains("<td class=\"num low\">0.42", Section(html, "提交材料清单"));
        Assert.DoesNotContain("<td class=\"num low\">0.91", html);
    }

    [Fact]
    public void Render_ListsEveryFlag_WithChineseNameDocumentsAndRelatedSubmissions()
    {
        var (_, _, html) = Sample();
        var section = Section(html, "风险标记");
        foreach (var code in Enum.GetValues<FlagCode>())
        {
            Assert.Contains(ReportLabels.Flag(code), section);
            Assert.Contains($"<code class=\"small\">{ZcIngest.Core.Json.IngestJson.SnakeCase(code.ToString())}</code>", section);
        }
        Assert.Contains("S041、S077", section);
        Assert.Contains("04-毕业证书-张三.jpg", section);
        Assert.Contains("02-营业执照.jpg", section);
    }

    [Fact]
    public void Render_NamesMissingDocumentsInChinese_AndPointsAtUnrecognisedOnes()
    {
        var (_, report, html) = Sample();
        Assert.NotEmpty(report.MissingDocuments);
        var section = Section(html, "缺少的材料");
        foreach (var type in report.MissingDocuments) Assert.Contains(type.ChineseName(), section);
        Assert.Contains("06-装订本.pdf（第 6 页）（识别为其他，分类置信度 0.31）", section);
    }

    [Fact]
    public void Render_ListsDocuments_WithTypeSourceOcrAndTheClerksError()
    {
        var (record, _, html) = Sample();
        var section = Section(html, "提交材料清单");
        Assert.Contains($"提交材料清单（{record.Documents.Count} 份，其中 1 份无法读取）", section);
        Assert.Contains("无法读取：" + ReportSamples.UnreadableError, section);
        Assert.Contains("营业执照/法人代码证书", section);
        Assert.Contains("扫描识别（OCR）", section);
        Assert.Contains("Word 文档", section);
        Assert.Contains("<td class=\"nowrap\">1–3</td>", section);
    }

    [Fact]
    public void Render_ShowsRiskScoreAndFactors_WhenPresent()
    {
        var (_, _, html) = Sample();
        var section = Section(html, "风险评分");
        Assert.Contains("0.81", section);
        Assert.Contains("租赁合同面积与申报面积相差 44%", section);
        Assert.Contains("+0.40", section);
    }

    [Fact]
    public void Render_SaysRiskNotComputed_WhenNull()
    {
        var (_, _, html) = Sample(withRisk: false);
        Assert.Contains("尚未计算风险评分", Section(html, "风险评分"));
    }

    [Fact]
    public void Render_StillGivesAPage_WhenProgramUnknownAndRecordEmpty()
    {
        var record = new SubmissionRecord { SubmissionId = "S0" };
        var report = new SubmissionReport { SubmissionId = "S0", Verdict = Verdict.NeedsReview };
        var html = ReportPage.Render(record, report, RuleCatalog.Default);
        Assert.Contains("未能识别申报项目，请人工指定", html);
        Assert.Contains("需人工复核", html);
        Assert.Contains("没有读到任何材料", html);
    }

    [Fact]
    public void Render_DoesNotCrash_WhenAFlagNamesADocumentTheRecordLacks()
    {
        var record = ReportSamples.Record();
        var report = ReportSamples.Report(record);
        report.Flags = [new Flag { Code = FlagCode.PdfModified, Severity = Severity.Medium, DocumentIds = ["d99"] }];
        var html = ReportPage.Render(record, report, RuleCatalog.Default);
        Assert.Contains("<li>d99</li>", html);
    }

    /// <summary>The page from a section's heading to the next heading.</summary>
    private static string Section(string html, string heading)
    {
        var start = html.IndexOf("<h2>" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = html.IndexOf("<h2>", start + 4, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
