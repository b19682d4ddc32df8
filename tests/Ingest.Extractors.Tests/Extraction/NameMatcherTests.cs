using ZcIngest.Extractors.Extraction;

namespace ZcIngest.Extractors.Tests.Extraction;

public class NameMatcherTests
{
    [Fact]
    public void Resolve_MatchesHolder_OneCharacterTooManyOrTooFew()
    {
        var matched = NameMatcher.Resolve(["史慧人敏", "有田阳", "张伟"], ["史慧敏", "田阳", "张伟", "王芳"]);

        Assert.Equal("史慧敏", matched["史慧人敏"]);
        Assert.Equal("田阳", matched["有田阳"]);
        Assert.Equal("张伟", matched["张伟"]);
    }

    [Fact]
    public void Resolve_LeavesHolderUnmatched_TwoRosteredNamesFitAfterRemovingACharacter()
    {
        var matched = NameMatcher.Resolve(["王小明"], ["王明", "王小"]);

        Assert.Empty(matched);
    }
}
