using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Tests.Support;
using static BridgeBot.Slack.Tests.Support.SlackPeople;

namespace BridgeBot.Slack.Tests.Rendering;

/// <summary>
/// User text reaches Slack only inert: a release, scope, reasoning, reason or name written as
/// <c>&lt;!channel&gt; &amp; &lt;https://evil|click&gt;</c> can neither ping a channel nor become a link.
/// </summary>
public partial class EscapingTests
{
    private const string Hostile = "<!channel> & <https://evil|click>";
    private const string Inert = "&lt;!channel&gt; &amp; &lt;https://evil|click&gt;";

    private static readonly UserRef HostileName = new("U0MALLORY", Hostile);

    public static TheoryData<string> Names => new(Rendered.Keys);

    private static Dictionary<string, Func<JsonObject>> Rendered { get; } = new()
    {
        ["proposed.channel"] = () => Shared(Proposed()),
        ["proposed.product-manager"] = () => ConflictMessage.Render(Proposed().ViewFor(Ana)).ToJson(),
        ["rejected.channel"] = () => Shared(Proposed().Then((c, at) => c.Reject(Ben, 1, Hostile, Carol, at))),
        ["decided.channel"] = () => Shared(Proposed().Then((c, at) => c.Approve(Ben, 1, Hostile, at))),
        ["escalated.channel"] = () => Shared(Proposed().Then((c, at) => c.Escalate(Ben, Carol, Hostile, at))),
        ["withdrawn.channel"] = () => Shared(Ready().Then((c, at) => c.Withdraw(HostileName, Hostile, at))),
        ["notice"] = () => ConflictMessage.Render(Ready().ViewFor(Eve), Hostile).ToJson(),
        ["reasoning-request"] = () => ReasoningRequestMessage.Render(Opened().ViewFor(Ana), HostileName).ToJson(),
        ["list"] = () => ReplyMessages.Render(new ConflictListReply([Proposed().Conflict], ConflictStory.Settings, ConflictStory.Today), Eve).ToJson(),
        ["log"] = () => ReplyMessages.Render(new ConflictLogReply(
            new ConflictOutcome(OutcomeKind.Unchanged, Proposed().Conflict, [], null, ConflictStory.Settings, ConflictStory.Today), [.. Proposed().Log]), Eve).ToJson(),
        ["retrospective"] = () => RetrospectiveMessage.Render(new RetrospectiveAsk(
            WorkspaceId.ForSlack("T0TEST"), "C0RELEASES", new ConflictId(42), Hostile, 1, Hostile, new DateOnly(2027, 1, 10), ManagerRole.Product, Ana, Hostile)).ToJson(),
        ["refusal"] = () => ReplyMessages.Refused(Refusal.Invalid(Hostile)).ToJson(),
        ["error"] = () => ReplyMessages.Problem(Hostile, Hostile).ToJson(),
    };

    [Fact]
    public void Release_NamedLikeAChannelPingAndALink_RendersInert()
    {
        var message = Shared(Opened());

        var header = BlockQuery.OfType(message, "header").Single();
        Assert.Equal($"R-42 · {Hostile}", header["text"]!["text"]!.GetValue<string>());
        Assert.Equal("plain_text", header["text"]!["type"]!.GetValue<string>());
        Assert.StartsWith($"R-42 · {Inert}", message["text"]!.GetValue<string>());
        Assert.Contains(BlockQuery.Mrkdwn(message), text => text.Contains(Inert, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Mrkdwn_HoldsNoControlSequenceButBridgeBotsOwnMentions(string name)
    {
        var json = Rendered[name]();

        foreach (var text in BlockQuery.Mrkdwn(json).Append(json["text"]!.GetValue<string>()))
        {
            Assert.DoesNotContain(OwnMention().Replace(text, string.Empty), c => c is '<' or '>');
        }

        Assert.Contains(Inert, BlockQuery.AllText(json) + json["text"], StringComparison.Ordinal);
    }

    private static JsonObject Shared(ConflictStory story) =>
        ConflictMessage.Render(ConflictViewBuilder.ForChannel(story.Conflict, ConflictStory.Settings, ConflictStory.Today)).ToJson();

    private static ConflictStory Opened() => ConflictStory.Open(Hostile, [Hostile, "audit export"], Ana, Ben, HostileName);

    private static ConflictStory Ready() => Opened()
        .Then((c, at) => c.SubmitReasoning(Ana, ManagerRole.Product, Reasoning(), at))
        .Then((c, at) => c.SubmitReasoning(Ben, ManagerRole.Project, Reasoning(), at));

    private static ConflictStory Proposed() => Ready()
        .Then((c, at) => c.Propose(Ana, new OptionInput(OptionKind.Other, Description: Hostile), Hostile, at));

    private static ReasoningInput Reasoning() => new(Hostile, Hostile, Hostile, Severity.High, OptionKind.Other, Hostile);

    [GeneratedRegex("<@[UW][A-Z0-9]+>")]
    private static partial Regex OwnMention();
}
