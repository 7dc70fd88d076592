using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Home;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.Rendering.Modals;
using BridgeBot.Testing.Golden;
using static BridgeBot.Slack.Tests.Support.SlackPeople;

namespace BridgeBot.Slack.Tests.Rendering;

/// <summary>
/// The fixed set of messages and modals kept as golden files: the conflict message in every state (the channel copy
/// drawn with <see cref="ConflictViewBuilder.ForChannel"/>, private copies for a manager), every modal, every reply and the Home tab.
/// </summary>
internal static class GoldenMessages
{
    public const string Channel = "C0RELEASES";

    public static GoldenDirectory Files { get; } = new(json => SlackJson.Serialize(json, indented: true), "tests", "BridgeBot.Slack.Tests", "Rendering", "Golden");

    public static IReadOnlyDictionary<string, Func<JsonObject>> All { get; } = new Dictionary<string, Func<JsonObject>>
    {
        ["conflict-awaiting-reasoning.channel"] = () => Shared(Stories.AwaitingReasoning()),
        ["conflict-blind.channel"] = () => Shared(Stories.Blind()),
        ["conflict-blind.author"] = () => Private(Stories.Blind(), Ana),
        ["conflict-blind.other-manager"] = () => Private(Stories.Blind(), Ben),
        ["conflict-ready-to-decide.channel"] = () => Shared(Stories.ReadyToDecide()),
        ["conflict-proposed.channel"] = () => Shared(Stories.Proposed()),
        ["conflict-proposed.other-manager"] = () => Private(Stories.Proposed(), Ben),
        ["conflict-proposed.stale-click-notice"] = () => ConflictMessage.Render(Stories.Proposed().ViewFor(Ben),
            "Proposal #1 was replaced by #2: Move the date to 2027-01-10. Look at the new one before you approve.").ToJson(),
        ["conflict-rejected.channel"] = () => Shared(Stories.Rejected()),
        ["conflict-escalated.channel"] = () => Shared(Stories.Escalated()),
        ["conflict-decided.channel"] = () => Shared(Stories.Decided()),
        ["conflict-superseded.channel"] = () => Shared(Stories.Superseded()),
        ["conflict-withdrawn.channel"] = () => Shared(Stories.Withdrawn()),
        ["reasoning-request.project-manager"] = () => ReasoningRequestMessage.Render(Stories.Blind().ViewFor(Ben), Dev).ToJson(),
        ["reasoning-request.locked"] = () => ReasoningRequestMessage.Render(Stories.Proposed().ViewFor(Ben), Dev).ToJson(),
        ["modal-open.empty"] = () => OpenModal.Render(OpenDraft.Empty, Channel),
        ["modal-open.draft"] = () => OpenModal.Render(new OpenDraft("Checkout 2.4", ConflictStory.Deadline, ["SSO", "audit export"], Ana, null), Channel),
        ["modal-reasoning.new"] = () => ReasoningModal.Render(Stories.AwaitingReasoning().ViewFor(Ben), Channel),
        ["modal-reasoning.revise"] = () => ReasoningModal.Render(Stories.Blind().ViewFor(Ana), Channel),
        ["modal-proposal"] = () => OptionModal.Proposal(Stories.ReadyToDecide().ViewFor(Ana), Channel),
        ["modal-decide"] = () => OptionModal.Decision(Stories.Escalated().ViewFor(Carol), Channel),
        ["modal-reject"] = () => ReasonModal.Render(SlackCallbackIds.Reject, Stories.Proposed().ViewFor(Ben), Channel),
        ["modal-escalate"] = () => ReasonModal.Render(SlackCallbackIds.Escalate, Stories.Proposed().ViewFor(Ben), Channel),
        ["modal-withdraw"] = () => ReasonModal.Render(SlackCallbackIds.Withdraw, Stories.Blind().ViewFor(Dev), Channel),
        ["retrospective-ask.product-manager"] = () => RetrospectiveMessage.Render(Stories.RetrospectiveAsk(ManagerRole.Product)).ToJson(),
        ["modal-retrospective"] = () => RetrospectiveModal.Render(new ConflictId(42), ImpactHappened.Partly, "D0ANA"),
        ["modal-reopen"] = () => ReasonModal.Render(SlackCallbackIds.Reopen, Stories.Decided().ViewFor(Ana), Channel),
        ["reply-help"] = () => Reply(new HelpReply(CommandHelp.All)),
        ["reply-help-one-command"] = () => Reply(new HelpReply([CommandHelp.Find(CommandNames.Propose)!])),
        ["reply-list"] = () => Reply(new ConflictListReply(
            [Stories.Proposed().Conflict, Stories.Blind().Conflict with { Id = new ConflictId(43), Release = "Billing 1.2" }],
            ConflictStory.Settings, ConflictStory.Today)),
        ["reply-list-empty"] = () => Reply(new ConflictListReply([], ConflictStory.Settings, ConflictStory.Today)),
        ["digest.summary"] = () => DigestMessages.Summary(DigestStory.Seeded()).ToJson(),
        ["digest.details"] = () => DigestMessages.Details(DigestStory.Seeded()).ToJson(),
        ["digest.nothing-new"] = () => DigestMessages.Summary(DigestStory.NothingNew()).ToJson(),
        ["digest.now"] = () => DigestMessages.Details(DigestStory.Seeded(), withTitle: true).ToJson(),
        ["reply-decision-log"] = () => Reply(new DecisionLogReply(DecisionRecords(Stories.Superseded().Conflict), BridgeBot.Testing.Conflicts.FixedLogLinks.Link)),
        ["reply-conflict-log"] = () => Reply(new ConflictLogReply(Unchanged(Stories.Superseded()), [.. Stories.Superseded().Log])),
        ["reply-error"] = () => Reply(new ErrorReply(new ParseError("The deadline “soon” is not a date.", CommandHelp.ExampleOf(CommandNames.Open)))),
        ["reply-refusal"] = () => ReplyMessages.Refused(Refusal.NotAllowed("Only Ana Product and Ben Project, the managers of R-42, can propose a decision.")).ToJson(),
        ["home"] = () => HomeView.Render(new HomeContent(DecisionRecords(Stories.Superseded().Conflict), 2, BridgeBot.Testing.Conflicts.FixedLogLinks.Link)),
        ["home-empty"] = () => HomeView.Render(new HomeContent([], 0, BridgeBot.Testing.Conflicts.FixedLogLinks.Link)),
        ["reply-export"] = () => Reply(new ExportReply("bridgebot-decisions-2026-11-23.csv", "Conflict,Release\nR-42,Checkout 2.4\n", 1)),
    };

    public static JsonObject Shared(ConflictStory story) =>
        ConflictMessage.Render(ConflictViewBuilder.ForChannel(story.Conflict, ConflictStory.Settings, ConflictStory.Today)).ToJson();

    public static JsonObject Private(ConflictStory story, Domain.Workspaces.UserRef viewer) => ConflictMessage.Render(story.ViewFor(viewer)).ToJson();

    public static JsonObject Reply(CommandReply reply) => ReplyMessages.Render(reply, Eve).ToJson();

    public static ConflictOutcome Unchanged(ConflictStory story) =>
        new(OutcomeKind.Unchanged, story.Conflict, [], null, ConflictStory.Settings, ConflictStory.Today);

    public static IReadOnlyList<DecisionRecord> DecisionRecords(ReleaseConflict conflict) => BridgeBot.Testing.Conflicts.DecisionRecords.Of(conflict);
}
