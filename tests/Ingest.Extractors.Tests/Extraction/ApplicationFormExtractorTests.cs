using ZcIngest.Core.Documents;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Extraction.Types;

namespace ZcIngest.Extractors.Tests.Extraction;

public class ApplicationFormExtractorTests
{
    private static Dictionary<FieldKey, FieldValue> Extract(DocBuilder doc)
    {
        var facts = new DocumentFacts { DocumentId = "d1", Type = DocumentType.ApplicationForm };
        new ApplicationFormExtractor().Extract(doc.View(), facts);
        return facts.Fields;
    }

    private static decimal? Number(Dictionary<FieldKey, FieldValue> f, FieldKey k) => f.GetValueOrDefault(k)?.Value?.Number;

    [Fact]
    public void Extract_EndsTheValueWhereItsBracketsClose_LabelInsideASentencesBrackets()
    {
        var fields = Extract(new DocBuilder().Lines(
            "我单位朔州恒信蓝海创业服务有限公司（统一社会信用代码：91140602CQETJE4732，法定代表人：宋斌）是桑干河创客驿站的运营主体。"));

        Assert.Equal("宋斌", fields[FieldKeys.LegalRepresentative].Value?.Text);
        Assert.Equal("91140602CQETJE4732", fields[FieldKeys.CreditCode].Value?.Text);
    }

