using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;
using ZcIngest.SampleGen.Content;

namespace ZcIngest.SampleGen.Documents;

public enum FormLayout { Grid4, Table2, Paragraphs }

/// <summary>
/// 申请书 / 申请表 / 备案表 with the basic-information table of 附件1 (001 seed), adapted per program, in one of
/// three layouts, with label synonyms from the glossary.
/// </summary>
public sealed class ApplicationFormRenderer
{
    // Labels of the glossary too generic to stand alone on a form row.
    private static readonly HashSet<string> TooGeneric = ["负责人", "类型", "类别", "地址", "导师", "管理人员", "住所", "总收入", "运营成本"];

    public RenderedDocument Render(RenderContext ctx, FormLayout layout)
    {
        var a = ctx.Applicant;
        var rng = ctx.Rng;
        var fmt = ValueFormat.Random(rng);
        var doc = new DocContent { DocTitle = ctx.Program.FormTitle, CreatedAt = ctx.Created(a.ApplicationDate.AddDays(-rng.Between(0, 5))), Author = a.Contact.Name };

        if (layout != FormLayout.Paragraphs || rng.Chance(0.5))
        {
            doc.Space(60).Title(ctx.Program.FormTitle, 24).Space(50);
            foreach (var (label, value) in new[]
                     {
                         ($"{ctx.Program.SpaceWord}名称", a.SpaceName), ("运营主体名称", a.OperatorName + "（盖章）"),
                         ("运营场所地址", a.Address), ("运营主体法人", a.LegalRep.Name + "（签字）"),
                         ("推荐部门", $"{a.District.City}{a.District.Name}科技局"), ("填报时间", fmt.FormatDate(a.ApplicationDate)),
                     })
                doc.Para($"{label}：{value}", size: 14);
            doc.Space(80).Para(ctx.Program.Issuer, Align.Center, 14).Para($"{ctx.Program.ApplyFrom.Year}年制", Align.Center, 12).Break();
        }

        doc.Title($"一、{ctx.Program.SpaceWord}基本信息表", 16);
        var rows = Rows(ctx, fmt, layout);
        switch (layout)
        {
            case FormLayout.Grid4:
                doc.Table(Grid(rows), [1.25, 1.0, 1.25, 1.0], size: 10);
                break;
            case FormLayout.Table2:
                doc.Table(rows.Select(r => new[] { r.Label, r.Value }).ToList(), [1.3, 2.0], size: 10.5);
                break;
            default:
                foreach (var r in rows) doc.Para($"{r.Label}：{r.Value}", size: 11.5);
                break;
        }

        doc.Title($"二、{ctx.Program.SpaceWord}建设情况简介", 16);
        doc.Para($"{a.SpaceName}由{a.OperatorName}投资建设和运营，位于{a.District.City}{a.District.Name}，" +
                 $"面向{(a.Specialization.Length > 0 ? a.Specialization + "领域的" : "")}创客、初创团队和科技型小微企业，提供开放式办公、创业辅导、投融资对接、政策咨询等服务。", indent: true);
        doc.Para($"{a.SpaceName}负责人{a.Manager.Name}，具有多年企业管理和创业服务经验。空间建立了入驻评审、毕业退出、导师辅导、财务管理等制度，" +
                 "定期组织创业沙龙、项目路演、创业培训等活动，并通过线上平台发布政策信息、对接技术和资金需求。", indent: true);
        doc.Title("三、申报单位意见", 16);
        doc.Para("本单位承诺所填报材料及所附附件均真实、准确、有效。", indent: true);
        doc.Para($"负责人：{a.LegalRep.Name}", Align.Right);
        doc.Stamp(a.OperatorName);
        doc.Para(fmt.FormatDate(a.ApplicationDate), Align.Right);
        return new RenderedDocument(DocumentType.ApplicationForm, "application_form",
            rng.Pick(new[] { ctx.Program.FormTitle, "申请书", "01-申请表", "基本信息表" }), doc);
    }

    private sealed record Row(string Label, string Value, bool Wide = false);

