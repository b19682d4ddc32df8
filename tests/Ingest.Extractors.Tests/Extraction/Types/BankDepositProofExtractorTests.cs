using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Tests.Extraction;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction.Types;

public class BankDepositProofExtractorTests
{
    private static DocumentFacts Run(params string[] lines)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Lines(lines).View("d2"), facts);
        return facts;
    }

    [Fact]
    public void Extract_ReadsTheBalance_ValueColumnReadAfterTheAccountNumbersLine()
    {
        // The scan read the labels as one column and the values as another: the flow runs the account number into the balance.
        var facts = Run("存款人名称", "存款余额(小写)", "用途说明", "存款证明书", "4404005337083", "803,000.00元证明日期2018年6月29日",
            "学府街创想空间种子资金专户", "太原致远云帆科技企业孵化器有限公司", "账号", "存款余额(大写)", "抽拾万参什元整");

        Assert.Equal(80.3m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
    }

    [Fact]
    public void Extract_ReadsTheBalance_ThousandsCommaLostWhereTheWordsConfirmIt()
    {
        var facts = Run("存款证明书", "存款余额〈小写) 1200,000.00元证明日期2022年6月7日", "太原启航晨曦众创空间管理有限公司", "账号",
            "存款余额〈大写)", "过佰起枪万元整");

        Assert.Equal(120m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
    }

    [Fact]
    public void Extract_SkipsBrokenFigure_SeparatorsMisreadInTableRow()
    {
        // 「Y1.800,.000.00」 once read as ¥1.80 (0.00018 万元); the total after 小写 is the amount.
        var facts = Run(
            "单位存款证明书", "许昌梦工追光投资管理有限公司;", "Y1.800,.000.00",
            "合计金额:人民币(大写)过佰押拾万元整(小写) Y1,800,000.00");

        Assert.Equal(180m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
    }

    [Theory]
    [InlineData("合计金额:人民币(大写)壹佰起拾万元整(小写) #1,200,000.00", 120)]
    [InlineData("合计金额:人民币(大写)过佰伍拾万元整(小写)汉,500,000.00", null)]
    [InlineData("合计金额:人民币(大写)人参佰万元整(小写)半3,000,000.00", 300)]
    [InlineData("合计金额:人民币(大写)参从万元整(小写)3,000,000.00", 300)]
    [InlineData("合计金额:人民币(大写)过佰揭拾万元整(小写)六,800,000.00 半1,800,000.00", 180)]
    // 过 is 壹's look-alike: the figure misread 4,500,000 does not fit 壹佰伍拾万 and proves no amount.
    [InlineData("合计金额:人民币(大写)过佰伍拾万元整(小写)#4,500,000.00", null)]
    public void Extract_ReadsMoneyFormatFigure_CurrencyMarkMisread(string line, int? expected)
    {
        var facts = Run("单位存款证明书", "太原源点创客投资管理有限公司:", "存款余额", line);

        Assert.Equal(expected, (int?)facts.Fields.GetValueOrDefault(FieldKeys.SeedFundWan)?.Value?.Number);
    }

    [Fact]
    public void Extract_ReadsBalance_TableRowRunsAccountNumberIntoIt()
    {
        // The row read as one line: without its spaces the balance runs on from the account number.
        var facts = Run("单位存款证明书", "许昌领航天山创业服务有限公司:", "户名 账号 存款余额",
            "， 4286977865455273075 1,800,000.00", "合计金额:人民币(大写)过佰提拾万元整(小写)汉,800,000.00");

        Assert.Equal(180m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
    }

    [Theory]
    [InlineData("过佰提拾万元整", false)] // every misread character a known look-alike: the words read 壹佰捌拾万 and agree
    [InlineData("过佰从拾万元整", true)]  // one unknown: the figure only fits the shape
    public void Extract_AmountIsSure_FigureAgreesWithLookAlikesRead(string words, bool lowConfidence)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Page(Core.Documents.PageSource.Ocr, 0.3)
            .Lines("单位存款证明书", "， 4286977865455273075 1,800,000.00", $"合计金额:人民币(大写){words}(小写)汉,800,000.00").View("d2"), facts);

        Assert.Equal(180m, facts.Fields[FieldKeys.SeedFundWan].Value?.Number);
        Assert.Equal(lowConfidence, facts.Fields[FieldKeys.SeedFundWan].LowConfidence ?? false);
    }

    [Theory]
    [InlineData("(大写)人参佰万元整(小写)Y3,000,000.00", "Y3,000,000.00")]   // a speck before the words: they still read 叁佰万
    [InlineData("(大写)莽佰万元整(小写)#2,000,000.00", "Y2,000,000.00")]    // words illegible, the figures printed twice agree
    public void Extract_AmountIsSure_TwoReadingsAgreeOnAPoorScan(string totalLine, string balance)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Page(Core.Documents.PageSource.Ocr, 0.3)
            .Lines("单位存款证明书", "户名 账号 存款余额", "2198857238489757242 " + balance, "合计金额:人民币" + totalLine).View("d2"), facts);

        var amount = facts.Fields[FieldKeys.SeedFundWan];
        Assert.NotNull(amount.Value?.Number);
        Assert.Null(amount.LowConfidence);
    }

    [Fact]
    public void Extract_LeavesAmountDoubtful_TheTwoFiguresDisagree()
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Page(Core.Documents.PageSource.Ocr, 0.3)
            .Lines("单位存款证明书", "2198857238489757242 Y2,000,000.00", "合计金额:人民币(大写)莽佰万元整(小写)#3,000,000.00").View("d2"), facts);

        // Two amounts and nothing legible to choose between them: no amount rather than a sure wrong one.
        Assert.Null(facts.Fields[FieldKeys.SeedFundWan].Value);
    }

    [Fact]
    public void Extract_LeavesAmountOut_BalanceWordDoesNotFitLegibleUppercase()
    {
        var facts = Run("单位存款证明书", "， 4286977865455273075 1,500,000.00", "合计金额:人民币(大写)过佰提拾万元整(小写)汉,800,000.00");

        Assert.Null(facts.Fields[FieldKeys.SeedFundWan].Value);
    }

    [Fact]
    public void Extract_LeavesAmountOut_FigureDoesNotFitLegibleUppercase()
    {
        // The leading 1 of ¥1,500,000.00 merged into the mark: 500,000.00 reads cleanly but contradicts 「?佰伍拾万元整」.
        var facts = Run("单位存款证明书", "合计金额:人民币(大写)过佰伍拾万元整(小写)¥500,000.00");

        Assert.Null(facts.Fields[FieldKeys.SeedFundWan].Value);
        Assert.NotNull(facts.Fields[FieldKeys.SeedFundWan].Raw);
    }

    [Theory]
    [InlineData("账吴", "太原天山科信众创空间管理有限公司")] // 账号 misread: no surname starts it
    [InlineData("蔡晶", "蔡晶")]                           // a person's name is a holder, whoever the letter is addressed to
    public void Extract_TakesAddressee_ScannedHeaderRowReadAsHolderLabelAndValue(string besideLabel, string expected)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Page(Core.Documents.PageSource.Ocr, 0.88)
            .Lines("单位存款证明书", "太原天山科信众创空间管理有限公司:")
            .Cells(1.5, (158, "户名"), (519, besideLabel), (881, "市种"), (1013, "存款余额")).View("d2"), facts);

        Assert.Equal(expected, facts.Bank!.Holder?.Value?.Text);
    }

    [Fact]
    public void Extract_TakesAddressee_HolderLabelValueHoldsTheOtherLabels()
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Lines("单位存款证明书", "许昌梦工追光投资管理有限公司;")
            .Table(["户名", "汽贰束记二分专用章)户名账号币种存款余额许昌梦工追光投资管理有限公司"]).View("d2"), facts);

        Assert.Equal("许昌梦工追光投资管理有限公司", facts.Bank!.Holder?.Value?.Text);
    }

    [Theory]
    [InlineData("合计金额:人民币(大写)贰佰万元整(小写)¥2,000,000.00", null)]   // both renderings agree: sure
    [InlineData("合计金额:人民币(小写)¥2,000,000.00", true)]                  // the figures alone stay as poorly read as they were
    public void Extract_AmountIsSure_FiguresAndWordsAgreeOnAPoorScan(string line, bool? lowConfidence)
    {
        var facts = new DocumentFacts { DocumentId = "d2", Type = DocumentType.BankDepositProof };
        new BankDepositProofExtractor().Extract(new DocBuilder().Page(Core.Documents.PageSource.Ocr, 0.3)
            .Lines("单位存款证明书", "许昌新动泰和孵化器管理有限公司:", line).View("d2"), facts);

        var amount = facts.Fields[FieldKeys.SeedFundWan];
        Assert.Equal(200m, amount.Value?.Number);
        Assert.Equal(lowConfidence, amount.LowConfidence);
    }
}
