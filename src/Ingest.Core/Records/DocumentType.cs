namespace ZcIngest.Core.Records;

/// <summary>The contract's document types; JSON names are the snake_case forms (<c>application_form</c>…).</summary>
public enum DocumentType
{
    ApplicationForm,
    OperatingReport,
    BusinessLicense,
    LeaseContract,
    PropertyCertificate,
    Diploma,
    TrainingCertificate,
    StaffRoster,
    MentorLetter,
    BankDepositProof,
    ResidentList,
    ActivityRecord,
    FinancialStatement,
    Other,
}

public static class DocumentTypes
{
    /// <summary>Chinese names shown to clerks and reviewers.</summary>
    public static string ChineseName(this DocumentType type) => type switch
    {
        DocumentType.ApplicationForm => "申请书/申请表/备案表",
        DocumentType.OperatingReport => "建设运营报告",
        DocumentType.BusinessLicense => "营业执照/法人代码证书",
        DocumentType.LeaseContract => "租赁合同",
        DocumentType.PropertyCertificate => "房产证/不动产权证书",
        DocumentType.Diploma => "毕业证书",
        DocumentType.TrainingCertificate => "培训证书/资格证书",
        DocumentType.StaffRoster => "人员名单",
        DocumentType.MentorLetter => "导师聘书/服务协议",
        DocumentType.BankDepositProof => "存款证明/种子资金证明",
        DocumentType.ResidentList => "入驻团队和企业名单",
        DocumentType.ActivityRecord => "活动记录/通知/报道",
        DocumentType.FinancialStatement => "财务报表",
        _ => "其他",
    };

    public static string JsonName(this DocumentType type) => Json.IngestJson.SnakeCase(type.ToString());

    public static bool TryParse(string name, out DocumentType type)
    {
        foreach (var t in Enum.GetValues<DocumentType>())
            if (t.JsonName() == name) { type = t; return true; }
        type = DocumentType.Other;
        return false;
    }
}
