using ZcIngest.Tests.Shared;
using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

/// <summary>The model in models/ must load with today's code and carry its provenance and figures.</summary>
public class CommittedModelTests
{
    private static string ModelPath() => RepositoryRoot.Combine("models", "doc-classifier.json");

    [Fact]
    public void Load_ClassifiesUnseenWording_CommittedModel()
    {
        var file = ModelFile.FromJson(File.ReadAllText(ModelPath()));
        Assert.StartsWith("train-classifier", file.Provenance.Command);
        // The corpus may join several generator runs (models/README.md lists their seeds), so no one seed is required.
        Assert.False(string.IsNullOrWhiteSpace(file.Provenance.Corpus));
        Assert.True(file.Evaluation!.Value.GetProperty("documents").GetProperty("samples").GetInt32() > 0);

        var classifier = DocumentClassifier.FromModelFile(file);
        // The generator's lease wording with other names and numbers: catches a featuriser change that no
        // longer matches the saved weights. (A short lease in quite different words is still taken for a
        // mentor agreement by this model: see models/README.md.)
        var lease = SyntheticDocuments.Page(1, ["房屋租赁合同", "合同编号：ZL-2019-4417", "出租方（甲方）：大同恒通置业有限公司",
            "统一社会信用代码：91140200MA0K4XQ21B", "法定代表人：孙立新", "承租方（乙方）：大同云岗众创空间管理有限公司",
            "根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方在平等、自愿、协", "商一致的基础上，就乙方承租甲方房屋事宜，订立本合同。",
            "第一条 房屋基本情况", "甲方将坐落于山西省大同市平城区御河西路18号的房屋出租给乙方使用，房屋建筑面积760㎡。",
            "第二条 租赁期限", "租赁期限为8年，自2019年5月1日起至2027年4月30日止。"]);
        var result = classifier.Classify([lease]);
        Assert.Equal(1.0, result.Probabilities.Values.Sum(), 6);
        Assert.Equal(DocumentType.LeaseContract, result.Type);
    }
}
