using ZcIngest.Core.Ml;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Classification;

namespace ZcIngest.Extractors.Tests.Classification;

public class DocumentClassifierTests
{
    private static readonly Lazy<(ClassifierTrainingResult Result, IReadOnlyList<string> Classes)> Trained = new(() =>
    {
        var train = SyntheticDocuments.Corpus(perType: 12, seed: 1);
        var classes = DocumentClassifierTrainer.ClassesOf(train);
        var settings = new DocumentClassifierSettings();
        var samples = DocumentClassifierTrainer.BuildSamples(train, classes, new DocumentFeaturizer(settings.Features));
        return (DocumentClassifierTrainer.Train(samples, settings, new DocumentClassifierTrainingOptions()), classes);
    });

    private static DocumentClassifier Classifier => Trained.Value.Result.Classifier;

    [Fact]
    public void Classify_IsAccurate_HeldOutSyntheticDocuments()
    {
        var test = SyntheticDocuments.Corpus(perType: 6, seed: 99);
        var evaluation = ClassifierEvaluation.Evaluate(Classifier, test, Trained.Value.Classes);
        Assert.True(evaluation.Documents.Accuracy >= 0.97, $"document accuracy {evaluation.Documents.Accuracy}");
        Assert.True(evaluation.Pages.Accuracy >= 0.95, $"page accuracy {evaluation.Pages.Accuracy}");
    }

    [Fact]
    public void ClassifyFile_TakesTheTypeFromTheFileName_OnlyWhenThePagesSayNothing()
    {
        var classes = new[] { "lease_contract", "diploma", "staff_roster" };
        var zero = new SoftmaxModel(classes, [], [], new float[3]);
        var classifier = new DocumentClassifier(zero, zero, null, new DocumentClassifierSettings());
        var unreadable = new[] { SyntheticDocuments.Page(1, ["", "·"]) };
        var readable = new[] { SyntheticDocuments.Page(1, ["甲乙双方经友好协商，就下列事项达成一致"]) };

        var named = Assert.Single(classifier.ClassifyFile(unreadable, "材料/03-营业执照副本.jpg")).Classification;
        Assert.Equal(DocumentType.BusinessLicense, named.Type);
        Assert.Equal(0.5, named.Confidence);
        Assert.Equal(DocumentType.Other, Assert.Single(classifier.ClassifyFile(readable, "03-营业执照副本.jpg")).Classification.Type);
        Assert.Equal(DocumentType.Other, Assert.Single(classifier.ClassifyFile(unreadable, "scan0003.jpg")).Classification.Type);
    }

    [Fact]
    public void Classify_ReturnsOther_ModelWithoutEvidence()
    {
        // All-zero weights: every class equally likely, far below the threshold.
        var classes = new[] { "lease_contract", "diploma", "staff_roster" };
        var zero = new SoftmaxModel(classes, [], [], new float[3]);
        var classifier = new DocumentClassifier(zero, zero, null, new DocumentClassifierSettings());
        var result = classifier.Classify([SyntheticDocuments.Page(1, ["甲乙双方经友好协商，就下列事项达成一致"])]);
        Assert.Equal(DocumentType.Other, result.Type);
        Assert.Equal(1 / 3.0, result.Confidence, 10);
    }

    [Fact]
    public void Classify_TakesTheTitledType_WhenTheModelIsUnsure()
    {
        var classes = new[] { "lease_contract", "diploma", "staff_roster" };
        var zero = new SoftmaxModel(classes, [], [], new float[3]);
        var classifier = new DocumentClassifier(zero, zero, null, new DocumentClassifierSettings());

        var result = classifier.Classify([SyntheticDocuments.Page(1, ["房 屋 租 赁 合 同", "甲乙双方经友好协商，就下列事项达成一致"])]);

        Assert.Equal(DocumentType.LeaseContract, result.Type);
    }

    [Fact]
    public void Classify_KeepsTheModelsType_WhenTheTitleNamesSeveralTypes()
    {
        var classes = new[] { "lease_contract", "diploma", "staff_roster" };
        var zero = new SoftmaxModel(classes, [], [], new float[3]);
        var classifier = new DocumentClassifier(zero, zero, null, new DocumentClassifierSettings());

        var result = classifier.Classify([SyntheticDocuments.Page(1, ["房屋租赁合同", "毕业证书"])]);

        Assert.Equal(DocumentType.Other, result.Type);
    }

    [Theory]
    [InlineData("附件5 场地租赁合同-第2页.jpg", DocumentType.LeaseContract)] // names the type the model ranks first
    [InlineData("07-毕业证书.jpg", DocumentType.Other)]                     // names another: the page goes to a person
    [InlineData("IMG_20220602_024718.jpg", DocumentType.Other)]
    public void ClassifyFile_TakesTheFilesName_WhenItNamesTheModelsBestGuessUnderTheThreshold(string fileName, DocumentType expected)
    {
        var classes = new[] { "lease_contract", "diploma", "staff_roster" };
        var zero = new SoftmaxModel(classes, [], [], new float[3]);
        var classifier = new DocumentClassifier(zero, zero, null, new DocumentClassifierSettings());
        var page = SyntheticDocuments.Page(1, ["第七条 其他", "本合同未尽事宜，由双方另行协商签订补充协议。本合同一式肆份，甲乙双方各执贰份。"]);

        var part = Assert.Single(classifier.ClassifyFile([page], fileName));

        Assert.Equal(DocumentType.LeaseContract, part.Classification.BestGuess);
        Assert.Equal(expected, part.Classification.Type);
    }