    private List<Row> Rows(RenderContext ctx, ValueFormat fmt, FormLayout layout)
    {
        var a = ctx.Applicant;
        var rng = ctx.Rng;
        var rows = new List<Row>();
        var unitInLabel = layout != FormLayout.Paragraphs && rng.Chance(0.6);
        foreach (var key in Model.Claims.FormKeys(ctx.Program))
        {
            if (ctx.Claims[key] is not { } value) continue;
            var label = Label(key, rng, ctx.Program.Incubator);
            string text;
            switch (key.Kind)
            {
                case ValueKind.Date:
                    text = fmt.FormatDate(value.Date!.Value);
                    break;
                case ValueKind.AreaSqm:
                    if (unitInLabel) label += rng.Pick(new[] { "(m²)", "（㎡）", "(平方米)" });
                    text = fmt.FormatArea(value.Number!.Value, !unitInLabel);
                    break;
                case ValueKind.MoneyWan:
                {
                    var wanStyle = fmt.Money is MoneyStyle.Wan or MoneyStyle.WanDecimals;
                    var saysWan = unitInLabel && wanStyle;
                    if (saysWan) label += rng.Pick(new[] { "(万元)", "（万元）" });
                    text = fmt.FormatMoney(value.Number!.Value, saysWan);
                    break;
                }
                case ValueKind.Count:
                case ValueKind.Months:
                {
                    var unit = key.Unit;
                    var n = (int)value.Number!.Value;
                    if (unitInLabel && key.Kind == ValueKind.Count) { label += $"({unit})"; text = fmt.FormatCount(n); }
                    else text = fmt.FormatCount(n, unit);
                    break;
                }
                case ValueKind.Number:
                    text = value.Number!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case ValueKind.Enum:
                    text = EnumText(key, value.Text!, ctx, layout);
                    break;
                default:
                    text = value.Text!;
                    break;
            }
            rows.Add(new Row(label, text, key == FieldKeys.Address || key == FieldKeys.OperatorName || key == FieldKeys.SpaceName));
            if (key == FieldKeys.EstablishedDate && rng.Chance(0.7))
            {
                rows.Add(new Row($"{ctx.Program.SpaceWord}负责人", a.Manager.Name));
                rows.Add(new Row("联系电话", a.Manager.Phone));
                rows.Add(new Row("联系人", a.Contact.Name));
                rows.Add(new Row("联系电话", a.Contact.Phone));
            }
            if (key == FieldKeys.Address && rng.Chance(0.6)) rows.Add(new Row("公共信息交互平台", a.Platform, true));
        }
        if (a.Specialization.Length > 0) rows.Insert(4, new Row("专业化方向", a.Specialization));
        return rows;
    }

    private static string Label(FieldKey key, Rng rng, bool incubator)
    {
        var labels = FormLabelWordings.For(key);
        var usable = labels.Where(l => !TooGeneric.Contains(l))
            .Where(l => !(incubator ? l.Contains("众创空间") : l.Contains("孵化器名称"))).ToList();
        if (usable.Count == 0) usable = [labels[0]];
        return rng.Chance(0.55) ? usable[0] : rng.Pick(usable);
    }

    private static string EnumText(FieldKey key, string code, RenderContext ctx, FormLayout layout)
    {
        var checkboxes = layout != FormLayout.Paragraphs && ctx.Rng.Chance(0.5);
        string[] options;
        string chosen;
        if (key == FieldKeys.SpaceCategory)
        {
            options = ctx.Program.Id.StartsWith("xuchang") && code != "specialized"
                ? ["技术支撑类", "投资驱动类", "综合类"]
                : ctx.Program.Incubator ? ["综合类", "专业型"] : ["综合", "专业化"];
            chosen = code switch
            {
                "tech_support" => "技术支撑类", "investment_driven" => "投资驱动类",
                _ => Labels.Category(code, ctx.Program.Incubator),
            };
            if (ctx.Program.Id.StartsWith("xuchang") && code == "comprehensive") chosen = "综合类";
        }
        else if (key == FieldKeys.HostType)
        {
            options = ["高校内", "其他"];
            chosen = code == "university" ? "高校内" : "其他";
        }
        else
        {
            options = ["自有", "租赁"];
            chosen = code == "owned" ? "自有" : "租赁";
        }
        if (!options.Contains(chosen)) options = [chosen];
        return checkboxes ? string.Join(" ", options.Select(o => o + (o == chosen ? "■" : "□"))) : chosen;
    }

    private static List<string[]> Grid(List<Row> rows)
    {
        var grid = new List<string[]>();
        var pending = new List<string>();
        foreach (var r in rows)
        {
            if (r.Wide)
            {
                if (pending.Count > 0) { grid.Add([.. pending, "", ""]); pending.Clear(); }
                grid.Add([r.Label, r.Value]);
                continue;
            }
            pending.Add(r.Label);
            pending.Add(r.Value);
            if (pending.Count == 4) { grid.Add([.. pending]); pending.Clear(); }
        }
        if (pending.Count > 0) grid.Add([.. pending, "", ""]);
        return grid;
    }
}
