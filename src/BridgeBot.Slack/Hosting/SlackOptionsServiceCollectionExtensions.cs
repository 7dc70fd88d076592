using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Hosting;

public static class SlackOptionsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="SlackOptions"/> from <c>Slack</c> and validates them at start-up. Safe to call more than once.</summary>
    public static IServiceCollection AddSlackOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IValidateOptions<SlackOptions>)))
        {
            return services;
        }

        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
