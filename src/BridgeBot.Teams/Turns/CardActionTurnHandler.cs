using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Cards.Reading;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Turns;

/// <summary>
/// An <c>adaptiveCard/action</c> invoke (Action.Execute): the card's verb and inputs become a domain command
/// through <see cref="CardActionReader"/>, the shared router handles it, every other copy of the card is updated
/// in place, and the invoke is answered with the card as the person who clicked should now see it. A click that
/// is not allowed changes nothing and answers with their own view and a polite note.
/// </summary>
public sealed partial class CardActionTurnHandler(
    CommandRouter router,
    ConflictCardPublisher publisher,
    TeamsConversations conversations,
    TeamsPeople people,
    ILogger<CardActionTurnHandler> logger)
{
    /// <summary>Handles the invoke and returns its synchronous response.</summary>
    public async Task<TurnResult> HandleAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.GetAdaptiveCardInvokeValue()?.Action;
        if (action?.Verb is not { Length: > 0 } verb || action.Type is { } type && type != AdaptiveCardInvokeAction.ExecuteType)
        {
            return Respond(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card action is not one BridgeBot knows."));
        }

        try
        {
            await conversations.RememberAsync(turn, cancellationToken).ConfigureAwait(false);
            var data = action.Data is { } element ? JsonNode.Parse(element.GetRawText()) : null;
            var roster = verb == CardVerbs.SubmitOpen ? await people.ListAsync(turn, cancellationToken).ConfigureAwait(false) : null;
            var read = CardActionReader.Read(verb, data, roster);
            if (read.Command is null)
            {
                return Respond(AdaptiveCardInvokeResponse.Card(MessageCard.Render(read.Error!.Message, read.Error.Example, problem: true)));
            }

            var reply = await router.HandleAsync(turn.Request, read.Command, cancellationToken).ConfigureAwait(false);
            if (read.Command is RetroCommand && reply is ConflictReply { Outcome: { Kind: OutcomeKind.Refused, Refusal: { } refusal } refused })
            {
                return Respond(AdaptiveCardInvokeResponse.Card(RetrospectiveRefused(refused.Conflict, turn.Actor, refusal)));
            }

            return Respond(await AnswerAsync(turn, reply, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception failure) when (TransientFailure.Is(failure))
        {
            LogFailed(turn.Workspace, verb, failure.Message);
            return Respond(AdaptiveCardInvokeResponse.Error(503, "ServiceUnavailable", TransientFailure.Message));
        }
    }

    private async Task<AdaptiveCardInvokeResponse> AnswerAsync(TeamsTurn turn, CommandReply reply, CancellationToken cancellationToken)
    {
        if (reply is not ConflictReply { Outcome: { Conflict: not null } outcome })
        {
            return AdaptiveCardInvokeResponse.Card(TeamsCardRenderer.Render(reply, turn.Actor, []));
        }

        var conflict = outcome.Conflict;
        string? notice = outcome.Kind == OutcomeKind.Refused ? outcome.Refusal!.Message : null;
        switch (outcome.Kind)
        {
            case OutcomeKind.Changed when outcome.Events.Any(entry => entry is ConflictOpened):
                // The open form's message becomes the conflict's card.
                LogChanged(conflict.Id, turn.Workspace, turn.Actor.Id);
                if (turn.Activity.ReplyToId is { Length: > 0 } formMessage)
                {
                    await publisher.RecordAsync(turn, conflict.Id, formMessage, turn.IsPersonal ? turn.Actor.Id : null, cancellationToken).ConfigureAwait(false);
                }

                await publisher.UpdateCopiesAsync(turn.Workspace, outcome, cancellationToken).ConfigureAwait(false);
                var unreachable = await publisher.RequestReasoningAsync(turn, outcome, cancellationToken).ConfigureAwait(false);
                if (unreachable.Count > 0)
                {
                    notice = $"I could not message {string.Join(" and ", unreachable)} privately (the app may not be installed for them). " +
                        "They can write their reasoning on this card.";
                }

                break;
            case OutcomeKind.Changed when outcome.Events.OfType<RetrospectiveAnswered>().SingleOrDefault() is { } answered:
                // The private retrospective card becomes the answer as logged; the conflict's cards are unchanged by it.
                LogChanged(conflict.Id, turn.Workspace, turn.Actor.Id);
                return AdaptiveCardInvokeResponse.Card(RetrospectiveCard.Answered(conflict, answered.Answer));
            case OutcomeKind.Changed:
                LogChanged(conflict.Id, turn.Workspace, turn.Actor.Id);
                await publisher.UpdateCopiesAsync(turn.Workspace, outcome, cancellationToken).ConfigureAwait(false);
                break;
            case OutcomeKind.Duplicate:
            case OutcomeKind.Refused when outcome.Refusal?.Code == RefusalCode.Stale:
                await publisher.UpdateCopiesAsync(turn.Workspace, outcome, cancellationToken).ConfigureAwait(false);
                break;
        }

        return AdaptiveCardInvokeResponse.Card(TeamsCardRenderer.ConflictCardFor(conflict, turn.Actor, outcome.Settings, outcome.Today, notice));
    }

    /// <summary>
    /// A refused retrospective answer leaves the private card as an answer, not the conflict's card: the answer already
    /// given when there is one (the usual refusal: a second click), else the reason.
    /// </summary>
    private static JsonObject RetrospectiveRefused(ReleaseConflict? conflict, UserRef actor, Refusal refusal) =>
        conflict is { LatestDecision: { } decision } && conflict.RoleOf(actor) is { } role && conflict.RetrospectiveOf(role, decision.Number) is { } given
            ? RetrospectiveCard.Answered(conflict, given, refusal.Message)
            : MessageCard.Render(refusal);

    private static TurnResult Respond(AdaptiveCardInvokeResponse response) => new(200, InvokeResponse.From(response).Body);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conflict {ConflictId} in {Workspace} changed by a card action of {UserId}")]
    private partial void LogChanged(Domain.Conflicts.ConflictId conflictId, WorkspaceId workspace, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action {Verb} in {Workspace} failed: {Reason}")]
    private partial void LogFailed(WorkspaceId workspace, string verb, string reason);
}
