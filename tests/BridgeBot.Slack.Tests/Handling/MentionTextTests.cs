using BridgeBot.Slack.Handling;

namespace BridgeBot.Slack.Tests.Handling;

public class MentionTextTests
{
    [Theory]
    [InlineData("<@U0BOT> list", "U0BOT", "list")]
    [InlineData("  <@U0BOT|bridgebot>   show R-1", "U0BOT", "show R-1")]
    [InlineData("<@U0BOT> <@U0BOT> help", "U0BOT", "help")]
    [InlineData("<@U0BOT> escalate-to <@U0CAROL>", "U0BOT", "escalate-to <@U0CAROL>")]
    [InlineData("<@U0ANA> hi", "U0BOT", "<@U0ANA> hi")]
    [InlineData("<@U0BOT> list", null, "list")]
    [InlineData("<@U0BOT> <@U0ANA> list", null, "<@U0ANA> list")]
    [InlineData(null, "U0BOT", "")]
    public void Strip_RemovesOnlyTheBotsLeadingMention(string? text, string? bot, string expected) =>
        Assert.Equal(expected, MentionText.Strip(text, bot));
}
