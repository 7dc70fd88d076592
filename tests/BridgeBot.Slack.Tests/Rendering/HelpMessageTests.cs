using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Rendering;
using static BridgeBot.Slack.Tests.Support.SlackPeople;

namespace BridgeBot.Slack.Tests.Rendering;

/// <summary>Help is drawn once per reply and kept as JSON; every caller still gets a message of its own.</summary>
public sealed class HelpMessageTests
{
    [Fact]
    public void Help_IsDrawnOncePerReply_AndEachCallerGetsItsOwnBlocks()
    {
        var reply = CommandRouter.Help(new HelpCommand(null));
        var first = ReplyMessages.Render(reply, Eve);
        var second = ReplyMessages.Render(reply, Eve);

        Assert.NotSame(first.Blocks, second.Blocks);
        Assert.Equal(SlackJson.Serialize(first.ToJson()), SlackJson.Serialize(second.ToJson()));

        var expected = SlackJson.Serialize(second.ToJson());
        first.Blocks.Clear();
        Assert.Equal(expected, SlackJson.Serialize(ReplyMessages.Render(reply, Eve).ToJson()));
        Assert.Contains("/bridge propose", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ForAnotherReplyWithTheSameCommands_IsTheSameMessage()
    {
        var canonical = ReplyMessages.Render(CommandRouter.Help(new HelpCommand(CommandNames.Propose)), Eve);
        var adHoc = ReplyMessages.Render(new HelpReply([CommandHelp.Find(CommandNames.Propose)!]), Eve);

        Assert.Equal(SlackJson.Serialize(canonical.ToJson()), SlackJson.Serialize(adHoc.ToJson()));
        Assert.Equal("BridgeBot commands", canonical.Text);
    }
}
