using BridgeBot.Domain.Views;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Tests.Support;
using static BridgeBot.Slack.Tests.Support.SlackPeople;

namespace BridgeBot.Slack.Tests.Rendering;

public class ConflictMessageTests
{
    private static readonly Dictionary<ConflictActions, string> ButtonOf = new()
    {
        [ConflictActions.SubmitReasoning] = SlackActionIds.Reason,
        [ConflictActions.Propose] = SlackActionIds.Propose,
        [ConflictActions.Approve] = SlackActionIds.Approve,
        [ConflictActions.Reject] = SlackActionIds.Reject,
        [ConflictActions.Escalate] = SlackActionIds.Escalate,
        [ConflictActions.Withdraw] = SlackActionIds.Withdraw,
        [ConflictActions.Reopen] = SlackActionIds.Reopen,
        [ConflictActions.DecideAsApprover] = SlackActionIds.Decide,
    };

    public static TheoryData<string> StoryNames => new(AllStories.Keys);

    private static IReadOnlyDictionary<string, Func<ConflictStory>> AllStories => Stories.ByState;

    [Theory]
    [MemberData(nameof(StoryNames))]
    public void Buttons_AreExactlyTheViewsActions_ForEveryViewer(string story)
    {
        var conflict = AllStories[story]();
        var views = new[] { Ana, Ben, Carol, Dev, Eve }.Select(viewer => conflict.ViewFor(viewer))
            .Append(ConflictViewBuilder.ForChannel(conflict.Conflict, ConflictStory.Settings, ConflictStory.Today));

        foreach (var view in views)
        {
            var expected = ButtonOf.Where(pair => view.Can(pair.Key)).Select(pair => pair.Value).Order();
            Assert.Equal(expected, BlockQuery.ActionIds(ConflictMessage.Render(view).ToJson()).Order());
        }
    }

    [Fact]
    public void Buttons_CarryTheConflictTheProposalAndTheVersion()
    {
        var view = Stories.Proposed().ViewFor(Ben);

        var approve = BlockQuery.OfType(ConflictMessage.Render(view).ToJson(), "button").Single(b => b["action_id"]!.GetValue<string>() == SlackActionIds.Approve);

        var (value, id) = ActionValue.TryRead(approve["value"]!.GetValue<string>())!.Value;
        Assert.Equal(view.Id, id);
        Assert.Equal(1, value.Proposal);
        Assert.Equal(view.Version, value.Version);
    }

    [Fact]
    public void ChannelCopy_BeforeBothReasonings_NeverShowsEitherReasoning()
    {
        var text = BlockQuery.AllText(GoldenMessages.Shared(Stories.Blind()));

        Assert.DoesNotContain(Stories.ProductReasoning.ImpactIfDateHolds!, text, StringComparison.Ordinal);
        Assert.Contains("hidden until both managers have submitted", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"conflict\":\"banana\",\"version\":1}")]
    [InlineData("[1,2]")]
    [InlineData("{\"conflict\":42}")]
    public void ActionValue_NotBridgeBots_IsNull(string value) => Assert.Null(ActionValue.TryRead(value));
}
