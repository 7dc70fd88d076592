using System.Text.Json;
using System.Text.Json.Serialization;

namespace BridgeBot.Teams.Protocol;

/// <summary>
/// The conversation an activity belongs to. Teams sends <c>conversationType</c> <c>personal</c>,
/// <c>groupChat</c> or <c>channel</c>; <c>isGroup</c> is absent in personal chats.
/// </summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? ConversationType { get; set; }

    public bool? IsGroup { get; set; }

    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
