using System.Text.Json;

namespace BridgeBot.Teams.Protocol;

/// <summary>A <c>mention</c> entity: who was mentioned and the <c>&lt;at&gt;…&lt;/at&gt;</c> text that shows it.</summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public string Type { get; set; } = EntityType;

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    /// <summary>The mention of <paramref name="account"/> to put in an outgoing activity's text and entities.</summary>
    public static Mention Of(ChannelAccount account) => new()
    {
        Mentioned = account,
        Text = $"<at>{account.Name}</at>",
    };

    public Entity ToEntity() => JsonSerializer.SerializeToElement(this, ProtocolJson.Options).Deserialize<Entity>(ProtocolJson.Options)!;
}