    [Fact]
    public void Extract_ReadsEveryPair_FourColumnGridOfAttachment1()
    {
        var fields = Extract(new DocBuilder().Line("一、众创空间基本信息表").Table(
            ["众创空间名称", "星火众创空间"],
            ["运营主体名称", "太原星火科技有限公司"],
            ["创办时间", "2018年5月10日", "众创空间类型", "综合 ☑ 专业化 ☐"],
            ["服务人员数量(人)", "12", "其中:大专以上学历 人数(人)", "10"],
            ["上年度总收入 (万元)", "150.5", "上年度运营成本 (万元)", "1,200,000元"],
            ["服务场地面积(m ²)", "800", "场地来源", "■自有 □租赁"],
            ["入驻团队及企业数", "25", "科技类团队企业数", "18"],
            ["聚集创客数量(人)", "160", "入驻团队及企业拥有 知识产权数", "32"],
            ["平均月举办活动场次", "3.5", "可提供的其他服务", "投融资对接"],
            ["种子基金规模(万元)", "壹佰万元整", "种子基金已投资额度", "30"]));

        Assert.Equal("星火众创空间", fields[FieldKeys.SpaceName].Value?.Text);
        Assert.Equal("太原星火科技有限公司", fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal(new DateOnly(2018, 5, 10), fields[FieldKeys.EstablishedDate].Value?.Date);
        Assert.Equal("comprehensive", fields[FieldKeys.SpaceCategory].Value?.Text);
        Assert.Equal(12m, Number(fields, FieldKeys.StaffTotal));
        Assert.Equal(10m, Number(fields, FieldKeys.StaffCollegeOrAbove));
        Assert.Equal(150.5m, Number(fields, FieldKeys.RevenueWan));
        Assert.Equal(120m, Number(fields, FieldKeys.OperatingCostWan));
        Assert.Equal(800m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal("owned", fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal(25m, Number(fields, FieldKeys.ResidentCount));
        Assert.Equal(18m, Number(fields, FieldKeys.ResidentTechCount));
        Assert.Equal(32m, Number(fields, FieldKeys.IpCount));
        Assert.Equal(3.5m, Number(fields, FieldKeys.EventsPerMonth));
        Assert.Equal(100m, Number(fields, FieldKeys.SeedFundWan));
        Assert.Equal(30m, Number(fields, FieldKeys.SeedFundInvestedWan));
        var area = fields[FieldKeys.TotalAreaSqm];
        Assert.Equal("d1", area.DocumentId);
        Assert.Equal(1, area.Page);
        Assert.NotNull(area.Box);
        Assert.Contains("800", area.Snippet);
    }

    [Fact]
    public void Extract_UsesSynonymsAndLabelUnits_TwoColumnTable()
    {
        var fields = Extract(new DocBuilder().Table(
            ["载体名称", "汾河创客工场"],
            ["运营单位", "山西汾河孵化器管理有限公司"],
            ["场地总面积（平方米）", "1,200.00"],
            ["场地性质", "租赁"],
            ["创业导师人数", "8人"],
            ["种子资金（元）", "500000"],
            ["填报日期", "二〇二二年六月一日"],
            ["创业工位数", "一百二十"]));

        Assert.Equal("汾河创客工场", fields[FieldKeys.SpaceName].Value?.Text);
        Assert.Equal("山西汾河孵化器管理有限公司", fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal(1200m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal("leased", fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal(8m, Number(fields, FieldKeys.MentorsCount));
        Assert.Equal(50m, Number(fields, FieldKeys.SeedFundWan));
        Assert.Equal(new DateOnly(2022, 6, 1), fields[FieldKeys.ApplicationDate].Value?.Date);
        Assert.Equal(120m, Number(fields, FieldKeys.WorkstationsTotal));
    }

    [Fact]
    public void Extract_ReadsColonLinesAndSpacedLabels_ParagraphForm()
    {
        var fields = Extract(new DocBuilder().Lines(
            "山西省省级众创空间认定申请书",
            "众创空间名称：星火众创空间",
            "运营主体名称：太原星火科技有限公司（盖章）",
            "运营主体法人：张 伟（签字）",
            "众创空间类型：(√)综合 ( )专业化",
            "服 务 场 地 面 积（㎡）：650",
            "服务人员数量：15人    大专以上学历人数：12人",
            "种子基金规模: 80万元",
            "填报时间：2022年6月8日"));

        Assert.Equal("星火众创空间", fields[FieldKeys.SpaceName].Value?.Text);
        Assert.Equal("太原星火科技有限公司", fields[FieldKeys.OperatorName].Value?.Text);
        Assert.Equal("张 伟", fields[FieldKeys.LegalRepresentative].Value?.Text);
        Assert.Equal("comprehensive", fields[FieldKeys.SpaceCategory].Value?.Text);
        Assert.Equal(650m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal(15m, Number(fields, FieldKeys.StaffTotal));
        Assert.Equal(12m, Number(fields, FieldKeys.StaffCollegeOrAbove));
        Assert.Equal(80m, Number(fields, FieldKeys.SeedFundWan));
        Assert.Equal(new DateOnly(2022, 6, 8), fields[FieldKeys.ApplicationDate].Value?.Date);
        Assert.Equal(0.97, fields[FieldKeys.TotalAreaSqm].Confidence);
    }

    [Fact]
    public void Extract_FindsValueRightOfLabel_LayoutWithoutTable()
    {
        var fields = Extract(new DocBuilder().Lines(
            "服务场地面积(m²)        800        场地来源        ☐自有 ☑租赁",
            "孵化器名称        创新谷孵化器"));

        Assert.Equal(800m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Equal("leased", fields[FieldKeys.PremisesSource].Value?.Text);
        Assert.Equal("创新谷孵化器", fields[FieldKeys.SpaceName].Value?.Text);
    }

    [Fact]
    public void Extract_TakesNoOption_OptionsListedWithoutMarks()
    {
        // A font without ☑/☐ leaves only the option words in the text layer: the first is not the chosen one.
        var fields = Extract(new DocBuilder().Lines(
            "服务场地面积(m²)        800        场地来源        自有        租赁",
            "众创空间类型        技术支撑类        投资驱动类        综合类",
            "孵化器名称        创新谷孵化器"));

        Assert.Equal(800m, Number(fields, FieldKeys.TotalAreaSqm));
        Assert.Null(fields[FieldKeys.PremisesSource].Value);
        Assert.Equal("自有 租赁", fields[FieldKeys.PremisesSource].Raw);
        Assert.Null(fields[FieldKeys.SpaceCategory].Value);
        Assert.Equal("创新谷孵化器", fields[FieldKeys.SpaceName].Value?.Text);
    }

    [Fact]
    public void Extract_TakesValueBelow_HeaderRowTable()
    {
        var fields = Extract(new DocBuilder().Table(
            ["提供工位数(个)", "开放区域工位数", "公共区域面积(m²)"],
            ["120", "60", "300"]));

        Assert.Equal(120m, Number(fields, FieldKeys.WorkstationsTotal));
        Assert.Equal(60m, Number(fields, FieldKeys.WorkstationsOpen));
        Assert.Equal(300m, Number(fields, FieldKeys.PublicAreaSqm));
    }

    [Fact]
    public void Extract_KeepsRawWithoutValue_UnreadableOrHedgedValues()
    {
        var fields = Extract(new DocBuilder().Table(
            ["场地来源", "自有/租赁"],
            ["服务场地面积", "约800"],
            ["众创空间类型", "☑综合 ☑专业化"]));

        Assert.Null(fields[FieldKeys.PremisesSource].Value);
        Assert.Equal("自有/租赁", fields[FieldKeys.PremisesSource].Raw);
        Assert.Null(fields[FieldKeys.TotalAreaSqm].Value);
        Assert.Equal("约800", fields[FieldKeys.TotalAreaSqm].Raw);
        Assert.Null(fields[FieldKeys.SpaceCategory].Value);
    }

    [Fact]
    public void Extract_SkipsBlankCover_TakesTableValue()
    {
        var fields = Extract(new DocBuilder()
            .Lines("众创空间名称：_____", "众创空间类型：_____ 综合 专业化")
            .Table(["众创空间名称", "晋阳众创空间", "众创空间类型", "综合 □ 专业化 ■"]));

        Assert.Equal("晋阳众创空间", fields[FieldKeys.SpaceName].Value?.Text);
        Assert.Equal("specialized", fields[FieldKeys.SpaceCategory].Value?.Text);
    }

    [Fact]
    public void Extract_MarksLowConfidence_PoorOcrPage()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.45).Table(["服务场地面积(m²)", "800"]));

        var area = fields[FieldKeys.TotalAreaSqm];
        Assert.Equal(800m, area.Value?.Number);
        Assert.True(area.LowConfidence);
        Assert.True(area.Confidence < 0.5);
    }

    [Fact]
    public void Extract_KeepsConfidenceHigh_GoodOcrPage()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.93).Lines("服务场地面积：800平方米"));

        Assert.Null(fields[FieldKeys.TotalAreaSqm].LowConfidence);
        Assert.InRange(fields[FieldKeys.TotalAreaSqm].Confidence!.Value, 0.85, 0.95);
    }

    [Fact]
    public void Extract_ReadsChoice_OptionsWrappedOverTwoLinesOfScannedCell()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(0.9, (50, "众创空间类型"), (400, "技术支撑类口投资驱"))
            .Cells(2, (400, "动类国综合类口"))
            .Cells(1.5, (50, "创业导师数(人)"), (400, "6")));

        Assert.Equal("investment_driven", fields[FieldKeys.SpaceCategory].Value?.Text);
        Assert.Equal(6m, Number(fields, FieldKeys.MentorsCount));
    }

