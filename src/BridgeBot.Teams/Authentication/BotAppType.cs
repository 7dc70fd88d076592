namespace BridgeBot.Teams.Authentication;

/// <summary>How the bot's Entra app authenticates (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
