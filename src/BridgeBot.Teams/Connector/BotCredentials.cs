using Azure.Core;
using Azure.Identity;
using BridgeBot.Teams.Authentication;

namespace BridgeBot.Teams.Connector;

/// <summary>The Azure.Identity credential for the bot's outbound token, per <see cref="BotOptions.MicrosoftAppType"/>.</summary>
internal static class BotCredentials
{
    // Multi-tenant bots get their token from the Bot Framework's own tenant.
    private const string BotFrameworkTenant = "botframework.com";

    public static TokenCredential Create(BotOptions options)
    {
        if (options.IsAuthenticationDisabled)
        {
            throw new InvalidOperationException("MicrosoftAppId is empty: authentication is off and outbound calls carry no token.");
        }

        return options.MicrosoftAppType switch
        {
            BotAppType.MultiTenant => new ClientSecretCredential(BotFrameworkTenant, options.MicrosoftAppId, options.MicrosoftAppPassword),
            BotAppType.SingleTenant => new ClientSecretCredential(options.MicrosoftAppTenantId, options.MicrosoftAppId, options.MicrosoftAppPassword),
            BotAppType.UserAssignedMsi => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId)),
            _ => throw new InvalidOperationException($"MicrosoftAppType '{options.MicrosoftAppType}' is not supported."),
        };
    }
}
