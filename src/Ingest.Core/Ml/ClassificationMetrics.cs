namespace ZcIngest.Core.Ml;

public sealed record ClassMetrics(string Class, int Support, int Predicted, int Correct, double Precision,
    double Recall, double F1);

/// <summary>Accuracy, per-class precision/recall and the confusion matrix of predictions against truth.</summary>
public sealed record ClassificationMetrics(int Samples, int Correct, double Accuracy, IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<string> Classes, int[][] Confusion)
{
    public static ClassificationMetrics Compute(IReadOnlyList<string> classes, IReadOnlyList<int> truth,
        IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("truth and predictions differ in length");
        var k = classes.Count;
        var confusion = Enumerable.Range(0, k).Select(_ => new int[k]).ToArray();
        for (var i = 0; i < truth.Count; i++) confusion[truth[i]][predicted[i]]++;
        var correct = Enumerable.Range(0, k).Sum(c => confusion[c][c]);
        var perClass = new List<ClassMetrics>();
        for (var c = 0; c < k; c++)
        {
            var support = confusion[c].Sum();
            var predictedCount = confusion.Sum(row => row[c]);
            if (support == 0 && predictedCount == 0) continue;
            var precision = predictedCount == 0 ? 0 : (double)confusion[c][c] / predictedCount;
            var recall = support == 0 ? 0 : (double)confusion[c][c] / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(new ClassMetrics(classes[c], support, predictedCount, confusion[c][c],
                Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4)));
        }
        var accuracy = truth.Count == 0 ? 0 : (double)correct / truth.Count;
        return new ClassificationMetrics(truth.Count, correct, Math.Round(accuracy, 4), perClass, classes, confusion);
    }
}
