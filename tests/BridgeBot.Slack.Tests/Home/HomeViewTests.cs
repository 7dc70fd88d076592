using System.Text.Json.Nodes;
using BridgeBot.Domain.Ports;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Home;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Tests.Support;
using BridgeBot.Testing.Conflicts;

namespace BridgeBot.Slack.Tests.Home;

/// <summary>The Home tab: latest decisions, the open count, and a button to the signed decision-log link; user text stays text.</summary>
public class HomeViewTests
{
    private static readonly SignedLink Link = FixedLogLinks.Link;

    [Fact]
    public void Render_EmptyWorkspace_SaysNothingWasDecidedAndHowToOpenAConflict()
    {
        var view = HomeView.Render(new HomeContent([], 0, Link));

        var text = BlockQuery.AllText(view);
        Assert.Contains("Nothing has been decided yet", text, StringComparison.Ordinal);
        Assert.Contains("`/bridge open \"", text, StringComparison.Ordinal);
        Assert.Contains("No conflicts are open", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsAHomeViewWithALinkButtonAndItsExpiry()
    {
        var view = HomeView.Render(new HomeContent(DecisionRecords.Of(Stories.Superseded().Conflict), 3, Link));

        Assert.Equal("home", view["type"]!.GetValue<string>());
        var button = Assert.Single(BlockQuery.OfType(view, "button"));
        Assert.Equal(SlackActionIds.OpenLog, button["action_id"]!.GetValue<string>());
        Assert.Equal(Link.Url.AbsoluteUri, button["url"]!.GetValue<string>());
        var text = BlockQuery.AllText(view);
        Assert.Contains("renewed each time you open this tab and works until 2025-12-10 11:30 UTC", text, StringComparison.Ordinal);
        Assert.Contains("3 conflicts are open", text, StringComparison.Ordinal);
        Assert.Contains("supersedes decision 1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<@U123> ships <!channel>", "&lt;@U123&gt; ships &lt;!channel&gt;")]
    [InlineData("*bold* & <https://evil|click>", "*bold* &amp; &lt;https://evil|click&gt;")]
    public void Render_ReleaseAndRationaleWithMarkup_StayText(string hostile, string inert)
    {
        var conflict = Stories.Superseded().Conflict with { Release = hostile };
        var records = DecisionRecords.Of(conflict)
            .Select(record => record with { Decision = record.Decision with { Rationale = hostile } })
            .ToArray();

        var view = HomeView.Render(new HomeContent(records, 1, Link));

        var mrkdwn = BlockQuery.Mrkdwn(view).ToArray();
        Assert.All(mrkdwn, text => Assert.DoesNotContain(text, c => c is '<' or '>'));
        Assert.Equal(2 * records.Length, mrkdwn.Sum(text => text.Split(inert).Length - 1));
    }

    [Fact]
    public void Render_ManyLongDecisions_StaysWithinAHomeViewsLimits()
    {
        var longest = DecisionRecords.Of(MaxStories.ReopenedTwice().Conflict);
        var records = Enumerable.Repeat(longest, 40).SelectMany(r => r).ToArray();

        var view = HomeView.Render(new HomeContent(records, 500, Link));

        var blocks = view["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, HomeView.ShownDecisions, BlockKitLimits.HomeBlocks);
        Assert.Equal(HomeView.ShownDecisions, BlockQuery.AllText(view).Split("release date").Length - 1);
        Assert.All(BlockQuery.OfType(view, "section"), section => Assert.InRange(Text(section["text"]).Length, 1, BlockKitLimits.SectionText));
        Assert.All(BlockQuery.OfType(view, "header"), header => Assert.InRange(Text(header["text"]).Length, 1, BlockKitLimits.HeaderText));
    }

    private static string Text(JsonNode? textObject) => textObject!["text"]!.GetValue<string>();
}
