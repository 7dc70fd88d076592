using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Views;
using BridgeBot.Slack.Handling;
using BridgeBot.Slack.Interactions.Reading;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering.Modals;
using Microsoft.Extensions.Logging;
using Fields = BridgeBot.Domain.Conflicts.ReasoningInput.Fields;

namespace BridgeBot.Slack.Interactions;

/// <summary>
/// The one place where every button (<c>action_id</c>) and every modal (<c>callback_id</c>) is bound to its handler,
/// Bolt style (<c>app.action(id, …)</c>, <c>app.view(id, …)</c>). The ids are the constants the renderers draw.
/// </summary>
public sealed partial class SlackInteractionRouter
{
    private readonly Dictionary<string, Func<SlackTurn, ConflictId, ActionValue, CancellationToken, Task>> buttons;
    private readonly Dictionary<string, ModalSpec> modals;
    private readonly SlackTurns turns;
    private readonly ModalSubmissionHandler submissions;
    private readonly ILogger<SlackInteractionRouter> logger;

    public SlackInteractionRouter(
        SlackTurns turns,
        CommandButtonHandler commands,
        PromptButtonHandler prompts,
        RetrospectiveButtonHandler retrospectives,
        ModalSubmissionHandler submissions,
        ILogger<SlackInteractionRouter> logger)
    {
        this.turns = turns;
        this.submissions = submissions;
        this.logger = logger;
        buttons = new(StringComparer.Ordinal)
        {
            [SlackActionIds.Reason] = (turn, id, _, ct) => commands.HandleAsync(turn, new ReasonCommand(id, null), ct),
            [SlackActionIds.Propose] = (turn, id, _, ct) => commands.HandleAsync(turn, new ProposeCommand(id, null, null), ct),
            [SlackActionIds.Approve] = (turn, id, value, ct) => commands.HandleAsync(turn, new ApproveCommand(id, value.Proposal, null), ct),
            [SlackActionIds.Reject] = (turn, id, _, ct) => prompts.HandleAsync(turn, id, ConflictActions.Reject, SlackCallbackIds.Reject, ct),
            [SlackActionIds.Escalate] = (turn, id, _, ct) => prompts.HandleAsync(turn, id, ConflictActions.Escalate, SlackCallbackIds.Escalate, ct),
            [SlackActionIds.Withdraw] = (turn, id, _, ct) => prompts.HandleAsync(turn, id, ConflictActions.Withdraw, SlackCallbackIds.Withdraw, ct),
            [SlackActionIds.Reopen] = (turn, id, _, ct) => prompts.HandleAsync(turn, id, ConflictActions.Reopen, SlackCallbackIds.Reopen, ct),
            [SlackActionIds.Decide] = (turn, id, _, ct) => prompts.HandleAsync(turn, id, ConflictActions.DecideAsApprover, SlackCallbackIds.Decide, ct),
            [SlackActionIds.RetroYes] = (turn, id, _, ct) => retrospectives.HandleAsync(turn, id, ImpactHappened.Yes, ct),
            [SlackActionIds.RetroPartly] = (turn, id, _, ct) => retrospectives.HandleAsync(turn, id, ImpactHappened.Partly, ct),
            [SlackActionIds.RetroNo] = (turn, id, _, ct) => retrospectives.HandleAsync(turn, id, ImpactHappened.No, ct),
        };
        string[] options = [OptionModal.Fields.Option, OptionModal.Fields.Cut, OptionModal.Fields.NewDate, OptionModal.Fields.Phases,
            OptionModal.Fields.Description, OptionModal.Fields.Rationale];
        modals = new(StringComparer.Ordinal)
        {
            [SlackCallbackIds.Open] = new(ModalReaders.Open, [OpenModal.Fields.Release, OpenModal.Fields.Deadline, OpenModal.Fields.Scope,
                OpenModal.Fields.ProductManager, OpenModal.Fields.ProjectManager]),
            [SlackCallbackIds.Reason] = new(ModalReaders.Reasoning, [Fields.ImpactIfDateHolds, Fields.ImpactIfDateMoves, Fields.AffectedCustomers,
                Fields.Severity, Fields.PreferredOption, Fields.Notes]),
            [SlackCallbackIds.Propose] = new(ModalReaders.Proposal, options),
            [SlackCallbackIds.Decide] = new(ModalReaders.Decision, options),
            [SlackCallbackIds.Reject] = new(ModalReaders.Reject, [ReasonModal.Field]),
            [SlackCallbackIds.Escalate] = new(ModalReaders.Escalate, [ReasonModal.Field]),
            [SlackCallbackIds.Withdraw] = new(ModalReaders.Withdraw, [ReasonModal.Field]),
            [SlackCallbackIds.Reopen] = new(ModalReaders.Reopen, [ReasonModal.Field]),
            [SlackCallbackIds.Retro] = new(ModalReaders.Retrospective, [RetrospectiveModal.Fields.Answer, RetrospectiveModal.Fields.Comment]),
        };
    }

    /// <summary>The action ids with a handler.</summary>
    public IEnumerable<string> RegisteredActions => buttons.Keys;

    /// <summary>The callback ids with a handler.</summary>
    public IEnumerable<string> RegisteredModals => modals.Keys;

    /// <summary>The spec of a modal, if BridgeBot drew it.</summary>
    public ModalSpec? ModalFor(string callbackId) => modals.GetValueOrDefault(callbackId);

    /// <summary>Handles a click (after the acknowledgement).</summary>
    public async Task ClickAsync(BlockAction click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        if (click.ActionId == SlackActionIds.OpenLog)
        {
            return;
        }

        if (!buttons.TryGetValue(click.ActionId, out var handle) || ActionValue.TryRead(click.Value) is not var (value, id) || click.ChannelId is null)
        {
            LogUnknownClick(click.ActionId, click.TeamId);
            return;
        }

        var turn = await turns.CreateAsync(
            TurnSource.Click, click.TeamId, click.ChannelId, click.UserId, click.UserName,
            SlackTurn.DeliveryOf("action", click.TriggerId), click.TriggerId, null, cancellationToken).ConfigureAwait(false);
        if (turn is not null)
        {
            await handle(turn, id, value, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Handles a modal's submission; <paramref name="answer"/> receives what to answer Slack with.</summary>
    public Task SubmitAsync(ViewSubmission submission, ModalSpec spec, TaskCompletionSource<ViewAnswer> answer, CancellationToken cancellationToken) =>
        submissions.HandleAsync(submission, spec, answer, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a click on {ActionId} in {TeamId}: not a button BridgeBot drew")]
    private partial void LogUnknownClick(string actionId, string teamId);
}
