using System.Text.RegularExpressions;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Classification;

/// <summary>
/// The type a document's own title names (营业执照, 不动产权证书, 存款证明, …申请表). The model weighs the whole
/// text, and OCR that reorders a scanned table (labels in one block, values in another) can leave it unsure or
/// wrong while the title still says plainly what the paper is. Only short lines near the top count as titles, and
/// a title is used only when it names exactly one type.
/// </summary>
public static partial class TitleCues
{
    /// <summary>How far down the first page a title (or a form's section heading) may stand.</summary>
    private const int TopLines = 30;
    private const int MaxTitleLength = 24;
    /// <summary>How many first lines count as the paper's head, where its title stands.</summary>
    private const int HeadLines = 3;

    private static readonly (DocumentType Type, Regex Title)[] Cues =
    [
        (DocumentType.ApplicationForm, FormTitle()),
        (DocumentType.BusinessLicense, new Regex("营业执照|法人代码证|登记证书$")),
        (DocumentType.LeaseContract, new Regex("租赁(合同|协议)")),
        (DocumentType.PropertyCertificate, new Regex("不动产权|房屋所有权|房产证|产权证")),
        (DocumentType.Diploma, new Regex("毕业证书|学位证书")),
        (DocumentType.TrainingCertificate, new Regex("培训(合格)?证书|结业证书|培训证明")),
        (DocumentType.StaffRoster, new Regex("(人员|员工|职工)(名单|花名册|名册|情况表)")),
        (DocumentType.MentorLetter, new Regex("聘书|聘任书|聘请书|导师聘")),
        (DocumentType.BankDepositProof, new Regex("存款证明|资金证明|资信证明|余额证明|基金证明")),
        (DocumentType.ResidentList, new Regex("(入驻|在孵|入孵).{0,8}名单")),
        (DocumentType.ActivityRecord, new Regex("活动(证明|记录|台账|开展情况|情况表|一览表|汇总表)")),
        (DocumentType.FinancialStatement, new Regex("利润表|损益表|资产负债表|财务(报表|情况|报告)|收支(情况|明细)")),
        (DocumentType.OperatingReport, new Regex("运营报告|运营情况报告|建设运营|发展报告")),
    ];

    /// <summary>The one type the document's title lines name, or null (none, or several).</summary>
    public static DocumentType? Of(IReadOnlyList<Page> pages)
    {
        if (pages.Count == 0) return null;
        var found = new HashSet<DocumentType>();
        var index = 0;
        foreach (var line in ClassifierText.TopDown(pages[0]).Take(TopLines))
        {
            // The paper's own title at its head decides, whatever its table names further down (a form's self-evaluation
            // lists the evidence it refers to: 营业执照, 租赁合同, 存款证明); two types named at the head decide nothing.
            if (index++ == HeadLines && found.Count == 1) return found.First();
            var text = Compact(line.Text);
            if (text.Length is < 2 or > MaxTitleLength) continue;
            foreach (var (type, title) in Cues)
                if (title.IsMatch(text)) found.Add(type);
        }
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>
    /// The one type a file's name names (「03-营业执照副本.jpg」), or null. Applicants and clerks name files for what they
    /// are; this is used only where the pages themselves say nothing readable.
    /// </summary>
    public static DocumentType? OfFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var name = Compact(Path.GetFileNameWithoutExtension(fileName));
        var found = Cues.Where(c => c.Title.IsMatch(name)).Select(c => c.Type).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static string Compact(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());

    // A form's title or its first section heading: …申请表 / 申请书 / 备案表 / 认定表 / 基本信息表; or the letter an
    // application may be instead (「关于申请太原市众创空间认定的报告」「备案申请报告」), which asks and states the figures.
    [GeneratedRegex("(众创空间|孵化器|孵化).{0,10}(申请表|申请书|备案表|认定表|登记表)|申请(表|书)$|基本信息表$|^关于.{0,20}申请.{0,20}的(报告|请示)$|申请报告$")]
    private static partial Regex FormTitle();
}
