using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Tests.Text;

public class UserTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  plain  ", "plain")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("bell\u0007 and nul\u0000", "bell and nul")]
    [InlineData("c1\u0085\u009f", "c1")]
    [InlineData("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept")]
    public void Clean_RemovesControlCharactersAndKeepsText(string? input, string expected)
    {
        Assert.Equal(expected, UserText.Clean(input));
    }

    [Fact]
    public void Clean_LoneSurrogate_BecomesReplacementCharacter()
    {
        // Built in code: an attribute argument cannot hold a lone surrogate.
        var input = "lone " + (char)0xD800 + " surrogate " + (char)0xDC00;

        Assert.Equal("lone \ufffd surrogate \ufffd", UserText.Clean(input));
    }

    [Fact]
    public void CleanLine_FoldsWhitespace()
    {
        Assert.Equal("a b c", UserText.CleanLine(" a \n\t b   c "));
    }

    [Fact]
    public void SplitList_SplitsTrimsAndDeduplicates()
    {
        Assert.Equal(["SSO", "audit export", "billing"], UserText.SplitList("SSO, audit export; billing\nsso,,"));
    }
}
