using System.Text.Json;
using System.Text.Json.Nodes;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Json;
using ZcIngest.Core.Records;

namespace ZcIngest.Core.Tests.Json;

public class RecordJsonTests
{
    // The example of shared/contract/README.md, verbatim apart from the elided names.
    private const string ContractExample = """
    {
      "schema": "zcingest.record/1",
      "submission_id": "S01",
      "jurisdiction": "shanxi-2022-makerspace",
      "documents": [
        { "document_id": "d3", "file": "租赁合同.pdf", "pages": [1, 2, 3],
          "type": "lease_contract", "type_confidence": 0.97,
          "text_source": "ocr", "ocr_confidence": 0.91,
          "status": "ok", "error": null }
      ],
      "fields": {
        "total_area_sqm": {
          "declared": { "value": 800, "document_id": "d1", "page": 1, "snippet": "服务场地面积(m²) 800", "confidence": 0.99 },
          "evidence": { "value": 450, "document_id": "d3", "page": 2, "snippet": "建筑面积450平方米", "confidence": 0.87 }
        },
        "registration_date": { "evidence": { "value": "2020-03-01", "document_id": "d2", "page": 1 } }
      },
      "staff":     [ { "name": "张三", "education": "bachelor", "certificate_no": "105891201805000123", "document_id": "d5" } ],
      "mentors":   [ { "name": "李四", "document_id": "d6" } ],
      "residents": [ { "name": "某某科技有限公司", "entry_date": "2021-05-01", "tech": true } ],
      "events":    [ { "date": "2021-05-14", "title": "创业沙龙" } ]
    }
    """;

    [Fact]
    public void Deserialize_ReadsTypedValues_FromContractExample()
    {
        var record = IngestJson.Deserialize<SubmissionRecord>(ContractExample);

        Assert.Equal("S01", record.SubmissionId);
        Assert.Equal(DocumentType.LeaseContract, record.Documents[0].Type);
        Assert.Equal(TextSource.Ocr, record.Documents[0].TextSource);
        var area = record.Fields[FieldKeys.TotalAreaSqm]!;
        Assert.Equal(800m, area.Declared!.Value!.Value.Number);
        Assert.Equal(450m, area.Evidence!.Value!.Value.Number);
        Assert.Equal(new DateOnly(2020, 3, 1), record.Fields[FieldKeys.RegistrationDate]!.Evidence!.Value!.Value.Date);
        Assert.Equal(EducationLevel.Bachelor, record.Staff[0].Education);
        Assert.Equal(new DateOnly(2021, 5, 1), record.Residents[0].EntryDate);
    }

    [Fact]
    public void Serialize_RoundTripsContractExample_WithSameNamesAndValues()
    {
        var record = IngestJson.Deserialize<SubmissionRecord>(ContractExample);
        var written = JsonNode.Parse(IngestJson.Serialize(record))!;

        Assert.Equal("zcingest.record/1", (string?)written["schema"]);
        Assert.Equal("lease_contract", (string?)written["documents"]![0]!["type"]);
        Assert.Equal(800m, (decimal?)written["fields"]!["total_area_sqm"]!["declared"]!["value"]);
        Assert.Equal("2020-03-01", (string?)written["fields"]!["registration_date"]!["evidence"]!["value"]);
        Assert.Equal("bachelor", (string?)written["staff"]![0]!["education"]);
        Assert.Contains("租赁合同.pdf", written.ToJsonString(IngestJson.Options)); // Chinese kept readable
    }

    [Theory]
    [InlineData("""{ "total_area_sqm": { "declared": { "value": "八百" } } }""", "total_area_sqm")]
    [InlineData("""{ "registration_date": { "evidence": { "value": 20200301 } } }""", "registration_date")]
    [InlineData("""{ "premises_source": { "declared": { "value": "rented" } } }""", "premises_source")]
    public void Deserialize_Throws_WhenValueHasWrongType(string fields, string field)
    {
        var json = $$"""{ "submission_id": "X", "fields": {{fields}} }""";
        var e = Assert.Throws<JsonException>(() => IngestJson.Deserialize<SubmissionRecord>(json));
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Deserialize_KeepsUnknownKeys_ForRoundTrip()
    {
        var json = """{ "submission_id": "X", "fields": { "floor_count": { "declared": { "value": 3 } } } }""";
        var record = IngestJson.Deserialize<SubmissionRecord>(json);
        Assert.Equal(0, record.Fields.Count);
        Assert.Contains("floor_count", IngestJson.Serialize(record));
    }
}
