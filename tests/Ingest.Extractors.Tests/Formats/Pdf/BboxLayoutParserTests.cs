using System.Text;
using ZcIngest.Extractors.Formats.Pdf;

namespace ZcIngest.Extractors.Tests.Formats.Pdf;

public class BboxLayoutParserTests
{
    private const string Xhtml = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
        <head><title></title></head><body><doc>
          <page width="595.3" height="841.9">
            <flow><block xMin="56.8" yMin="58.8" xMax="210.8" yMax="100.9">
              <line xMin="56.8" yMin="73.3" xMax="200.8" yMax="86.3">
                <word xMin="56.8" yMin="73.3" xMax="140.8" yMax="86.3">服务场地面积(m²)</word>
                <word xMin="146.8" yMin="73.3" xMax="164.8" yMax="86.3">800</word>
              </line>
              <line xMin="56.8" yMin="87.9" xMax="210.8" yMax="100.9">
                <word xMin="128.8" yMin="87.9" xMax="152.8" yMax="100.9">2021</word>
                <word xMin="154.8" yMin="87.9" xMax="164.8" yMax="100.9">年</word>
                <word xMin="166.8" yMin="87.9" xMax="172.8" yMax="100.9">5</word>
                <word xMin="174.8" yMin="87.9" xMax="184.8" yMax="100.9">月</word>
              </line>
            </block></flow>
          </page>
          <page width="595.3" height="841.9">
          </page>
        </doc></body></html>
        """;

    [Fact]
    public void Parse_BuildsPagesBlocksLinesWords_WithCjkRunsJoinedWithoutSpaces()
    {
        var pages = BboxLayoutParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Xhtml)));

        Assert.Equal(2, pages.Count);
        Assert.Equal("服务场地面积(m²) 800\n2021年5月", pages[0].Text);
        var line = pages[0].Blocks[0].Lines[0];
        Assert.Equal(2, line.Words.Count);
        Assert.Equal(146.8, line.Words[1].Box!.Value.X0, 3);
        Assert.Equal(("", 2), (pages[1].Text, pages[1].Number));
    }

    [Theory]
    [InlineData(155.8, 159.3, "Makerspace operating")] // Latin word space: 0.25 of the box height
    [InlineData(152.8, 154.8, "2021年")]              // poppler's split of a CJK run where nothing was typed
    [InlineData(140.8, 146.8, "(m²) 年")]             // a typed space next to CJK
    public void JoinWords_InsertsSpaceOnlyForTypedGaps(double leftEnd, double rightStart, string expected)
    {
        var parts = expected.Contains(' ') ? expected.Split(' ') : ["2021", "年"];
        var words = new List<ZcIngest.Core.Documents.Word>
        {
            new() { Text = parts[0], Box = new(leftEnd - 30, 88, leftEnd, 102) },
            new() { Text = parts[1], Box = new(rightStart, 88, rightStart + 20, 102) },
        };
        Assert.Equal(expected, BboxLayoutParser.JoinWords(words));
    }

    [Fact]
    public void Parse_DoesNotExpandEntities_FromAnInternalDtd()
    {
        const string hostile = """
            <?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <html><body><doc><page width="1" height="1"><flow><block><line><word>&b;</word></line></block></flow></page></doc></body></html>
            """;
        // With DTD processing off the entity is never defined: the parse fails instead of expanding.
        Assert.ThrowsAny<System.Xml.XmlException>(() => BboxLayoutParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(hostile))));
    }
}