    [Fact]
    public void Classify_RoutesToOther_ConfidenceBelowThreshold()
    {
        var r = Trained.Value.Result;
        var strict = new DocumentClassifier(r.Document, r.Page, r.Boundary,
            new DocumentClassifierSettings { OtherThreshold = 0.999999 });
        // Half a lease, half a diploma, no title: no honest model is sure of either.
        var rng = new Random(5);
        var mixed = SyntheticDocuments.ContinuationLines(DocumentType.LeaseContract, rng, 3).Concat(SyntheticDocuments.ContinuationLines(DocumentType.Diploma, rng, 3));
        var result = strict.Classify([SyntheticDocuments.Page(1, mixed)]);
        Assert.Equal(DocumentType.Other, result.Type);
        Assert.NotEqual(DocumentType.Other, result.BestGuess);
    }

    [Fact]
    public void Probabilities_SumToOne_AnyDocument()
    {
        var result = Classifier.Classify([SyntheticDocuments.Page(1, ["天气晴朗", "今天去公园散步"])]);
        Assert.Equal(1.0, result.Probabilities.Values.Sum(), 9);
    }

    [Fact]
    public void ClassifyFile_SplitsBundle_MixedScannedVolume()
    {
        var rng = new Random(42);
        var order = new[] { DocumentType.ApplicationForm, DocumentType.ApplicationForm, DocumentType.LeaseContract,
            DocumentType.LeaseContract, DocumentType.LeaseContract, DocumentType.Diploma, DocumentType.Diploma,
            DocumentType.BankDepositProof, DocumentType.ActivityRecord, DocumentType.ActivityRecord };
        var starts = new HashSet<int> { 0, 2, 5, 6, 7, 8 };
        var pages = order.Select((t, i) => SyntheticDocuments.Page(i + 1,
            starts.Contains(i) ? SyntheticDocuments.Lines(t, rng, 6) : SyntheticDocuments.ContinuationLines(t, rng, 6))).ToList();

        var parts = Classifier.ClassifyFile(pages);

        var pageTypes = pages.Select(p => parts.First(x => p.Number >= x.FirstPage && p.Number <= x.LastPage).Classification.Type);
        Assert.Equal(order, pageTypes);
        // The two diplomas are one page each and both titled: two documents, not one.
        Assert.Contains(parts, p => p.FirstPage == 6 && p.LastPage == 6);
        Assert.Contains(parts, p => p.FirstPage == 7 && p.LastPage == 7);
    }

    [Fact]
    public void ClassifyFile_KeepsAPartsType_WhenSplitterAndPartModelAgreeUnderTheThreshold()
    {
        var rng = new Random(42);
        var order = new[] { DocumentType.ApplicationForm, DocumentType.ApplicationForm, DocumentType.Diploma,
            DocumentType.Diploma, DocumentType.BankDepositProof };
        var starts = new HashSet<int> { 0, 2, 3, 4 };
        var pages = order.Select((t, i) => SyntheticDocuments.Page(i + 1,
            starts.Contains(i) ? SyntheticDocuments.Lines(t, rng, 6) : SyntheticDocuments.ContinuationLines(t, rng, 6))).ToList();
        var r = Trained.Value.Result;
        // A threshold no part reaches alone: only the agreement of the two models can give a type.
        var strict = new DocumentClassifier(r.Document, r.Page, r.Boundary, new DocumentClassifierSettings { OtherThreshold = 1.01 });

        var parts = strict.ClassifyFile(pages);

        Assert.Equal(order, pages.Select(p => parts.First(x => p.Number >= x.FirstPage && p.Number <= x.LastPage).Classification.Type));
    }

    [Fact]
    public void FromModelFile_GivesIdenticalPredictions_RoundTrip()
    {
        var r = Trained.Value.Result;
        var file = new ModelFile
        {
            Kind = DocumentClassifier.Kind,
            FeatureSettings = ModelFile.ToElement(r.Classifier.Settings),
            Models =
            {
                [DocumentClassifier.DocumentModel] = SerializedSoftmax.From(r.Document),
                [DocumentClassifier.PageModel] = SerializedSoftmax.From(r.Page),
                [DocumentClassifier.BoundaryModel] = SerializedSoftmax.From(r.Boundary!),
            },
        };
        var reloaded = DocumentClassifier.FromModelFile(ModelFile.FromJson(file.ToJson()));
        foreach (var doc in SyntheticDocuments.Corpus(2, 7))
        {
            Assert.Equal(Classifier.Classify(doc.Pages).Probabilities, reloaded.Classify(doc.Pages).Probabilities);
            Assert.Equal(Classifier.PageEvidence(doc.Pages).Select(e => e.BoundaryLogOdds),
                reloaded.PageEvidence(doc.Pages).Select(e => e.BoundaryLogOdds));
        }
    }
}
