using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Delivery;
using BridgeBot.Slack.Installations;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.WebApi;

namespace BridgeBot.Slack.Retrospectives;

/// <summary>Asks retrospectives by DM (<c>conversations.open</c>, then <c>chat.postMessage</c>); a failure after the Web API client's own retries is thrown.</summary>
public sealed class SlackRetrospectivePublisher(SlackApiClient api, SlackTokens tokens, SlackConversations conversations) : IRetrospectivePublisher
{
    /// <inheritdoc />
    public string Platform => WorkspaceId.SlackPrefix;

    /// <inheritdoc />
    public async Task AskAsync(RetrospectiveAsk ask, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var token = await tokens.RequireAsync(ask.Workspace, cancellationToken).ConfigureAwait(false);
        var channel = await conversations.OpenDirectAsync(ask.Workspace, token, ask.To.Id, cancellationToken).ConfigureAwait(false);
        await api.PostMessageAsync(token, channel, RetrospectiveMessage.Render(ask), cancellationToken).ConfigureAwait(false);
    }
}
