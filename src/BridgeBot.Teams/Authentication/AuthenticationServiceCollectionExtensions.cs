using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Teams.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotOptions"/> from the flat Bot Framework keys at the root of <paramref name="configuration"/>
    /// and validates them at start-up. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(BotOptionsValidator)))
        {
            return services;
        }

        services.AddSingleton(provider => new BotOptionsValidator(provider.GetService<IHostEnvironment>()));
        services.AddSingleton<IValidateOptions<BotOptions>>(provider => provider.GetRequiredService<BotOptionsValidator>());
        services.AddOptions<BotOptions>().Bind(configuration).ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Inbound token validation (<see cref="BotFrameworkAuthenticator"/>) and the trusted service URLs.
    /// Overrides of <see cref="BotAuthenticationOptions"/> are read from <c>Teams:Authentication</c>. Safe to call more
    /// than once (the Teams tab's sign-in needs the same options and metadata client).
    /// </summary>
    public static IServiceCollection AddTeamsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(BotFrameworkAuthenticator)))
        {
            return services;
        }

        // Process-wide, so it is set here at start-up, before IdentityModel first reads (and caches) it.
        AppContext.SetSwitch(OpenIdMetadata.BlockingRefreshSwitch, true);

        services.AddBotOptions(configuration);
        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The metadata managers live as long as the app and keep their client: recycle connections so DNS changes are seen.
        services.AddHttpClient(OpenIdMetadata.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });

        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.TryAddSingleton<EntraMetadata>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        return services;
    }
}
