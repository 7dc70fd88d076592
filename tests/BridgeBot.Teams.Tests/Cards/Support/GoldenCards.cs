using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Teams.Cards;
using static BridgeBot.Teams.Tests.Cards.Support.CardPeople;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>
/// The fixed set of cards kept as golden files: the conflict card in every state for every kind of viewer
/// (the channel copy is drawn for a bystander), and every other card. Names are the file names.
/// </summary>
internal static class GoldenCards
{
    public static IReadOnlyDictionary<string, Func<JsonObject>> All { get; } = new Dictionary<string, Func<JsonObject>>
    {
        ["conflict-awaiting-reasoning.channel"] = () => Conflict(Stories.AwaitingReasoning(), Eve),
        ["conflict-awaiting-reasoning.product-manager"] = () => Conflict(Stories.AwaitingReasoning(), Ana),
        ["conflict-blind.author"] = () => Conflict(Stories.Blind(), Ana),
        ["conflict-blind.other-manager"] = () => Conflict(Stories.Blind(), Ben),
        ["conflict-blind.channel"] = () => Conflict(Stories.Blind(), Eve),
        ["conflict-ready-to-decide.product-manager"] = () => Conflict(Stories.ReadyToDecide(), Ana),
        ["conflict-proposed.proposer"] = () => Conflict(Stories.Proposed(), Ana),
        ["conflict-proposed.other-manager"] = () => Conflict(Stories.Proposed(), Ben),
        ["conflict-proposed.channel"] = () => Conflict(Stories.Proposed(), Eve),
        ["conflict-proposed.stale-click-notice"] = () => ConflictCard.Render(Stories.Proposed().ViewFor(Ben),
            "Proposal #1 was replaced by #2: Move the date to 2027-01-10. Look at the new one before you approve."),
        ["conflict-rejected.product-manager"] = () => Conflict(Stories.Rejected(), Ana),
        ["conflict-escalated.approver"] = () => Conflict(Stories.Escalated(), Carol),
        ["conflict-escalated.project-manager"] = () => Conflict(Stories.Escalated(), Ben),
        ["conflict-escalated.channel"] = () => Conflict(Stories.Escalated(), Eve),
        ["conflict-decided.channel"] = () => Conflict(Stories.Decided(), Eve),
        ["conflict-decided.project-manager"] = () => Conflict(Stories.Decided(), Ben),
        ["conflict-reopened.product-manager"] = () => Conflict(Stories.Reopened(), Ana),
        ["conflict-superseded.channel"] = () => Conflict(Stories.Superseded(), Eve),
        ["conflict-withdrawn.channel"] = () => Conflict(Stories.Withdrawn(), Eve),
        ["conflict-withdrawn.opener"] = () => Conflict(Stories.Withdrawn(), Dev),
        ["help"] = () => HelpCard.Render(new HelpReply(CommandHelp.All)),
        ["help-one-command"] = () => HelpCard.Render(new HelpReply([CommandHelp.Find(CommandNames.Propose)!])),
        ["list"] = () => ConflictListCard.Render(new ConflictListReply(
            [Stories.Proposed().Conflict, Stories.Blind().Conflict with { Id = new ConflictId(43), Release = "Billing 1.2" }],
            ConflictStory.Settings, ConflictStory.Today)),
        ["list-empty"] = () => ConflictListCard.Render(new ConflictListReply([], ConflictStory.Settings, ConflictStory.Today)),
        ["decision-log"] = () => DecisionLogCard.Render(new DecisionLogReply(DecisionRecords(Stories.Superseded().Conflict), BridgeBot.Testing.Conflicts.FixedLogLinks.Link)),
        ["conflict-log"] = () => ConflictLog(Stories.Superseded()),
        ["open-form.empty"] = () => OpenFormCard.Render(new OpenFormReply(OpenDraft.Empty, null, null), Roster),
        ["open-form.draft-with-problem"] = () => OpenFormCard.Render(
            new OpenFormReply(new OpenDraft("Checkout 2.4", ConflictStory.Deadline, ["SSO", "audit export"], Ana, null),
                "Still missing: project manager.", CardInputIds.Open.ProjectManager),
            Roster),
        ["reasoning-request.project-manager"] = () => ReasoningRequestCard.Render(Stories.Blind().ViewFor(Ben), Dev),
        ["reasoning-request.locked"] = () => ReasoningRequestCard.Render(Stories.Proposed().ViewFor(Ben), Dev),
        ["proposal-form.product-manager"] = () => ProposalFormCard.Render(Stories.ReadyToDecide().ViewFor(Ana)),
        ["digest.summary"] = () => DigestCard.Render(DigestStory.Seeded()),
        ["digest.details"] = () => DigestDetailsCard.Render(DigestStory.Seeded()),
        ["digest.nothing-new"] = () => DigestCard.Render(DigestStory.NothingNew()),
        ["digest.now"] = () => DigestDetailsCard.Render(DigestStory.Seeded(), withTitle: true),
        ["retrospective.ask"] = () => RetrospectiveCard.Render(Stories.RetrospectiveAsk(ManagerRole.Product)),
        ["retrospective.answered"] = () => RetrospectiveCard.Answered(Stories.Decided().Conflict, new RetrospectiveAnswer(
            1, ManagerRole.Project, ImpactHappened.Partly, "Audits slipped a **week**; <b>two</b> customers noticed", Ben, new DateTimeOffset(2027, 1, 25, 9, 0, 0, TimeSpan.Zero))),
        ["retrospective.answered-again"] = () => RetrospectiveCard.Answered(Stories.Decided().Conflict, new RetrospectiveAnswer(
            1, ManagerRole.Project, ImpactHappened.No, "Nobody missed audit export", Ben, new DateTimeOffset(2027, 1, 25, 9, 0, 0, TimeSpan.Zero)),
            "You already answered the retrospective of decision 1 of R-42 (no: “Nobody missed audit export”); answers are logged and stay as given."),
        ["message-error"] = () => MessageCard.Render(new ErrorReply(new ParseError("The deadline “soon” is not a date.", CommandHelp.ExampleOf(CommandNames.Open)))),
        ["message-refusal"] = () => MessageCard.Render(Refusal.NotAllowed("Only Ana Product and Ben Project, the managers of R-42, can propose a decision.")),
    };

    public static JsonObject Conflict(ConflictStory story, Domain.Workspaces.UserRef viewer) => ConflictCard.Render(story.ViewFor(viewer));

    public static IReadOnlyList<DecisionRecord> DecisionRecords(ReleaseConflict conflict) => BridgeBot.Testing.Conflicts.DecisionRecords.Of(conflict);

    public static JsonObject ConflictLog(ConflictStory story) => ConflictLogCard.Render(new ConflictLogReply(
        new ConflictOutcome(OutcomeKind.Unchanged, story.Conflict, [], null, ConflictStory.Settings, ConflictStory.Today),
        story.Log.ToArray<ConflictEvent>()));
}
