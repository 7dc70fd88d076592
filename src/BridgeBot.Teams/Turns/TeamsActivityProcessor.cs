using BridgeBot.Domain.Application;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Turns;

/// <summary>
/// Routes an authenticated activity to the handler of its type, bound here in one table. Activity types BridgeBot
/// does not use are acknowledged and ignored; an invoke nobody handles gets 501, as the Bot Framework contract says.
/// </summary>
public sealed partial class TeamsActivityProcessor
{
    private readonly Dictionary<string, Func<TeamsTurn, CancellationToken, Task<TurnResult>>> handlers;
    private readonly Dictionary<string, Func<TeamsTurn, CancellationToken, Task<TurnResult>>> invokes;
    private readonly ILogger<TeamsActivityProcessor> logger;

    /// <summary>Binds the handlers.</summary>
    public TeamsActivityProcessor(
        MessageTurnHandler messages,
        CardActionTurnHandler cardActions,
        ConversationTurnHandler conversations,
        ILogger<TeamsActivityProcessor> logger)
    {
        this.logger = logger;
        handlers = new(StringComparer.OrdinalIgnoreCase)
        {
            [ActivityTypes.Message] = messages.HandleAsync,
            [ActivityTypes.Invoke] = InvokeAsync,
            [ActivityTypes.ConversationUpdate] = conversations.HandleAsync,
            [ActivityTypes.InstallationUpdate] = conversations.HandleAsync,
        };
        invokes = new(StringComparer.Ordinal)
        {
            [AdaptiveCardInvokeValue.InvokeName] = cardActions.HandleAsync,
        };
    }

    /// <summary>Processes one activity; every line logged while it runs names its workspace, activity and conflict.</summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!handlers.TryGetValue(activity.Type!, out var handler))
        {
            return TurnResult.Accepted;
        }

        if (!IsServiceUrl(activity.ServiceUrl) || TeamsTurn.From(activity) is not { } turn)
        {
            LogUnaddressable(activity.Type!, Clip(activity.Id));
            return activity.Type == ActivityTypes.Invoke ? new TurnResult(400) : TurnResult.Accepted;
        }

        using (logger.BeginScope(TurnLogContext.Begin(turn.Workspace, turn.Request.Delivery?.ToString() ?? activity.Id)))
        {
            try
            {
                return await handler(turn, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException refused) when ((int)refused.Status is >= 400 and < 500)
            {
                // Teams refused the answer itself (a conversation or message it does not know): nobody can be told.
                LogUndeliverable(activity.Type!, activity.Id, refused.Message);
                return TurnResult.Accepted;
            }
        }
    }

    /// <summary>An absolute http(s) URL that answers can be sent to: every channel sends one with the activities BridgeBot handles.</summary>
    private static bool IsServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>An id as logged: one too long to be answered (see <see cref="TeamsTurn.MaxIdBytes"/>) is cut to its start.</summary>
    private static string? Clip(string? id) => id is { Length: > 100 } ? string.Concat(id.AsSpan(0, 100), "…") : id;

    private Task<TurnResult> InvokeAsync(TeamsTurn turn, CancellationToken cancellationToken) =>
        turn.Activity.Name is { } name && invokes.TryGetValue(name, out var handler)
            ? handler(turn, cancellationToken)
            : Task.FromResult(new TurnResult(501));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Type} activity {ActivityId} could not be answered: {Reason}")]
    private partial void LogUndeliverable(string type, string? activityId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a {Type} activity {ActivityId} without a sender, a conversation or a valid service URL, or with an id too long to answer")]
    private partial void LogUnaddressable(string type, string? activityId);
}
