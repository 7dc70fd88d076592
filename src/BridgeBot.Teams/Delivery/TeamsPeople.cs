using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Turns;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Delivery;

/// <summary>The people of the turn's team or chat (for the open form's pickers), from the connector's roster.</summary>
public sealed partial class TeamsPeople(ConnectorClient connector, ILogger<TeamsPeople> logger)
{
    /// <summary>The roster; when Teams cannot give it, at least the sender and the people mentioned.</summary>
    public async Task<IReadOnlyList<UserRef>> ListAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var known = new List<UserRef> { turn.Actor };
        known.AddRange(activity.GetOtherMentions().Select(mention => new UserRef(mention.Id, mention.Name)));

        // In a team channel the roster is the team's; elsewhere the conversation's own.
        var rosterId = activity.GetTeamsChannelData()?.Team?.Id ?? turn.Request.ChannelId;
        try
        {
            var members = await connector.GetConversationMembersAsync(activity.ServiceUrl!, rosterId, cancellationToken).ConfigureAwait(false);
            known.AddRange(members.Where(member => member.Id is { Length: > 0 } && member.Id != activity.Recipient?.Id)
                .Select(member => new UserRef(member.Id!, member.Name)));
        }
        catch (Exception failure) when (failure is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
        {
            LogNoRoster(rosterId, failure.Message);
        }

        return known.DistinctBy(person => person.Id).OrderBy(person => person.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No roster for {ConversationId}: {Reason}")]
    private partial void LogNoRoster(string conversationId, string reason);
}
