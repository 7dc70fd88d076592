using Azure.Core;
using BridgeBot.Teams.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Teams.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// The key of the <see cref="TokenCredential"/> the connector takes its token from. By default it is made
    /// from <see cref="BotOptions"/>; register another under this key to replace it.
    /// </summary>
    public const string CredentialKey = "BridgeBot.Teams.Connector";

    /// <summary>
    /// <see cref="ConnectorClient"/> as a typed HttpClient, with its token and retry policy.
    /// Overrides of <see cref="ConnectorOptions"/> are read from <c>Teams:Connector</c>.
    /// </summary>
    public static IServiceCollection AddTeamsConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotOptions(configuration);
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.TryAddKeyedSingleton<TokenCredential>(
            CredentialKey,
            (provider, _) => BotCredentials.Create(provider.GetRequiredService<IOptions<BotOptions>>().Value));
        services.TryAddSingleton(provider =>
        {
            var bot = provider.GetRequiredService<IOptions<BotOptions>>().Value;
            var credential = bot.IsAuthenticationDisabled ? null : provider.GetRequiredKeyedService<TokenCredential>(CredentialKey);
            return new ConnectorTokenProvider(
                credential,
                provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.TokenScope,
                provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<ConnectorRetryPipeline>();
        // The factory's logging handlers only write Information lines for every call; ConnectorLog writes what matters
        // (failures, retries), so a turn does not pay for two handlers and their log scopes on each call.
        services.AddHttpClient(nameof(ConnectorClient), http => http.Timeout = ConnectorClient.AttemptTimeout).RemoveAllLoggers().AddTypedClient((httpClient, provider) => new ConnectorClient(
            httpClient,
            provider.GetRequiredService<ConnectorTokenProvider>(),
            provider.GetRequiredService<IServiceUrlTrust>(),
            provider.GetRequiredService<ConnectorRetryPipeline>(),
            provider.GetRequiredService<ILogger<ConnectorClient>>()));
        return services;
    }
}
