namespace BridgeBot.Teams.Authentication;

/// <summary>
/// The bot's identity, bound from the flat keys every Bot Framework sample uses:
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>.
/// </summary>
public sealed class BotOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// No app id means local development: requests without a token are accepted as anonymous, outbound
    /// calls carry no token and go to loopback service URLs only.
    /// </summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
