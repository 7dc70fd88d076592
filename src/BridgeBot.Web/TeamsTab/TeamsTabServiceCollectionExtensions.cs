using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BridgeBot.Web.TeamsTab;

/// <summary>Registers the Teams tab's sign-in: the token validator over the bot's options and the Entra metadata.</summary>
public static class TeamsTabServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TabTokenValidator"/>. It reads <c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>,
    /// <c>MicrosoftAppTenantId</c>, <c>Teams:Authentication:*</c> and <c>Web:PublicBaseUrl</c>: no setting of its own.
    /// </summary>
    public static IHostApplicationBuilder AddTeamsTab(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTeamsAuthentication(builder.Configuration);
        builder.Services.AddSingleton<TabTokenValidator>();
        return builder;
    }
}
