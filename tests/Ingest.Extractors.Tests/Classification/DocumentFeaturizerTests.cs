using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

public class DocumentFeaturizerTests
{
    private readonly DocumentFeaturizer _featurizer = new(new DocumentFeatureSettings());

    [Fact]
    public void Featurize_IgnoresNumbersAndWidth_SameWording()
    {
        var a = _featurizer.Featurize([SyntheticDocuments.Page(1, ["房屋租赁合同", "建筑面积450平方米", "租金每月人民币12000元"])]);
        var b = _featurizer.Featurize([SyntheticDocuments.Page(1, ["房屋租赁合同", "建筑面积 ８００ 平方米", "租金每月人民币3000元"])]);
        var textA = a.Indices.Where(i => !_featurizer.IsLayoutFeature(i));
        var textB = b.Indices.Where(i => !_featurizer.IsLayoutFeature(i));
        Assert.Equal(textA, textB);
    }

    [Fact]
    public void Featurize_StaysInsideDimension_AnyPage()
    {
        var x = _featurizer.Featurize([SyntheticDocuments.Page(1, SyntheticDocuments.Lines(Core.Records.DocumentType.Diploma, new Random(1), 8))]);
        Assert.All(x.Indices, i => Assert.InRange(i, 0, _featurizer.Dimension - 1));
        Assert.Contains(x.Indices, _featurizer.IsLayoutFeature);
    }

    [Fact]
    public void Featurize_HashesTitleApart_SameTextInBody()
    {
        var titled = _featurizer.Featurize([SyntheticDocuments.Page(1, ["毕业证书", "正文"])]);
        var body = _featurizer.Featurize([SyntheticDocuments.Page(1, ["正文", "其他", "内容", "毕业证书"])]);
        // With TitleLines = 3 the title of the second page is 正文其他内容: the 毕业证书 title n-grams are only in the first.
        Assert.NotEqual(titled.Indices.Where(i => !_featurizer.IsLayoutFeature(i)).Count(),
            body.Indices.Where(i => !_featurizer.IsLayoutFeature(i)).Count());
    }

    [Fact]
    public void Featurize_GivesOnlyLayout_EmptyDocument()
    {
        var x = _featurizer.Featurize([]);
        Assert.All(x.Indices, i => Assert.True(_featurizer.IsLayoutFeature(i)));
    }
}

public class DocumentFeaturizerOcrTableTests
{
    [Fact]
    public void Featurize_IgnoresTablesOfScannedPages_ModelTrainedWithoutThem()
    {
        var featurizer = new DocumentFeaturizer(new DocumentFeatureSettings());
        var page = SyntheticDocuments.Page(1, ["活动开展情况", "序号活动日期活动名称", "1 2016年2月1日 创业沙龙"]) with { Source = Core.Documents.PageSource.Ocr, OcrConfidence = 0.9 };
        var withTable = page with
        {
            Tables = [new Core.Documents.Table { Rows = [new Core.Documents.TableRow { Cells = [new Core.Documents.TableCell { Text = "序号活动日期活动名称" }] }] }],
        };

        Assert.Equal(featurizer.Featurize([page]).Values, featurizer.Featurize([withTable]).Values);
    }
}