    [Theory]
    [InlineData("统一社会信用代码    91350100M000100Y")]                  // the code's line ends with it
    [InlineData("统一社会信用代码    91350100M000100Y        程晓燕")]     // the next cell's name read onto the code's line
    public void Extract_JoinsCreditCode_WrappedUnderTheCodeInScannedCell(string firstLine)
    {
        var codeX = 50 + firstLine.IndexOf('9') * 10;
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line(firstLine)
            .Line("43", x: codeX)
            .Line("创业导师数(人)    6"));

        Assert.Equal("91350100M000100Y43", fields[FieldKeys.CreditCode].Value?.Text);
    }

    [Fact]
    public void Extract_JoinsCreditCode_NextLabelReadBetweenItsPieces()
    {
        // The text layer's table merged the wrapped piece and the next label into the code's cell.
        var fields = Extract(new DocBuilder().Table(["统一社会信用代码", "911401064646ETKR 法定代表人8F", "汤洁"]));

        Assert.Equal("911401064646ETKR8F", fields[FieldKeys.CreditCode].Value?.Text);
    }

    [Fact]
    public void Extract_KeepsCreditCode_PieceBelowIsNotUnderTheCode()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Line("统一社会信用代码    91350100M000100Y        程晓燕")
            .Line("43", x: 50 + 40 * 10));

        Assert.NotEqual("91350100M000100Y43", fields[FieldKeys.CreditCode].Value?.Text);
    }

    [Fact]
    public void Extract_JoinsLabel_WrappedOverTwoLinesOfScannedCell()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(1.2, (50, "入驻团队及企业拥有知识产"), (400, "88"))
            .Cells(1.5, (50, "权数(项)"))
            .Cells(1.5, (50, "创业导师数(人)"), (400, "6")));

        Assert.Equal(88m, Number(fields, FieldKeys.IpCount));
        Assert.Equal(6m, Number(fields, FieldKeys.MentorsCount));
    }

    [Theory]
    [InlineData("山西省二")]      // a line the scan merged with the next: the province and a stray glyph
    [InlineData("新疆维吾尔自治区")]
    public void Extract_TakesTheOtherStatement_AddressWithNothingBelowTheProvince(string merged)
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Lines($"运营场所地址：{merged}")
            .Cells(1.5, (50, "运营场所地址"), (400, "山西省太原市万柏林区学府街139号创业园6层")));

        Assert.Equal("山西省太原市万柏林区学府街139号创业园6层", fields[FieldKeys.Address].Value?.Text);
    }

    [Fact]
    public void Extract_TakesTheRuledCellBesideTheLabel_WhenTheScanLostItFromTheLine()
    {
        // The line lost 3.5 and 孵化专项资金(万元): read alone it pairs 月均活动场次 with the next value along, 一百八十.
        static Line At(string text, double x0, double x1) =>
            new() { Text = text, Box = new Box(x0, 100, x1, 130), Words = [new Word { Text = text, Confidence = 0.9, Box = new Box(x0, 100, x1, 130) }] };
        static TableCell Cell(int column, string text, double x0, double x1) => new() { Column = column, Text = text, Box = new Box(x0, 95, x1, 135) };
        var page = new Page
        {
            Number = 1, Source = PageSource.Ocr, OcrConfidence = 0.9, Unit = "px",
            Blocks = [new Block { Lines = [At("月均活动场次", 158, 290), At("一百八十", 1000, 1126)] }],
            Tables = [new Table { Rows = [new TableRow { Cells = [Cell(0, "月均活动场次", 150, 350), Cell(1, "3.5", 355, 600),
                Cell(2, "孵化专项资金(万元)", 605, 900), Cell(3, "一百八十", 905, 1200)] }] }],
        };
        var facts = new DocumentFacts { DocumentId = "d1", Type = DocumentType.ApplicationForm };

        new ApplicationFormExtractor().Extract(new ZcIngest.Extractors.Extraction.DocumentView("d1", [page]), facts);

        Assert.Equal(3.5m, facts.Fields[FieldKeys.EventsPerMonth].Value?.Number);
    }

    [Fact]
    public void Extract_KeepsRowsValue_WhenSpeckBeforeLabelSitsOverNextRowsLabel()
    {
        // 「和」 is a speck read before 孵化案例数; the label under it is a row of its own, not the rest of a wrapped label.
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(1.5, (50, "和孵化案例数(个)"), (400, "4"))
            .Cells(1.5, (50, "专职服务人员数(人)"), (400, "6")));

        Assert.Equal(6m, Number(fields, FieldKeys.StaffFullTime));
        Assert.Equal(4m, Number(fields, FieldKeys.IncubationCases));
    }

    [Theory]
    [InlineData("在筹企业")]     // 孵 read as its look-alike 筹
    [InlineData("入铸企业数")]
    public void Extract_MatchesLabel_IncubationCharacterMisread(string label)
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(1.5, (50, label), (400, "20家"))
            .Cells(1.5, (50, "创业导师数(人)"), (400, "6")));

        Assert.Equal(20m, Number(fields, FieldKeys.ResidentCount));
    }

    [Fact]
    public void Extract_MatchesLabel_UnitMisreadOrCutByOcr()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(1.5, (50, "公共区域面积m?)"), (400, "863"))
            .Cells(1.5, (50, "种子基金已投资额度(万元"), (400, "103.00")));

        Assert.Equal(863m, Number(fields, FieldKeys.PublicAreaSqm));
        Assert.Equal(103m, Number(fields, FieldKeys.SeedFundInvestedWan));
    }

    [Fact]
    public void Extract_MatchesLabel_OneCharacterMisreadOrLostByOcr()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(1.5, (50, "信驻团队及企业数"), (400, "13家"))
            .Cells(1.5, (50, "提供工位"), (400, "53个")));

        Assert.Equal(13m, Number(fields, FieldKeys.ResidentCount));
        Assert.Equal(53m, Number(fields, FieldKeys.WorkstationsTotal));
    }

    [Theory]
    [InlineData("入 驻 企业 (团队 ) 数 : 29 家")]   // a note in brackets inside the label, as OCR spaces it
    [InlineData("入驻企业（团队）数：29家")]
    public void Extract_MatchesLabel_NoteInBracketsInsideIt(string line)
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("创业工位：209个", line, "科技类团队企业数：19家"));

        Assert.Equal(29m, Number(fields, FieldKeys.ResidentCount));
        Assert.Equal(19m, Number(fields, FieldKeys.ResidentTechCount));
    }

    [Fact]
    public void Extract_KeepsUnitBracket_LabelEndingAtIt()
    {
        var fields = Extract(new DocBuilder().Lines("公共区域面积(m²)：1,043"));

        Assert.Equal(1043m, Number(fields, FieldKeys.PublicAreaSqm));
    }

    [Fact]
    public void Extract_DropsSealText_SealPrintedOverTheValueCell()
    {
        var fields = Extract(new DocBuilder().Cells(1.5, (50, "法定代表人"), (400, "赵军专用章")).Cells(1.5, (50, "联系人"), (400, "★ 王芳")));

        Assert.Equal("赵军", fields[FieldKeys.LegalRepresentative].Value?.Text);
    }

    [Fact]
    public void Extract_IgnoresNearLabel_TextLayerPage()
    {
        var fields = Extract(new DocBuilder().Cells(1.5, (50, "信驻团队及企业数"), (400, "13家")));

        Assert.False(fields.ContainsKey(FieldKeys.ResidentCount));
    }

    [Fact]
    public void Extract_SkipsBorderRemnant_BetweenLabelAndValueOfScannedCell()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(1.5, (50, "服务场地面积m3)"), (390, "|"), (400, "四百九十五"))
            .Cells(1.5, (50, "创业导师数(人)"), (400, "6")));

        Assert.Equal(495m, Number(fields, FieldKeys.TotalAreaSqm));
    }

    [Fact]
    public void Extract_JoinsAmountInWords_WrappedOverTwoLinesOfScannedCell()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(0.9, (50, "年度总收入"), (400, "提伯零忒万伍仔贰佰"))
            .Cells(2, (400, "元整"))
            .Cells(1.5, (50, "创业导师数(人)"), (400, "6")));

        Assert.Equal(802.52m, Number(fields, FieldKeys.RevenueWan));
        Assert.True(fields[FieldKeys.RevenueWan].LowConfidence);
    }

    [Fact]
    public void Extract_MarksAmountLowConfidence_LineBelowIsNoAmountEnd()
    {
        // Not joined with the line below; words counting past 万 are yuan (MoneyParser), but read from look-alikes and
        // without their 元整 the amount may be cut short: it is kept for the reviewer, never as a sure value.
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9)
            .Cells(0.9, (50, "年度总收入"), (400, "提伯零忒万伍仔贰佰"))
            .Cells(2, (400, "创业导师"))
            .Cells(1.5, (50, "场地来源"), (400, "租赁")));

        Assert.Equal(802.52m, Number(fields, FieldKeys.RevenueWan));
        Assert.True(fields[FieldKeys.RevenueWan].LowConfidence);
        Assert.DoesNotContain("创业导师", fields[FieldKeys.RevenueWan].Snippet);
    }

    [Theory]
    [InlineData("太原科信和莲城众创空间管理有限公司", 0.5, "太原科信莲城众创空间管理有限公司")] // one character off, barely legible
    [InlineData("太原科信和莲城众创空间管理有限公司", 0.85, "太原科信和莲城众创空间管理有限公司")] // one off, as legible
    [InlineData("太原星火科技有限公司", 0.5, "太原星火科技有限公司")] // another name: two statements, the first stays
    public void Extract_TakesSurerReading_NameStatedTwiceOnScannedForm(string cover, double coverConfidence, string expected)
    {
        var fields = Extract(new DocBuilder()
            .Page(PageSource.Ocr, coverConfidence).Lines("运营主体名称： " + cover)
            .Page(PageSource.Ocr, 0.9).Cells(1.5, (50, "运营主体单位"), (400, "太原科信莲城众创空间管理有限公司")));

        Assert.Equal(expected, fields[FieldKeys.OperatorName].Value?.Text);
    }

    [Fact]
    public void Extract_KeepsTheWholeName_SurerReadingCutShort()
    {
        // The later statement is read more surely but lost its last character (a seal over 司): it misread nothing.
        var fields = Extract(new DocBuilder()
            .Page(PageSource.Ocr, 0.5).Lines("运营主体名称： 太原科信莲城众创空间管理有限公司")
            .Page(PageSource.Ocr, 0.9).Cells(1.5, (50, "运营主体单位"), (400, "太原科信莲城众创空间管理有限公")));

        Assert.Equal("太原科信莲城众创空间管理有限公司", fields[FieldKeys.OperatorName].Value?.Text);
    }

    [Fact]
    public void Extract_FindsLabel_SpeckReadAsCharacterBeforeItOnScannedLine()
    {
        var fields = Extract(new DocBuilder().Page(PageSource.Ocr, 0.9).Lines("和运营场所地址：山西省太原市迎泽区文化路12号科创大厦B座"));

        Assert.Equal("山西省太原市迎泽区文化路12号科创大厦B座", fields[FieldKeys.Address].Value?.Text);
    }

    [Fact]
    public void Extract_IgnoresCharacterBeforeLabel_TextLayerLine()
    {
        var fields = Extract(new DocBuilder().Lines("和运营场所地址：山西省太原市迎泽区文化路12号科创大厦B座"));

        Assert.False(fields.ContainsKey(FieldKeys.Address));
    }
}
