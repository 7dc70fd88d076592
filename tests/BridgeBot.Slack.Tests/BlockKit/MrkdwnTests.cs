using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Tests.BlockKit;

public class MrkdwnTests
{
    [Fact]
    public void Escape_ReplacesOnlyAmpersandAndAngleBrackets() =>
        Assert.Equal("&lt;!channel&gt; &amp; &lt;https://evil|click&gt; *bold* \"q\" 'a' &amp;#39;", Mrkdwn.Escape("<!channel> & <https://evil|click> *bold* \"q\" 'a' &#39;"));

    [Fact]
    public void Fit_ShortText_IsOnlyEscaped()
    {
        Assert.Equal("a &amp; b", Mrkdwn.Fit("a & b", 9, out var shortened));
        Assert.False(shortened);
    }

    [Fact]
    public void Fit_NeverCutsAnEntityInHalf()
    {
        var fitted = Mrkdwn.Fit("ab<<<<<<", 8, out var shortened);

        Assert.True(shortened);
        Assert.Equal("ab&lt;…", fitted);
        Assert.True(fitted.Length <= 8);
    }

    [Fact]
    public void Fit_NeverSplitsASurrogatePair()
    {
        var fitted = Mrkdwn.Fit("a😀😀😀😀", 5);

        Assert.Equal("a😀…", fitted);
        Assert.DoesNotContain('\uFFFD', fitted);
    }

    [Fact]
    public void FitAll_ShortTextsKeepEverythingAndLongOnesShareTheRest()
    {
        var fitted = Mrkdwn.FitAll(["short", new string('x', 500), new string('y', 500), null], 405, out var shortened);

        Assert.True(shortened);
        Assert.Equal("short", fitted[0]);
        Assert.Equal(200, fitted[1].Length);
        Assert.Equal(200, fitted[2].Length);
        Assert.Equal(string.Empty, fitted[3]);
        Assert.True(fitted.Sum(text => text.Length) <= 405);
    }

    [Fact]
    public void FitAll_WithinBudget_CutsNothing()
    {
        var fitted = Mrkdwn.FitAll(["a", "b & c"], 100, out var shortened);

        Assert.False(shortened);
        Assert.Equal(["a", "b &amp; c"], fitted);
    }

    [Theory]
    [InlineData("U0ANA", "<@U0ANA>")]
    [InlineData("W123ABC", "<@W123ABC>")]
    [InlineData("29:not-slack", "Ana &lt;3")]
    [InlineData("U0ANA> <!channel", "Ana &lt;3")]
    public void User_MentionsOnlyRealSlackIds(string id, string expected) => Assert.Equal(expected, Mrkdwn.User(new UserRef(id, "Ana <3")));
}
