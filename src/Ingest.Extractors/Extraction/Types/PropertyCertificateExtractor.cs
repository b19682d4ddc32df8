using System.Text.RegularExpressions;
using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>房产证 / 不动产权证书: 权利人 (the owner), 坐落, 建筑面积, the certificate number.</summary>
public sealed partial class PropertyCertificateExtractor : IDocumentExtractor
{
    private enum Slot { Owner, Address, BuildingArea, Area, Number }

    private static readonly LabelCatalog<Slot> Labels = new([
        (Slot.Owner, ["权利人", "房屋所有权人", "所有权人", "产权人", "房屋所有人", "产权单位"]),
        (Slot.Address, ["坐落", "房屋坐落", "坐落地址", "房屋地址", "地址"]),
        (Slot.BuildingArea, ["建筑面积", "房屋建筑面积", "房屋面积"]),
        (Slot.Area, ["面积", "使用面积"]),
        (Slot.Number, ["证号", "证书编号", "不动产权证号", "房产证号", "房屋所有权证号", "编号", "不动产单元号"]),
    ]);

    public DocumentType Type => DocumentType.PropertyCertificate;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        var found = LabelledFields.Pick(view, Labels, s => s switch
        {
            Slot.BuildingArea or Slot.Area => FieldKeys.TotalAreaSqm,
            Slot.Address => FieldKeys.Address,
            Slot.Owner => FieldKeys.OperatorName,
            _ => null,
        });
        var flow = new FlowText(view.Lines);
        var area = found.GetValueOrDefault(Slot.BuildingArea) is { Value: not null } building ? building : found.GetValueOrDefault(Slot.Area);
        if (area?.Value is null && BuildingArea().Match(flow.Text) is { Success: true } m)
            area = ValueReader.Read(FieldKeys.TotalAreaSqm, flow.SpanOf(m.Groups["v"]), view.DocumentId, 0.9, snippet: m.Value);
        var number = found.GetValueOrDefault(Slot.Number);
        if (number is null && CertificateNumber().Match(flow.Text) is { Success: true } n)
            number = ValueReader.Of(ScalarValue.Of(n.Value), flow.SpanOf(n), view.DocumentId, 0.9);

        var owner = found.GetValueOrDefault(Slot.Owner);
        var address = found.GetValueOrDefault(Slot.Address);
        facts.Property = new PropertyFacts(owner, address, area, number);
        if (address is not null) facts.Fields[FieldKeys.Address] = address;
        if (area is not null) facts.Fields[FieldKeys.TotalAreaSqm] = area;
    }

    [GeneratedRegex(@"(?:房屋)?建筑面积(?:为|:)*(?<v>[\d,.]+(?:平方米|㎡|m²|m2|平米))")]
    private static partial Regex BuildingArea();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,3}\(\d{4}\)[\p{IsCJKUnifiedIdeographs}]{0,12}(?:不动产权|房权证)第?\d+号|[\p{IsCJKUnifiedIdeographs}]{1,6}房权证[\p{IsCJKUnifiedIdeographs}]{0,6}字第?\d+号")]
    private static partial Regex CertificateNumber();
}
