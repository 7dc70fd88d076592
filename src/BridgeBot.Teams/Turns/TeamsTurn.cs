using BridgeBot.Domain.Application;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Protocol;

namespace BridgeBot.Teams.Turns;

/// <summary>One inbound activity with what every handler derives from it: the workspace, the person, the conversation.</summary>
/// <param name="Activity">The activity as received.</param>
/// <param name="Workspace">The Teams tenant as a workspace.</param>
/// <param name="Actor">Who sent it.</param>
/// <param name="ConversationKey">The key of the conversation it came from.</param>
/// <param name="Request">The request context for the domain (delivery id = the activity id).</param>
public sealed record TeamsTurn(Activity Activity, WorkspaceId Workspace, UserRef Actor, string ConversationKey, RequestContext Request)
{
    /// <summary>Used when an activity carries no tenant (the Bot Framework Emulator, Web Chat).</summary>
    public const string NoTenant = "no-tenant";

    /// <summary>Whether the activity came from a team channel.</summary>
    public bool IsChannel => Activity.Conversation?.ConversationType == "channel";

    /// <summary>Whether the activity came from a 1:1 chat with the bot.</summary>
    public bool IsPersonal => Activity.Conversation?.ConversationType switch
    {
        "personal" => true,
        null => Activity.Conversation?.IsGroup != true,
        _ => false,
    };

    /// <summary>The tenant id, if the activity names one.</summary>
    public string? TenantId => Activity.Conversation?.TenantId ?? Activity.GetTeamsChannelData()?.Tenant?.Id;

    /// <summary>
    /// The longest id (sender, conversation, activity, the activity replied to) a turn takes, in UTF-8 bytes. The ids channels
    /// send are far shorter: a couple of hundred ASCII characters at most. An answer's URL carries two of them escaped (up to
    /// three characters a byte); with this bound it stays under the 8 KB request line that common servers (Kestrel among them)
    /// accept. A longer one is refused with 414, and its connection may be reset while the request is still being sent.
    /// </summary>
    public const int MaxIdBytes = 1024;

    /// <summary>
    /// Reads a turn; null when the activity lacks a sender or a conversation, or carries an id longer than
    /// <see cref="MaxIdBytes"/> (nothing can be answered then).
    /// </summary>
    public static TeamsTurn? From(Activity activity)
    {
        if (activity.From?.Id is not { Length: > 0 } fromId || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || !Fits(fromId) || !Fits(conversationId) || !Fits(activity.Id) || !Fits(activity.ReplyToId))
        {
            return null;
        }

        var tenant = activity.Conversation.TenantId ?? activity.GetTeamsChannelData()?.Tenant?.Id;
        var workspace = WorkspaceId.ForTeams(string.IsNullOrWhiteSpace(tenant) ? NoTenant : tenant);
        var actor = new UserRef(fromId, activity.From.Name);
        var conversationKey = TeamsKeys.Conversation(conversationId);
        var delivery = activity.Id is { Length: > 0 } id ? new DeliveryId("teams:" + conversationId + "/" + id) : (DeliveryId?)null;
        var channel = ChannelOf(conversationId);
        return new TeamsTurn(activity, workspace, actor, conversationKey, new RequestContext(workspace, channel, actor, delivery));
    }

    private static bool Fits(string? id) => id is null || (id.Length <= MaxIdBytes && System.Text.Encoding.UTF8.GetByteCount(id) <= MaxIdBytes);

    /// <summary>A channel's reply chain is <c>{channel};messageid={root}</c>; the conflict belongs to the channel.</summary>
    private static string ChannelOf(string conversationId)
    {
        var separator = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversationId : conversationId[..separator];
    }
}
