using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BridgeBot.Slack.WebApi;

public static class SlackApiServiceCollectionExtensions
{
    /// <summary>Each attempt's limit; the retries come on top of it.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary><see cref="SlackApiClient"/> as a typed HttpClient with its retry policy, configured from <c>Slack</c>.</summary>
    public static IServiceCollection AddSlackApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSlackOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackApiRetryPipeline>();
        // Without the factory's per-call Information lines: SlackApiClient logs failures and retries itself.
        services.AddHttpClient<SlackApiClient>(http => http.Timeout = AttemptTimeout).RemoveAllLoggers();
        return services;
    }
}
