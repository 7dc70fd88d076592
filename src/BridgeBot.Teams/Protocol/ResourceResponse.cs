namespace BridgeBot.Teams.Protocol;

/// <summary>The connector's answer to a send, reply or update: the id of the activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
